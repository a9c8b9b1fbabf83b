"""A killed ingest loses nothing: `accord ingest` is SIGKILLed mid-run, the store it leaves
is checked (SQLite's own integrity checks, every stored article with all its facts, no
orphan rows), the ingest is run again, and the result must equal an uninterrupted ingest of
the same folder into another database.

The articles are invented here (the same ministers meet, call and sign across articles,
so that later articles merge into what earlier ones stored), plus a few dev-corpus files.
`write_articles` and `accord_command` are shared with tests/test_concurrency.py.
"""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
N_DEV = 10
N_INVENTED = 30

# Invented ministers: (name, title, country name, capital).
MINISTERS = (
    ("Renata Haugland", "Foreign Minister", "Norway", "Oslo"),
    ("Dario Valdenegro", "Foreign Minister", "Chile", "Santiago"),
    ("Aigerim Sultanbekova", "Deputy Foreign Minister", "Kazakhstan", "Astana"),
    ("Kenji Morimura", "Foreign Minister", "Japan", "Tokyo"),
    ("Lena Hoffbauer", "Minister of Foreign Affairs", "Austria", "Vienna"),
    ("Priya Raghavendran", "Minister of External Affairs", "India", "New Delhi"),
    ("Mateus Brandolim", "Foreign Minister", "Brazil", "Brasília"),
    ("Ilse Varkonyi", "Foreign Minister", "Hungary", "Budapest"),
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TOPICS = ("renewable energy", "fisheries", "higher education", "customs procedures", "cultural heritage")


def invented_article(i: int) -> str:
    """Article `i`: two of the ministers meet, sign, call or announce a visit, on a day of its own."""
    host = MINISTERS[i % len(MINISTERS)]
    guest = MINISTERS[(i * 3 + 1) % len(MINISTERS)]
    if guest == host:
        guest = MINISTERS[(i + 1) % len(MINISTERS)]
    day, month, year = 1 + i % 27, MONTHS[i % 12], 2022 + i % 3
    topic = TOPICS[i % len(TOPICS)]
    h_name, h_title, h_country, h_city = host
    g_name, g_title, g_country, _ = guest
    g_surname = g_name.split()[-1]
    kind = i % 4
    if kind == 0:
        title = f"{h_country} and {g_country} ministers hold talks in {h_city}"
        body = (
            f"{h_city.upper()}, {day} {month} — {h_title} {h_name} of {h_country} met {g_title} {g_name} "
            f"of {g_country} in {h_city} on {day} {month} {year}. The ministers discussed {topic}."
        )
    elif kind == 1:
        title = f"{h_country} and {g_country} sign memorandum on {topic}"
        body = (
            f"{h_title} {h_name} and {g_title} {g_name} signed a memorandum of understanding on {topic} "
            f"between {h_country} and {g_country} in {h_city} on {day} {month} {year}."
        )
    elif kind == 2:
        title = f"{h_name} and {g_surname} speak by phone"
        body = (
            f"{h_title} {h_name} held a phone call with {g_title} {g_name} of {g_country} on "
            f"{day} {month} {year}. They agreed to deepen cooperation on {topic}."
        )
    else:
        title = f"{g_surname} to visit {h_country}"
        body = (
            f"{g_title} {g_name} of {g_country} will pay an official visit to {h_country} in "
            f"{MONTHS[(i + 1) % 12]} {year}, the ministry of {h_country} said on {day} {month} {year}. "
            f"{g_surname} is expected to meet {h_name} in {h_city}."
        )
    return f"{title}\n\n{day} {month} {year}\n\n{body}\n"


def write_articles(folder: Path, n_invented: int = N_INVENTED, n_dev: int = N_DEV, first: int = 0) -> int:
    """Fill `folder` with invented articles and dev-corpus copies; how many articles it holds.

    `first` picks other articles: invented ones from number `first * n_invented` on, dev files
    from the `first * n_dev`th on.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first * n_invented, (first + 1) * n_invented):
        (folder / f"invented-{i:03d}.txt").write_text(invented_article(i), encoding="utf-8")
    dev = sorted(DEV.glob("*.txt"))[first * n_dev : (first + 1) * n_dev]
    assert len(dev) == n_dev, "the dev corpus is missing"
    for path in dev:
        shutil.copy(path, folder / path.name)
    texts = {p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    assert len(texts) == n_invented + n_dev, "every article must have a text of its own"
    return len(texts)


def accord_command(*args: str) -> list[str]:
    """The `accord` entry point, run by this interpreter."""
    return [sys.executable, "-c", "from accord.cli import main; main()", *args]


def run_accord(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(accord_command(*args), capture_output=True, text=True, timeout=timeout)


def stats(db: Path) -> dict[str, int]:
    done = run_accord("stats", "--db", f"sqlite:///{db}", "--format", "json")
    assert done.returncode == 0, done.stderr
    counts: dict[str, int] = json.loads(done.stdout)
    return counts


def stored_articles(db: Path) -> int:
    """Articles committed so far; 0 while the schema is still being created."""
    connection = sqlite3.connect(db, timeout=0.5)
    try:
        return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


def ingest_killed_midway(folder: Path, db: Path, total: int) -> int:
    """Start an ingest, SIGKILL it once a quarter of the articles are committed; how many were."""
    log = db.with_suffix(".log")
    with log.open("w") as stderr:
        process = subprocess.Popen(
            accord_command("ingest", str(folder), "--db", f"sqlite:///{db}"), stdout=subprocess.DEVNULL, stderr=stderr
        )
        try:
            deadline = time.monotonic() + 180
            while stored_articles(db) < total // 4:
                assert process.poll() is None, f"ingest ended before the kill: {log.read_text()}"
                assert time.monotonic() < deadline, "ingest stored too little in time"
                time.sleep(0.002)
            process.send_signal(signal.SIGKILL)
        finally:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    stored = stored_articles(db)
    assert total // 4 <= stored < total, f"the kill did not land mid-run ({stored} of {total} stored)"
    return stored


def _rows(connection: sqlite3.Connection, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return connection.execute(sql, params).fetchall()


def check_store(db: Path) -> None:
    """SQLite's integrity checks pass, every article has all its facts, nothing is orphaned."""
    connection = sqlite3.connect(db)
    try:
        assert _rows(connection, "PRAGMA integrity_check") == [("ok",)]
        assert _rows(connection, "PRAGMA foreign_key_check") == []
        # The full-text index agrees with the articles table it indexes (rank 1: check contents too).
        connection.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        for pk, record_json in _rows(connection, "SELECT pk, record FROM articles"):
            record = json.loads(record_json)
            _check_article_facts(connection, pk, record)
        # Merged rows exist only while some article supports them.
        assert _rows(connection, "SELECT pk FROM entities WHERE pk NOT IN (SELECT entity_pk FROM entity_sources)") == []
        assert _rows(connection, "SELECT pk FROM events WHERE pk NOT IN (SELECT event_pk FROM event_sources)") == []
        assert (
            _rows(
                connection,
                "SELECT n.pk FROM entity_names n JOIN entity_sources s ON s.pk = n.source_pk "
                "WHERE s.entity_pk != n.entity_pk",
            )
            == []
        )
        # Every participant of a merged event is named by one of its sources.
        for event_pk, participants in _rows(connection, "SELECT event_pk, participants FROM event_sources"):
            stored = {
                p for (p,) in _rows(connection, "SELECT entity_pk FROM event_participants WHERE event_pk = ?", event_pk)
            }
            assert set(json.loads(participants)) <= stored, f"event {event_pk} lost participants"
    finally:
        connection.close()


def _check_article_facts(connection: sqlite3.Connection, pk: int, record: dict[str, Any]) -> None:
    entity_ids = {
        local for (local,) in _rows(connection, "SELECT local_id FROM entity_sources WHERE article_pk = ?", pk)
    }
    wanted = {x["id"] for section in ("people", "organizations", "agreements") for x in record[section]}
    wanted |= {c["code"] for c in record["countries"]}
    assert wanted <= entity_ids, f"article {pk} lost entities {wanted - entity_ids}"
    event_ids = Counter(
        local for (local,) in _rows(connection, "SELECT local_id FROM event_sources WHERE article_pk = ?", pk)
    )
    assert event_ids == Counter(e["id"] for e in record["events"]), f"article {pk}: events differ"
    (roles,) = _rows(connection, "SELECT count(*) FROM roles WHERE article_pk = ?", pk)[0]
    assert roles == sum(len(p["roles"]) for p in record["people"]), f"article {pk}: roles differ"


TABLES = (
    "articles",
    "entities",
    "entity_sources",
    "entity_names",
    "roles",
    "agreement_parties",
    "events",
    "event_sources",
    "event_participants",
)


def content(db: Path) -> dict[str, Any]:
    """What the store holds, independent of row numbering: row counts, records, merged rows."""
    connection = sqlite3.connect(db)
    try:
        names = dict(_rows(connection, "SELECT pk, kind || ':' || name FROM entities"))
        events: Counter[tuple[Any, ...]] = Counter()
        for pk, type_, date, place, agreement, ordinal, status in _rows(
            connection, "SELECT pk, type, date, place, agreement, ordinal, status FROM events"
        ):
            who = tuple(
                names[e]
                for (e,) in _rows(
                    connection, "SELECT entity_pk FROM event_participants WHERE event_pk = ? ORDER BY position", pk
                )
            )
            events[(type_, date, place, agreement, ordinal, status, who)] += 1
        return {
            "rows": {t: _rows(connection, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES},
            "records": dict(_rows(connection, "SELECT id, record FROM articles")),
            "entities": Counter(_rows(connection, "SELECT kind, name, code, country, date, status FROM entities")),
            "events": events,
        }
    finally:
        connection.close()


def test_a_killed_ingest_resumes_to_the_same_store(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    total = write_articles(folder)
    clean_db, crashed_db = tmp_path / "clean.db", tmp_path / "crashed.db"
    # The uninterrupted ingest runs meanwhile: it only has to be done by the comparison.
    clean = subprocess.Popen(
        accord_command("ingest", str(folder), "--db", f"sqlite:///{clean_db}", "--format", "json"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stored_before_kill = ingest_killed_midway(folder, crashed_db, total)
        check_store(crashed_db)

        resumed = run_accord("ingest", str(folder), "--db", f"sqlite:///{crashed_db}", "--format", "json")
        assert resumed.returncode == 0, resumed.stderr
        assert json.loads(resumed.stdout) == {
            "stored": total - stored_before_kill,
            "unchanged": stored_before_kill,
            "replaced": 0,
            "rejected": [],
        }
        out, err = clean.communicate(timeout=300)
    finally:
        clean.kill()
        clean.wait()
    assert clean.returncode == 0, err
    assert json.loads(out) == {"stored": total, "unchanged": 0, "replaced": 0, "rejected": []}

    check_store(crashed_db)
    assert stats(crashed_db) == stats(clean_db)
    assert stats(crashed_db)["articles"] == total
    assert content(crashed_db) == content(clean_db)
