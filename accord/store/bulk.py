"""Loading many new articles fast: for imports of data known to be consistent, and benchmarks.

`Store.write` resolves each article against everything stored, in a transaction of its
own. `bulk_write` loads thousands of articles per transaction in a few statements per
table, and so resolves less: an entity is matched by the exact key of its name (no
spelling variants, acronyms or surnames alone), events are never merged, and an entity's
fields stay as the first article gave them, and a person counts for the polity of the
office the reporting article gives them (no role history across articles). Articles already
stored (by id) are skipped. The rows it writes are the same rows `write` writes; later
`write`s resolve against them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select

from accord.polities import body_polity
from accord.records import Extraction
from accord.store import pairs
from accord.store.db import writing
from accord.store.names import fold, name_key, short_form
from accord.store.refresh import most_common
from accord.store.rollup import Office, Participant, own_polity, representative_row, representatives
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
    EventPolity,
    EventRepresentative,
    EventSource,
    Role,
)

Key = tuple[str, str]  # (kind, name key; a country's code)
_CHUNK = 900  # keys per lookup query


def bulk_write(engine: Engine, extractions: Iterable[Extraction], batch_size: int = 2000) -> int:
    """Store new articles, `batch_size` per transaction; the number stored."""
    loader = _Loader()
    stored = 0
    for batch in _batches(extractions, batch_size):
        with writing(engine) as conn:
            stored += loader.load(conn, batch)
    return stored


def _batches(items: Iterable[Extraction], size: int) -> Iterator[list[Extraction]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Keys:
    """Name keys, computed once per name: a bulk load meets the same names over and over."""

    def __init__(self) -> None:
        self.folded: dict[str, str] = {}
        self.keyed: dict[tuple[str, str], tuple[str, str | None]] = {}

    def fold(self, name: str) -> str:
        if name not in self.folded:
            self.folded[name] = fold(name)
        return self.folded[name]

    def key(self, kind: str, name: str) -> tuple[str, str | None]:
        """(key, short form) of a name."""
        if (kind, name) not in self.keyed:
            self.keyed[(kind, name)] = (name_key(kind, name), short_form(kind, name))
        return self.keyed[(kind, name)]


class _Mentions:
    """One article's actors: each thing it names, keyed, with what the article says of it."""

    def __init__(self, x: Extraction, keys: _Keys) -> None:
        self.keys = keys
        self.things: dict[Key, dict[str, Any]] = {}
        self.refs: dict[str, Key] = {}  # folded name or code -> key
        self.states = {c.name: c.code for c in x.countries}
        self.places = {p.name: p.country for p in x.places if p.country} | self.states
        for c in x.countries:
            self._add(COUNTRY, [c.name], c.code, code=c.code, polity=c.code)
        for o in x.organizations:
            names = [o.name, *o.aliases]
            self._add(ORGANIZATION, names, o.id, country=o.country, polity=body_polity(names, o.country, self.states))
        for p in x.people:
            self._add(
                PERSON,
                [p.name, *p.aliases],
                p.id,
                roles=p.roles,
                country=most_common(r.country for r in p.roles if r.country),
            )
        for g in x.agreements:
            self._add(AGREEMENT, [g.name, *g.aliases], g.id, date=g.date, status=g.status, parties=g.parties)
        for name in [*(p for g in x.agreements for p in g.parties), *(p for e in x.events for p in e.participants)]:
            self.actor(name)

    def _add(self, kind: str, names: list[str], local_id: str | None, **facts: Any) -> Key | None:
        names = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        if not names:
            return None
        key = (kind, facts["code"] if kind == COUNTRY else self.keys.key(kind, names[0])[0])
        thing = self.things.setdefault(key, {"kind": kind, "names": [], "local_id": local_id} | facts)
        thing["names"] = list(dict.fromkeys(thing["names"] + names))
        for name in names:
            self.refs.setdefault(self.keys.fold(name), key)
        if kind == COUNTRY:
            self.refs.setdefault(self.keys.fold(facts["code"]), key)
        return key

    def actor(self, name: str) -> Key | None:
        """What a participant or party names; a body the article does not list becomes one."""
        folded = self.keys.fold(name)
        if folded in self.refs:
            return self.refs[folded]
        if re.fullmatch(r"[A-Z]{2}", name.strip()):
            return self._add(COUNTRY, [name], None, code=name.strip(), polity=name.strip())
        return self._add(ORGANIZATION, [name], None, polity=body_polity([name], None, self.states))


class _Loader:
    def __init__(self) -> None:
        self.known: dict[Key, int] = {}  # entities stored, by key
        self.keys = _Keys()

    def load(self, conn: Connection, batch: Sequence[Extraction]) -> int:
        insert_rows = Inserter(conn)
        stored = set(conn.scalars(select(Article.id).where(Article.id.in_([x.article.id for x in batch]))))
        fresh = list({x.article.id: x for x in batch if x.article.id not in stored}.values())
        if not fresh:
            return 0
        article_pks = insert_rows(
            Article,
            [
                {
                    "id": x.article.id,
                    "key": x.article.url or x.article.id,
                    "url": x.article.url,
                    "title": x.article.title,
                    "published": x.article.published,
                    "source": x.article.source,
                    "text": x.article.text,
                    "record": x.to_dict(),
                }
                for x in fresh
            ],
        )
        mentions = [_Mentions(x, self.keys) for x in fresh]
        self._lookup(conn, {key for m in mentions for key in m.things})
        new = {key: thing for m in mentions for key, thing in m.things.items() if key not in self.known}
        rows = [
            {
                "kind": t["kind"],
                "name": t["names"][0],
                "code": t.get("code"),
                "country": t.get("country"),
                "date": t.get("date"),
                "status": t.get("status"),
                "polity": t.get("polity"),
            }
            for t in new.values()
        ]
        self.known.update(zip(new, insert_rows(Entity, rows), strict=True))
        self._sources(conn, insert_rows, fresh, article_pks, mentions)
        self._events(conn, insert_rows, fresh, article_pks, mentions)
        return len(fresh)

    def _lookup(self, conn: Connection, keys: set[Key]) -> None:
        """Learn the pks of entities stored before this loader ran."""
        missing = sorted(k for k in keys if k not in self.known)
        for i in range(0, len(missing), _CHUNK):
            chunk = missing[i : i + _CHUNK]
            codes = [code for kind, code in chunk if kind == COUNTRY]
            for code, pk in conn.execute(
                select(Entity.code, func.min(Entity.pk))
                .group_by(Entity.code)
                .where(Entity.kind == COUNTRY, Entity.code.in_(codes))
            ):
                if code:
                    self.known[(COUNTRY, code)] = pk
            wanted = {k for k in chunk if k[0] != COUNTRY}
            for kind, key, pk in conn.execute(
                select(Entity.kind, EntityName.key, func.min(Entity.pk))
                .join(Entity, Entity.pk == EntityName.entity_pk)
                .where(EntityName.key.in_({key for _, key in wanted}))
                .group_by(Entity.kind, EntityName.key)
            ):
                if (kind, key) in wanted:
                    self.known[(kind, key)] = pk

    def _sources(
        self,
        conn: Connection,
        insert_rows: Inserter,
        fresh: Sequence[Extraction],
        article_pks: Sequence[int],
        mentions: Sequence[_Mentions],
    ) -> None:
        told = [
            (article_pk, x.article.published, self.known[key], thing, self._pks(m, thing.get("parties")))
            for x, article_pk, m in zip(fresh, article_pks, mentions, strict=True)
            for key, thing in m.things.items()
        ]
        source_pks = insert_rows(
            EntitySource,
            [
                {
                    "entity_pk": pk,
                    "article_pk": article_pk,
                    "local_id": t["local_id"],
                    "name": t["names"][0],
                    "reason": None,
                    "country": t.get("country"),
                    "date": t.get("date"),
                    "status": t.get("status"),
                    "parties": parties or None,
                    "polity": t.get("polity"),
                }
                for article_pk, _, pk, t, parties in told
            ],
        )
        conn.execute(
            insert(EntityName),
            [
                {"entity_pk": pk, "source_pk": source, "name": name, "key": key, "short": short}
                for (_, _, pk, t, _), source in zip(told, source_pks, strict=True)
                for name in t["names"]
                for key, short in [self.keys.key(t["kind"], name)]
            ],
        )
        roles = [
            {
                "entity_pk": pk,
                "article_pk": article_pk,
                "title": r.title,
                "organization": r.organization,
                "country": r.country,
                "seen": published[:10] if published else None,
            }
            for article_pk, published, pk, t, _ in told
            for r in t.get("roles") or []
        ]
        if roles:
            conn.execute(insert(Role), roles)
        parties = sorted({(pk, party) for _, _, pk, _, pks in told for party in pks if party != pk})
        if parties:
            conn.execute(insert(AgreementParty), [{"agreement_pk": a, "party_pk": p} for a, p in parties])

    def _pks(self, mentions: _Mentions, names: Iterable[str] | None) -> list[int]:
        """The entities names refer to in one article, each once."""
        return list(dict.fromkeys(self.known[k] for k in map(mentions.actor, names or []) if k))

    def _events(
        self,
        conn: Connection,
        insert_rows: Inserter,
        fresh: Sequence[Extraction],
        article_pks: Sequence[int],
        mentions: Sequence[_Mentions],
    ) -> None:
        reports = []
        casts = []
        for x, article_pk, m in zip(fresh, article_pks, mentions, strict=True):
            cast = {self.known[key]: thing for key, thing in m.things.items()}
            for e in x.events:
                who = self._pks(m, e.participants)
                agreement = m.refs.get(self.keys.fold(e.agreement)) if e.agreement else None
                reports.append((x, article_pk, e, who, self.known.get(agreement) if agreement else None))
                casts.append((cast, m.places))
        event_pks = insert_rows(
            Event,
            [
                {
                    "type": e.type,
                    "date": e.date,
                    "date_text": e.date_text if e.date else None,
                    "place": e.place,
                    "agreement": e.agreement,
                    "agreement_pk": agreement_pk,
                    "ordinal": e.ordinal,
                    "status": e.status,
                }
                for _, _, e, _, agreement_pk in reports
            ],
        )
        if not reports:
            return
        conn.execute(
            insert(EventParticipant),
            [
                {"event_pk": pk, "entity_pk": who, "position": i, "date": e.date}
                for (_, _, e, participants, _), pk in zip(reports, event_pks, strict=True)
                for i, who in enumerate(participants)
            ],
        )
        conn.execute(
            insert(EventSource),
            [
                {
                    "event_pk": pk,
                    "article_pk": article_pk,
                    "local_id": e.id,
                    "type": e.type,
                    "date": e.date,
                    "date_text": e.date_text,
                    "place": e.place,
                    "place_country": places.get(e.place) if e.place else None,
                    "agreement": e.agreement,
                    "agreement_pk": agreement_pk,
                    "ordinal": e.ordinal,
                    "status": e.status,
                    "start": e.evidence.start,
                    "end": e.evidence.end,
                    "sentence": x.article.text[e.evidence.start : e.evidence.end],
                    "participants": participants,
                    "reason": None,
                }
                for (x, article_pk, e, participants, agreement_pk), pk, (_, places) in zip(
                    reports, event_pks, casts, strict=True
                )
            ],
        )
        self._roll_up(conn, reports, event_pks, casts)

    def _roll_up(
        self, conn: Connection, reports: Sequence[Any], event_pks: Sequence[int], casts: Sequence[Any]
    ) -> None:
        """The events' polities, from the offices their own article gives (see the module doc)."""
        polities: list[dict[str, Any]] = []
        reps: list[dict[str, Any]] = []
        for (x, article_pk, e, who, _), pk, (cast, places) in zip(reports, event_pks, casts, strict=True):
            day = (x.article.published or "")[:10] or None
            participants = [
                Participant(
                    p,
                    cast[p]["kind"],
                    cast[p]["names"][0],
                    own_polity(cast[p]["kind"], p, cast[p].get("code"), cast[p].get("polity")),
                )
                for p in who
            ]
            offices = {
                p: [
                    Office(
                        article_pk, day, r.title, r.organization, r.country or body_polity([r.organization or ""], None)
                    )
                    for r in cast[p].get("roles") or []
                ]
                for p in who
            }
            place_country = places.get(e.place) if e.place else None
            found = representatives(e.type, e.date or day, e.place, place_country, participants, offices, {article_pk})
            polities += [
                {"event_pk": pk, "polity": c, "date": e.date, "type": e.type}
                for c in dict.fromkeys(r.polity for r in found)
            ]
            reps += [{"event_pk": pk} | representative_row(r) for r in found]
        if polities:
            conn.execute(insert(EventPolity), polities)
        pairs.tally(conn, [], polities)
        if reps:
            conn.execute(insert(EventRepresentative), reps)
