"""`accord serve`: the web UI and JSON API over a store."""

from __future__ import annotations

from typing import Annotated

import typer

from accord.settings import Settings, normalise_db_url


def serve(
    db: Annotated[
        str | None,
        typer.Option("--db", help="Database URL or SQLite path (default: ACCORD_DB or accord.db)."),
    ] = None,
    host: Annotated[
        str, typer.Option(help="Interface to listen on. Keep localhost unless a proxy guards the server.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the web UI and the JSON API (/api, docs at /docs).

    Read-only, except POST /api/articles with `Authorization: Bearer $ACCORD_TOKEN`.

    Examples:

        accord serve --db accord.db

        ACCORD_TOKEN=secret accord serve --port 8080
    """
    # Imported here so that other commands do not pay for loading the web stack.
    import uvicorn

    from accord.web import create_app

    settings = Settings(db_url=normalise_db_url(db)) if db else Settings()
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    app.command()(serve)
