"""`Store`: the knowledge base behind one database URL (the contract is docs/store-api.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from accord.errors import StoreError, UsageError
from accord.event_types import registry
from accord.records import Extraction
from accord.settings import Settings
from accord.store import queries, relations
from accord.store.bulk import bulk_write
from accord.store.db import open_engine, writing
from accord.store.search import search
from accord.store.write import has_article, stored_ids, write

Json = dict[str, Any]
NETWORK_LEVELS = ("actor", "country")  # a network's nodes: who took part, or the polities they stood for
_BEYOND_ANY_TABLE = 2**62  # databases take 64-bit integers only
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _date(value: str | None) -> str | None:
    """A date filter as given, if it is an ISO date at any precision (2023, 2023-01, 2023-01-24)."""
    m = _ISO_DATE.fullmatch(value) if value is not None else None
    if value is not None and not (m and _real(int(m[1]), int(m[2] or 1), int(m[3] or 1))):
        raise UsageError(f"{value!r} is not a date like 2023, 2023-01 or 2023-01-24")
    return value


def _real(year: int, month: int, day: int) -> bool:
    try:
        return date(year, month, day) is not None
    except ValueError:
        return False


def _event_type(value: str | None) -> str | None:
    if value is not None and value not in registry().types:
        raise UsageError(f"{value!r} is not an event type: {', '.join(registry().names)}")
    return value


def _by(value: str) -> str:
    if value not in NETWORK_LEVELS:
        raise UsageError(f"{value!r} is not a network level: {', '.join(NETWORK_LEVELS)}")
    return value


def _count(value: int | None, what: str) -> int | None:
    """A limit or offset; one past any table's size is as good as any larger."""
    if value is not None and value < 0:
        raise UsageError(f"{what} cannot be negative")
    return None if value is None else min(value, _BEYOND_ANY_TABLE)


def _write_in_savepoint(connection: Connection, extraction: Extraction) -> str | StoreError:
    savepoint = connection.begin_nested()
    try:
        outcome = write(connection, extraction)
    except SQLAlchemyError as exc:
        savepoint.rollback()  # raises in turn when the transaction itself is lost
        return StoreError(f"could not store article: {exc}", source=extraction.article.source)
    savepoint.commit()
    return outcome


class Store:
    """Open with a URL ("sqlite:///kb.db", a bare path, "postgresql://..."); default: ACCORD_DB.

    Every method runs in its own transaction; `write` is one transaction per article.
    Filters that make no sense (a date that is not one, an unknown event type, a negative
    limit) raise UsageError.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = url or Settings().db_url
        self.engine = open_engine(self.url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _reading(self) -> Connection:
        """A connection for reading (queries take rows, not ORM objects: they are many)."""
        return self.engine.connect()

    def write(self, extraction: Extraction) -> str:
        """Store one article's facts: "stored", "unchanged" or "replaced"."""
        try:
            with writing(self.engine) as connection:
                return write(connection, extraction)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store article: {exc}", source=extraction.article.source) from exc

    def write_many(self, extractions: Sequence[Extraction]) -> list[str | StoreError]:
        """Store a batch of articles in one transaction, each in a savepoint of its own.

        One commit for the batch instead of one per article; an article the database
        refuses loses only its savepoint and comes back as a StoreError in its place. An
        error the transaction cannot survive (a lost connection) raises, storing nothing.
        """
        outcomes: list[str | StoreError] = []
        try:
            with writing(self.engine) as connection:
                for extraction in extractions:
                    outcomes.append(_write_in_savepoint(connection, extraction))
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store {len(extractions)} articles: {exc}") from exc
        return outcomes

    def bulk_write(self, extractions: Iterable[Extraction], batch_size: int = 2000) -> int:
        """Store many new articles fast, resolving names by exact key only (see accord.store.bulk)."""
        try:
            return bulk_write(self.engine, extractions, batch_size)
        except SQLAlchemyError as exc:
            raise StoreError(f"bulk load failed: {exc}") from exc

    def has_article(self, article_id: str) -> bool:
        with self._reading() as db:
            return has_article(db, article_id)

    def has_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored: one query per thousand ids."""
        with self._reading() as db:
            return stored_ids(db, article_ids)

    def stats(self) -> Json:
        with self._reading() as db:
            return queries.stats(db)

    def articles(self, limit: int = 50, offset: int = 0) -> list[Json]:
        with self._reading() as db:
            return queries.articles(db, _count(limit, "limit") or 0, _count(offset, "offset") or 0)

    def article(self, article_id: str) -> Json | None:
        with self._reading() as db:
            return queries.article(db, article_id)

    def people(self, country: str | None = None, limit: int | None = None) -> list[Json]:
        with self._reading() as db:
            return queries.people(db, country, _count(limit, "limit"))

    def person(self, name_or_id: str, events_limit: int | None = None) -> Json | None:
        with self._reading() as db:
            return queries.person(db, name_or_id, _count(events_limit, "events_limit"))

    def organizations(self, limit: int | None = None) -> list[Json]:
        with self._reading() as db:
            return queries.organizations(db, _count(limit, "limit"))

    def organization(self, name_or_id: str) -> Json | None:
        with self._reading() as db:
            return queries.organization(db, name_or_id)

    def country(self, code: str, events_limit: int | None = None) -> Json | None:
        """A country, with its counterparts (those it has events with, most first; the
        overview's first page, the rest through `relations`)."""
        with self._reading() as db:
            found = queries.country(db, code, _count(events_limit, "events_limit"))
            if found is not None:
                found["counterparts"] = (relations.overview(db, found["code"]) or {}).get("counterparts", [])
            return found

    def events(
        self,
        actor: str | None = None,
        between: tuple[str, str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        type: str | None = None,
        limit: int | None = None,
    ) -> list[Json]:
        with self._reading() as db:
            return queries.events(
                db,
                actor=actor,
                between=between,
                date_from=_date(date_from),
                date_to=_date(date_to),
                type=_event_type(type),
                limit=_count(limit, "limit"),
            )

    def network(
        self,
        actor: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        type: str | None = None,
        limit: int | None = None,
        by: str = "actor",
    ) -> Json:
        """Who took part in events with whom; `by` "country" joins people and bodies into the
        polities they stood for."""
        with self._reading() as db:
            return queries.network(
                db, actor, _date(date_from), _date(date_to), _event_type(type), _count(limit, "limit"), _by(by)
            )

    def agreements(self, party: str | None = None) -> list[Json]:
        with self._reading() as db:
            return queries.agreements(db, party)

    def upcoming(self, date_from: str | None = None) -> list[Json]:
        with self._reading() as db:
            return queries.upcoming(db, _date(date_from))

    def search(self, text: str, limit: int = 20) -> list[Json]:
        with self._reading() as db:
            return search(db, text, _count(limit, "limit") or 0)

    def relation(self, a: str, b: str, today: str | None = None) -> Json:
        """What `a` and `b` did together (see accord.store.relations); the calendar from
        `today` (default: today)."""
        with self._reading() as db:
            return relations.relation(db, a, b, _date(today))

    def relations(self, polity: str, limit: int | None = relations.OVERVIEW_PAGE, offset: int = 0) -> Json | None:
        """A state's or body's counterparts, most events first, `limit` of them (None: all)
        from the `offset`th, with how many there are in all; None when it is no polity."""
        with self._reading() as db:
            return relations.overview(db, polity, _count(limit, "limit"), _count(offset, "offset") or 0)

    def iter_records(self) -> Iterator[Json]:
        with self._reading() as db:
            yield from queries.iter_records(db)
