"""Facts that contradict their own article: checks any `accord.record/1` record can be held to.

The extractor is built not to write such facts; these checks say where it still does. Each
finding names the item and why it cannot be right given the article itself:

- an event dated wholly before the publication day is not `scheduled` (it was called off or
  moved only if the record says `cancelled` or `postponed`), one wholly after it not `occurred`;
- an agreement the text calls one "between X and Y" has both parties;
- an event's place is one the text names by the time it tells of the event (in its evidence, or
  in what came before: "During the talks" goes on where the talks were said to be).

Whether a place named in the same sentence is tied to the event (not "the anniversary ...,
following the visit to Astana") takes the parse; the extractor checks that as it reads.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from accord.dates import anchor_of, period
from accord.names import fold

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?\S.{0,80}?\s+and\s+\S", re.I | re.S)


def contradictions(record: dict[str, Any], text: str) -> list[str]:
    """What in `record` its article `text` contradicts, one line per finding."""
    today = anchor_of((record.get("article") or {}).get("published"))
    found = [*_tense(record, today), *_parties(record, text), *_places(record, text)]
    return found


def _tense(record: dict[str, Any], today: date | None) -> list[str]:
    out = []
    for e in record.get("events") or []:
        span = period(e["date"]) if today and e.get("date") else None
        if span is None or today is None:
            continue
        if e.get("status") == "scheduled" and span[1] < today:
            out.append(f"{e['id']}: {e['type']} of {e['date']} is scheduled, but the article of {today} is later")
        if e.get("status") == "occurred" and span[0] > today:
            out.append(f"{e['id']}: {e['type']} of {e['date']} occurred, but the article of {today} is earlier")
    return out


def _parties(record: dict[str, Any], text: str) -> list[str]:
    out = []
    for a in record.get("agreements") or []:
        said = [text[m["start"] : m["end"] + 120] for m in a.get("mentions") or []]
        paired = _BETWEEN.search(a["name"]) or any(_BETWEEN.match(s[len(a["name"]) :].lstrip(" (),")) for s in said)
        if paired and len(a.get("parties") or []) < 2:
            out.append(f"{a['id']}: {a['name'][:60]!r} is between two sides, parties {a.get('parties')}")
    return out


def _places(record: dict[str, Any], text: str) -> list[str]:
    names: dict[str, set[str]] = {}
    for p in [*(record.get("places") or []), *(record.get("countries") or [])]:
        said = {fold(text[m["start"] : m["end"]]) for m in p.get("mentions") or []}
        names[fold(p["name"])] = {fold(p["name"]), *said}
    out = []
    for e in record.get("events") or []:
        if not e.get("place") or not e.get("evidence"):
            continue
        told = fold(text[: e["evidence"]["end"]])
        forms = names.get(fold(e["place"]), {fold(e["place"])})
        if not any(f and f in told for f in forms):
            out.append(f"{e['id']}: {e['type']} is placed in {e['place']}, which the text has not named by then")
    return out
