"""RSS and Atom feeds -> articles: one per entry, named `path#N` (N counts from 1).

Each entry becomes "title\\n\\ndate line\\n\\nbody", the body from the entry's content
(or its summary when it has none), HTML turned into paragraphs. feedparser reads broken
XML leniently: the entries it recovers are read, and the feed itself is reported as
malformed so that the damage is not silent.
"""

from __future__ import annotations

import io
import xml.sax
from collections.abc import Iterator
from typing import Any

import feedparser
from feedparser.exceptions import ThingsNobodyCaresAboutButMe

from accord.errors import EmptyInput, InputError, MalformedInput
from accord.ingest.decode import check_bytes
from accord.ingest.html import fragment_text
from accord.ingest.plain import read_text
from accord.ingest.published import date_line, normalise_published
from accord.records import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed(data: bytes, source: str) -> Iterator[tuple[str, Article | InputError]]:
    """Each entry, read or rejected; raises InputError for what is wrong with the feed as a whole."""
    check_bytes(data, source)
    # A stream, not bytes or str: feedparser opens a str or bytes that looks like a path or URL.
    feed = feedparser.parse(io.BytesIO(data))
    broken = _breakage(feed)
    if not feed.entries:
        if broken or not feed.version:
            raise MalformedInput(f"not an RSS or Atom feed{f' ({broken})' if broken else ''}", source=source)
        raise EmptyInput("the feed has no entries", source=source)
    for number, entry in enumerate(feed.entries, start=1):
        name = f"{source}#{number}"
        try:
            yield name, _entry(entry, name)
        except InputError as exc:
            yield name, exc
    if broken:
        raise MalformedInput(
            f"the feed is not well-formed ({broken}); {len(feed.entries)} entries recovered", source=source
        )


def _breakage(feed: Any) -> str | None:
    """Why the feed's XML is broken, or None (encoding notes are not breakage)."""
    exc = feed.get("bozo_exception")
    if not feed.get("bozo") or exc is None or isinstance(exc, ThingsNobodyCaresAboutButMe):
        return None
    if isinstance(exc, xml.sax.SAXParseException):
        return f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    return str(exc) or type(exc).__name__


def _entry(entry: Any, name: str) -> Article:
    title = " ".join(_text(entry.get("title_detail"), name).split()) or None
    details = [*entry.get("content", []), entry.get("summary_detail")]
    body = next((text for text in (_text(detail, name) for detail in details) if text), None)
    if body is None:
        raise EmptyInput("the feed entry has no content or summary", source=name)
    published = normalise_published(entry.get("published") or entry.get("updated"))
    text = "\n\n".join(part for part in (title, date_line(published), body) if part)
    return read_text(text, source=name, url=entry.get("link") or None, title=title, published=published)


def _text(detail: Any, name: str) -> str:
    """Plain text of a feedparser text construct (title, summary, content)."""
    if not detail or not str(detail.get("value") or "").strip():
        return ""
    value = str(detail["value"])
    if detail.get("type") in _HTML_TYPES:
        return fragment_text(value, name)
    return value.strip()
