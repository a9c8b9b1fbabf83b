"""Writing one article's extraction, idempotently, inside the caller's transaction.

An article is identified by its URL when it has one, else by the hash of its text: the
same text again is "unchanged"; new text at a known URL is "replaced" (the old article's
facts go, and whatever no other article supports goes with them).

Rows are written a kind at a time (all the article's people in one statement, and so on):
the store's cost per article should stay small next to extraction's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from sqlalchemy import Connection, bindparam, delete, insert, select

from accord.polities import body_polity
from accord.records import Event as EventRecord
from accord.records import Extraction
from accord.store.names import fold, name_key, person_name, short_form
from accord.store.refresh import most_common, refresh_entities, refresh_events
from accord.store.resolve import Db, EventFacts, Match, Named, Resolver, actor_pks
from accord.store.rollup import affected_by_offices, events_of, roll_up, set_entity_polities
from accord.store.rows import Inserter
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

STORED, UNCHANGED, REPLACED = "stored", "unchanged", "replaced"
_TWICE = "named twice in one article"

# Statements built once: building one costs about as much as running it.
_BY_KEY = select(Article.pk, Article.id).where(Article.key == bindparam("key"))
_BY_ID = select(Article.pk).where(Article.id == bindparam("id"))
_INSERT_ARTICLE = insert(Article).returning(Article.pk)
_KIND = select(Entity.kind).where(Entity.pk == bindparam("pk"))


def write(conn: Connection, extraction: Extraction) -> str:
    article = extraction.article
    key = article.url or article.id
    stored = conn.execute(_BY_KEY, {"key": key}).first()
    if stored is not None and stored.id == article.id:
        return UNCHANGED
    if stored is None:
        if has_article(conn, article.id):
            return UNCHANGED  # the same text under another URL: one copy is enough
        _ArticleWriter(conn, extraction, key).write()
        return STORED
    remove_article(conn, stored.pk)
    if not has_article(conn, article.id):  # else the new text is already stored elsewhere
        _ArticleWriter(conn, extraction, key).write()
    return REPLACED


def has_article(db: Db, article_id: str) -> bool:
    return db.execute(_BY_ID, {"id": article_id}).first() is not None


def stored_ids(db: Db, article_ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    ids = iter(article_ids)
    while batch := list(islice(ids, 1000)):  # well under any database's limit on parameters
        found.update(db.scalars(select(Article.id).where(Article.id.in_(batch))))
    return found


def remove_article(conn: Connection, article_pk: int) -> None:
    """Delete an article and its facts; merged entities and events are recomputed or dropped,
    and so is the roll-up of every event the article's offices bore on."""
    entity_pks = set(conn.scalars(select(EntitySource.entity_pk).where(EntitySource.article_pk == article_pk)))
    event_pks = set(conn.scalars(select(EventSource.event_pk).where(EventSource.article_pk == article_pk)))
    told = {
        (pk, seen) for pk, seen in conn.execute(select(Role.entity_pk, Role.seen).where(Role.article_pk == article_pk))
    }
    conn.execute(delete(Article).where(Article.pk == article_pk))
    refresh_events(conn, event_pks)
    refresh_entities(conn, entity_pks)
    changed = set_entity_polities(conn, entity_pks)
    roll_up(conn, event_pks | affected_by_offices(conn, told) | events_of(conn, changed))


@dataclass
class _Named:
    """A person, organization, country or agreement as one article gives it."""

    kind: str
    local_id: str | None
    names: list[str]  # the article's name first, then its other names
    match: Match | None  # the stored entity it is, and why; None: a new entity
    code: str | None = None
    country: str | None = None
    date: str | None = None
    status: str | None = None
    parties: list[int] | None = None
    polity: str | None = None  # countries and organizations (see accord.polities)


def _names(*names: str) -> list[str]:
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))


class _ArticleWriter:
    """Resolves and writes the facts of one article.

    Invariant: every entity an article's rows point at (a participant, a party) has a source
    row from that article, so that removing any article leaves no dangling reference.
    """

    def __init__(self, conn: Connection, extraction: Extraction, key: str) -> None:
        self.conn = conn
        self.extraction = extraction
        a = extraction.article
        self.day = a.published[:10] if a.published else None
        self.article_pk: int = conn.execute(
            _INSERT_ARTICLE,
            {
                "id": a.id,
                "key": key,
                "url": a.url,
                "title": a.title,
                "published": a.published,
                "source": a.source,
                "text": a.text,
                "record": extraction.to_dict(),
            },
        ).scalar_one()
        self.resolver = Resolver(conn, self.article_pk)
        self.names: dict[str, int] = {}  # folded names, aliases and codes of this article's actors
        self.person_keys: dict[str, int] = {}
        self.surnames: dict[str, set[int]] = defaultdict(set)
        self.agreements: dict[str, int] = {}
        self.listed: dict[tuple[str, str], int] = {}  # (kind, folded name) -> entity, for this article
        self.merged: set[int] = set()  # entities with sources from other articles (or twice from this)
        self.insert = Inserter(conn)
        self.states = {c.name: c.code for c in extraction.countries}  # the article's names of states
        self.places = {p.name: p.country for p in extraction.places if p.country} | {
            c.name: c.code for c in extraction.countries
        }

    def write(self) -> None:
        x = self.extraction
        stored = self.resolver.countries([c.code for c in x.countries])
        countries = [
            _Named(COUNTRY, c.code, _names(c.name, c.code), _same_code(stored, c.code), code=c.code, polity=c.code)
            for c in x.countries
        ]
        bodies = [o for o in x.organizations if _names(o.name, *o.aliases)]
        wanted = [Named(_names(o.name, *o.aliases), o.country) for o in bodies]
        organizations = [
            _Named(ORGANIZATION, o.id, w.names, match, country=o.country, polity=self._polity(w.names, o.country))
            for o, w, match in zip(bodies, wanted, self.resolver.named(ORGANIZATION, wanted), strict=True)
        ]
        people = [p for p in x.people if _names(p.name, *p.aliases)]
        named = [(_names(p.name, *p.aliases), most_common(r.country for r in p.roles if r.country)) for p in people]
        persons = [
            _Named(PERSON, p.id, names, match, country=country)
            for p, (names, country), match in zip(people, named, self.resolver.people(named), strict=True)
        ]
        pks = self._add([*countries, *organizations, *persons])[len(countries) + len(organizations) :]
        roles = [
            {
                "entity_pk": pk,
                "article_pk": self.article_pk,
                "title": r.title,
                "organization": r.organization,
                "country": r.country,
                "seen": self.day,
            }
            for p, pk in zip(people, pks, strict=True)
            for r in p.roles
        ]
        if roles:
            self.conn.execute(insert(Role), roles)
        signed = [g for g in x.agreements if _names(g.name, *g.aliases)]
        agreements = [Named(_names(g.name, *g.aliases), None, self._parties(g.parties), g.date) for g in signed]
        self._add(
            [
                _Named(AGREEMENT, g.id, w.names, match, date=g.date, status=g.status, parties=list(w.parties))
                for g, w, match in zip(signed, agreements, self.resolver.named(AGREEMENT, agreements), strict=True)
            ]
        )
        event_pks, merged_events = self._events(x.events)
        refresh_entities(self.conn, self.merged)
        refresh_events(self.conn, merged_events)
        # Offices this article reports for people already stored bear on their other events too.
        told = [(pk, self.day) for p, pk in zip(people, pks, strict=True) if p.roles and pk in self.merged]
        changed = set_entity_polities(self.conn, self.merged)
        roll_up(self.conn, {*event_pks, *affected_by_offices(self.conn, told), *events_of(self.conn, changed)})

    def _polity(self, names: Sequence[str], country: str | None) -> str | None:
        return body_polity(names, country, self.states)

    def _add(self, named: Sequence[_Named]) -> list[int]:
        """Write entities (new ones created), their sources and names; their pks, in order.

        An entity this article lists twice under one name (as a name of two organizations,
        say) is one entity: the later listing joins the earlier.
        """
        first_of: dict[tuple[str, str], int] = {}  # (kind, folded name) -> its first listing here
        twins: dict[int, int] = {}
        for i, n in enumerate(named):
            keys = [(n.kind, fold(name)) for name in n.names]
            known = next((self.listed[k] for k in keys if k in self.listed), None)
            if n.match is None and known is not None:
                n.match = Match(known, _TWICE)
            elif n.match is None and any(k in first_of for k in keys):
                first = next(first_of[k] for k in keys if k in first_of)
                first = twins.get(first, first)
                if (earlier := named[first].match) is not None:  # the first listing is a stored entity
                    n.match = Match(earlier.pk, _TWICE)
                else:
                    twins[i] = first
            for k in keys:
                first_of.setdefault(k, i)
        # A new entity starts as its one source says; merged ones are recomputed (refresh).
        new = [i for i, n in enumerate(named) if n.match is None and i not in twins]
        created = dict(
            zip(
                new,
                self.insert(
                    Entity,
                    [
                        {
                            "kind": named[i].kind,
                            "name": named[i].names[0],
                            "code": named[i].code,
                            "country": named[i].country,
                            "date": named[i].date,
                            "status": named[i].status,
                            "polity": named[i].polity,
                        }
                        for i in new
                    ],
                ),
                strict=True,
            )
        )
        pks = [n.match.pk if n.match else created[twins.get(i, i)] for i, n in enumerate(named)]
        if not named:
            return pks
        parties = [
            {"agreement_pk": created[i], "party_pk": party}
            for i in new
            for party in dict.fromkeys(named[i].parties or [])
            if party != created[i]
        ]
        if parties:
            self.conn.execute(insert(AgreementParty), parties)
        self.merged.update(n.match.pk for n in named if n.match)
        self.merged.update(created[i] for i in twins.values())
        sources = self.insert(
            EntitySource,
            [
                {
                    "entity_pk": pk,
                    "article_pk": self.article_pk,
                    "local_id": n.local_id,
                    "name": n.names[0],
                    "reason": n.match.reason if n.match else _TWICE if i in twins else None,
                    "country": n.country,
                    "date": n.date,
                    "status": n.status,
                    "parties": n.parties,
                    "polity": n.polity,
                }
                for i, (n, pk) in enumerate(zip(named, pks, strict=True))
            ],
        )
        self.conn.execute(
            insert(EntityName),
            [
                {
                    "entity_pk": pk,
                    "source_pk": source,
                    "name": name,
                    "key": name_key(n.kind, name),
                    "short": short_form(n.kind, name),
                }
                for n, pk, source in zip(named, pks, sources, strict=True)
                for name in n.names
            ],
        )
        for n, pk in zip(named, pks, strict=True):
            self._register(n, pk)
        return pks

    def _register(self, named: _Named, pk: int) -> None:
        registry = self.agreements if named.kind == AGREEMENT else self.names
        for name in named.names:
            registry.setdefault(fold(name), pk)
            self.listed.setdefault((named.kind, fold(name)), pk)
        if named.kind == PERSON:
            for name in named.names:
                parsed = person_name(name)
                self.person_keys.setdefault(parsed.key, pk)
                self.surnames[parsed.surname].add(pk)

    def _parties(self, names: Sequence[str]) -> list[int]:
        return list(dict.fromkeys(pk for pk in map(self._actor, names) if pk is not None))

    def _actor(self, name: str) -> int | None:
        """The entity a participant or party names: this article's own first, then the store's."""
        key = fold(name)
        if not key:
            return None
        if key in self.names:
            return self.names[key]
        parsed = person_name(name)
        if parsed.key in self.person_keys:
            return self.person_keys[parsed.key]
        if not parsed.given and len(self.surnames.get(parsed.surname, ())) == 1:
            return next(iter(self.surnames[parsed.surname]))
        if re.fullmatch(r"[A-Z]{2}", name.strip()):
            code = name.strip()
            stored = _same_code(self.resolver.countries([code]), code)
            return self._add([_Named(COUNTRY, code, [code], stored, code=code, polity=code)])[0]
        known = actor_pks(self.conn, name)
        if not known:  # a group or body the article's sections do not list ("BRICS")
            return self._add([_Named(ORGANIZATION, None, _names(name), None, polity=self._polity([name], None))])[0]
        kind = self.conn.scalar(_KIND, {"pk": known[0]}) or ORGANIZATION
        polity = self._polity([name], None) if kind == ORGANIZATION else None
        match = Match(known[0], f"named as stored: {name!r}")
        return self._add([_Named(kind, None, _names(name), match, polity=polity)])[0]

    def _agreement(self, name: str | None) -> int | None:
        """The agreement an event is about: this article's, else one stored under that name."""
        if not name:
            return None
        if fold(name) in self.agreements:
            return self.agreements[fold(name)]
        stored = self.resolver.named(AGREEMENT, [Named([name])])[0]
        return stored.pk if stored else None

    def _events(self, events: Sequence[EventRecord]) -> tuple[list[int], list[int]]:
        """Each event merged into the stored one it reports, or new; the pks of all the
        article's events, and of those merged."""
        told = [
            EventFacts(
                type=e.type,
                date=e.date,
                place=e.place,
                agreement_pk=self._agreement(e.agreement),
                ordinal=e.ordinal,
                participants=tuple(self._parties(e.participants)),
                published=self.day,
            )
            for e in events
        ]
        reports = list(zip(events, told, self.resolver.events(told), strict=True))
        new = [(e, facts) for e, facts, match in reports if match is None]
        created = self.insert(
            Event,
            [
                {
                    "type": e.type,
                    "date": e.date,
                    "date_text": e.date_text if e.date else None,
                    "place": e.place,
                    "agreement": e.agreement,
                    "agreement_pk": facts.agreement_pk,
                    "ordinal": e.ordinal,
                    "status": e.status,
                }
                for e, facts in new
            ],
        )
        participants = [
            {"event_pk": pk, "entity_pk": p, "position": i, "date": e.date}
            for (e, facts), pk in zip(new, created, strict=True)
            for i, p in enumerate(facts.participants)
        ]
        if participants:
            self.conn.execute(insert(EventParticipant), participants)
        fresh = iter(created)
        pks = [match.pk if match else next(fresh) for _, _, match in reports]
        text = self.extraction.article.text
        if reports:
            self.conn.execute(
                insert(EventSource),
                [
                    {
                        "event_pk": pk,
                        "article_pk": self.article_pk,
                        "local_id": e.id,
                        "type": e.type,
                        "date": e.date,
                        "date_text": e.date_text,
                        "place": e.place,
                        "place_country": self.places.get(e.place) if e.place else None,
                        "agreement": e.agreement,
                        "agreement_pk": facts.agreement_pk,
                        "ordinal": e.ordinal,
                        "status": e.status,
                        "start": e.evidence.start,
                        "end": e.evidence.end,
                        "sentence": text[e.evidence.start : e.evidence.end],
                        "participants": list(facts.participants),
                        "reason": match.reason if match else None,
                    }
                    for (e, facts, match), pk in zip(reports, pks, strict=True)
                ],
            )
        return pks, [match.pk for _, _, match in reports if match]


def _same_code(stored: dict[str, int], code: str) -> Match | None:
    return Match(stored[code], f"same country code {code}") if code in stored else None
