"""Shared fixtures: real databases.

- `db_url`: a fresh database per test, once on a SQLite file and once on a PostgreSQL
  server (tests that take it run on both backends);
- `kb`: a `Store` opened on `db_url`;
- `postgres`: one PostgreSQL 15 server for the session, started privately with
  initdb/pg_ctl in a temporary folder, listening on a unix socket only. Skipped only when
  the server binaries are not installed (.ci/run installs them).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.config import Config

from accord.records import Agreement, Article, Country, Event, Extraction, Organization, Person, Role, Span
from accord.store import Store
from accord.store import db as store_db

PG_BIN = Path(os.environ.get("ACCORD_PG_BIN", "/usr/lib/postgresql/15/bin"))


@dataclass
class PostgresServer:
    socket_dir: Path
    user: str = "accord"
    _names: Iterator[int] = field(default_factory=itertools.count)

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{database}?host={self.socket_dir}"

    def new_database(self) -> str:
        """A fresh, empty database on this server; its SQLAlchemy URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.admin_url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://{self.user}@/{name}?host={self.socket_dir}"


def _unprivileged_prefix(folder: Path) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as an ordinary account."""
    if os.geteuid() != 0:
        return []
    for account in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(account)
        except KeyError:
            continue
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        return ["runuser", "-u", account, "--"]
    pytest.fail("running as root with no unprivileged account to run PostgreSQL as")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    if not (PG_BIN / "initdb").exists() or not (PG_BIN / "pg_ctl").exists():
        pytest.skip(f"PostgreSQL server binaries not installed in {PG_BIN}")
    folder = Path(tempfile.mkdtemp(prefix="accord-pg-"))  # short: unix socket paths are limited
    as_owner = _unprivileged_prefix(folder)
    data = folder / "data"
    server = PostgresServer(folder)
    subprocess.run(
        [
            *as_owner,
            str(PG_BIN / "initdb"),
            "-D",
            str(data),
            "-U",
            server.user,
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    # No TCP at all; durability off: these databases live for one test session.
    options = f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(
        [
            *as_owner,
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield server
    finally:
        subprocess.run(
            [*as_owner, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.db'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()


@pytest.fixture
def kb(db_url: str) -> Iterator[Store]:
    store = Store(db_url)
    try:
        yield store
    finally:
        store.close()


class Report:
    """An invented article and the facts it states, built by hand: store tests need no
    extractor. Evidence spans point at the sentence of the text that states each event."""

    def __init__(self, text: str, published: str | None, url: str | None = None) -> None:
        self.extraction = Extraction(Article(text=text, title=text.split("\n", 1)[0], published=published, url=url))
        self._ids = itertools.count(1)

    def _id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    def person(
        self,
        name: str,
        *aliases: str,
        title: str | None = None,
        organization: str | None = None,
        country: str | None = None,
    ) -> Report:
        roles = [Role(title, organization, country)] if title else []
        self.extraction.people.append(Person(self._id("p"), name, list(aliases), roles))
        return self

    def organization(self, name: str, *aliases: str, country: str | None = None) -> Report:
        self.extraction.organizations.append(Organization(self._id("o"), name, list(aliases), country))
        return self

    def country(self, code: str, name: str) -> Report:
        self.extraction.countries.append(Country(code, name))
        return self

    def agreement(
        self,
        name: str,
        *aliases: str,
        parties: tuple[str, ...] = (),
        date: str | None = None,
        status: str | None = None,
    ) -> Report:
        self.extraction.agreements.append(Agreement(self._id("g"), name, list(aliases), list(parties), date, status))
        return self

    def event(
        self,
        type: str,
        *participants: str,
        sentence: str,
        date: str | None = None,
        place: str | None = None,
        status: str | None = None,
        agreement: str | None = None,
        ordinal: int | None = None,
    ) -> Report:
        start = self.extraction.article.text.index(sentence)
        evidence = Span(start, start + len(sentence))
        self.extraction.events.append(
            Event(
                self._id("e"),
                type,
                list(participants),
                evidence,
                date=date,
                date_text=date,
                place=place,
                agreement=agreement,
                ordinal=ordinal,
                status=status,
            )
        )
        return self

    def build(self) -> Extraction:
        return self.extraction


def migrate_again(kb: Store, down_to: str, up_to: str = "head") -> None:
    """Take the store's schema down to one revision and up again to another, as an upgrade would."""
    config = Config()
    config.set_main_option("script_location", str(Path(store_db.__file__).with_name("migrations")))
    with store_db.writing(kb.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, down_to)
        command.upgrade(config, up_to)
