"""Events as PLOVER event data: JSON Lines, one record per event, with the field names of
the PLOVER specification (Open Event Data Alliance, "JSON Data Fields"): `id`, `date`,
`source` and `recipient` (lists of actor objects), `event`, `mode`, `context`,
`event_loc`, `text`, `cite_info`.

Our event types map onto PLOVER categories where one fits:
- meeting, call, visit, summit, credentials -> CONSULT ("all consultations and meetings,
  visiting and hosting", with mode phone / visit / multilateral where the type says so);
- agreement -> AGREE.
PLOVER has no category for public statements (CAMEO's "make public statement" was dropped),
elections, appointments or anniversaries, so those events are not exported; nor are events
dated coarser than a day (PLOVER's `date` is YYYY-MM-DD).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pycountry

# Our type -> (PLOVER category, CONSULT mode).
CATEGORIES: dict[str, tuple[str, str | None]] = {
    "meeting": ("CONSULT", None),
    "call": ("CONSULT", "phone"),
    "visit": ("CONSULT", "visit"),
    "summit": ("CONSULT", "multilateral"),
    "credentials": ("CONSULT", None),
    "agreement": ("AGREE", None),
}
# PLOVER's quad category for verbal cooperation, to which CONSULT and AGREE belong.
VERBAL_COOPERATION = 1
_CONTEXT = {"scheduled": ["future"], "postponed": ["future"], "cancelled": ["negation"]}


def write(events: Iterable[dict[str, Any]], out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for e in events:
            record = plover_event(e)
            if record is not None:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
    return n


def plover_event(e: dict[str, Any]) -> dict[str, Any] | None:
    """The PLOVER record of one of our event dicts, or None where PLOVER has no category."""
    if e["type"] not in CATEGORIES or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.get("date") or ""):
        return None
    category, mode = CATEGORIES[e["type"]]
    actors = [actor(a) for a in e.get("actors") or [{"name": n} for n in e["participants"]]]
    # CONSULT codes every side as a source unless one visits and one hosts; presenting
    # credentials is the ambassador's (the first participant) visit to the receiver.
    source, recipient = (actors[:1], actors[1:]) if e["type"] == "credentials" else (actors, [])
    sources = e.get("sources") or []
    record: dict[str, Any] = {
        "id": f"accord-{e['id']}",
        "date": e["date"],
        "source": source,
        "recipient": recipient,
        "event": [category],
        "quad_code": VERBAL_COOPERATION,
        "coder": "accord",
    }
    if mode:
        record["mode"] = [mode]
    if e.get("status") in _CONTEXT:
        record["context"] = _CONTEXT[e["status"]]
    if e.get("place"):
        record["event_loc"] = {"name": e["place"]}
    if sources:
        record["text"] = sources[0]["sentence"]
        record["event_text"] = [s["sentence"] for s in sources]
        record["cite_info"] = {"citation": sources[0]["article_id"], "title": sources[0].get("title")}
    return record


def actor(a: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER actor object: its polity's ISO alpha-3 code (IGO for bodies above states)."""
    found: dict[str, Any] = {"actor_text": a["name"], "identifier_text": a["name"]}
    if a.get("id"):
        found["identifier_id"] = a["id"]
    code = _alpha3(a.get("country"))
    if code:
        found["code"] = code
    elif a.get("kind") == "organization" or a.get("country") == "EU":
        found["code"] = "IGO"
    return found


def _alpha3(alpha2: str | None) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
    return country.alpha_3 if country else None
