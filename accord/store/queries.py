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

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from accord.store.calendar import beginning, next_anniversary
from accord.store.names import fold
from accord.store.resolve import actor_pks
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
MEETING_TYPES = ("meeting", "call", "visit", "summit")
NEIGHBOURS = 50  # a person's most frequent co-participants listed


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def public_id(kind: str, pk: int, code: str | None = None) -> str:
    return code if kind == COUNTRY and code else f"{_PREFIX.get(kind, 'x')}{pk}"


def _day(published: str | None) -> str | None:
    return published[:10] if published else None


# --- articles ----------------------------------------------------------------------------------

def stats(session: Session) -> Json:
    kinds = {kind: n for kind, n in session.execute(select(Entity.kind, func.count()).group_by(Entity.kind))}
    return {
        "articles": session.scalar(select(func.count()).select_from(Article)) or 0,
        "people": kinds.get(PERSON, 0),
        "organizations": kinds.get(ORGANIZATION, 0),
        "events": session.scalar(select(func.count()).select_from(Event)) or 0,
        "agreements": kinds.get(AGREEMENT, 0),
    }


def articles(session: Session, limit: int = 50, offset: int = 0) -> list[Json]:
    n_events = (select(func.count()).select_from(EventSource)
                .where(EventSource.article_pk == Article.pk).scalar_subquery())
    rows = session.execute(
        select(Article.id, Article.title, Article.published, Article.url, Article.source, n_events)
        .order_by(Article.published.is_(None), Article.published.desc(), Article.pk.desc())
        .limit(limit).offset(offset))
    return [{"id": r[0], "title": r[1], "published": r[2], "url": r[3], "source": r[4], "n_events": r[5]}
            for r in rows]


def article(session: Session, article_id: str) -> Json | None:
    a = session.scalar(select(Article).where(Article.id == article_id))
    if a is None:
        return None
    return {"id": a.id, "title": a.title, "published": a.published, "url": a.url, "source": a.source,
            "text": a.text, "record": a.record}


# --- entities ----------------------------------------------------------------------------------

def find_entity(session: Session, kind: str, name_or_id: str) -> Entity | None:
    """An entity of `kind` by public id or by any of its names (the best attested if several)."""
    m = re.fullmatch(r"([poa])(\d+)", name_or_id.strip())
    if m and _KIND_OF_PREFIX[m[1]] == kind:
        entity = session.get(Entity, int(m[2]))
        return entity if entity is not None and entity.kind == kind else None
    found = session.scalars(select(Entity).where(Entity.pk.in_(actor_pks(session, name_or_id)),
                                                 Entity.kind == kind)).all()
    if len(found) < 2:
        return found[0] if found else None
    return session.scalars(
        select(Entity).join(EntitySource, EntitySource.entity_pk == Entity.pk)
        .where(Entity.pk.in_([e.pk for e in found])).group_by(Entity.pk)
        .order_by(func.count(EntitySource.pk).desc(), Entity.pk).limit(1)).first()


def _aliases(session: Session, entities: Sequence[Entity]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    canonical = {e.pk: e.name for e in entities}
    for chunk in _chunks(list(canonical)):
        rows = session.execute(select(EntityName.entity_pk, EntityName.name).distinct()
                               .where(EntityName.entity_pk.in_(chunk)).order_by(EntityName.name))
        for pk, name in rows:
            if name != canonical[pk] and name not in names[pk]:
                names[pk].append(name)
    return names


def _event_counts(session: Session, pks: Sequence[int], date_from: str | None = None,
                  date_to: str | None = None, type: str | None = None) -> dict[int, int]:
    """How many events (within the date range and of the type, if given) each entity took part in."""
    ep = EventParticipant
    counts: dict[int, int] = {}
    for chunk in _chunks(pks):
        query = (select(ep.entity_pk, func.count()).group_by(ep.entity_pk)
                 .where(ep.entity_pk.in_(chunk), *_date_filter(ep.date, date_from, date_to)))
        if type:
            query = query.join(Event, Event.pk == ep.event_pk).where(Event.type == type)
        counts.update((pk, n) for pk, n in session.execute(query))
    return counts


def _role_histories(session: Session, pks: Sequence[int]) -> dict[int, list[Json]]:
    """Each person's offices over time: one entry per title held, seen from first to last report
    (titles that differ only in case or spacing are one)."""
    grouped: dict[int, dict[tuple[str, str, str | None], Json]] = defaultdict(dict)
    for chunk in _chunks(pks):
        rows = session.execute(
            select(Role.entity_pk, Role.title, Role.organization, Role.country, func.min(Role.seen),
                   func.max(Role.seen), func.aggregate_strings(Article.id, " "))
            .join(Article, Article.pk == Role.article_pk).where(Role.entity_pk.in_(chunk))
            .group_by(Role.entity_pk, Role.title, Role.organization, Role.country)
            .order_by(Role.entity_pk, func.min(Role.seen).is_(None), func.min(Role.seen)))
        for pk, title, organization, country, first, last, articles in rows:
            key = (" ".join(title.casefold().split()), " ".join((organization or "").casefold().split()), country)
            role = grouped[pk].setdefault(key, {"title": title, "organization": organization, "country": country,
                                                "first_seen": first, "last_seen": last, "sources": []})
            role["first_seen"] = min(filter(None, (role["first_seen"], first)), default=None)
            role["last_seen"] = max(filter(None, (role["last_seen"], last)), default=None)
            role["sources"] = list(dict.fromkeys([*role["sources"], *articles.split(" ")]))
    return {pk: sorted(roles.values(), key=lambda r: (r["first_seen"] is None, r["first_seen"] or ""))
            for pk, roles in grouped.items()}


def people(session: Session, country: str | None = None, limit: int | None = None) -> list[Json]:
    query = select(Entity).where(Entity.kind == PERSON)
    if country:
        query = query.where(Entity.pk.in_(select(Role.entity_pk).where(Role.country == country.upper())))
    found = session.scalars(query.order_by(Entity.name, Entity.pk).limit(limit)).all()
    pks = [e.pk for e in found]
    aliases, roles = _aliases(session, found), _role_histories(session, pks)
    counts = _event_counts(session, pks)
    return [{"id": public_id(PERSON, e.pk), "name": e.name, "aliases": aliases.get(e.pk, []),
             "country": e.country, "roles": roles.get(e.pk, []), "n_events": counts.get(e.pk, 0)}
            for e in found]


def _merges(session: Session, pk: int) -> list[Json]:
    """The names articles gave an entity and why each was taken to be this one (None: it
    came first), with how many articles gave that name for that reason."""
    rows = session.execute(
        select(EntitySource.name, EntitySource.reason, func.count()).where(EntitySource.entity_pk == pk)
        .group_by(EntitySource.name, EntitySource.reason).order_by(func.min(EntitySource.pk)))
    return [{"name": name, "reason": reason, "articles": n} for name, reason, n in rows]


def person(session: Session, name_or_id: str, events_limit: int | None = None) -> Json | None:
    """A person with role history, events (the latest `events_limit`, in date order), the
    people and bodies they took part in events with, and how each article's mention was merged."""
    entity = find_entity(session, PERSON, name_or_id)
    if entity is None:
        return None
    return {"id": public_id(PERSON, entity.pk), "name": entity.name,
            "aliases": _aliases(session, [entity]).get(entity.pk, []),
            "country": entity.country,
            "roles": _role_histories(session, [entity.pk]).get(entity.pk, []),
            "events": event_dicts(session, _latest_event_pks(session, [entity.pk], events_limit)),
            "neighbours": _neighbours(session, entity.pk),
            "merges": _merges(session, entity.pk)}


def _latest_event_pks(session: Session, pks: Sequence[int], limit: int | None) -> list[int]:
    ep = EventParticipant
    dated = session.execute(
        select(ep.event_pk, ep.date).distinct().where(ep.entity_pk.in_(pks), ep.date.is_not(None))
        .order_by(ep.date.desc(), ep.event_pk.desc()).limit(limit)).all()
    found = [r[0] for r in reversed(dated)]
    if limit is None or len(found) < limit:
        rest = None if limit is None else limit - len(found)
        found += session.scalars(
            select(ep.event_pk).distinct().where(ep.entity_pk.in_(pks), ep.date.is_(None))
            .order_by(ep.event_pk).limit(rest)).all()
    return found


def _neighbours(session: Session, pk: int, limit: int = NEIGHBOURS) -> list[Json]:
    """Who took part in most events with an entity: the `limit` most frequent, most first."""
    me, other = EventParticipant.__table__.alias("me"), EventParticipant.__table__.alias("other")
    counted = session.execute(
        select(other.c.entity_pk, func.count())
        .join(other, (other.c.event_pk == me.c.event_pk) & (other.c.entity_pk != me.c.entity_pk))
        .where(me.c.entity_pk == pk).group_by(other.c.entity_pk)
        .order_by(func.count().desc(), other.c.entity_pk).limit(limit)).all()
    info = _entity_info(session, [other_pk for other_pk, _ in counted])
    return [{"name": info[other_pk][1], "id": info[other_pk][0], "kind": info[other_pk][2], "count": n}
            for other_pk, n in counted]


def organizations(session: Session, limit: int | None = None) -> list[Json]:
    found = session.scalars(select(Entity).where(Entity.kind == ORGANIZATION)
                            .order_by(Entity.name, Entity.pk).limit(limit)).all()
    pks = [e.pk for e in found]
    aliases, counts = _aliases(session, found), _event_counts(session, pks)
    return [{"id": public_id(ORGANIZATION, e.pk), "name": e.name, "aliases": aliases.get(e.pk, []),
             "country": e.country, "n_events": counts.get(e.pk, 0)} for e in found]


def organization(session: Session, name_or_id: str) -> Json | None:
    entity = find_entity(session, ORGANIZATION, name_or_id)
    if entity is None:
        return None
    aliases = _aliases(session, [entity]).get(entity.pk, [])
    members = session.execute(
        select(Entity.pk, Entity.name).distinct().join(Role, Role.entity_pk == Entity.pk)
        .where(Role.organization.in_([entity.name, *aliases])).order_by(Entity.name)).all()
    return {"id": public_id(ORGANIZATION, entity.pk), "name": entity.name, "aliases": aliases,
            "country": entity.country,
            "events": event_dicts(session, _latest_event_pks(session, [entity.pk], None)),
            "agreements": _agreement_dicts(session, _agreements_of(session, [entity.pk])),
            "people": [{"id": public_id(PERSON, pk), "name": name} for pk, name in members],
            "merges": _merges(session, entity.pk)}


def country(session: Session, code: str) -> Json | None:
    code = code.strip().upper()
    entity = session.scalar(select(Entity).where(Entity.kind == COUNTRY, Entity.code == code)
                            .order_by(Entity.pk).limit(1))
    citizens = session.execute(
        select(Entity.pk, Entity.name).where(Entity.kind == PERSON, Entity.pk.in_(
            select(Role.entity_pk).where(Role.country == code))).order_by(Entity.name)).all()
    if entity is None and not citizens:
        return None
    pks = [entity.pk] if entity else []
    return {"code": code, "name": entity.name if entity else code,
            "events": event_dicts(session, _latest_event_pks(session, pks, None)) if pks else [],
            "agreements": _agreement_dicts(session, _agreements_of(session, pks)) if pks else [],
            "people": [{"id": public_id(PERSON, pk), "name": name} for pk, name in citizens]}


# --- events ------------------------------------------------------------------------------------

def event_dicts(session: Session, pks: Sequence[int]) -> list[Json]:
    """Full event dicts for `pks`, in that order."""
    found: dict[int, Json] = {}
    for chunk in _chunks(list(pks)):
        for e in session.scalars(select(Event).where(Event.pk.in_(chunk))):
            found[e.pk] = {"id": f"e{e.pk}", "type": e.type, "date": e.date, "date_text": e.date_text,
                           "place": e.place, "participants": [], "actors": [], "agreement": e.agreement,
                           "ordinal": e.ordinal, "status": e.status, "sources": [],
                           "merge_reason": e.merge_reason}
        for event_pk, pk, kind, name, code, country_code in session.execute(
                select(EventParticipant.event_pk, Entity.pk, Entity.kind, Entity.name, Entity.code,
                       Entity.country)
                .join(Entity, Entity.pk == EventParticipant.entity_pk)
                .where(EventParticipant.event_pk.in_(chunk)).order_by(EventParticipant.position)):
            found[event_pk]["participants"].append(name)
            found[event_pk]["actors"].append({"id": public_id(kind, pk, code), "name": name, "kind": kind,
                                              "country": code or country_code})
        for event_pk, article_id, title, start, end, sentence in session.execute(
                select(EventSource.event_pk, Article.id, Article.title, EventSource.start, EventSource.end,
                       EventSource.sentence)
                .join(Article, Article.pk == EventSource.article_pk)
                .where(EventSource.event_pk.in_(chunk))
                .order_by(Article.published.is_(None), Article.published, EventSource.pk)):
            found[event_pk]["sources"].append({"article_id": article_id, "title": title, "sentence": sentence,
                                               "evidence": {"start": start, "end": end}})
    return [found[pk] for pk in pks if pk in found]


def _date_filter(column: Any, date_from: str | None, date_to: str | None) -> list[ColumnElement[bool]]:
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


def event_pks(session: Session, actor: str | None = None, between: tuple[str, str] | None = None,
              date_from: str | None = None, date_to: str | None = None, type: str | None = None,
              limit: int | None = None) -> list[int]:
    """The timeline's event pks: dated events by date (the first `limit`), then undated ones."""
    groups = [actor_pks(session, name) for name in ([actor] if actor else []) + list(between or ())]
    if any(not g for g in groups):
        return []
    query: Select[int, str | None]
    if groups:
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
    dated = query.where(date_column.is_not(None), *_date_filter(date_column, date_from, date_to))
    found = [r[0] for r in session.execute(dated.order_by(date_column, pk_column).limit(limit))]
    if not (date_from or date_to) and (limit is None or len(found) < limit):
        rest = None if limit is None else limit - len(found)
        undated = query.where(date_column.is_(None)).order_by(pk_column).limit(rest)
        found += [r[0] for r in session.execute(undated)]
    return found


def events(session: Session, **filters: Any) -> list[Json]:
    return event_dicts(session, event_pks(session, **filters))


def network(session: Session, actor: str | None = None, date_from: str | None = None,
            date_to: str | None = None, type: str | None = None, limit: int | None = None) -> Json:
    """Who took part in events with whom, how often and when; the `limit` strongest links.

    With an actor: the actor's links, and each node's count is the events it shares with the
    actor (the actor's own: all its events). Without: every pair that took part in an event
    together, each node counted by the events it took part in. Counted in SQL, as one
    aggregate over the event_participants index, since busy actors have thousands of events.
    """
    centre = actor_pks(session, actor) if actor else []
    if actor and not centre:
        return {"nodes": [], "edges": []}
    me, other = EventParticipant.__table__.alias("me"), EventParticipant.__table__.alias("other")
    n = func.count().label("n")
    pairs = (select(me.c.entity_pk.label("a"), other.c.entity_pk.label("b"), n,
                    func.aggregate_strings(me.c.date, " ").label("days"))
             .join(other, (other.c.event_pk == me.c.event_pk) & (other.c.entity_pk != me.c.entity_pk))
             .where(me.c.entity_pk.in_(centre) if centre else me.c.entity_pk < other.c.entity_pk,
                    *_date_filter(me.c.date, date_from, date_to))
             .group_by(me.c.entity_pk, other.c.entity_pk).order_by(n.desc(), me.c.entity_pk, other.c.entity_pk)
             .limit(limit))
    if type:
        pairs = pairs.join(Event, Event.pk == me.c.event_pk).where(Event.type == type)
    counted = pairs.subquery()
    mine, theirs = Entity.__table__.alias("mine"), Entity.__table__.alias("theirs")
    query = (select(mine.c.pk, mine.c.kind, mine.c.name, mine.c.code, theirs.c.pk, theirs.c.kind, theirs.c.name,
                    theirs.c.code, counted.c.n, counted.c.days)
             .join(mine, mine.c.pk == counted.c.a).join(theirs, theirs.c.pk == counted.c.b)
             .order_by(counted.c.n.desc(), counted.c.a, counted.c.b))
    links: dict[tuple[int, int], tuple[int, set[str]]] = {}
    info: dict[int, tuple[str, str, str]] = {}
    for a, a_kind, a_name, a_code, b, b_kind, b_name, b_code, count, days in session.execute(query):
        links.setdefault((min(a, b), max(a, b)), (count, set(days.split(" ")) if days else set()))
        info[a] = (public_id(a_kind, a, a_code), a_name, a_kind)
        info[b] = (public_id(b_kind, b, b_code), b_name, b_kind)
    linked = sorted(info)
    counts: Counter[int] = Counter()
    if centre:
        for (a, b), (count, _) in links.items():
            counts.update({pk: count for pk in (a, b) if pk not in centre})
    counts.update(_event_counts(session, [pk for pk in linked if pk in centre or not centre],
                                date_from, date_to, type))
    return {
        "nodes": [{"id": info[pk][0], "name": info[pk][1], "kind": info[pk][2], "count": counts[pk]}
                  for pk in linked],
        "edges": [{"source": info[a][0], "target": info[b][0], "count": count, "dates": sorted(days)}
                  for (a, b), (count, days) in links.items()],
    }


def _entity_info(session: Session, pks: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    info: dict[int, tuple[str, str, str]] = {}
    for chunk in _chunks(pks):
        for pk, kind, name, code in session.execute(
                select(Entity.pk, Entity.kind, Entity.name, Entity.code).where(Entity.pk.in_(chunk))):
            info[pk] = (public_id(kind, pk, code), name, kind)
    return info


# --- agreements --------------------------------------------------------------------------------

def _agreements_of(session: Session, party_pks: Sequence[int]) -> list[int]:
    return list(session.scalars(select(AgreementParty.agreement_pk).distinct()
                                .where(AgreementParty.party_pk.in_(party_pks))))


def agreements(session: Session, party: str | None = None) -> list[Json]:
    if party is None:
        pks = list(session.scalars(select(Entity.pk).where(Entity.kind == AGREEMENT)))
    else:
        parties = actor_pks(session, party)
        pks = _agreements_of(session, parties) if parties else []
    return _agreement_dicts(session, pks)


def _agreement_dicts(session: Session, pks: Sequence[int]) -> list[Json]:
    found = session.scalars(select(Entity).where(Entity.pk.in_(pks))
                            .order_by(Entity.date.is_(None), Entity.date, Entity.name)).all()
    aliases = _aliases(session, found)
    parties: dict[int, list[str]] = defaultdict(list)
    history: dict[int, list[Json]] = defaultdict(list)
    for chunk in _chunks([e.pk for e in found]):
        for agreement_pk, name in session.execute(
                select(AgreementParty.agreement_pk, Entity.name)
                .join(Entity, Entity.pk == AgreementParty.party_pk)
                .where(AgreementParty.agreement_pk.in_(chunk)).order_by(Entity.name)):
            parties[agreement_pk].append(name)
        for agreement_pk, status, published, article_id in session.execute(
                select(EntitySource.entity_pk, EntitySource.status, Article.published, Article.id)
                .join(Article, Article.pk == EntitySource.article_pk)
                .where(EntitySource.entity_pk.in_(chunk))
                .order_by(Article.published.is_(None), Article.published, EntitySource.pk)):
            history[agreement_pk].append(
                {"status": status, "date": _day(published), "article_id": article_id})
    return [{"id": public_id(AGREEMENT, e.pk), "name": e.name, "aliases": aliases.get(e.pk, []),
             "parties": parties.get(e.pk, []), "date": e.date, "status": e.status,
             "history": history.get(e.pk, []),
             "sources": list(dict.fromkeys(h["article_id"] for h in history.get(e.pk, [])))}
            for e in found]


# --- what is to come ---------------------------------------------------------------------------

def upcoming(session: Session, date_from: str | None = None) -> list[Json]:
    """Scheduled events from `date_from` (default today) and the next anniversaries of
    beginnings the articles state: Nth anniversaries marked, agreements signed on a day."""
    start = date_from or date.today().isoformat()
    items: list[Json] = []
    scheduled = session.scalars(select(Event.pk).where(
        Event.status == "scheduled", *_date_filter(Event.date, start, None)).order_by(Event.date))
    for e in event_dicts(session, list(scheduled)):
        items.append({"kind": "event", "date": e["date"], "title": _event_title(e), "event": e,
                      "ordinal": e["ordinal"]})
    taken = {(i["date"], i["ordinal"]) for i in items}
    seen: set[tuple[str, str]] = set()
    for subject, began in _beginnings(session):
        if (fold(subject), began) in seen:
            continue
        seen.add((fold(subject), began))
        next_one = next_anniversary(began, start, subject)
        if next_one and (next_one.date, next_one.ordinal) not in taken:
            items.append({"kind": "anniversary", "date": next_one.date, "title": next_one.title,
                          "event": None, "ordinal": next_one.ordinal})
    return sorted(items, key=lambda i: (i["date"] or "", i["title"]))


def _beginnings(session: Session) -> Iterator[tuple[str, str]]:
    """(what began, when) from anniversary events with an ordinal and from agreements' dates."""
    marked: dict[int, tuple[str | None, int | None, str | None]] = {}
    who: dict[int, list[str]] = defaultdict(list)
    for pk, day, ordinal, agreement, name in session.execute(
            select(Event.pk, Event.date, Event.ordinal, Event.agreement, Entity.name)
            .outerjoin(EventParticipant, EventParticipant.event_pk == Event.pk)
            .outerjoin(Entity, Entity.pk == EventParticipant.entity_pk)
            .where(Event.type == "anniversary", Event.ordinal.is_not(None), Event.date.is_not(None))
            .order_by(Event.pk, EventParticipant.position)):
        marked[pk] = (day, ordinal, agreement)
        if name:
            who[pk].append(name)
    for pk, (day, ordinal, agreement) in marked.items():
        began = beginning(day, ordinal) if day and ordinal else None
        if began and len(began) >= 7:
            yield agreement or " and ".join(who[pk]) or "an anniversary", began
    for name, signed in session.execute(select(Entity.name, Entity.date).where(
            Entity.kind == AGREEMENT, Entity.date.is_not(None))):
        if signed and len(signed) >= 10:
            yield f"the signing of the {name}", signed


def _event_title(e: Json) -> str:
    who = ", ".join(e["participants"]) or "unnamed participants"
    what = e["agreement"] or e["type"]
    return f"{what}: {who}" + (f" ({e['place']})" if e["place"] else "")


# --- relations ---------------------------------------------------------------------------------

def relation(session: Session, a: str, b: str) -> Json:
    first, second = actor_pks(session, a), actor_pks(session, b)
    if not first or not second:
        return {"a": a, "b": b, "events": [], "meetings": [], "agreements": [], "anniversaries": []}
    together = events(session, between=(a, b))
    info = _entity_info(session, [first[0], second[0]])
    shared = set(_agreements_of(session, first)) & set(_agreements_of(session, second))
    return {"a": info[first[0]][1], "b": info[second[0]][1], "events": together,
            "meetings": [e for e in together if e["type"] in MEETING_TYPES],
            "agreements": _agreement_dicts(session, sorted(shared)),
            "anniversaries": [e for e in together if e["type"] == "anniversary"]}


def iter_records(session: Session) -> Iterable[Json]:
    return session.scalars(select(Article.record).order_by(Article.pk).execution_options(yield_per=200))
