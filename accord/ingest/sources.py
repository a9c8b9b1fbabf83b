"""Paths -> articles, each paired with the name of where it came from."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from accord.errors import InputError, UndecodableInput
from accord.ingest.text import parse_text
from accord.records import Article


def read_sources(sources: Iterable[str]) -> Iterator[tuple[str, Article | InputError]]:
    """Yield (source name, article or the error that rejected it) for each input."""
    for source in sources:
        try:
            raw = Path(source).read_bytes()
            yield source, parse_text(raw.decode("utf-8"), source=source)
        except UnicodeDecodeError as exc:
            yield source, UndecodableInput(f"not valid UTF-8 at byte {exc.start}", source=source)
        except OSError as exc:
            yield source, InputError(exc.strerror or str(exc), source=source)
