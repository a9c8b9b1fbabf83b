"""Opening a database: the engine, SQLite's connection settings, migrations on open."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError

from accord.errors import StoreError
from accord.settings import normalise_db_url

_WRITES = "accord_writes"  # execution option marking a transaction that will write
_WRITE_LOCK = 0x6163636F7264  # the PostgreSQL advisory lock writers take turns on ("accord")


def database_url(url: str) -> str:
    """A bare path is a SQLite file; `postgresql://` means the psycopg 3 driver we ship."""
    url = normalise_db_url(url)
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def open_engine(url: str) -> Engine:
    """An engine on `url` with the schema migrated to the latest revision."""
    full = database_url(url)
    try:
        engine = create_engine(full, pool_pre_ping=not full.startswith("sqlite"))
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot use database {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "before_cursor_execute", _without_nul, retval=True)
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open database {url!r}: {getattr(exc, 'orig', None) or exc}") from exc
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy, not the sqlite3 module, decides where transactions begin (see _sqlite_begin),
    # so that DDL and reads are transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")  # replacing an article cascades to its facts
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, and much faster per commit
    cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """WAL, so that readers (the web app) never block the writer.

    SQLite answers "locked" at once, without waiting, to a switch racing another process's
    switch on a new file, so that case is retried here.
    """
    for attempt in range(200):
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 199:
                raise
            time.sleep(0.05)


def _without_nul(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _executemany: bool
) -> tuple[str, Any]:
    """PostgreSQL refuses NUL in text ("?country=a%00b" was a 500): in a string parameter it becomes a
    space, which keeps the length, so offsets into a stored text still hold."""
    return statement, _clean(parameters)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", " ") if "\x00" in value else value
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_clean(v) for v in value)
    return value


def _sqlite_begin(connection: Connection) -> None:
    # A writing transaction takes SQLite's write lock at once: concurrent writers then wait
    # for each other (busy_timeout) instead of failing when one's snapshot has gone stale.
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that will write: committed at the end, rolled back on error.

    Writers take turns (SQLite's write lock, a PostgreSQL advisory lock): resolving an
    article against the store needs a store no one else is changing meanwhile.
    """
    with engine.connect().execution_options(**{_WRITES: True}) as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK})
        yield connection


def migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with writing(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
