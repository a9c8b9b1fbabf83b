"""Cross-article resolution: which stored entity or event a new article's fact is about.

Every merge carries its reason in words ("spelling variant: 'Dmitriy Kassyanenko' ~ 'Dmitry
Kasyanenko'"), stored with the source it merged so that a reader can check it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, exists, func, or_, select
from sqlalchemy.orm import Session

from accord import event_types
from accord.event_types import EVENT_TYPES
from accord.store.names import (
    PersonName,
    acronym_keys,
    acronyms,
    first_names_agree,
    fold,
    is_acronym,
    org_key,
    person_match,
    person_name,
)
from accord.store.rollup import own_polity
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
_PERSON_STRENGTH = {"same name": _SAME_NAME, "same surname, first names agree": _INITIAL, "surname only": _SURNAME}

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
    """The types one happening may be reported as (accord.event_types); a type no one
    registered, read from a record written elsewhere, is a family of its own."""
    return event_types.family(event_type) if event_type in EVENT_TYPES else {event_type}


Db = Connection | Session


def _many(name: str) -> Any:
    return bindparam(name, expanding=True)


# The write path's queries, built once: building a statement costs about as much as running it.
_COUNTRIES = (
    select(Entity.code, func.min(Entity.pk))
    .group_by(Entity.code)
    .where(Entity.kind == COUNTRY, Entity.code.in_(_many("codes")))
)
_PEOPLE = (
    select(EntityName.entity_pk, EntityName.name, Entity.country)
    .distinct()
    .join(Entity, Entity.pk == EntityName.entity_pk)
    .where(Entity.kind == PERSON, or_(EntityName.key.in_(_many("keys")), EntityName.short.in_(_many("shorts"))))
)
_NAMED = (
    select(EntityName.entity_pk, EntityName.name, EntityName.key, EntityName.short, Entity.country)
    .distinct()
    .join(Entity, Entity.pk == EntityName.entity_pk)
    .where(
        Entity.kind == bindparam("kind"), or_(EntityName.key.in_(_many("keys")), EntityName.short.in_(_many("shorts")))
    )
)
_AGREEMENTS = select(Entity.pk, Entity.name, Entity.date).where(Entity.pk.in_(_many("pks")))
_PARTIES = select(AgreementParty.agreement_pk, AgreementParty.party_pk).where(
    AgreementParty.agreement_pk.in_(_many("pks"))
)
_POLITIES = select(Entity.pk, Entity.kind, Entity.code, Entity.polity).where(Entity.pk.in_(_many("pks")))
_CANDIDATES = (
    select(
        Event.pk,
        Event.type,
        Event.date,
        Event.place,
        Event.agreement_pk,
        Event.ordinal,
        Entity.pk.label("entity_pk"),
        Entity.name,
    )
    .join(EventParticipant, EventParticipant.event_pk == Event.pk)
    .join(Entity, Entity.pk == EventParticipant.entity_pk)
    .where(
        Event.type.in_(_many("types")),
        Event.pk.in_(select(EventParticipant.event_pk).where(EventParticipant.entity_pk.in_(_many("who")))),
        ~exists().where(EventSource.event_pk == Event.pk, EventSource.article_pk == bindparam("article")),
    )
)
_SPANS = 3  # date ranges in a candidate query
_DATED_CANDIDATES = _CANDIDATES.where(
    or_(
        Event.date.is_(None),
        Event.date.in_(_many("prefixes")),
        *(Event.date.between(bindparam(f"low{i}"), bindparam(f"high{i}")) for i in range(_SPANS)),
    )
)
_FIRST_REPORTED = (
    select(EventSource.event_pk, func.min(Article.published))
    .join(Article, Article.pk == EventSource.article_pk)
    .where(EventSource.event_pk.in_(_many("pks")))
    .group_by(EventSource.event_pk)
)


class Resolver:
    """Finds what a new article's facts refer to among what is stored from other articles.

    Each method resolves a whole list at once (one query per kind), as an article arrives.
    """

    def __init__(self, db: Db, article_pk: int) -> None:
        self.db = db
        self.article_pk = article_pk

    def countries(self, codes: Collection[str]) -> dict[str, int]:
        return {code: pk for code, pk in self.db.execute(_COUNTRIES, {"codes": sorted(set(codes))}) if code}

    def people(self, items: Sequence[tuple[Sequence[str], str | None]]) -> list[Match | None]:
        """For each (names, country) the stored person it names, if any."""
        parsed = [[(raw, p) for raw in names if (p := person_name(raw)).surname] for names, _ in items]
        keys = {p.key for names in parsed for _, p in names}
        surnames = {p.surname for names in parsed for _, p in names}
        if not keys:
            return [None] * len(items)
        rows = self.db.execute(_PEOPLE, {"keys": sorted(keys), "shorts": sorted(surnames)}).all()
        known = [(pk, name, person_name(name), country) for pk, name, country in rows]
        return [_person_match(names, country, known) for names, (_, country) in zip(parsed, items, strict=True)]

    def named(self, kind: str, items: Sequence[Named]) -> list[Match | None]:
        """For each item the stored organization or agreement it names, by name, variant or
        acronym (in either direction); an agreement whose own facts rule it out is passed over."""
        wanted = [_NameForms([n for n in item.names if org_key(n)]) for item in items]
        keys = {k for w in wanted for k in (*w.keys, *w.derived)}
        shorts = {k for w in wanted for k in w.shorts}
        if not keys:
            return [None] * len(items)
        rows = self.db.execute(_NAMED, {"kind": kind, "keys": sorted(keys), "shorts": sorted(shorts)}).all()
        known = self._agreements({r.entity_pk for r in rows}) if kind == AGREEMENT else {}
        polities = self._polities({p for item in items for p in item.parties})
        return [
            forms.match(rows, item.country, _allowed(_Agreement.of(item, polities), known))
            for forms, item in zip(wanted, items, strict=True)
        ]

    def _agreements(self, pks: Collection[int]) -> dict[int, _Agreement]:
        """What these stored agreements say of themselves: name, signing date, party polities."""
        if not pks:
            return {}
        parties: dict[int, set[int]] = defaultdict(set)
        for agreement, party in self.db.execute(_PARTIES, {"pks": sorted(pks)}):
            parties[agreement].add(party)
        polities = self._polities({p for ps in parties.values() for p in ps})
        return {
            pk: _Agreement(name, day, frozenset(polities[p] for p in parties[pk] if p in polities))
            for pk, name, day in self.db.execute(_AGREEMENTS, {"pks": sorted(pks)})
        }

    def _polities(self, pks: Collection[int]) -> dict[int, str]:
        """The polity each of these parties counts for (a person counts for none)."""
        rows = self.db.execute(_POLITIES, {"pks": sorted(pks)}) if pks else ()
        return {pk: key for pk, kind, code, polity in rows if (key := own_polity(kind, pk, code, polity))}

    def events(self, reports: Sequence[EventFacts]) -> list[Match | None]:
        """For each of an article's events, a stored event from another article that reports
        the same happening: same type family, shared participants, agreeing dates and place."""
        told = [r for r in reports if r.participants]
        if not told:
            return [None] * len(reports)
        params: dict[str, Any] = {
            "types": sorted({t for r in told for t in family(r.type)}),
            "who": sorted({p for r in told for p in r.participants}),
            "article": self.article_pk,
        }
        query = _CANDIDATES
        if all(r.date for r in told):
            query = _DATED_CANDIDATES
            params |= _date_window([r.date for r in told if r.date])
        stored: dict[int, _StoredEvent] = {}
        for row in self.db.execute(query, params):
            event = stored.setdefault(
                row.pk, _StoredEvent(row.pk, row.type, row.date, row.place, row.agreement_pk, row.ordinal)
            )
            event.participants[row.entity_pk] = row.name
        if not stored:
            return [None] * len(reports)
        if not all(r.date for r in reports) or any(e.date is None for e in stored.values()):
            for pk, day in self.db.execute(_FIRST_REPORTED, {"pks": sorted(stored)}):
                stored[pk].first_reported = day
        return [_same_happening(r, stored.values()) for r in reports]


@dataclass(frozen=True)
class Named:
    """A new article's organization or agreement, as resolution compares it with the store."""

    names: list[str]  # the article's name first
    country: str | None = None
    parties: Collection[int] = ()  # agreements: party entity pks
    date: str | None = None  # agreements: signing date


@dataclass(frozen=True)
class _Agreement:
    name: str
    date: str | None
    parties: frozenset[str]  # polities

    @staticmethod
    def of(item: Named, polities: dict[int, str]) -> _Agreement:
        return _Agreement(item.names[0], item.date, frozenset(polities[p] for p in item.parties if p in polities))

    def may_be(self, other: _Agreement) -> bool:
        """Whether nothing the two say rules out one agreement. A shared alias is no identity
        ("Memorandum of Understanding" names many): own names that differ, each with words
        the other lacks, rule it out; so do signing dates more than a day apart, and parties
        each of which has one the other lacks (a party missing from one report is allowed)."""
        if _names_differ(self.name, other.name):
            return False
        apart = _distance(self.date, other.date) if self.date and other.date else 0
        if apart is None or apart > 1:
            return False
        mine, theirs = self.parties, other.parties
        return not (mine and theirs and not (mine <= theirs or theirs <= mine))


def _allowed(new: _Agreement, known: dict[int, _Agreement]) -> Callable[[int], bool]:
    """Which stored entities `new` may be: any but an agreement its facts rule out."""
    return lambda pk: pk not in known or new.may_be(known[pk])


def _names_differ(a: str, b: str) -> bool:
    if is_acronym(a) or is_acronym(b):
        return False
    x, y = set(org_key(a).split()), set(org_key(b).split())
    return not (x <= y or y <= x)


@dataclass
class _StoredEvent:
    pk: int
    type: str
    date: str | None
    place: str | None
    agreement_pk: int | None
    ordinal: int | None
    participants: dict[int, str] = field(default_factory=dict)  # entity pk -> name
    first_reported: str | None = None


def _same_happening(new: EventFacts, stored: Iterable[_StoredEvent]) -> Match | None:
    """The stored event that best agrees with `new`: exact type first, most shared
    participants, nearest date."""
    mine = set(new.participants)
    best: tuple[tuple[bool, int, int], _StoredEvent, set[int]] | None = None
    for known in stored:
        shared = mine & set(known.participants)
        if known.type not in family(new.type) or len(shared) < min(2, len(mine), len(known.participants)):
            continue
        distance = _date_distance(new.date, known.date, new.published, known.first_reported)
        if distance is None or not _places_agree(new.place, known.place):
            continue
        if new.agreement_pk and known.agreement_pk and new.agreement_pk != known.agreement_pk:
            continue
        if new.ordinal and known.ordinal and new.ordinal != known.ordinal:
            continue
        score = (known.type == new.type, len(shared), -distance)
        if best is None or score > best[0]:
            best = (score, known, shared)
    if best is None:
        return None
    _, known, shared = best
    names = sorted(known.participants[pk] for pk in shared)
    reason = (
        f"same {new.type} reported again: shared participants {', '.join(names)}; "
        f"dates {new.date or 'undated'} ~ {known.date or 'undated'}"
    )
    return Match(known.pk, reason + (f"; place {new.place}" if new.place else ""))


def _person_match(
    names: list[tuple[str, PersonName]], country: str | None, known: list[tuple[int, str, PersonName, str | None]]
) -> Match | None:
    best: dict[int, tuple[int, str]] = {}
    conflicting: set[int] = set()
    for pk, known_name, known_parsed, known_country in known:
        for raw, name in names:
            if (
                name.given
                and known_parsed.given
                and name.surname == known_parsed.surname
                and not first_names_agree(name.given, known_parsed.given)
            ):
                conflicting.add(pk)  # a different first name under the same surname
            why = person_match(name, known_parsed)
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


class _NameForms:
    """The keys one organization's or agreement's names are looked up by."""

    def __init__(self, names: list[str]) -> None:
        self.keys = {org_key(n): n for n in names}
        self.derived = {a: n for n in names if not is_acronym(n) for a in acronyms(n)}
        self.shorts = {a: n for n in names if is_acronym(n) for a in acronym_keys(n)}

    def match(self, rows: Sequence[Any], country: str | None, allowed: Callable[[int], bool]) -> Match | None:
        best: dict[int, tuple[int, str]] = {}
        for pk, known_name, key, short, known_country in rows:
            if (country and known_country and country != known_country) or not allowed(pk):
                continue
            if key in self.keys:
                raw = self.keys[key]
                same = fold(raw) == fold(known_name)
                _keep(
                    best,
                    pk,
                    _SAME_NAME if same else _VARIANT,
                    f"{'same name' if same else 'name variant'}: {raw!r} ~ {known_name!r}",
                )
            elif key in self.derived:
                _keep(best, pk, _ACRONYM, f"acronym: {known_name!r} of {self.derived[key]!r}")
            elif short in self.shorts:
                _keep(best, pk, _ACRONYM, f"acronym: {self.shorts[short]!r} of {known_name!r}")
        return _pick(best)


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


def _date_window(dates: Sequence[str]) -> dict[str, Any]:
    """Parameters of _DATED_CANDIDATES for stored dates that may agree with any of `dates`:
    undated, coarser (their year or month), or inside one of a few ranges that cover each
    date (a day either side; a month or a year whole). The ranges let a few extra candidates
    through, each checked exactly afterwards; a fixed number of them keeps one statement.
    """
    spans = _spans([extent for d in dates if (extent := _extent(d))])
    bounds = [(lo.isoformat(), hi.isoformat()) for lo, hi in spans] or [("~", "~")]  # "~": no date
    bounds += bounds[-1:] * (_SPANS - len(bounds))
    params: dict[str, Any] = {"prefixes": sorted({d[:n] for d in dates for n in (4, 7, 10) if len(d) >= n})}
    for i, (lo, hi) in enumerate(bounds):
        params |= {f"low{i}": lo, f"high{i}": hi}
    return params


def _extent(value: str) -> tuple[date, date] | None:
    """The days a date may mean: a day and its neighbours, a whole month, a whole year."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value[:10])
    try:
        if m and m[3]:
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day - timedelta(days=1), day + timedelta(days=1)
        if m and m[2]:
            first = date(int(m[1]), int(m[2]), 1)
            return first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        return (date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)) if m else None
    except (ValueError, OverflowError):
        return None


def _spans(extents: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """At most _SPANS ranges covering all extents, joining the closest ones first."""
    spans: list[tuple[date, date]] = []
    for lo, hi in sorted(extents):
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    while len(spans) > _SPANS:
        i = min(range(len(spans) - 1), key=lambda k: spans[k + 1][0] - spans[k][1])
        spans[i : i + 2] = [(spans[i][0], max(spans[i][1], spans[i + 1][1]))]
    return spans


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


def _date_distance(
    new: str | None, known: str | None, new_published: str | None, known_published: str | None
) -> int | None:
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


def actor_pks(session: Db, name: str) -> list[int]:
    """Entities an actor name refers to: a country code or name, a person by any name
    (surname alone when unambiguous), an organization or agreement by name or acronym."""
    name = name.strip()
    found: set[int] = set()
    if re.fullmatch(r"[A-Za-z]{2}", name):
        found.update(session.scalars(select(Entity.pk).where(Entity.kind == COUNTRY, Entity.code == name.upper())))
    person_key, other_key = person_name(name).key, org_key(name)
    found.update(
        session.scalars(
            select(EntityName.entity_pk)
            .distinct()
            .join(Entity, Entity.pk == EntityName.entity_pk)
            .where(
                or_(
                    and_(Entity.kind == PERSON, EntityName.key == person_key),
                    and_(Entity.kind != PERSON, EntityName.key == other_key),
                )
            )
        )
    )
    if found:
        return sorted(found)
    if is_acronym(name):
        found.update(
            session.scalars(
                select(EntityName.entity_pk)
                .distinct()
                .join(Entity, Entity.pk == EntityName.entity_pk)
                .where(Entity.kind.in_((ORGANIZATION, AGREEMENT)), EntityName.short.in_(acronym_keys(name)))
            )
        )
    parsed = person_name(name)
    if not found and parsed.surname and not parsed.given:
        people = set(
            session.scalars(
                select(EntityName.entity_pk)
                .distinct()
                .join(Entity, Entity.pk == EntityName.entity_pk)
                .where(Entity.kind == PERSON, EntityName.short == parsed.surname)
            )
        )
        if len(people) == 1:
            found |= people
    return sorted(found)
