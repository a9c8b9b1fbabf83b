"""Cross-article resolution: which stored entity or event a new article's fact is about.

Every merge carries its reason in words ("spelling variant: 'Roman Vasilenko' ~ 'Roman
Vassilenko'"), stored with the source it merged so that a reader can check it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from accord.store.names import (
    acronym_keys,
    acronyms,
    first_names_agree,
    fold,
    is_acronym,
    org_key,
    person_match,
    person_name,
)
from accord.store.schema import (
    AGREEMENT,
    COUNTRY,
    ORGANIZATION,
    PERSON,
    AgreementParty,
    Article,
    Entity,
    EntityName,
    Event,
    EventParticipant,
    EventSource,
)

# How much a name match says, strongest first; weaker ones also need compatible countries.
_SAME_NAME, _VARIANT, _INITIAL, _ACRONYM, _SURNAME = 5, 4, 3, 2, 1
_PERSON_STRENGTH = {"same name": _SAME_NAME, "same surname, first names agree": _INITIAL,
                    "surname only": _SURNAME}

# Event types that one happening may be reported as: a visit is also a meeting with the host.
_FAMILIES = ({"meeting", "visit"},)
# Undated reports match by publication day, within this many days.
_UNDATED_DAYS = 3


@dataclass(frozen=True)
class Match:
    pk: int
    reason: str


@dataclass(frozen=True)
class EventFacts:
    """A new article's event with its participants resolved to entity pks."""

    type: str
    date: str | None
    place: str | None
    agreement_pk: int | None
    ordinal: int | None
    participants: tuple[int, ...]
    published: str | None  # the reporting article's publication day


def family(event_type: str) -> set[str]:
    return next((f for f in _FAMILIES if event_type in f), {event_type})


class Resolver:
    """Finds what a new article's facts refer to among what is stored from other articles."""

    def __init__(self, session: Session, article_pk: int) -> None:
        self.session = session
        self.article_pk = article_pk

    def country(self, code: str) -> int | None:
        return self.session.scalar(
            select(Entity.pk).where(Entity.kind == COUNTRY, Entity.code == code).order_by(Entity.pk).limit(1))

    def person(self, names: Iterable[str], country: str | None) -> Match | None:
        new = [(raw, person_name(raw)) for raw in names if person_name(raw).surname]
        if not new:
            return None
        keys = {p.key for _, p in new}
        surnames = {p.surname for _, p in new}
        rows = self.session.execute(
            select(EntityName.entity_pk, EntityName.name, Entity.country)
            .join(Entity, Entity.pk == EntityName.entity_pk)
            .where(Entity.kind == PERSON, or_(EntityName.key.in_(keys), EntityName.short.in_(surnames)))
        ).all()
        best: dict[int, tuple[int, str]] = {}
        conflicting: set[int] = set()
        for pk, known_name, known_country in rows:
            known = person_name(known_name)
            for raw, name in new:
                if name.given and known.given and name.surname == known.surname and not first_names_agree(
                        name.given, known.given):
                    conflicting.add(pk)  # a different first name under the same surname
                why = person_match(name, known)
                if why is None:
                    continue
                strength = _PERSON_STRENGTH[why]
                if strength == _SAME_NAME and fold(raw) != fold(known_name):
                    why, strength = "spelling variant", _VARIANT
                if strength < _VARIANT and country and known_country and country != known_country:
                    continue
                _keep(best, pk, strength, f"{why}: {raw!r} ~ {known_name!r}")
        for pk in conflicting:
            best.pop(pk, None)
        return _pick(best)

    def named(self, kind: str, names: Iterable[str], country: str | None = None,
              parties: Collection[int] = ()) -> Match | None:
        """An organization or agreement by name, variant or acronym (in either direction)."""
        names = [n for n in names if org_key(n)]
        keys = {org_key(n): n for n in names}
        derived = {a: n for n in names if not is_acronym(n) for a in acronyms(n)}
        shorts = {a: n for n in names if is_acronym(n) for a in acronym_keys(n)}
        if not names:
            return None
        condition: ColumnElement[bool] = EntityName.key.in_(set(keys) | set(derived))
        if shorts:
            condition = or_(condition, EntityName.short.in_(shorts))
        rows = self.session.execute(
            select(EntityName.entity_pk, EntityName.name, EntityName.key, EntityName.short, Entity.country)
            .join(Entity, Entity.pk == EntityName.entity_pk)
            .where(Entity.kind == kind, condition)
        ).all()
        stored_parties = self._parties({r.entity_pk for r in rows}) if parties else {}
        best: dict[int, tuple[int, str]] = {}
        for pk, known_name, key, short, known_country in rows:
            if country and known_country and country != known_country:
                continue
            if parties and stored_parties.get(pk) and not set(parties) & stored_parties[pk]:
                continue
            if key in keys:
                raw = keys[key]
                same = fold(raw) == fold(known_name)
                _keep(best, pk, _SAME_NAME if same else _VARIANT,
                      f"{'same name' if same else 'name variant'}: {raw!r} ~ {known_name!r}")
            elif key in derived:
                _keep(best, pk, _ACRONYM, f"acronym: {known_name!r} of {derived[key]!r}")
            elif short in shorts:
                _keep(best, pk, _ACRONYM, f"acronym: {shorts[short]!r} of {known_name!r}")
        return _pick(best)

    def _parties(self, agreement_pks: Collection[int]) -> dict[int, set[int]]:
        found: dict[int, set[int]] = defaultdict(set)
        rows = self.session.execute(select(AgreementParty.agreement_pk, AgreementParty.party_pk)
                                    .where(AgreementParty.agreement_pk.in_(agreement_pks)))
        for agreement, party in rows:
            found[agreement].add(party)
        return found

    def event(self, facts: EventFacts) -> Match | None:
        """A stored event from another article that reports the same happening."""
        if not facts.participants:
            return None
        reported_here = exists().where(EventSource.event_pk == Event.pk,
                                       EventSource.article_pk == self.article_pk)
        query = (
            select(Event.pk, Event.type, Event.date, Event.place, Event.agreement_pk, Event.ordinal)
            .where(Event.type.in_(family(facts.type)), ~reported_here,
                   Event.pk.in_(select(EventParticipant.event_pk)
                                .where(EventParticipant.entity_pk.in_(facts.participants))))
        )
        if facts.date:
            query = query.where(_date_window(facts.date))
        candidates = self.session.execute(query).all()
        if not candidates:
            return None
        pks = [c.pk for c in candidates]
        participants: dict[int, set[int]] = defaultdict(set)
        for event_pk, entity_pk in self.session.execute(
                select(EventParticipant.event_pk, EventParticipant.entity_pk)
                .where(EventParticipant.event_pk.in_(pks))):
            participants[event_pk].add(entity_pk)
        first_reported = dict(self.session.execute(  # type: ignore[arg-type]
            select(EventSource.event_pk, func.min(Article.published))
            .join(Article, Article.pk == EventSource.article_pk)
            .where(EventSource.event_pk.in_(pks)).group_by(EventSource.event_pk)).all())
        mine = set(facts.participants)
        best: tuple[tuple[bool, int, int], int, set[int], str | None] | None = None
        for c in candidates:
            shared = mine & participants[c.pk]
            if len(shared) < min(2, len(mine), len(participants[c.pk])):
                continue
            distance = _date_distance(facts.date, c.date, facts.published, first_reported.get(c.pk))
            if distance is None or not _places_agree(facts.place, c.place):
                continue
            if facts.agreement_pk and c.agreement_pk and facts.agreement_pk != c.agreement_pk:
                continue
            if facts.ordinal and c.ordinal and facts.ordinal != c.ordinal:
                continue
            score = (c.type == facts.type, len(shared), -distance)
            if best is None or score > best[0]:
                best = (score, c.pk, shared, c.date)
        if best is None:
            return None
        _, pk, shared, known_date = best
        names = self.session.scalars(select(Entity.name).where(Entity.pk.in_(shared)).order_by(Entity.name))
        reason = (f"same {facts.type} reported again: shared participants {', '.join(names)}; "
                  f"dates {facts.date or 'undated'} ~ {known_date or 'undated'}")
        if facts.place:
            reason += f"; place {facts.place}"
        return Match(pk, reason)


def _keep(best: dict[int, tuple[int, str]], pk: int, strength: int, reason: str) -> None:
    if pk not in best or strength > best[pk][0]:
        best[pk] = (strength, reason)


def _pick(best: dict[int, tuple[int, str]]) -> Match | None:
    """The single strongest candidate; the oldest among equals, unless the reason is weak."""
    if not best:
        return None
    top = max(strength for strength, _ in best.values())
    tied = sorted(pk for pk, (strength, _) in best.items() if strength == top)
    if len(tied) > 1 and top < _VARIANT:
        return None  # "R. Lee" with two Lees stored: do not guess
    return Match(tied[0], best[tied[0]][1])


def _date_window(day: str) -> ColumnElement[bool]:
    """Stored dates that may agree with `day`: undated, coarser or finer, or a day either side."""
    options: list[ColumnElement[bool]] = [
        Event.date.is_(None), Event.date.in_({day[:4], day[:7], day}), Event.date.like(day + "%")]
    parsed = _parse_day(day)
    if parsed:
        options.append(and_(Event.date >= (parsed - timedelta(days=1)).isoformat(),
                            Event.date <= (parsed + timedelta(days=1)).isoformat()))
    return or_(*options)


def _parse_day(value: str | None) -> date | None:
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _distance(a: str, b: str) -> int | None:
    """0 when one date is a prefix of the other (2023-01 and 2023-01-24), else days apart."""
    if a.startswith(b) or b.startswith(a):
        return 0
    x, y = _parse_day(a), _parse_day(b)
    return abs((x - y).days) if x and y else None


def _date_distance(new: str | None, known: str | None, new_published: str | None,
                   known_published: str | None) -> int | None:
    """How far apart two reports' dates are, or None when they cannot be one happening.

    Dated reports agree within a day; an undated one is placed on its publication day and
    agrees within a few days.
    """
    if new and known:
        d = _distance(new, known)
        return d if d is not None and d <= 1 else None
    a, b = new or (new_published or "")[:10], known or (known_published or "")[:10]
    if not a or not b:
        return None
    d = _distance(a, b)
    return d if d is not None and d <= _UNDATED_DAYS else None


def _places_agree(a: str | None, b: str | None) -> bool:
    """Unknown places agree with anything; "Washington" agrees with "Washington, D.C."."""
    if not a or not b:
        return True
    x, y = set(org_key(a).split()), set(org_key(b).split())
    return x <= y or y <= x


def actor_pks(session: Session, name: str) -> list[int]:
    """Entities an actor name refers to: a country code or name, a person by any name
    (surname alone when unambiguous), an organization or agreement by name or acronym."""
    name = name.strip()
    found: set[int] = set()
    if re.fullmatch(r"[A-Za-z]{2}", name):
        found.update(session.scalars(select(Entity.pk).where(Entity.kind == COUNTRY,
                                                              Entity.code == name.upper())))
    person_key, other_key = person_name(name).key, org_key(name)
    found.update(session.scalars(
        select(EntityName.entity_pk).join(Entity, Entity.pk == EntityName.entity_pk).where(or_(
            and_(Entity.kind == PERSON, EntityName.key == person_key),
            and_(Entity.kind != PERSON, EntityName.key == other_key)))))
    if found:
        return sorted(found)
    if is_acronym(name):
        found.update(session.scalars(
            select(EntityName.entity_pk).join(Entity, Entity.pk == EntityName.entity_pk)
            .where(Entity.kind.in_((ORGANIZATION, AGREEMENT)), EntityName.short.in_(acronym_keys(name)))))
    parsed = person_name(name)
    if not found and parsed.surname and not parsed.given:
        people = set(session.scalars(
            select(EntityName.entity_pk).join(Entity, Entity.pk == EntityName.entity_pk)
            .where(Entity.kind == PERSON, EntityName.short == parsed.surname)))
        if len(people) == 1:
            found |= people
    return sorted(found)
