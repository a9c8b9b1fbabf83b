"""The app factory: settings and store in, a FastAPI app with pages, API and static files out."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import jinja2
from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp

from accord.errors import AccordError, Unauthorized
from accord.pipeline import Pipeline
from accord.settings import Settings
from accord.store import Store
from accord.web import api, filters, pages, urls
from accord.web.intake import Intake
from accord.web.security import SecurityHeaders

HERE = Path(__file__).parent


class AccordApp(FastAPI):
    def build_middleware_stack(self) -> ASGIApp:
        # Outside Starlette's own error and body-limit middleware, so that their 500s
        # and 413s carry the security headers too.
        return SecurityHeaders(super().build_middleware_stack())


def create_app(settings: Settings, store: Store | None = None, *, pipeline: Pipeline | None = None) -> FastAPI:
    """The web app over `store` (opened from settings.db_url when not given).

    A store passed in stays the caller's to close; one opened here closes on shutdown.
    `pipeline` lets a caller share an already loaded model for POST /api/articles.
    """
    owned = store is None
    opened = Store(settings.db_url) if store is None else store

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            opened.close()

    app = AccordApp(
        title="accord",
        summary="An accountable record of international relations, read from diplomatic news.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        max_body_size=settings.max_request_bytes,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = opened
    app.state.intake = Intake(settings, pipeline)
    app.state.templates = _templates()
    app.add_exception_handler(AccordError, _accord_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        person_url=urls.person_url,
        organization_url=urls.organization_url,
        country_url=urls.country_url,
        actor_url=urls.actor_url,
        entity_url=urls.entity_url,
        article_url=urls.article_url,
        relation_url=urls.relation_url,
        search_url=urls.search_url,
        with_query=urls.with_query,
    )
    env.filters.update(ordinal=filters.ordinal, web_link=filters.web_link)
    return Jinja2Templates(env=env)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == request.app.openapi_url


async def _accord_error(request: Request, exc: Exception) -> Response:
    """The one place an AccordError becomes a response: JSON for the API, a page otherwise."""
    assert isinstance(exc, AccordError)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
    if _is_api(request):
        body = {"detail": exc.message, "code": exc.code}
        return JSONResponse(body, status_code=exc.http_status, headers=headers)
    return _error_page(request, exc.http_status, exc.message)


async def _http_error(request: Request, exc: Exception) -> Response:
    """Routing errors (unknown path, wrong method): FastAPI's JSON for the API, a page otherwise."""
    assert isinstance(exc, HTTPException)
    if _is_api(request):
        return await http_exception_handler(request, exc)
    return _error_page(request, exc.status_code, str(exc.detail))


def _error_page(request: Request, status: int, message: str) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    context = {"status": status, "message": message}
    return templates.TemplateResponse(request, "error.html", context, status_code=status)
