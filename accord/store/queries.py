"""Read side: the knowledge base as JSON-ready dicts (see docs/store-api.md).

Public ids: people `p12`, organizations `o7`, agreements `a5`, events `e31`, countries by
their code (`KZ`), articles by their content id.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, func, select

from accord.store import polity, polity_network
from accord.store.calendar import beginning, next_anniversary
from accord.store.filters import date_filter
from accord.store.names import fold
from accord.store.resolve import Db, actor_pks
from accord.store.schema import (
    AGREEMENT,
    COUNTRY,
    ORGANIZATION,
    PERSON,
    AgreementParty,
    Article,
    Entity,
    EntityName,
    EntitySource,
    Event,
    EventParticipant,
    EventSource,
    Role,
)

Json = dict[str, Any]
T = TypeVar("T")
_PREFIX = {PERSON: "p", ORGANIZATION: "o", AGREEMENT: "a"}
_KIND_OF_PREFIX = {v: k for k, v in _PREFIX.items()}
_CHUNK = 500  # ids per IN (...) list
NEIGHBOURS = 50  # a person's most frequent co-participants listed


_BEYOND_ANY_TABLE = 2**62


def _many(name: str = "pks") -> Any:
    return bindparam(name, expanding=True)


# The statements a person, timeline or network view runs, built once: building one costs
# about as much as running it.
_ENTITY = select(Entity).where(Entity.pk.in_(_many()), Entity.kind == bindparam("kind"))
_BEST_ATTESTED = (
    select(Entity)
    .join(EntitySource, EntitySource.entity_pk == Entity.pk)
    .where(Entity.pk.in_(_many()))
    .group_by(Entity.pk)
    .order_by(func.count(EntitySource.pk).desc(), Entity.pk)
    .limit(1)
)
_NAMES = (
    select(EntityName.entity_pk, EntityName.name)
    .distinct()
    .where(EntityName.entity_pk.in_(_many()))
    .order_by(EntityName.name)
)
_MERGES = (
    select(EntitySource.name, EntitySource.reason, func.count())
    .where(EntitySource.entity_pk == bindparam("pk"))
    .group_by(EntitySource.name, EntitySource.reason)
    .order_by(func.min(EntitySource.pk))
)
_ROLES = (
    select(
        Role.entity_pk,
        Role.title,
        Role.organization,
        Role.country,
        func.min(Role.seen),
        func.max(Role.seen),
        func.aggregate_strings(Article.id, " "),
    )
    .join(Article, Article.pk == Role.article_pk)
    .where(Role.entity_pk.in_(_many()))
    .group_by(Role.entity_pk, Role.title, Role.organization, Role.country)
    .order_by(Role.entity_pk, func.min(Role.seen).is_(None), func.min(Role.seen))
)
_LATEST_DATED = (
    select(EventParticipant.event_pk, EventParticipant.date)
    .distinct()
    .where(EventParticipant.entity_pk.in_(_many()), EventParticipant.date.is_not(None))
    .order_by(EventParticipant.date.desc(), EventParticipant.event_pk.desc())
    .limit(bindparam("limit"))
)
_UNDATED = (
    select(EventParticipant.event_pk)
    .distinct()
    .where(EventParticipant.entity_pk.in_(_many()), EventParticipant.date.is_(None))
    .order_by(EventParticipant.event_pk)
    .limit(bindparam("limit"))
)
_ME, _OTHER = EventParticipant.__table__.alias("me"), EventParticipant.__table__.alias("other")
_NEIGHBOURS = (
    select(_OTHER.c.entity_pk, func.count())
    .join(_OTHER, (_OTHER.c.event_pk == _ME.c.event_pk) & (_OTHER.c.entity_pk != _ME.c.entity_pk))
    .where(_ME.c.entity_pk == bindparam("pk"))
    .group_by(_OTHER.c.entity_pk)
    .order_by(func.count().desc(), _OTHER.c.entity_pk)
    .limit(bindparam("limit"))
)
_INFO = select(Entity.pk, Entity.kind, Entity.name, Entity.code).where(Entity.pk.in_(_many()))
_EVENTS = select(Event).where(Event.pk.in_(_many()))
_PARTICIPANTS = (
    select(EventParticipant.event_pk, Entity.pk, Entity.kind, Entity.name, Entity.code, Entity.country)
    .join(Entity, Entity.pk == EventParticipant.entity_pk)
    .where(EventParticipant.event_pk.in_(_many()))
    .order_by(EventParticipant.position)
)
_REPORTS = (
    select(EventSource.event_pk, Article.id, Article.title, EventSource.start, EventSource.end, EventSource.sentence)
    .join(Article, Article.pk == EventSource.article_pk)
    .where(EventSource.event_pk.in_(_many()))
    .order_by(Article.published.is_(None), Article.published, EventSource.pk)
)


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def public_id(kind: str, pk: int, code: str | None = None) -> str:
    return code if kind == COUNTRY and code else f"{_PREFIX.get(kind, 'x')}{pk}"


def _day(published: str | None) -> str | None:
    return published[:10] if published else None


# --- articles ----------------------------------------------------------------------------------


def stats(db: Db) -> Json:
    kinds = {kind: n for kind, n in db.execute(select(Entity.kind, func.count()).group_by(Entity.kind))}
    return {
        "articles": db.scalar(select(func.count()).select_from(Article)) or 0,
        "people": kinds.get(PERSON, 0),
        "organizations": kinds.get(ORGANIZATION, 0),
        "events": db.scalar(select(func.count()).select_from(Event)) or 0,
        "agreements": kinds.get(AGREEMENT, 0),
    }


def articles(db: Db, limit: int = 50, offset: int = 0) -> list[Json]:
    n_events = (
        select(func.count()).select_from(EventSource).where(EventSource.article_pk == Article.pk).scalar_subquery()
    )
    rows = db.execute(
        select(Article.id, Article.title, Article.published, Article.url, Article.source, n_events)
        .order_by(Article.published.is_(None), Article.published.desc(), Article.pk.desc())
        .limit(limit)
        .offset(offset)
    )
    return [{"id": r[0], "title": r[1], "published": r[2], "url": r[3], "source": r[4], "n_events": r[5]} for r in rows]


def article(db: Db, article_id: str) -> Json | None:
    a = db.execute(select(Article).where(Article.id == article_id)).first()
    if a is None:
        return None
    return {
        "id": a.id,
        "title": a.title,
        "published": a.published,
        "url": a.url,
        "source": a.source,
        "text": a.text,
        "record": a.record,
    }


# --- entities ----------------------------------------------------------------------------------


def find_entity(db: Db, kind: str, name_or_id: str) -> Any | None:
    """An entity row of `kind` by public id or by any of its names (the best attested if several)."""
    m = re.fullmatch(r"([poa])(\d+)", name_or_id.strip())
    if m and _KIND_OF_PREFIX[m[1]] == kind:
        return db.execute(_ENTITY, {"pks": [int(m[2])], "kind": kind}).first()
    found = db.execute(_ENTITY, {"pks": actor_pks(db, name_or_id), "kind": kind}).all()
    if len(found) < 2:
        return found[0] if found else None
    return db.execute(_BEST_ATTESTED, {"pks": [e.pk for e in found]}).first()


def _aliases(db: Db, entities: Sequence[Any]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    canonical = {e.pk: e.name for e in entities}
    for chunk in _chunks(list(canonical)):
        for pk, name in db.execute(_NAMES, {"pks": chunk}):
            if name != canonical[pk] and name not in names[pk]:
                names[pk].append(name)
    return names


def _event_counts(
    db: Db, pks: Sequence[int], date_from: str | None = None, date_to: str | None = None, type: str | None = None
) -> dict[int, int]:
    """How many events (within the date range and of the type, if given) each entity took part in."""
    ep = EventParticipant
    counts: dict[int, int] = {}
    for chunk in _chunks(pks):
        query = (
            select(ep.entity_pk, func.count())
            .group_by(ep.entity_pk)
            .where(ep.entity_pk.in_(chunk), *date_filter(ep.date, date_from, date_to))
        )
        if type:
            query = query.join(Event, Event.pk == ep.event_pk).where(Event.type == type)
        counts.update((pk, n) for pk, n in db.execute(query))
    return counts


def _role_histories(db: Db, pks: Sequence[int]) -> dict[int, list[Json]]:
    """Each person's offices over time: one entry per title held, seen from first to last report
    (titles that differ only in case or spacing are one)."""
    grouped: dict[int, dict[tuple[str, str, str | None], Json]] = defaultdict(dict)
    for chunk in _chunks(pks):
        for pk, title, organization, country, first, last, articles in db.execute(_ROLES, {"pks": chunk}):
            key = (" ".join(title.casefold().split()), " ".join((organization or "").casefold().split()), country)
            role = grouped[pk].setdefault(
                key,
                {
                    "title": title,
                    "organization": organization,
                    "country": country,
                    "first_seen": first,
                    "last_seen": last,
                    "sources": [],
                },
            )
            role["first_seen"] = min(filter(None, (role["first_seen"], first)), default=None)
            role["last_seen"] = max(filter(None, (role["last_seen"], last)), default=None)
            role["sources"] = list(dict.fromkeys([*role["sources"], *articles.split(" ")]))
    return {
        pk: sorted(roles.values(), key=lambda r: (r["first_seen"] is None, r["first_seen"] or ""))
        for pk, roles in grouped.items()
    }


def people(db: Db, country: str | None = None, limit: int | None = None, offset: int = 0) -> list[Json]:
    query = select(Entity).where(Entity.kind == PERSON)
    if country:
        query = query.where(Entity.pk.in_(select(Role.entity_pk).where(Role.country == country.upper())))
    found = db.execute(query.order_by(Entity.name, Entity.pk).limit(limit).offset(offset)).all()
    pks = [e.pk for e in found]
    aliases, roles = _aliases(db, found), _role_histories(db, pks)
    counts = _event_counts(db, pks)
    return [
        {
            "id": public_id(PERSON, e.pk),
            "name": e.name,
            "aliases": aliases.get(e.pk, []),
            "country": e.country,
            "roles": roles.get(e.pk, []),
            "n_events": counts.get(e.pk, 0),
        }
        for e in found
    ]


def _merges(db: Db, pk: int) -> list[Json]:
    """The names articles gave an entity and why each was taken to be this one (None: it
    came first), with how many articles gave that name for that reason."""
    return [{"name": name, "reason": reason, "articles": n} for name, reason, n in db.execute(_MERGES, {"pk": pk})]


def person(db: Db, name_or_id: str, events_limit: int | None = None) -> Json | None:
    """A person with role history, events (the latest `events_limit`, in date order), the
    people and bodies they took part in events with, and how each article's mention was merged."""
    entity = find_entity(db, PERSON, name_or_id)
    if entity is None:
        return None
    return {
        "id": public_id(PERSON, entity.pk),
        "name": entity.name,
        "aliases": _aliases(db, [entity]).get(entity.pk, []),
        "country": entity.country,
        "roles": _role_histories(db, [entity.pk]).get(entity.pk, []),
        "events": event_dicts(db, _latest_event_pks(db, [entity.pk], events_limit)),
        "neighbours": _neighbours(db, entity.pk),
        "merges": _merges(db, entity.pk),
    }


def _latest_event_pks(db: Db, pks: Sequence[int], limit: int | None) -> list[int]:
    """The latest `limit` events of any of `pks` (undated ones last), in date order."""
    everything = _BEYOND_ANY_TABLE if limit is None else limit
    found = [pk for pk, _ in reversed(db.execute(_LATEST_DATED, {"pks": pks, "limit": everything}).all())]
    if len(found) < everything:
        found += db.scalars(_UNDATED, {"pks": pks, "limit": everything - len(found)}).all()
    return found


def _neighbours(db: Db, pk: int, limit: int = NEIGHBOURS) -> list[Json]:
    """Who took part in most events with an entity: the `limit` most frequent, most first."""
    counted = db.execute(_NEIGHBOURS, {"pk": pk, "limit": limit}).all()
    info = _entity_info(db, [other_pk for other_pk, _ in counted])
    return [
        {"name": info[other_pk][1], "id": info[other_pk][0], "kind": info[other_pk][2], "count": n}
        for other_pk, n in counted
    ]


def organizations(db: Db, limit: int | None = None, offset: int = 0) -> list[Json]:
    found = db.execute(
        select(Entity).where(Entity.kind == ORGANIZATION).order_by(Entity.name, Entity.pk).limit(limit).offset(offset)
    ).all()
    pks = [e.pk for e in found]
    aliases, counts = _aliases(db, found), _event_counts(db, pks)
    return [
        {
            "id": public_id(ORGANIZATION, e.pk),
            "name": e.name,
            "aliases": aliases.get(e.pk, []),
            "country": e.country,
            "n_events": counts.get(e.pk, 0),
        }
        for e in found
    ]


def organization(db: Db, name_or_id: str) -> Json | None:
    entity = find_entity(db, ORGANIZATION, name_or_id)
    if entity is None:
        return None
    aliases = _aliases(db, [entity]).get(entity.pk, [])
    members = db.execute(
        select(Entity.pk, Entity.name)
        .distinct()
        .join(Role, Role.entity_pk == Entity.pk)
        .where(Role.organization.in_([entity.name, *aliases]))
        .order_by(Entity.name)
    ).all()
    return {
        "id": public_id(ORGANIZATION, entity.pk),
        "name": entity.name,
        "aliases": aliases,
        "country": entity.country,
        "events": event_dicts(db, _latest_event_pks(db, [entity.pk], None)),
        "agreements": agreement_dicts(db, agreement_pks_of(db, [entity.pk])),
        "people": [{"id": public_id(PERSON, pk), "name": name} for pk, name in members],
        "merges": _merges(db, entity.pk),
    }


def country(db: Db, code: str, events_limit: int | None = None) -> Json | None:
    """A country: the events it took part in through anyone who stood for it (the latest
    `events_limit`), its agreements and the people who served it."""
    code = code.strip().upper()
    entity = db.execute(
        select(Entity).where(Entity.kind == COUNTRY, Entity.code == code).order_by(Entity.pk).limit(1)
    ).first()
    citizens = db.execute(
        select(Entity.pk, Entity.name)
        .where(Entity.kind == PERSON, Entity.pk.in_(select(Role.entity_pk).where(Role.country == code)))
        .order_by(Entity.name)
    ).all()
    if entity is None and not citizens:
        return None
    return {
        "code": code,
        "name": entity.name if entity else code,
        "events": event_dicts(db, polity.latest_event_pks(db, code, events_limit)),
        "agreements": agreement_dicts(db, polity.agreements_of(db, [code])),
        "people": [{"id": public_id(PERSON, pk), "name": name} for pk, name in citizens],
    }


# --- events ------------------------------------------------------------------------------------


def event_dicts(db: Db, pks: Sequence[int]) -> list[Json]:
    """Full event dicts for `pks`, in that order."""
    found: dict[int, Json] = {}
    for chunk in _chunks(list(pks)):
        for e in db.execute(_EVENTS, {"pks": chunk}):
            found[e.pk] = {
                "id": f"e{e.pk}",
                "type": e.type,
                "date": e.date,
                "date_text": e.date_text,
                "place": e.place,
                "participants": [],
                "actors": [],
                "agreement": e.agreement,
                "ordinal": e.ordinal,
                "status": e.status,
                "sources": [],
                "merge_reason": e.merge_reason,
                "representatives": [],
            }
        for event_pk, pk, kind, name, code, country_code in db.execute(_PARTICIPANTS, {"pks": chunk}):
            found[event_pk]["participants"].append(name)
            found[event_pk]["actors"].append(
                {"id": public_id(kind, pk, code), "name": name, "kind": kind, "country": code or country_code}
            )
        for event_pk, article_id, title, start, end, sentence in db.execute(_REPORTS, {"pks": chunk}):
            found[event_pk]["sources"].append(
                {
                    "article_id": article_id,
                    "title": title,
                    "sentence": sentence,
                    "evidence": {"start": start, "end": end},
                }
            )
        for event_pk, reps in polity.representatives(db, chunk).items():
            found[event_pk]["representatives"] = reps
    return [found[pk] for pk in pks if pk in found]


def event_pks(
    db: Db,
    actor: str | None = None,
    between: tuple[str, str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    type: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """The timeline's event pks: dated events by date, then undated ones; `limit` of them from
    the `offset`th on."""
    polities = polity.polities_of(db, between) if between and not actor else None
    groups = [] if polities else [actor_pks(db, name) for name in ([actor] if actor else []) + list(between or ())]
    if any(not g for g in groups):
        return []
    query: Select[int, str | None]
    date_column: Any
    pk_column: Any
    if polities:
        # Two states or bodies: the events both took part in through anyone who stood for them.
        query = polity.events_query(polities)
        if type:
            query = query.join(Event, Event.pk == query.selected_columns[0]).where(Event.type == type)
        date_column, pk_column = query.selected_columns[1], query.selected_columns[0]
    elif groups:
        ep = EventParticipant
        query = select(ep.event_pk, ep.date).distinct().where(ep.entity_pk.in_(groups[0]))
        for other in groups[1:]:
            query = query.where(ep.event_pk.in_(select(ep.event_pk).where(ep.entity_pk.in_(other))))
        if type:
            query = query.join(Event, Event.pk == ep.event_pk).where(Event.type == type)
        date_column, pk_column = ep.date, ep.event_pk
    else:
        query = select(Event.pk, Event.date)
        if type:
            query = query.where(Event.type == type)
        date_column, pk_column = Event.date, Event.pk
    dated = query.where(date_column.is_not(None), *date_filter(date_column, date_from, date_to))
    found = [r[0] for r in db.execute(dated.order_by(date_column, pk_column).limit(limit).offset(offset))]
    if not (date_from or date_to) and (limit is None or len(found) < limit):
        rest = None if limit is None else limit - len(found)
        # An offset past the last dated event goes on counting into the undated ones; only
        # then is it worth counting the dated ones.
        skip = max(0, offset - _count_rows(db, dated)) if offset and not found else 0
        undated = query.where(date_column.is_(None)).order_by(pk_column).limit(rest).offset(skip)
        found += [r[0] for r in db.execute(undated)]
    return found


def _count_rows(db: Db, query: Select[int, str | None]) -> int:
    return db.scalar(select(func.count()).select_from(query.subquery())) or 0


def events(db: Db, **filters: Any) -> list[Json]:
    return event_dicts(db, event_pks(db, **filters))


def network(
    db: Db,
    actor: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    type: str | None = None,
    limit: int | None = None,
    by: str = "actor",
) -> Json:
    """Who took part in events with whom, how often and when; the `limit` strongest links.

    By "actor" the nodes are people, bodies and countries; by "country" the polities they
    stand for (accord.store.polity), an actor given then being a polity.

    With an actor: the actor's links, and each node's count is the events it shares with the
    actor (the actor's own: all its events). Without: every pair that took part in an event
    together, each node counted by the events it took part in. Counted in SQL, as one
    aggregate over the event_participants index, since busy actors have thousands of events.
    """
    return _network(db, actor, date_from, date_to, type, limit, by)[0]


def bounded_network(
    db: Db,
    limit: int,
    actor: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    type: str | None = None,
    by: str = "actor",
) -> Json:
    """`network`, plus "truncated" (whether the `limit` strongest links left others out) and
    "limit": for views that must stay small on a large store and say so."""
    found, truncated = _network(db, actor, date_from, date_to, type, limit, by)
    return {**found, "truncated": truncated, "limit": limit}


def _network(
    db: Db,
    actor: str | None,
    date_from: str | None,
    date_to: str | None,
    type: str | None,
    limit: int | None,
    by: str = "actor",
) -> tuple[Json, bool]:
    """`network`, and whether links beyond the `limit` were left out (one more is fetched to tell)."""
    if by == "country":
        key = polity.polity_of(db, actor) if actor else None
        if actor and not key:
            return {"nodes": [], "edges": []}, False
        return polity_network.network(db, key, date_from, date_to, type, limit)
    centre = actor_pks(db, actor) if actor else []
    if actor and not centre:
        return {"nodes": [], "edges": []}, False
    me, other = EventParticipant.__table__.alias("me"), EventParticipant.__table__.alias("other")
    n = func.count().label("n")
    pairs = (
        select(
            me.c.entity_pk.label("a"),
            other.c.entity_pk.label("b"),
            n,
            func.aggregate_strings(me.c.date, " ").label("days"),
        )
        .join(other, (other.c.event_pk == me.c.event_pk) & (other.c.entity_pk != me.c.entity_pk))
        .where(
            me.c.entity_pk.in_(centre) if centre else me.c.entity_pk < other.c.entity_pk,
            *date_filter(me.c.date, date_from, date_to),
        )
        .group_by(me.c.entity_pk, other.c.entity_pk)
        .order_by(n.desc(), me.c.entity_pk, other.c.entity_pk)
        .limit(None if limit is None else limit + 1)
    )
    if type:
        pairs = pairs.join(Event, Event.pk == me.c.event_pk).where(Event.type == type)
    counted = pairs.subquery()
    mine, theirs = Entity.__table__.alias("mine"), Entity.__table__.alias("theirs")
    query = (
        select(
            mine.c.pk,
            mine.c.kind,
            mine.c.name,
            mine.c.code,
            theirs.c.pk,
            theirs.c.kind,
            theirs.c.name,
            theirs.c.code,
            counted.c.n,
            counted.c.days,
        )
        .join(mine, mine.c.pk == counted.c.a)
        .join(theirs, theirs.c.pk == counted.c.b)
        .order_by(counted.c.n.desc(), counted.c.a, counted.c.b)
    )
    links: dict[tuple[int, int], tuple[int, set[str]]] = {}
    info: dict[int, tuple[str, str, str]] = {}
    rows = db.execute(query).all()
    for a, a_kind, a_name, a_code, b, b_kind, b_name, b_code, count, days in rows[:limit]:
        links.setdefault((min(a, b), max(a, b)), (count, set(days.split(" ")) if days else set()))
        info[a] = (public_id(a_kind, a, a_code), a_name, a_kind)
        info[b] = (public_id(b_kind, b, b_code), b_name, b_kind)
    linked = sorted(info)
    counts: Counter[int] = Counter()
    if centre:
        for (a, b), (count, _) in links.items():
            counts.update({pk: count for pk in (a, b) if pk not in centre})
    counts.update(_event_counts(db, [pk for pk in linked if pk in centre or not centre], date_from, date_to, type))
    return {
        "nodes": [{"id": info[pk][0], "name": info[pk][1], "kind": info[pk][2], "count": counts[pk]} for pk in linked],
        "edges": [
            {"source": info[a][0], "target": info[b][0], "count": count, "dates": sorted(days)}
            for (a, b), (count, days) in links.items()
        ],
    }, limit is not None and len(rows) > limit


def _entity_info(db: Db, pks: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    info: dict[int, tuple[str, str, str]] = {}
    for chunk in _chunks(pks):
        for pk, kind, name, code in db.execute(_INFO, {"pks": chunk}):
            info[pk] = (public_id(kind, pk, code), name, kind)
    return info


# --- agreements --------------------------------------------------------------------------------


def agreement_pks_of(db: Db, party_pks: Sequence[int]) -> list[int]:
    return list(
        db.scalars(select(AgreementParty.agreement_pk).distinct().where(AgreementParty.party_pk.in_(party_pks)))
    )


def agreements(db: Db, party: str | None = None) -> list[Json]:
    if party is None:
        pks = list(db.scalars(select(Entity.pk).where(Entity.kind == AGREEMENT)))
    elif key := polity.polity_of(db, party):
        pks = polity.agreements_of(db, [key])  # a state's bodies' agreements are the state's
    else:
        parties = actor_pks(db, party)
        pks = agreement_pks_of(db, parties) if parties else []
    return agreement_dicts(db, pks)


def agreement_dicts(db: Db, pks: Sequence[int]) -> list[Json]:
    found = db.execute(
        select(Entity).where(Entity.pk.in_(pks)).order_by(Entity.date.is_(None), Entity.date, Entity.name)
    ).all()
    aliases = _aliases(db, found)
    party_polities = polity.party_polities(db, [e.pk for e in found])
    parties: dict[int, list[str]] = defaultdict(list)
    history: dict[int, list[Json]] = defaultdict(list)
    for chunk in _chunks([e.pk for e in found]):
        for agreement_pk, name in db.execute(
            select(AgreementParty.agreement_pk, Entity.name)
            .join(Entity, Entity.pk == AgreementParty.party_pk)
            .where(AgreementParty.agreement_pk.in_(chunk))
            .order_by(Entity.name)
        ):
            parties[agreement_pk].append(name)
        for agreement_pk, status, published, article_id in db.execute(
            select(EntitySource.entity_pk, EntitySource.status, Article.published, Article.id)
            .join(Article, Article.pk == EntitySource.article_pk)
            .where(EntitySource.entity_pk.in_(chunk))
            .order_by(Article.published.is_(None), Article.published, EntitySource.pk)
        ):
            history[agreement_pk].append({"status": status, "date": _day(published), "article_id": article_id})
    return [
        {
            "id": public_id(AGREEMENT, e.pk),
            "name": e.name,
            "aliases": aliases.get(e.pk, []),
            "parties": parties.get(e.pk, []),
            "party_polities": party_polities.get(e.pk, []),
            "date": e.date,
            "status": e.status,
            "history": history.get(e.pk, []),
            "sources": list(dict.fromkeys(h["article_id"] for h in history.get(e.pk, []))),
        }
        for e in found
    ]


# --- what is to come ---------------------------------------------------------------------------


def upcoming(db: Db, date_from: str | None = None) -> list[Json]:
    """Scheduled events from `date_from` (default today) and the next anniversaries of
    beginnings the articles state: Nth anniversaries marked, agreements signed on a day."""
    start = date_from or date.today().isoformat()
    scheduled = db.scalars(
        select(Event.pk).where(Event.status == "scheduled", *date_filter(Event.date, start, None)).order_by(Event.date)
    )
    return calendar(event_dicts(db, list(scheduled)), beginnings(db), start)


def calendar(scheduled: Sequence[Json], beginnings: Iterable[tuple[str, str]], start: str) -> list[Json]:
    """Calendar items from `start`: the scheduled events given, and the next anniversary of
    each (what began, when), unless a scheduled event already marks it."""
    items: list[Json] = [
        {"kind": "event", "date": e["date"], "title": _event_title(e), "event": e, "ordinal": e["ordinal"]}
        for e in scheduled
    ]
    taken = {(i["date"], i["ordinal"]) for i in items}
    seen: set[tuple[str, str]] = set()
    for subject, began in beginnings:
        if (fold(subject), began) in seen:
            continue
        seen.add((fold(subject), began))
        next_one = next_anniversary(began, start, subject)
        if next_one and (next_one.date, next_one.ordinal) not in taken:
            items.append(
                {
                    "kind": "anniversary",
                    "date": next_one.date,
                    "title": next_one.title,
                    "event": None,
                    "ordinal": next_one.ordinal,
                }
            )
    return sorted(items, key=lambda i: (i["date"] or "", i["title"]))


def beginnings(
    db: Db, event_pks: Sequence[int] | None = None, agreement_pks: Sequence[int] | None = None
) -> Iterator[tuple[str, str]]:
    """(what began, when) from anniversary events with an ordinal and from agreements' dates:
    of all, or of these events and agreements only."""
    marked: dict[int, tuple[str | None, int | None, str | None]] = {}
    who: dict[int, list[str]] = defaultdict(list)
    marking = (
        select(Event.pk, Event.date, Event.ordinal, Event.agreement, Entity.name)
        .outerjoin(EventParticipant, EventParticipant.event_pk == Event.pk)
        .outerjoin(Entity, Entity.pk == EventParticipant.entity_pk)
        .where(Event.type == "anniversary", Event.ordinal.is_not(None), Event.date.is_not(None))
        .order_by(Event.pk, EventParticipant.position)
    )
    for pk, day, ordinal, agreement, name in db.execute(
        marking if event_pks is None else marking.where(Event.pk.in_(event_pks))
    ):
        marked[pk] = (day, ordinal, agreement)
        if name:
            who[pk].append(name)
    for pk, (day, ordinal, agreement) in marked.items():
        began = beginning(day, ordinal) if day and ordinal else None
        if began and len(began) >= 7:
            yield agreement or " and ".join(who[pk]) or "an anniversary", began
    signings = select(Entity.name, Entity.date).where(Entity.kind == AGREEMENT, Entity.date.is_not(None))
    for name, signed in db.execute(signings if agreement_pks is None else signings.where(Entity.pk.in_(agreement_pks))):
        if signed and len(signed) >= 10:
            yield f"the signing of the {name}", signed


def _event_title(e: Json) -> str:
    who = ", ".join(e["participants"]) or "unnamed participants"
    what = e["agreement"] or e["type"]
    return f"{what}: {who}" + (f" ({e['place']})" if e["place"] else "")


def iter_records(db: Db) -> Iterable[Json]:
    return db.scalars(select(Article.record).order_by(Article.pk).execution_options(yield_per=200))
