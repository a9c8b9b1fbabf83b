"""Conditions the read queries share."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement


def date_filter(column: Any, date_from: str | None, date_to: str | None) -> list[ColumnElement[bool]]:
    """Dates that overlap [date_from, date_to] at any precision ("2023" overlaps "2023-05-01").

    Both bounds are index ranges: a date starts with `date_to` or precedes it exactly when it
    sorts before `date_to + "~"` ("~" sorts after every character an ISO date uses).
    """
    conditions: list[ColumnElement[bool]] = []
    if date_from:
        prefixes = {date_from[:n] for n in (4, 7) if n < len(date_from)}
        conditions.append((column >= date_from) | column.in_(prefixes))
    if date_to:
        conditions.append(column < date_to + "~")
    return conditions
