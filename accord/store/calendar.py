"""Dates to come: the next anniversary of something that began on a known date.

Articles state beginnings in two ways: "the 30th anniversary of diplomatic relations (2
February)" gives a date and an ordinal, hence the year relations began; an agreement's
signing date is a beginning itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Anniversary:
    date: str  # ISO day or month of the next occurrence
    ordinal: int
    title: str


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def next_anniversary(start: str, after: str, subject: str) -> Anniversary | None:
    """The first anniversary of `start` (a year-month or a day) on or after the day `after`."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", start)
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3]) if m[3] else None
    since = date.fromisoformat(after[:10]) if len(after) >= 10 else date(int(after[:4]), 1, 1)
    threshold = since.isoformat() if day else since.isoformat()[:7]
    for candidate_year in (since.year, since.year + 1):
        when = _occurrence(candidate_year, month, day)
        if when is None:
            return None
        if when >= threshold and candidate_year > year:
            n = candidate_year - year
            return Anniversary(when, n, f"{ordinal_suffix(n)} anniversary of {subject}")
    return None


def _occurrence(year: int, month: int, day: int | None) -> str | None:
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    for d in (day, day - 1, day - 2):  # 29 February falls on the 28th in other years
        try:
            return date(year, month, d).isoformat()
        except ValueError:
            continue
    return None


def beginning(anniversary_date: str, ordinal: int) -> str | None:
    """When something began, from the date of its Nth anniversary (month precision at least)."""
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", anniversary_date) or ordinal <= 0:
        return None
    return f"{int(anniversary_date[:4]) - ordinal:04d}{anniversary_date[4:]}"
