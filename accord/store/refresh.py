"""Merged rows recomputed from what the articles say, after an article is added or removed.

An entity or event with no source left is deleted; otherwise each of its fields is chosen
from its sources: the fullest name, the most precise date, the latest status. Each call
handles a whole article's worth of rows in a few statements.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from accord.store import pairs
from accord.store.names import is_acronym, person_name
from accord.store.schema import (
    AGREEMENT,
    COUNTRY,
    PERSON,
    AgreementParty,
    Article,
    Entity,
    EntitySource,
    Event,
    EventParticipant,
    EventSource,
    Role,
)

T = TypeVar("T")


def _by_publication(model: type[EntitySource] | type[EventSource]) -> tuple[Any, ...]:
    """Sources in the order their articles were published (undated last)."""
    return (Article.published.is_(None), Article.published, model.pk)


def _pks(name: str = "pks") -> Any:
    return bindparam(name, expanding=True)


# The statements are built once: building one costs about as much as running it.
_ENTITY_SOURCES = (
    select(
        EntitySource.entity_pk,
        Entity.kind,
        EntitySource.name,
        EntitySource.country,
        EntitySource.date,
        EntitySource.status,
        EntitySource.parties,
    )
    .join(Article, Article.pk == EntitySource.article_pk)
    .join(Entity, Entity.pk == EntitySource.entity_pk)
    .where(EntitySource.entity_pk.in_(_pks()))
    .order_by(*_by_publication(EntitySource))
)
_ROLE_COUNTRIES = (
    select(Role.entity_pk, Role.country).order_by(Role.pk).where(Role.entity_pk.in_(_pks()), Role.country.is_not(None))
)
_DELETE_ENTITIES = delete(Entity).where(Entity.pk.in_(_pks()))
_DELETE_PARTIES = delete(AgreementParty).where(AgreementParty.agreement_pk.in_(_pks()))
_INSERT_PARTIES = insert(AgreementParty)
_UPDATE_ENTITIES = (
    update(Entity)
    .where(Entity.pk == bindparam("v_pk"))
    .values({c: bindparam(f"v_{c}") for c in ("name", "country", "date", "status")})
)
_EVENT_REPORTS = (
    select(
        EventSource.event_pk,
        EventSource.type,
        EventSource.date,
        EventSource.date_text,
        EventSource.place,
        EventSource.agreement,
        EventSource.agreement_pk,
        EventSource.ordinal,
        EventSource.status,
        EventSource.participants,
        EventSource.reason,
    )
    .join(Article, Article.pk == EventSource.article_pk)
    .where(EventSource.event_pk.in_(_pks()))
    .order_by(*_by_publication(EventSource))
)
_DELETE_EVENTS = delete(Event).where(Event.pk.in_(_pks()))
_DELETE_PARTICIPANTS = delete(EventParticipant).where(EventParticipant.event_pk.in_(_pks()))
_INSERT_PARTICIPANTS = insert(EventParticipant)
_EVENT_FIELDS = ("type", "date", "date_text", "place", "agreement", "agreement_pk", "ordinal", "status", "merge_reason")
_UPDATE_EVENTS = (
    update(Event).where(Event.pk == bindparam("v_pk")).values({c: bindparam(f"v_{c}") for c in _EVENT_FIELDS})
)


def refresh_entities(conn: Connection, pks: Iterable[int]) -> None:
    wanted = sorted(set(pks))
    if not wanted:
        return
    kinds = {pk: "" for pk in wanted}  # an entity left with no source row is deleted
    sources: dict[int, list[Any]] = defaultdict(list)
    for row in conn.execute(_ENTITY_SOURCES, {"pks": wanted}):
        kinds[row.entity_pk] = row.kind
        sources[row.entity_pk].append(row)
    role_countries: dict[int, list[str | None]] = defaultdict(list)
    people = [pk for pk, kind in kinds.items() if kind == PERSON]
    if people:
        for pk, country in conn.execute(_ROLE_COUNTRIES, {"pks": people}):
            role_countries[pk].append(country)
    gone = [pk for pk in kinds if not sources[pk]]
    if gone:
        conn.execute(_DELETE_ENTITIES, {"pks": gone})
    values = [_entity_values(pk, kinds[pk], sources[pk], role_countries[pk]) for pk in kinds if sources[pk]]
    if values:
        conn.execute(_UPDATE_ENTITIES, [_bound(v) for v in values])
    agreements = [pk for pk, kind in kinds.items() if kind == AGREEMENT and sources[pk]]
    if agreements:
        conn.execute(_DELETE_PARTIES, {"pks": agreements})
        parties = [
            {"agreement_pk": pk, "party_pk": party}
            for pk in agreements
            for party in sorted({p for s in sources[pk] for p in s.parties or [] if p != pk})
        ]
        if parties:
            conn.execute(_INSERT_PARTIES, parties)


def _bound(values: dict[str, Any]) -> dict[str, Any]:
    return {f"v_{k}": v for k, v in values.items()}


def _entity_values(pk: int, kind: str, sources: Sequence[Any], role_countries: list[str | None]) -> dict[str, Any]:
    values: dict[str, Any] = {
        "pk": pk,
        "name": canonical_name(kind, [s.name for s in sources]),
        "country": None,
        "date": None,
        "status": None,
    }
    if kind == PERSON:
        values["country"] = most_common(role_countries)
    elif kind != COUNTRY:
        values["country"] = most_common(s.country for s in sources if s.country)
    if kind == AGREEMENT:
        values["date"] = most_precise([s.date for s in sources])
        values["status"] = next((s.status for s in reversed(sources) if s.status), None)
    return values


def canonical_name(kind: str, names: Sequence[str]) -> str:
    """People: the fullest name given; others: the most used name that is not an acronym."""
    counts = Counter(names)
    if kind == PERSON:
        return max(counts, key=lambda n: _fullness(n) + (counts[n],))
    spelled = [n for n in names if not is_acronym(n)] or list(names)
    return most_common(spelled) or names[0]


def _fullness(name: str) -> tuple[int, int]:
    """Given names spelled out, then given names at all: "Dmitry Kasyanenko" > "D. Kasyanenko"."""
    given = person_name(name).given
    return sum(len(g) > 1 for g in given), len(given)


def most_common(values: Iterable[T]) -> T | None:
    """The most frequent value, the first seen among equals."""
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else None


def most_precise(dates: Iterable[str | None]) -> str | None:
    """The longest ISO date given (a day beats a month), the most reported among equals."""
    known = [d for d in dates if d]
    if not known:
        return None
    longest = max(len(d) for d in known)
    return most_common(d for d in known if len(d) == longest)


def refresh_events(conn: Connection, pks: Iterable[int]) -> None:
    wanted = sorted(set(pks))
    if not wanted:
        return
    reports: dict[int, list[Any]] = defaultdict(list)
    for row in conn.execute(_EVENT_REPORTS, {"pks": wanted}):
        reports[row.event_pk].append(row)
    gone = [pk for pk in wanted if not reports[pk]]
    if gone:
        rolled_up = pairs.rows_of(conn, gone)  # deleting the events cascades to these rows
        conn.execute(_DELETE_EVENTS, {"pks": gone})
        pairs.tally(conn, rolled_up, [])
    kept = [pk for pk in wanted if reports[pk]]
    if not kept:
        return
    merged = [_merged_event(pk, reports[pk]) for pk in kept]
    conn.execute(_UPDATE_EVENTS, [_bound(m) for m in merged])
    conn.execute(_DELETE_PARTICIPANTS, {"pks": kept})
    participants = [
        {"event_pk": m["pk"], "entity_pk": p, "position": i, "date": m["date"]}
        for m in merged
        for i, p in enumerate(m["participants"])
    ]
    if participants:
        conn.execute(_INSERT_PARTICIPANTS, participants)


def _merged_event(pk: int, reports: Sequence[Any]) -> dict[str, Any]:
    day = most_precise([r.date for r in reports])
    dated = next((r for r in reports if r.date == day), reports[0])
    named = next((r for r in reports if r.agreement_pk), None) or next((r for r in reports if r.agreement), reports[0])
    return {
        "pk": pk,
        "type": most_common(r.type for r in reports),
        "date": day,
        "date_text": dated.date_text if day else None,
        "place": most_common(r.place for r in reports if r.place),
        "agreement": named.agreement,
        "agreement_pk": named.agreement_pk,
        "ordinal": most_common(r.ordinal for r in reports if r.ordinal is not None),
        "status": next((r.status for r in reversed(reports) if r.status), None),
        # Only a merged event has a merge reason: once one report is left, nothing is merged.
        "merge_reason": ("; ".join(r.reason for r in reports if r.reason) or None) if reports[1:] else None,
        "participants": list(dict.fromkeys(p for r in reports for p in r.participants)),
    }
