"""`accord extract`: articles in, `accord.record/1` JSON out."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterator
from enum import StrEnum
from itertools import chain, islice
from pathlib import Path
from typing import Annotated, Any

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
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            help="json: one object per article (an array on stdout for several); jsonl: one record per line.",
        ),
    ] = Format.json,
) -> None:
    """Read articles and print (or write) their `accord.record/1` records.

    An input that cannot be read is named on stderr with the reason; the others are still
    written, and the exit status is 1.

    Examples:

        accord extract samples/ministry-readout.txt

        accord extract corpus/*.txt --out records/

        accord extract feed.xml --format jsonl > records.jsonl
    """
    failed: list[str] = []
    sources: deque[str] = deque()

    def articles() -> Iterator[Article]:
        for source, item in read_sources(files):
            if isinstance(item, InputError):
                print(f"accord: {item}", file=sys.stderr)
                failed.append(source)
            else:
                sources.append(source)
                yield item

    stream = articles()
    first = next(stream, None)
    if first is not None:
        records = (x.to_dict() for x in Pipeline().process_many(chain([first], stream)))
        _write(((sources.popleft(), r) for r in records), out, fmt)
    if failed:
        raise typer.Exit(1)


def _write(records: Iterator[tuple[str, dict[str, Any]]], out: Path | None, fmt: Format) -> None:
    """stdout: one object, a JSON array or JSON Lines; --out: DIR/<stem>.json or DIR/records.jsonl."""
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    if fmt is Format.jsonl:
        target = (out / "records.jsonl").open("w", encoding="utf-8") if out else sys.stdout
        for _, record in records:
            target.write(json.dumps(record, ensure_ascii=False) + "\n")
        if out:
            target.close()
        return
    if out is not None:
        stems: dict[str, int] = {}
        for source, record in records:
            path = out / f"{_stem(source, stems)}.json"
            path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    head = [r for _, r in islice(records, 2)]
    if len(head) < 2:
        for record in head:
            sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write("[\n")
    for n, record in enumerate(chain(head, (r for _, r in records))):
        sys.stdout.write((",\n" if n else "") + json.dumps(record, ensure_ascii=False, indent=2))
    sys.stdout.write("\n]\n")


def _stem(source: str, seen: dict[str, int]) -> str:
    """`dir/a.txt` -> `a`; a JSON Lines record `f.jsonl#3` -> `f-3`; repeats get a suffix."""
    path, _, index = source.partition("#")
    stem = Path(path).stem + (f"-{index}" if index else "")
    seen[stem] = seen.get(stem, 0) + 1
    return stem if seen[stem] == 1 else f"{stem}-{seen[stem]}"


def register(app: typer.Typer) -> None:
    app.command()(extract)
