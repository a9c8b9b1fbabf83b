"""Exports: the knowledge base in formats other tools read, one module per format.

Each module takes plain data from the store's query results (the CLI fetches it) and
writes one file: `events` (the timeline's event dicts), `records` (every article's
accord.record/1) or `network` (who met whom).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from accord.errors import RefuseOverwrite, UsageError
from accord.export import csv, graphml, ics, jsonl, parquet, plover


@dataclass(frozen=True)
class Exporter:
    name: str
    needs: Literal["events", "records", "network"]
    unit: str  # what `write` counts
    write: Callable[[Any, Path], int]


FORMATS = {e.name: e for e in (
    Exporter("csv", "events", "events", csv.write),
    Exporter("jsonl", "records", "records", jsonl.write),
    Exporter("parquet", "events", "events", parquet.write),
    Exporter("graphml", "network", "links", graphml.write),
    Exporter("ics", "events", "dated events", ics.write),
    Exporter("plover", "events", "PLOVER events", plover.write),
)}


def export_to(exporter: Exporter, data: Any, out: Path, *, force: bool = False) -> int:
    """Write `data` to `out` whole or not at all; an existing `out` only with `force`."""
    if out.exists() and not force:
        raise RefuseOverwrite(f"{out} exists; pass --force to overwrite it")
    if not out.parent.is_dir():
        raise UsageError(f"cannot write {out}: no folder {out.parent}")
    partial = out.with_name(f".{out.name}.partial")
    try:
        written = exporter.write(data, partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return written
