"""The `accord` command line: thin commands over pipeline, store queries and exports."""

from __future__ import annotations

import sys

import typer

from accord.cli import extract, kb, serve
from accord.errors import AccordError

app = typer.Typer(
    help="accord reads diplomatic news and keeps an accountable record of international relations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """accord reads diplomatic news and keeps an accountable record of international relations."""


# Each command module registers its commands on the one app.
for module in (extract, serve, kb):
    module.register(app)


def main() -> None:
    try:
        app()
    except AccordError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        sys.exit(exc.exit_status)
