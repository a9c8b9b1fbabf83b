"""Publication dates as containers give them (JSON Lines, feeds, page metadata), read strictly.

A value is read as ISO 8601, as an e-mail/RSS date, or as a date line in English, Russian
or Kazakh; anything else is None, never guessed. Times are kept as written (local to the
publisher); the record has no place for a UTC offset.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import dateparser

from accord.dates import MONTHS, parse_date_line

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?")
_ISO_PARTIAL = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2}))?")
_CYRILLIC = r"[а-яёәіңғүұқөһ]"
# "24 января 2023", "вторник, 24 января 2023 г., 11:08 747", "24 қаңтар 2023 ж."
_CYRILLIC_LINE = re.compile(
    r"(?P<date>(?:" + _CYRILLIC + r"+,?\s+)?\d{1,2}\s+" + _CYRILLIC + r"+\s+\d{4})"
    r"(?:\s*(?:г\.|года|ж\.|жыл))?(?:,?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?(?:\s+(?P<views>\d[\d\s]*))?\s*",
    re.I,
)
_STRICT = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
# The full English name of each month: the longest of its spellings.
_MONTH_NAMES = {month: max((name for name, i in MONTHS.items() if i == month), key=len) for month in range(1, 13)}


def normalise_published(value: object) -> str | None:
    """`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (or `YYYY`, `YYYY-MM` when that is all it says), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if _ISO.fullmatch(text):
        return _iso(text)
    partial = _ISO_PARTIAL.fullmatch(text)
    if partial:
        month = partial["month"]
        return text if month is None or 1 <= int(month) <= 12 else None
    line = parse_date_line(text)
    if line:
        return line.published
    cyrillic = cyrillic_date_line(text)
    if cyrillic:
        return cyrillic[0]
    return _rfc2822(text)


def _iso(text: str) -> str | None:
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1).replace(",", "."))
    except ValueError:
        return None
    if "T" not in text and " " not in text:
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%dT%H:%M")


def _rfc2822(text: str) -> str | None:
    """Dates as RSS writes them: "Tue, 05 Mar 2024 14:20:00 +0100"."""
    if not re.search(r"\d{1,2}:\d{2}", text):
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.strftime("%Y-%m-%dT%H:%M")


def cyrillic_date_line(line: str) -> tuple[str, int | None] | None:
    """(published, views) from a Russian or Kazakh date line, or None when `line` is not one."""
    m = _CYRILLIC_LINE.fullmatch(line.replace("\u00a0", " ").strip())
    if not m:
        return None
    moment = dateparser.parse(m["date"], languages=["ru", "kk"], settings=_STRICT)  # type: ignore[arg-type]
    if moment is None:
        return None
    published = moment.date().isoformat()
    if m["hour"] is not None and int(m["hour"]) < 24 and int(m["minute"]) < 60:
        published += f"T{int(m['hour']):02d}:{m['minute']}"
    views = int(re.sub(r"\D", "", m["views"])) if m["views"] else None
    return published, views


def date_line(published: str | None) -> str | None:
    """The date line a composed article carries: "5 March 2024" or "5 March 2024, 14:20"."""
    if published is None or len(published) < 10:
        return None
    day = date.fromisoformat(published[:10])
    line = f"{day.day} {_MONTH_NAMES[day.month].capitalize()} {day.year}"
    return f"{line}, {published[11:16]}" if len(published) >= 16 else line
