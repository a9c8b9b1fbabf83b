"""Events with a day date as an iCalendar file (RFC 5545): one all-day VEVENT each.

Events dated only to a month or year are left out: a calendar entry needs a day. Each
DTSTAMP is its event's day, not the time of export, so the same store exports to the same
bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

_STATUS = {"scheduled": "TENTATIVE", "postponed": "TENTATIVE", "cancelled": "CANCELLED", "occurred": "CONFIRMED"}


def write(events: Iterable[dict[str, Any]], out: Path) -> int:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//accord//knowledge base//EN", "CALSCALE:GREGORIAN"]
    n = 0
    for e in events:
        if not e.get("date") or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]):
            continue
        day = date.fromisoformat(e["date"])
        who = ", ".join(e["participants"])
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e['id']}@accord",
            f"DTSTAMP:{day:%Y%m%d}T000000Z",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
            "SUMMARY:" + _text(f"{e['agreement'] or e['type']}: {who}" if who else e["type"]),
        ]
        if e.get("place"):
            lines.append("LOCATION:" + _text(e["place"]))
        if e.get("status") in _STATUS:
            lines.append(f"STATUS:{_STATUS[e['status']]}")
        sentences = [s["sentence"] for s in e.get("sources") or [] if s.get("sentence")]
        if sentences:
            lines.append("DESCRIPTION:" + _text("\n".join(sentences)))
        lines.append("END:VEVENT")
        n += 1
    lines.append("END:VCALENDAR")
    out.write_bytes("".join(_fold(line) + "\r\n" for line in lines).encode("utf-8"))
    return n


def _text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newline escaped."""
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space,
    never splitting a UTF-8 character."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > (75 if not parts else 74):
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)
