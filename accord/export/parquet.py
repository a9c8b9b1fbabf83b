"""Events as Parquet: the CSV's table with participants and sources as lists of strings."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from accord.export.table import rows

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("type", pa.string()),
        ("date", pa.string()),
        ("date_text", pa.string()),
        ("place", pa.string()),
        ("participants", pa.list_(pa.string())),
        ("agreement", pa.string()),
        ("ordinal", pa.int32()),
        ("status", pa.string()),
        ("sources", pa.list_(pa.string())),
        ("merge_reason", pa.string()),
    ]
)


def write(events: Iterable[dict[str, Any]], out: Path) -> int:
    table = pa.Table.from_pylist(list(rows(events)), schema=SCHEMA)
    pq.write_table(table, out)
    return table.num_rows
