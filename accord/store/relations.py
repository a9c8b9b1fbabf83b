"""What two polities did together, and a polity's counterparts: the analyst's relation views.

A relation between two polities (states, the EU, the UN, a body of its own; see
accord.store.polity) lists the events both took part in through anyone who stood for them,
each with who represented each side, in which office, and the sentence that tells it; the
agreements with a party of each side, with their status over time; the anniversaries, and
what is to come. Between a person and anyone, it is the events both took part in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from accord.event_types import EventType, registry
from accord.store import polity, queries
from accord.store.resolve import Db, actor_pks
from accord.store.schema import Entity

Json = dict[str, Any]
OVERVIEW_PAGE = 50  # counterparts an overview shows when the caller does not say


@dataclass(frozen=True)
class _Sides:
    """The two sides of a relation: names, polity keys (None: a person), who stands for each
    at an event, and the agreements they share."""

    names: tuple[str, str]
    keys: tuple[str | None, str | None]
    pick: tuple[Callable[[Json], list[Json]], Callable[[Json], list[Json]]]
    agreement_pks: list[int]


def relation(db: Db, a: str, b: str, today: str | None = None) -> Json:
    """The relation between `a` and `b` (codes or names), with the calendar from `today`."""
    sides = _polities(db, a, b) or _actors(db, a, b)
    together = queries.events(db, between=(a, b))
    for e in together:
        e["sides"] = {"a": sides.pick[0](e), "b": sides.pick[1](e)}
    anniversaries = [e for e in together if e["type"] == EventType.ANNIVERSARY]
    meetings = {t for t, i in registry().types.items() if i.meeting_like}
    start = today or date.today().isoformat()
    scheduled = [e for e in together if e["status"] == "scheduled" and _reaches(e["date"], start)]
    beginnings = queries.beginnings(db, [int(e["id"][1:]) for e in anniversaries], sides.agreement_pks)
    return {
        "a": sides.names[0],
        "b": sides.names[1],
        "a_id": sides.keys[0],
        "b_id": sides.keys[1],
        "events": together,
        "meetings": [e for e in together if e["type"] in meetings],
        "agreements": queries.agreement_dicts(db, sides.agreement_pks),
        "anniversaries": anniversaries,
        "upcoming": queries.calendar(scheduled, beginnings, start),
    }


def _reaches(day: str | None, start: str) -> bool:
    """Whether a date at any precision reaches `start` or later ("2023" reaches 2023-05-01)."""
    return day is not None and day >= start[: len(day)]


def _polities(db: Db, a: str, b: str) -> _Sides | None:
    keys = polity.polities_of(db, [a, b])
    if not keys or len(keys) != 2:
        return None
    first, second = keys
    return _Sides(
        (polity.display_name(db, first), polity.display_name(db, second)),
        (first, second),
        (_standing_for(first), _standing_for(second)),
        polity.agreements_of(db, keys),
    )


def _standing_for(key: str) -> Callable[[Json], list[Json]]:
    return lambda e: [r for r in e["representatives"] if r["polity"] == key]


def _actors(db: Db, a: str, b: str) -> _Sides:
    """A person on one side at least: each side is the actor itself."""
    groups = [actor_pks(db, a), actor_pks(db, b)]
    first, second = (_actor_ids(db, g) for g in groups)
    shared = set(queries.agreement_pks_of(db, groups[0])) & set(queries.agreement_pks_of(db, groups[1]))
    return _Sides(
        (next(iter(first.values()), a), next(iter(second.values()), b)),
        (polity.polity_of(db, a), polity.polity_of(db, b)),
        (_being(set(first)), _being(set(second))),
        sorted(shared),
    )


def _being(ids: set[str]) -> Callable[[Json], list[Json]]:
    return lambda e: [
        {"polity": None, "id": x["id"], "name": x["name"], "office": None, "body": None, "reason": x["name"]}
        for x in e["actors"]
        if x["id"] in ids
    ]


def _actor_ids(db: Db, pks: Sequence[int]) -> dict[str, str]:
    """Public id -> name of these entities."""
    rows = db.execute(select(Entity.pk, Entity.kind, Entity.name, Entity.code).where(Entity.pk.in_(pks)))
    return {queries.public_id(kind, pk, code): name for pk, kind, name, code in rows}


def overview(db: Db, key_or_name: str, limit: int | None = OVERVIEW_PAGE, offset: int = 0) -> Json | None:
    """A polity's counterparts, most events first (`limit` of them from the `offset`th; None:
    all), each with its last event and the agreements in force between them, and how many
    there are in all; None when the name is no polity. Only the page's events are built."""
    key = polity.polity_of(db, key_or_name)
    if key is None:
        return None
    found, total = polity.counterparts(db, key, limit, offset)
    last = {e["id"]: e for e in queries.event_dicts(db, [c["last_event"] for c in found if c["last_event"]])}
    agreements = {
        g["id"]: g for g in queries.agreement_dicts(db, sorted({pk for c in found for pk in c["agreements_in_force"]}))
    }
    for c in found:
        c["last_event"] = last.get(f"e{c['last_event']}") if c["last_event"] else None
        c["agreements_in_force"] = [agreements[f"a{pk}"] for pk in c["agreements_in_force"]]
    return {
        "id": key,
        "name": polity.display_name(db, key),
        "total": total,
        "offset": offset,
        "limit": limit,
        "counterparts": found,
    }
