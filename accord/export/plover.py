"""Events as PLOVER event data: JSON Lines, one record per event, with the field names of
the PLOVER specification (Open Event Data Alliance, "JSON Data Fields"): `id`, `date`,
`source` and `recipient` (lists of actor objects), `event`, `mode`, `context`,
`event_loc`, `text`, `cite_info`.

Each actor is coded by the polity it stood for at the event (accord.store.rollup): a
minister by their state, a commissioner as IGO with `polity` EU. Our event types map onto
PLOVER categories where one fits:
- meeting, call, visit, summit, credentials -> CONSULT ("all consultations and meetings,
  visiting and hosting", with mode phone / visit / multilateral where the type says so);
- agreement -> AGREE;
- an installed type (accord.event_types) -> the category and mode its entry gives.
PLOVER has no category for public statements (CAMEO's "make public statement" was dropped),
elections, appointments or anniversaries, so those events are not exported; nor are events
dated coarser than a day (PLOVER's `date` is YYYY-MM-DD).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pycountry

from accord.event_types import registry

# PLOVER's quad category for verbal cooperation, to which CONSULT and AGREE belong.
VERBAL_COOPERATION = 1
# The quad categories of the PLOVER categories our built-in types map onto; an installed type's
# other category goes out without one rather than with a guessed one.
_QUADS = MappingProxyType({"CONSULT": VERBAL_COOPERATION, "AGREE": VERBAL_COOPERATION})
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
    known = registry().types.get(e["type"])  # a type no longer installed has none
    if known is None or known.plover is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.get("date") or ""):
        return None
    category, mode = known.plover
    quad = _QUADS.get(category)
    source, recipient = _sides(e)
    sources = e.get("sources") or []
    record: dict[str, Any] = {
        "id": f"accord-{e['id']}",
        "date": e["date"],
        "source": source,
        "recipient": recipient,
        "event": [category],
        **({"quad_code": quad} if quad else {}),
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


def _sides(e: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Source and recipient actors, coded by the polity each stood for at the event.

    CONSULT codes every side as a source unless one visits and one hosts: a visit's host
    (the state of its place, when the article names no one for it) is the recipient, and
    presenting credentials is the envoy's (the first participant's) visit to the receiver.
    A participant who stood for no polity (a person whose office is unknown) is coded as
    the participant itself.
    """
    participants = e.get("actors") or [{"name": n} for n in e["participants"]]
    reps = e.get("representatives") or []
    by_actor = {a.get("id"): [represented(r) for r in reps if r["id"] == a.get("id")] for a in participants}
    coded = [by_actor[a.get("id")] or [actor(a)] for a in participants]
    hosts = [represented(r) for r in reps if not r["id"]]
    if e["type"] == "credentials":
        return coded[0] if coded else [], [x for c in coded[1:] for x in c]
    return [x for c in coded for x in c], hosts if e["type"] == "visit" else []


def represented(r: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER actor object for one who stood for a polity: the polity's code (ISO alpha-3,
    IGO for the EU, the UN and other bodies above states), the polity itself, and the office."""
    found: dict[str, Any] = {"actor_text": r["name"], "identifier_text": r["name"], "polity": r["polity"]}
    if r.get("id"):
        found["identifier_id"] = r["id"]
    found["code"] = _alpha3(r["polity"]) or "IGO"
    if r.get("office"):
        found["agent_text"] = r["office"]
    return found


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
