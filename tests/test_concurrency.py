"""Several processes on one SQLite store (WAL), as `accord serve` and `accord ingest` run.

- The web app reads while an ingest writes: every response during the ingest is a 200, the
  counts never go down, and once the ingest is done the API's counts are the store's.
- The web app writes (POST /api/articles) while an ingest writes: both are stored.
- Two ingests write at once: both finish, every article is stored once, the store is whole.
- Processes opening a new store at the same moment all get it (the schema is created once).

The last three catch races: with the bug they guard against, they fail most runs, not all.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path

import httpx
import pytest
from test_crash_safety import accord_command, check_store, invented_article, run_accord, stats, write_articles

PAGES = ("/", "/articles", "/people", "/organizations", "/agreements", "/api/events", "/api/network")
COUNTS = ("articles", "people", "organizations", "events", "agreements")
TOKEN = "concurrency-token-5d2a"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[httpx.Client, Path]]:
    """`accord serve` on a new SQLite store; a client on it, and the store's path."""
    db = tmp_path / "shared.db"
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        accord_command("serve", "--db", f"sqlite:///{db}", "--port", str(port)),
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ACCORD_TOKEN": TOKEN},
    )
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "accord serve did not answer in time"
            try:
                if client.get("/api/stats").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield client, db
    finally:
        client.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_reads_during_an_ingest_see_only_growing_counts(server: tuple[httpx.Client, Path], tmp_path: Path) -> None:
    client, db = server
    # Three chunks, each written as soon as the ingest's own process has extracted it: the store is
    # partly written for most of the run (the pool's path is tested in test_batch.py).
    total = write_articles(tmp_path / "articles", n_invented=40, n_dev=8)
    ingest = subprocess.Popen(
        accord_command(
            "ingest", str(tmp_path / "articles"), "--db", f"sqlite:///{db}", "--format", "json", "--workers", "1"
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[dict[str, int]] = []
    failures: list[str] = []
    pages = cycle(PAGES)
    try:
        while ingest.poll() is None:
            response = client.get("/api/stats")
            if response.status_code != 200:
                failures.append(f"/api/stats: {response.status_code} {response.text[:200]}")
            else:
                seen.append(response.json())
            path = next(pages)
            page = client.get(path)
            if page.status_code != 200:
                failures.append(f"{path}: {page.status_code} {page.text[:200]}")
        out, err = ingest.communicate(timeout=60)
    finally:
        ingest.kill()
        ingest.wait()
    assert ingest.returncode == 0, err
    assert json.loads(out)["stored"] == total
    assert failures == []
    for earlier, later in zip(seen, seen[1:], strict=False):
        assert all(later[k] >= earlier[k] for k in COUNTS), f"counts went down: {earlier} -> {later}"
    # The reads overlapped the writes: some answers saw a store partly filled.
    assert any(0 < s["articles"] < total for s in seen), [s["articles"] for s in seen]

    final = client.get("/api/stats")
    assert final.status_code == 200
    done = run_accord("stats", "--db", f"sqlite:///{db}", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert final.json() == json.loads(done.stdout)
    assert final.json()["articles"] == total
    assert all(final.json()[k] >= seen[-1][k] for k in COUNTS)


def test_posts_during_an_ingest_are_stored(server: tuple[httpx.Client, Path], tmp_path: Path) -> None:
    client, db = server
    auth = {"Authorization": f"Bearer {TOKEN}"}
    # The first post loads the server's model: done before the ingest, so later posts are quick.
    assert client.post("/api/articles", json={"text": invented_article(99)}, headers=auth).status_code == 201
    # Three chunks, extracted in the ingest's own process: each is written (one transaction) as soon
    # as it is extracted, so the store is partly written for most of the run, not for a moment.
    total = write_articles(tmp_path / "articles", n_invented=40, n_dev=8)
    ingest = subprocess.Popen(
        accord_command("ingest", str(tmp_path / "articles"), "--db", f"sqlite:///{db}", "--workers", "1"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    posted: list[tuple[int, str]] = []
    overlapping = 0
    try:
        while ingest.poll() is None:
            stored = client.get("/api/stats").json()["articles"] - 1 - len(posted)
            if stored <= 0:  # the ingest is still loading its model
                time.sleep(0.05)
                continue
            overlapping += stored < total
            response = client.post("/api/articles", json={"text": invented_article(100 + len(posted))}, headers=auth)
            posted.append((response.status_code, response.text[:300]))
        _, err = ingest.communicate(timeout=120)
    finally:
        ingest.kill()
        ingest.wait()
    assert ingest.returncode == 0, err
    assert overlapping, "no post was made while the ingest was writing"
    assert all(status == 201 for status, _ in posted), posted
    assert client.get("/api/stats").json()["articles"] == total + 1 + len(posted)
    check_store(db)


def _stored_from(db: Path, folder: Path) -> int:
    """Articles committed from files in `folder`; 0 while the store is still being made."""
    if not db.exists():
        return 0
    connection = sqlite3.connect(db, timeout=5)
    try:
        query = "SELECT count(*) FROM articles WHERE source LIKE ?"
        return int(connection.execute(query, (f"{folder}/%",)).fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


def test_two_ingests_at_once_store_everything(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    assert run_accord("stats", "--db", f"sqlite:///{db}").returncode == 0  # the schema, made beforehand
    # Two folders of the same size and make, each three chunks long, each ingest in one process:
    # each writes a chunk as soon as it is extracted, so their writes are spread over their whole
    # runs, not bunched at the end (with a pool, a loaded machine could finish one ingest before
    # the other wrote anything).
    folders = (tmp_path / "first", tmp_path / "second")
    total = sum(write_articles(folder, n_invented=40, n_dev=8, first=n) for n, folder in enumerate(folders))
    ingests = [
        subprocess.Popen(
            accord_command("ingest", str(folder), "--db", f"sqlite:///{db}", "--format", "json", "--workers", "1"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders
    ]
    overlapped = False
    try:
        while all(ingest.poll() is None for ingest in ingests):
            overlapped = overlapped or all(_stored_from(db, folder) for folder in folders)
            time.sleep(0.05)
        results = [ingest.communicate(timeout=300) for ingest in ingests]
    finally:
        for ingest in ingests:
            ingest.kill()
            ingest.wait()
    for ingest, (_, err) in zip(ingests, results, strict=True):
        assert ingest.returncode == 0, err[-2000:]
    assert sum(json.loads(out)["stored"] for out, _ in results) == total
    assert overlapped, "the two ingests did not write at the same time"
    assert stats(db)["articles"] == total
    check_store(db)


OPEN = """
import sys, time
from accord.store import Store
while time.time() < float(sys.argv[2]):
    pass
Store(sys.argv[1]).close()
"""


def test_processes_opening_a_new_store_together_all_get_it(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    start = time.time() + 3  # after every process has imported accord
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, f"sqlite:///{db}", str(start)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    errors = [opener.communicate(timeout=120)[1] for opener in openers]
    assert [opener.returncode for opener in openers] == [0] * 4, "\n".join(errors)[-2000:]
    assert stats(db)["articles"] == 0
