"""Properties of the readers: any input is either an article or a named rejection, never a crash."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.errors import InputError
from accord.ingest import read_sources
from accord.records import Article, normalise_text

SUFFIXES = ["", ".txt", ".html", ".jsonl", ".xml"]
checks = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that steer random bytes into the readers' harder paths.
MARKUP = st.sampled_from(
    [
        b"<html>",
        b"<body>",
        b"<p>",
        b"</p>",
        b"<div>" * 300,
        b"<script>",
        b"<br/>",
        b"<?xml version='1.0'?>",
        b"<rss version='2.0'><channel><item><title>",
        b"<description>",
        b"</item>",
        b"<feed>",
        b"<entry>",
        b"<content type='html'>&lt;p&gt;",
        b'{"text": "',
        b'", "id": 1}\n',
        b"\n",
        b"\r\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\x00",
        b"\xe9",
        b"\xc3",
        "Genève 24 января 2023".encode(),
        b"5 March 2024, 10:00 77",
    ]
)
PIECES = st.lists(st.one_of(MARKUP, st.binary(max_size=20)), max_size=30).map(b"".join)
PAYLOADS = st.one_of(st.binary(max_size=2000), PIECES)


def read_one(data: bytes, suffix: str) -> list[tuple[str, Article | InputError]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_sources([str(path)]))
        for name, item in items:
            assert name == str(path) or name.startswith(f"{path}#")
            if isinstance(item, InputError):
                assert item.source == name and item.message and "\n" not in item.message
            else:
                assert isinstance(item, Article) and item.text.strip() and "\r" not in item.text
                assert item.published is None or item.published[:4].isdigit()
        return items


@checks
@given(data=PAYLOADS, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_articles_or_rejections(data: bytes, suffix: str) -> None:
    assert read_one(data, suffix)


PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
TEXT = st.text(PRINTABLE | st.sampled_from("\n\r\t"), min_size=1, max_size=500).filter(str.strip)


@checks
@given(text=TEXT)
def test_utf8_text_is_read_exactly(text: str) -> None:
    [(_, item)] = read_one(text.encode("utf-8"), ".txt")
    assert isinstance(item, Article)
    assert item.text == normalise_text(text)


RECORD = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.integers(0, 3), st.sampled_from(["a", "b"])),
        "title": st.one_of(st.none(), st.text(max_size=30), st.integers()),
        "published": st.one_of(st.none(), st.text(max_size=30), st.dates().map(str)),
        "text": st.one_of(st.text(max_size=100), st.integers()),
        "html": st.text(max_size=100).map(lambda t: f"<html><body><p>{t}</p></body></html>"),
    },
)


@checks
@given(records=st.lists(st.one_of(RECORD, st.just("broken {")), max_size=8))
def test_each_jsonl_line_is_one_item_in_order(records: list[object]) -> None:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    items = read_one("\n".join(lines).encode("utf-8"), ".jsonl") if lines else []
    assert [name.rsplit("#", 1)[1] for name, _ in items] == [str(n) for n in range(1, len(lines) + 1)]
    ids = [r.get("id") for r in records if isinstance(r, dict)]
    read_ids = [
        json.loads(lines[int(name.rsplit("#", 1)[1]) - 1]).get("id")
        for name, item in items
        if isinstance(item, Article)
    ]
    assert len([i for i in read_ids if i is not None]) == len({i for i in read_ids if i is not None})
    assert set(read_ids) - {None} <= set(ids)
