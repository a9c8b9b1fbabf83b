"""`accord extract`: articles in, `accord.record/1` JSON out."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from accord.errors import InputError
from accord.ingest import read_sources
from accord.pipeline import Pipeline
from accord.records import Article


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"


def extract(
    files: Annotated[list[str], typer.Argument(help="Article files, folders or URLs: .txt, .html, .jsonl, feeds.")],
    out: Annotated[Path | None, typer.Option("--out", help="Write DIR/<stem>.json for each input.")] = None,
    fmt: Annotated[Format, typer.Option("--format", help="json (one object) or jsonl (one per line).")] = Format.json,
) -> None:
    """Read articles and print (or write) their records.

    Examples:

        accord extract samples/article.txt

        accord extract corpus/*.txt --out records/
    """
    articles: list[tuple[str, Article]] = []
    failed = False
    for source, item in read_sources(files):
        if isinstance(item, InputError):
            print(f"accord: {item}", file=sys.stderr)
            failed = True
        else:
            articles.append((source, item))
    if not articles:
        raise typer.Exit(1 if failed else 0)
    pipeline = Pipeline()
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    extractions = pipeline.process_many(a for _, a in articles)
    stems: dict[str, int] = {}
    for (source, _), extraction in zip(articles, extractions, strict=True):
        record = extraction.to_dict()
        if out is None:
            indent = 2 if fmt is Format.json else None
            sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
            continue
        stem = _stem(source, stems)
        path = out / f"{stem}.{'json' if fmt is Format.json else 'jsonl'}"
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if failed:
        raise typer.Exit(1)


def _stem(source: str, seen: dict[str, int]) -> str:
    """`dir/a.txt` -> `a`; a JSON Lines record `f.jsonl#3` -> `f-3`; repeats get a suffix."""
    path, _, index = source.partition("#")
    stem = Path(path).stem + (f"-{index}" if index else "")
    seen[stem] = seen.get(stem, 0) + 1
    return stem if seen[stem] == 1 else f"{stem}-{seen[stem]}"


def register(app: typer.Typer) -> None:
    app.command()(extract)
