"""Writing one article's extraction, idempotently, inside the caller's transaction.

An article is identified by its URL when it has one, else by the hash of its text: the
same text again is "unchanged"; new text at a known URL is "replaced" (the old article's
facts go, and whatever no other article supports goes with them).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from accord.records import Agreement, Extraction, Person
from accord.records import Event as EventRecord
from accord.store.names import fold, name_key, person_name, short_form
from accord.store.refresh import refresh_entities, refresh_events
from accord.store.resolve import EventFacts, Match, Resolver, actor_pks
from accord.store.schema import (
    AGREEMENT,
    COUNTRY,
    ORGANIZATION,
    PERSON,
    Article,
    Entity,
    EntityName,
    EntitySource,
    Event,
    EventSource,
    Role,
)

STORED, UNCHANGED, REPLACED = "stored", "unchanged", "replaced"


def write(session: Session, extraction: Extraction) -> str:
    article = extraction.article
    key = article.url or article.id
    stored = session.execute(select(Article.pk, Article.id).where(Article.key == key)).first()
    if stored is not None and stored.id == article.id:
        return UNCHANGED
    if stored is None:
        if has_article(session, article.id):
            return UNCHANGED  # the same text under another URL: one copy is enough
        _ArticleWriter(session, extraction, key).write()
        return STORED
    remove_article(session, stored.pk)
    if not has_article(session, article.id):  # else the new text is already stored elsewhere
        _ArticleWriter(session, extraction, key).write()
    return REPLACED


def has_article(session: Session, article_id: str) -> bool:
    return session.scalar(select(Article.pk).where(Article.id == article_id)) is not None


def remove_article(session: Session, article_pk: int) -> None:
    """Delete an article and its facts; merged entities and events are recomputed or dropped."""
    entity_pks = set(session.scalars(
        select(EntitySource.entity_pk).where(EntitySource.article_pk == article_pk)))
    event_pks = set(session.scalars(
        select(EventSource.event_pk).where(EventSource.article_pk == article_pk)))
    session.execute(delete(Article).where(Article.pk == article_pk))
    refresh_events(session, event_pks)
    refresh_entities(session, entity_pks)


class _ArticleWriter:
    """Resolves and writes the facts of one article.

    Invariant: every entity an article's rows point at (a participant, a party) has a source
    row from that article, so that removing any article leaves no dangling reference.
    """

    def __init__(self, session: Session, extraction: Extraction, key: str) -> None:
        self.session = session
        self.extraction = extraction
        a = extraction.article
        self.day = a.published[:10] if a.published else None
        self.article = Article(id=a.id, key=key, url=a.url, title=a.title, published=a.published,
                               source=a.source, text=a.text, record=extraction.to_dict())
        session.add(self.article)
        session.flush()
        self.resolver = Resolver(session, self.article.pk)
        self.names: dict[str, int] = {}  # folded names, aliases and codes of this article's actors
        self.person_keys: dict[str, int] = {}
        self.surnames: dict[str, set[int]] = defaultdict(set)
        self.agreements: dict[str, int] = {}
        self.entities: set[int] = set()
        self.events: set[int] = set()

    def write(self) -> None:
        x = self.extraction
        for c in x.countries:
            self._country(c.code, c.name)
        for o in x.organizations:
            names = [o.name, *o.aliases]
            self._entity(ORGANIZATION, o.id, names, self.resolver.named(ORGANIZATION, names, o.country),
                         country=o.country)
        for p in x.people:
            self._person(p)
        for g in x.agreements:
            self._agreement(g)
        for e in x.events:
            self._event(e)
        self.session.flush()
        refresh_entities(self.session, self.entities)
        refresh_events(self.session, self.events)

    def _entity(self, kind: str, local_id: str | None, names: Iterable[str], match: Match | None, *,
                code: str | None = None, country: str | None = None, date: str | None = None,
                status: str | None = None, parties: list[int] | None = None) -> int:
        unique = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        if match is None:
            entity = Entity(kind=kind, name=unique[0], code=code, country=country)
            self.session.add(entity)
            self.session.flush()
            pk = entity.pk
        else:
            pk = match.pk
        source = EntitySource(entity_pk=pk, article_pk=self.article.pk, local_id=local_id, name=unique[0],
                              reason=match.reason if match else None, country=country, date=date,
                              status=status, parties=parties)
        self.session.add(source)
        self.session.flush()
        self.session.execute(insert(EntityName), [
            {"entity_pk": pk, "source_pk": source.pk, "name": n, "key": name_key(kind, n),
             "short": short_form(kind, n)} for n in unique])
        registry = self.agreements if kind == AGREEMENT else self.names
        for n in unique:
            registry.setdefault(fold(n), pk)
        if kind == PERSON:
            for n in unique:
                parsed = person_name(n)
                self.person_keys.setdefault(parsed.key, pk)
                self.surnames[parsed.surname].add(pk)
        self.entities.add(pk)
        return pk

    def _country(self, code: str, name: str) -> int:
        stored = self.resolver.country(code)
        match = Match(stored, f"same country code {code}") if stored else None
        pk = self._entity(COUNTRY, code, [name], match, code=code)
        self.names.setdefault(fold(code), pk)
        return pk

    def _person(self, p: Person) -> None:
        names = [p.name, *p.aliases]
        country = next((r.country for r in p.roles if r.country), None)
        pk = self._entity(PERSON, p.id, names, self.resolver.person(names, country))
        for role in p.roles:
            self.session.add(Role(entity_pk=pk, article_pk=self.article.pk, title=role.title,
                                  organization=role.organization, country=role.country, seen=self.day))

    def _agreement(self, g: Agreement) -> None:
        parties = list(dict.fromkeys(pk for pk in map(self._actor, g.parties) if pk is not None))
        names = [g.name, *g.aliases]
        self._entity(AGREEMENT, g.id, names, self.resolver.named(AGREEMENT, names, parties=parties),
                     date=g.date, status=g.status, parties=parties)

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
            return self._country(name.strip(), name.strip())
        known = actor_pks(self.session, name)
        if not known:  # a group or body the article's sections do not list ("BRICS")
            return self._entity(ORGANIZATION, None, [name], None)
        kind = self.session.scalar(select(Entity.kind).where(Entity.pk == known[0]))
        return self._entity(kind or ORGANIZATION, None, [name], Match(known[0], f"named as stored: {name!r}"))

    def _event(self, e: EventRecord) -> None:
        participants = tuple(dict.fromkeys(pk for pk in map(self._actor, e.participants) if pk is not None))
        agreement_pk = self.agreements.get(fold(e.agreement)) if e.agreement else None
        if e.agreement and agreement_pk is None:
            stored = self.resolver.named(AGREEMENT, [e.agreement])
            agreement_pk = stored.pk if stored else None
        facts = EventFacts(type=e.type, date=e.date, place=e.place, agreement_pk=agreement_pk,
                           ordinal=e.ordinal, participants=participants, published=self.day)
        match = self.resolver.event(facts)
        if match is None:
            event = Event(type=e.type)
            self.session.add(event)
            self.session.flush()
            pk = event.pk
        else:
            pk = match.pk
        start, end = e.evidence.start, e.evidence.end
        self.session.add(EventSource(
            event_pk=pk, article_pk=self.article.pk, local_id=e.id, type=e.type, date=e.date,
            date_text=e.date_text, place=e.place, agreement=e.agreement, agreement_pk=agreement_pk,
            ordinal=e.ordinal, status=e.status, start=start, end=end,
            sentence=self.extraction.article.text[start:end], participants=list(participants),
            reason=match.reason if match else None))
        self.events.add(pk)
