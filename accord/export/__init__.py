"""Exports: the knowledge base in formats other tools read, one module per format.

Each module takes plain data from the store's query results (the CLI fetches it) and
writes one file: `events` (the timeline's event dicts), `records` (every article's
accord.record/1) or `network` (who met whom).
"""

from __future__ import annotations

import os
import tempfile
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


FORMATS = {
    e.name: e
    for e in (
        Exporter("csv", "events", "events", csv.write),
        Exporter("jsonl", "records", "records", jsonl.write),
        Exporter("parquet", "events", "events", parquet.write),
        Exporter("graphml", "network", "links", graphml.write),
        Exporter("ics", "events", "dated events", ics.write),
        Exporter("plover", "events", "PLOVER events", plover.write),
    )
}


def export_to(exporter: Exporter, data: Any, out: Path, *, force: bool = False) -> int:
    """Write `data` to `out` whole or not at all; an existing `out` only with `force`.

    The file is written under a fresh, unguessable name beside `out` and renamed over it at
    the end: a reader never sees half a file, and a link at `out` is replaced, not followed.
    """
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give the file to write")
    if (out.exists() or out.is_symlink()) and not force:
        raise RefuseOverwrite(f"{out} exists; pass --force to overwrite it")
    if not out.parent.is_dir():
        raise UsageError(f"cannot write {out}: no folder {out.parent}")
    handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".partial")
    os.close(handle)
    partial = Path(name)
    try:
        written = exporter.write(data, partial)
        partial.chmod(0o644)  # mkstemp makes files only their owner may read
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return written
