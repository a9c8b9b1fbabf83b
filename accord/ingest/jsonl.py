"""JSON Lines -> articles: one record per line, each read or rejected on its own.

A record is `{"id", "title", "published", "url", "text"}` or the same with `"html"` in
place of `"text"`. Each line is named `path#N` (N counts from 1, blank lines included);
a broken line is rejected and the others are still read. A repeated `id` keeps the first.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from accord.errors import EmptyInput, InputError, MalformedInput, UndecodableInput
from accord.ingest.decode import bom_encoding, check_bytes, decode
from accord.ingest.html import read_html
from accord.ingest.plain import read_text
from accord.ingest.published import normalise_published
from accord.records import Article


def read_jsonl(data: bytes, source: str) -> Iterator[tuple[str, Article | InputError]]:
    check_bytes(data, source)
    first_line: dict[str, int] = {}  # id (as JSON) -> the line that was read under it
    lines = _split(data, source)
    if not any(line.strip() for line in lines):
        raise EmptyInput("only whitespace", source=source)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        name = f"{source}#{number}"
        try:
            record = _record(line, name)
            key = None if record.get("id") is None else json.dumps(record["id"], sort_keys=True)
            if key in first_line:
                raise MalformedInput(f"duplicate id {key} (first read from line {first_line[key]})", source=name)
            article = _article(record, name)
        except InputError as exc:
            yield name, exc
            continue
        if key is not None:
            first_line[key] = number
        yield name, article


def _split(data: bytes, source: str) -> list[bytes | str]:
    """The lines of `data`, still bytes so that one undecodable line spoils only itself."""
    if bom_encoding(data) not in (None, "utf-8-sig"):
        return list(decode(data, source).split("\n"))  # UTF-16 or UTF-32 throughout
    return list(data.removeprefix(b"\xef\xbb\xbf").split(b"\n"))


def _record(line: bytes | str, name: str) -> dict[str, Any]:
    try:
        text = line.decode("utf-8") if isinstance(line, bytes) else line
    except UnicodeDecodeError as exc:
        raise UndecodableInput(f"not valid UTF-8 at byte {exc.start} of the line", source=name) from exc
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInput(f"broken JSON: {exc.msg} (column {exc.colno})", source=name) from exc
    except RecursionError as exc:
        raise MalformedInput("broken JSON: nested too deeply", source=name) from exc
    if not isinstance(record, dict):
        raise MalformedInput(f"a JSON {_kind(record)}, not an object", source=name)
    return record


def _article(record: dict[str, Any], name: str) -> Article:
    text, html = _string(record, "text", name), _string(record, "html", name)
    meta = {
        "url": _string(record, "url", name) or None,
        "title": _string(record, "title", name) or None,
        "published": normalise_published(record.get("published")),
    }
    if text and text.strip():
        return read_text(text, source=name, **meta)
    if html and html.strip():
        return read_html(html, source=name, **meta)
    if text is None and html is None:
        raise MalformedInput('the record has no "text" or "html"', source=name)
    raise EmptyInput("the record's text is empty", source=name)


def _string(record: dict[str, Any], key: str, name: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise MalformedInput(f'"{key}" is a JSON {_kind(value)}, not a string', source=name)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    kinds: dict[type, str] = {dict: "object", list: "array", str: "string"}
    return kinds.get(type(value), "null")
