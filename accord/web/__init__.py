"""accord's web UI and JSON API: FastAPI routers, Jinja templates, static JS fed by the API."""

from accord.web.app import create_app

__all__ = ["create_app"]
