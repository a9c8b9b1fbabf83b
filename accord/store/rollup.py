"""Events rolled up to the states and bodies they concern, as of each event's date.

An event concerns a polity through a representative:

- a person counts for the polity (and body) of the office they held at the time: of all the
  offices the articles report for them, the one reported nearest the event's date (the
  reporting article's own on a tie, and for an undated event);
- an organization counts for the polity it belongs to (`accord.polities`), or for itself
  when it belongs to none (the OSCE: key `o<pk>`, its public id);
- a country counts for itself;
- a visit that names only its visitors is hosted by the state of its place.

The rows (`event_polities`, `event_representatives`) are derived data: `roll_up` rewrites
them for the events given (and the pair sums, accord.store.pairs, with them), and the writer
calls it for every event whose participants, dates or participants' offices an article
changes (`affected_by_offices`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, or_, select, update

from accord.polities import body_polity
from accord.store import pairs
from accord.store.names import org_key
from accord.store.schema import (
    COUNTRY,
    ORGANIZATION,
    PERSON,
    Article,
    Entity,
    EntityName,
    EntitySource,
    Event,
    EventParticipant,
    EventPolity,
    EventRepresentative,
    EventSource,
    Role,
)

_CHUNK = 500


def _many(name: str = "pks") -> Any:
    return bindparam(name, expanding=True)


_EVENTS = select(Event.pk, Event.type, Event.date, Event.place).where(Event.pk.in_(_many()))
_REPORTS = (
    select(
        EventSource.event_pk, EventSource.article_pk, Article.published, EventSource.place, EventSource.place_country
    )
    .join(Article, Article.pk == EventSource.article_pk)
    .where(EventSource.event_pk.in_(_many()))
)
_PARTICIPANTS = (
    select(EventParticipant.event_pk, Entity.pk, Entity.kind, Entity.name, Entity.code, Entity.polity)
    .join(Entity, Entity.pk == EventParticipant.entity_pk)
    .where(EventParticipant.event_pk.in_(_many()))
    .order_by(EventParticipant.event_pk, EventParticipant.position)
)
_OFFICES = select(Role.entity_pk, Role.article_pk, Role.seen, Role.title, Role.organization, Role.country).where(
    Role.entity_pk.in_(_many())
)
_BODIES = (
    select(EntityName.key, Entity.pk, Entity.polity)
    .join(Entity, Entity.pk == EntityName.entity_pk)
    .where(Entity.kind == ORGANIZATION, EntityName.key.in_(_many("keys")))
    .order_by(Entity.pk)
)


@dataclass(frozen=True)
class Office:
    """One article's report of an office a person held."""

    article_pk: int
    seen: str | None  # the article's publication day
    title: str
    body: str | None
    polity: str | None


@dataclass(frozen=True)
class Representative:
    polity: str
    entity_pk: int | None
    name: str
    office: str | None
    body: str | None
    reason: str


@dataclass(frozen=True)
class Participant:
    pk: int
    kind: str
    name: str
    polity: str | None  # organizations and countries; people go by their offices


def own_polity(kind: str, pk: int, code: str | None, polity: str | None) -> str | None:
    """What an organization or country counts for: its polity, its code, or itself (a body)."""
    if kind == COUNTRY:
        return polity or code
    if kind == ORGANIZATION:
        return polity or f"o{pk}"
    return None


# --- choosing the office held at an event ------------------------------------------------------


def _span(when: str) -> tuple[date, date] | None:
    """The days an ISO date at any precision covers."""
    try:
        if len(when) >= 10:
            day = date.fromisoformat(when[:10])
            return day, day
        if len(when) == 7:
            first = date(int(when[:4]), int(when[5:7]), 1)
            return first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        return date(int(when[:4]), 1, 1), date(int(when[:4]), 12, 31)
    except ValueError:
        return None


def _distance(when: tuple[date, date] | None, seen: str | None) -> int:
    """Days from an event's span to the day an office was reported (0 inside it)."""
    span, at = when, _span(seen) if seen else None
    if span is None or at is None:
        return 10**6  # an undated report tells nothing about when
    if at[0] < span[0]:
        return (span[0] - at[0]).days
    return max(0, (at[0] - span[1]).days)


def offices_at(offices: Sequence[Office], when: str | None, reporters: Collection[int]) -> list[Office]:
    """The offices a person held at `when`: those of the one article that reported offices
    for them nearest that date (the reporting article's on a tie), each polity once."""
    by_article: dict[int, list[Office]] = defaultdict(list)
    for office in offices:
        if office.polity:
            by_article[office.article_pk].append(office)
    if not by_article:
        return []
    span = _span(when) if when else None

    def nearness(article_pk: int) -> tuple[int, bool, str]:
        seen = by_article[article_pk][0].seen
        return _distance(span, seen), article_pk not in reporters, seen or ""

    chosen = by_article[min(sorted(by_article), key=nearness)]
    return list({o.polity: o for o in reversed(chosen)}.values())[::-1]


# --- computing and writing the rows ------------------------------------------------------------


def _reason(name: str, office: Office) -> str:
    title = office.title if not office.body or office.body.casefold() in office.title.casefold() else None
    what = title or f"{office.title}, {office.body}"
    return f"{name}, {what} ({office.polity})"


def representatives(
    event_type: str,
    when: str | None,
    place: str | None,
    place_country: str | None,
    participants: Sequence[Participant],
    offices: Mapping[int, Sequence[Office]],
    reporters: Collection[int],
) -> list[Representative]:
    """Who stood for which polity at one event."""
    found: list[Representative] = []
    for p in participants:
        if p.kind == PERSON:
            found += [
                Representative(o.polity, p.pk, p.name, o.title, o.body, _reason(p.name, o))
                for o in offices_at(offices.get(p.pk, ()), when, reporters)
                if o.polity
            ]
        elif p.polity:
            why = f"{p.name} ({p.polity})" if not p.polity.startswith("o") else p.name
            found.append(Representative(p.polity, p.pk, p.name, None, None, why))
    polities = {r.polity for r in found}
    if event_type == "visit" and place_country and len(polities) <= 1 and place_country not in polities:
        found.append(
            Representative(place_country, None, place or place_country, None, None, _host(place, place_country))
        )
    return found


def _host(place: str | None, code: str) -> str:
    return f"host of a visit to {place} ({code})" if place else f"host of a visit to {code}"


def roll_up(conn: Connection, event_pks: Iterable[int]) -> None:
    """Rewrite the polities and representatives of these events from the merged rows (and
    the pair sums by the difference)."""
    for chunk in _chunks(sorted(set(event_pks))):
        before = pairs.rows_of(conn, chunk)
        conn.execute(delete(EventPolity).where(EventPolity.event_pk.in_(chunk)))
        conn.execute(delete(EventRepresentative).where(EventRepresentative.event_pk.in_(chunk)))
        pairs.tally(conn, before, _write(conn, chunk))


def _chunks(items: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


@dataclass
class _Reports:
    """What an event's reports say that the merged event does not keep."""

    articles: set[int]
    first_published: str | None = None
    place_country: dict[str, str] | None = None  # place -> the state a report puts it in


def _reports(conn: Connection, pks: Sequence[int]) -> dict[int, _Reports]:
    found: dict[int, _Reports] = defaultdict(lambda: _Reports(set(), None, {}))
    for event_pk, article_pk, published, place, place_country in conn.execute(_REPORTS, {"pks": list(pks)}):
        r = found[event_pk]
        r.articles.add(article_pk)
        if published and (r.first_published is None or published < r.first_published):
            r.first_published = published
        if place and place_country and r.place_country is not None:
            r.place_country.setdefault(place, place_country)
    return found


def _write(conn: Connection, pks: Sequence[int]) -> list[dict[str, Any]]:
    """Write the events' polities and representatives; the polity rows written."""
    events = conn.execute(_EVENTS, {"pks": list(pks)}).all()
    reports = _reports(conn, pks)
    taking_part: dict[int, list[Participant]] = defaultdict(list)
    for event_pk, pk, kind, name, code, polity in conn.execute(_PARTICIPANTS, {"pks": list(pks)}):
        taking_part[event_pk].append(Participant(pk, kind, name, own_polity(kind, pk, code, polity)))
    people = sorted({p.pk for ps in taking_part.values() for p in ps if p.kind == PERSON})
    offices = offices_of(conn, people)
    polity_rows: list[dict[str, Any]] = []
    rep_rows: list[dict[str, Any]] = []
    for pk, event_type, day, place in events:
        told = reports[pk]
        when = day or (told.first_published[:10] if told.first_published else None)
        host = (told.place_country or {}).get(place) if place else None
        found = representatives(event_type, when, place, host, taking_part[pk], offices, told.articles)
        polity_rows += [
            {"event_pk": pk, "polity": p, "date": day, "type": event_type}
            for p in dict.fromkeys(r.polity for r in found)
        ]
        rep_rows += [{"event_pk": pk} | representative_row(r) for r in found]
    if polity_rows:
        conn.execute(insert(EventPolity), polity_rows)
    if rep_rows:
        conn.execute(insert(EventRepresentative), rep_rows)
    return polity_rows


def representative_row(r: Representative) -> dict[str, Any]:
    return {
        "polity": r.polity,
        "entity_pk": r.entity_pk,
        "name": r.name,
        "office": r.office,
        "body": r.body,
        "reason": r.reason,
    }


def offices_of(conn: Connection, people: Sequence[int]) -> dict[int, list[Office]]:
    """Every office the articles report for these people, with the polity each belongs to:
    the role's country, else its body's (by name, else as stored)."""
    rows = [row for chunk in _chunks(people) for row in conn.execute(_OFFICES, {"pks": list(chunk)})]
    unplaced = {org for *_, org, country in rows if org and not country and not body_polity([org], None)}
    stored = _stored_bodies(conn, unplaced)
    found: dict[int, list[Office]] = defaultdict(list)
    for entity_pk, article_pk, seen, title, org, country in rows:
        polity = country or ((body_polity([org], None) or stored.get(org)) if org else None)
        found[entity_pk].append(Office(article_pk, seen, title, org, polity))
    return found


def _stored_bodies(conn: Connection, names: Collection[str]) -> dict[str, str]:
    """The polity (or own key) of the stored organization each name names, if any."""
    keys = {org_key(n): n for n in names if org_key(n)}
    found: dict[str, str] = {}
    for key, pk, polity in conn.execute(_BODIES, {"keys": sorted(keys)}) if keys else ():
        found.setdefault(keys[key], polity or f"o{pk}")
    return found


# --- what an article's offices change ----------------------------------------------------------


def affected_by_offices(conn: Connection, told: Iterable[tuple[int, str | None]]) -> set[int]:
    """Events whose roll-up an article's offices for these (person, publication day) may
    change: with offices chosen by nearness, those dated between the person's neighbouring
    reports of offices (and undated ones)."""
    found: set[int] = set()
    for person_pk, day in set(told):
        seen = sorted({s for s in conn.scalars(select(Role.seen).where(Role.entity_pk == person_pk)) if s})
        earlier = [s for s in seen if day and s < day]
        later = [s for s in seen if day and s > day]
        ep = EventParticipant
        query = select(ep.event_pk).where(ep.entity_pk == person_pk)
        if day and earlier:
            query = query.where(or_(ep.date.is_(None), ep.date >= earlier[-1][:4]))
        if day and later:
            query = query.where(or_(ep.date.is_(None), ep.date < later[0] + "~"))
        found.update(conn.scalars(query))
    return found


def set_entity_polities(conn: Connection, pks: Iterable[int]) -> set[int]:
    """Recompute the polity of these countries and organizations (the one most of their
    sources name); the pks of those whose polity changed."""
    wanted = sorted(set(pks))
    changed: set[int] = set()
    for chunk in _chunks(wanted):
        current = {
            pk: (kind, code, polity)
            for pk, kind, code, polity in conn.execute(
                select(Entity.pk, Entity.kind, Entity.code, Entity.polity).where(
                    Entity.pk.in_(chunk), Entity.kind.in_((COUNTRY, ORGANIZATION))
                )
            )
        }
        named: dict[int, list[str]] = defaultdict(list)
        for pk, polity in conn.execute(
            select(EntitySource.entity_pk, EntitySource.polity)
            .where(
                EntitySource.entity_pk.in_(list(current)), EntitySource.polity.is_not(None)
            )  # a body of its own names none
            .order_by(EntitySource.pk)
        ):
            named[pk].append(polity or "")
        updates = []
        for pk, (kind, code, polity) in current.items():
            new = code if kind == COUNTRY else _most_common(named[pk])
            if new != polity:
                changed.add(pk)
                updates.append({"v_pk": pk, "v_polity": new})
        if updates:
            conn.execute(
                update(Entity).where(Entity.pk == bindparam("v_pk")).values(polity=bindparam("v_polity")), updates
            )
    return changed


def _most_common(values: Sequence[str]) -> str | None:
    return max(dict.fromkeys(values), key=values.count) if values else None


def events_of(conn: Connection, entity_pks: Collection[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(entity_pks)):
        found.update(conn.scalars(select(EventParticipant.event_pk).where(EventParticipant.entity_pk.in_(chunk))))
    return found


def rebuild(conn: Connection) -> None:
    """Roll up every stored event (a store migrated from before polities were kept)."""
    entities = list(conn.scalars(select(Entity.pk).where(Entity.kind.in_((COUNTRY, ORGANIZATION)))))
    set_entity_polities(conn, entities)
    roll_up(conn, conn.scalars(select(Event.pk)).all())
