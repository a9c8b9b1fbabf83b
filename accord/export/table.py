"""The events table that CSV and Parquet share: one row per event, lists kept as lists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

COLUMNS = (
    "id",
    "type",
    "date",
    "date_text",
    "place",
    "participants",
    "agreement",
    "ordinal",
    "status",
    "sources",
    "merge_reason",
)


def rows(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for e in events:
        row = {column: e.get(column) for column in COLUMNS}
        row["participants"] = list(e.get("participants") or [])
        row["sources"] = list(dict.fromkeys(s["article_id"] for s in e.get("sources") or []))
        yield row
