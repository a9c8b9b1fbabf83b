"""Events as CSV: one row per event; participants and source article ids joined with "; "."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from accord.export.table import COLUMNS, rows


def write(events: Iterable[dict[str, Any]], out: Path) -> int:
    n = 0
    with out.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, COLUMNS)
        writer.writeheader()
        for row in rows(events):
            writer.writerow(
                row | {"participants": "; ".join(row["participants"]), "sources": "; ".join(row["sources"])}
            )
            n += 1
    return n
