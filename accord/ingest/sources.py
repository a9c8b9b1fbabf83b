"""Files, folders and URLs -> articles, each paired with the name of where it came from.

A bad input never stops the batch: it is yielded as the `InputError` that rejected it,
named after the file (`path`), the line or entry inside it (`path#N`) or the URL.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Literal
from urllib.parse import urlsplit

from accord.errors import InputError, TooLarge
from accord.ingest.decode import bom_encoding, decode
from accord.ingest.feeds import read_feed
from accord.ingest.fetch import fetch
from accord.ingest.folders import walk
from accord.ingest.html import read_html
from accord.ingest.jsonl import read_jsonl
from accord.ingest.plain import read_text
from accord.records import Article
from accord.settings import Settings

Kind = Literal["text", "html", "feed", "jsonl"]
Items = Iterator[tuple[str, Article | InputError]]

_BY_SUFFIX: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_BY_MEDIA_TYPE: dict[str, Kind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
}
_URL = re.compile(r"https?://", re.I)
_PROLOG = r"(?:<\?xml[^>]*>|<!--.*?-->|<!doctype(?!\s+html)[^>]*>|\s)*"
_FEED_ROOT = re.compile(_PROLOG + r"<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
_HTML_ROOT = re.compile(_PROLOG + r"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_SNIFF_BYTES = 4096


def read_sources(sources: Iterable[str], settings: Settings | None = None) -> Items:
    """Yield (source name, article or the error that rejected it) for each input.

    A source is a file, a folder (read recursively in name order; hidden names and files
    of no article kind skipped) or an http(s) URL. A file's kind comes from its suffix
    (.txt, .html/.htm, .jsonl, .xml/.rss/.atom), else from its content.
    """
    settings = settings or Settings()
    for source in sources:
        if _URL.match(source):
            yield from _read_url(source, settings.max_input_bytes)
        elif Path(source).is_dir():
            for path, problem in walk(Path(source), _BY_SUFFIX):
                if problem is None:
                    yield from _read_file(path, str(path), settings)
                else:
                    yield str(path), problem
        else:
            yield from _read_file(Path(source), source, settings)


def _read_payload(
    data: bytes, name: str, kind: Kind | None = None, *, charset: str | None = None, page_url: str | None = None
) -> Items:
    """The articles in `data`, read as `kind` (sniffed from the content when None).

    `charset` is what a container declares (an HTTP header); `page_url` where it was fetched.
    """
    kind = kind or _sniff(data)
    try:
        if kind == "jsonl":
            yield from read_jsonl(data, name)
        elif kind == "feed":
            yield from read_feed(data, name)
        elif kind == "html":
            markup = decode(data, name, charset or _meta_charset(data))
            yield name, read_html(markup, source=name, page_url=page_url)
        else:
            yield name, read_text(decode(data, name, charset), source=name, url=page_url)
    except InputError as exc:
        yield name, exc


def _read_file(path: Path, name: str, settings: Settings) -> Items:
    try:
        data = _load(path, name, settings.max_input_bytes)
    except InputError as exc:
        yield name, exc
        return
    yield from _read_payload(data, name, _BY_SUFFIX.get(path.suffix.lower()))


def _load(path: Path, name: str, limit: int) -> bytes:
    """The file's bytes; its size is checked before anything is read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file", source=name)  # a FIFO would block the batch
        if info.st_size > limit:
            raise TooLarge(
                f"{info.st_size:,} bytes is over the limit of {limit:,} bytes (ACCORD_MAX_INPUT_BYTES)", source=name
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), source=name) from exc
    if len(data) > limit:  # it grew after the size check
        raise TooLarge(f"more than the limit of {limit:,} bytes (ACCORD_MAX_INPUT_BYTES)", source=name)
    return data


def _read_url(url: str, limit: int) -> Items:
    try:
        fetched = fetch(url, limit)
    except InputError as exc:
        yield url, exc
        return
    suffix = PurePosixPath(urlsplit(fetched.url).path).suffix.lower()
    kind = _BY_MEDIA_TYPE.get(fetched.media_type) or _BY_SUFFIX.get(suffix)
    yield from _read_payload(fetched.data, url, kind, charset=fetched.charset, page_url=fetched.url)


def _sniff(data: bytes) -> Kind:
    """The kind of a file whose name does not say: JSON Lines, a feed, HTML, else plain text."""
    head = data[:_SNIFF_BYTES].decode(bom_encoding(data) or "utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return "jsonl"
    if _FEED_ROOT.match(head):
        return "feed"
    if _HTML_ROOT.match(head):
        return "html"
    return "text"


def _meta_charset(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return found[1].decode("ascii", errors="ignore") if found else None
