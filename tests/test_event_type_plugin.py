"""An event type added from outside accord, through the `accord.event_types` entry point group.

A tiny distribution written here (a `*.dist-info` folder and a module with the type's
TypeInfo, handler and trigger rows) is put on PYTHONPATH, and accord's own commands are run
in subprocesses: the invented type must reach the record, the store, the PLOVER export and
the web pages, and a broken entry must stop accord with a message that names it.
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
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ACCORD = str(Path(sys.executable).with_name("accord"))
ENTRY = "accord_truce:CEASEFIRE"

# Invented: the people and the happening are no one's and nothing's.
SENTENCE = (
    "SANTIAGO, 5 March — Chile and Peru declared a ceasefire along their northern border on 4 March 2025, "
    "Defence Minister Rosalind Quenta of Chile said on Wednesday."
)
ARTICLE = f"Chile and Peru declare a ceasefire on the border\n\n5 March 2025\n\n{SENTENCE}\n"

MODULE = """
from pathlib import Path

from accord.event_types import EventTypePlugin, TypeInfo


def {handler}:
    draft.participants = reading.parties or reading.people
    return None


CEASEFIRE = EventTypePlugin(
    TypeInfo(6, "ceasefire", plover=("CONCEDE", None), participants="the sides that stop fighting"),
    sides,
    Path(__file__).with_name("triggers.jsonl"),
)
"""
GOOD_HANDLER = "sides(finder, draft, reading)"
TRIGGER = {"id": "ceasefire.declared", "type": "ceasefire", "pattern": r"\b(?:declared|agreed to) a ceasefire\b"}


@dataclass(frozen=True)
class Installed:
    env: dict[str, str]
    folder: Path
    article: Path
    db: Path


def install(
    folder: Path, handler: str = GOOD_HANDLER, trigger: dict[str, str] = TRIGGER, name: str = "ceasefire"
) -> dict[str, str]:
    """Writes the distribution in `folder`; the environment that has it installed."""
    (folder / "accord_truce").mkdir(parents=True)
    (folder / "accord_truce" / "__init__.py").write_text(MODULE.format(handler=handler))
    (folder / "accord_truce" / "triggers.jsonl").write_text(json.dumps(trigger) + "\n")
    meta = folder / "accord_truce-0.1.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: accord-truce\nVersion: 0.1\n")
    (meta / "entry_points.txt").write_text(f"[accord.event_types]\n{name} = {ENTRY}\n")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")]))}


def accord(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ACCORD, *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    folder = tmp_path_factory.mktemp("plugin")
    env = install(folder / "site")
    article = folder / "ceasefire.txt"
    article.write_text(ARTICLE)
    db = folder / "kb.db"
    done = accord(env, "ingest", str(article), "--workers", "1", "--db", str(db), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["stored"] == 1
    return Installed(env, folder, article, db)


def test_the_record_has_the_new_type(installed: Installed) -> None:
    done = accord(installed.env, "extract", str(installed.article))
    assert done.returncode == 0, done.stderr
    (event,) = [e for e in json.loads(done.stdout)["events"] if e["type"] == "ceasefire"]
    assert event["participants"] == ["Chile", "Peru"]
    assert event["date"] == "2025-03-04"
    assert event["provenance"] == {"rule": "ceasefire.declared"}
    assert ARTICLE[event["evidence"]["start"] : event["evidence"]["end"]].startswith("SANTIAGO, 5 March")


def test_the_store_keeps_it_and_queries_it_by_type(installed: Installed) -> None:
    with sqlite3.connect(installed.db) as db:
        assert db.execute("SELECT type, date FROM events WHERE type = 'ceasefire'").fetchall() == [
            ("ceasefire", "2025-03-04")
        ]
    done = accord(installed.env, "timeline", "--type", "ceasefire", "--db", str(installed.db), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert [e["participants"] for e in json.loads(done.stdout)] == [["Chile", "Peru"]]
    # Without the distribution the type is unknown: it came from the entry, not from accord.
    bare = {k: v for k, v in installed.env.items() if k != "PYTHONPATH"}
    refused = accord(bare, "timeline", "--type", "ceasefire", "--db", str(installed.db))
    assert refused.returncode == 2 and "'ceasefire' is not an event type" in refused.stderr


def test_the_plover_export_has_the_entry_category(installed: Installed) -> None:
    out = installed.folder / "events.jsonl"
    done = accord(
        installed.env, "export", "--format", "plover", "--out", str(out), "--force", "--db", str(installed.db)
    )
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["event"] == ["CONCEDE"]
    assert record["date"] == "2025-03-04"
    assert "quad_code" not in record  # a category whose quad the export does not know
    assert record["text"] == SENTENCE


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture()
def served(installed: Installed) -> Iterator[httpx.Client]:
    port = _free_port()
    server = subprocess.Popen(
        [ACCORD, "serve", "--db", str(installed.db), "--port", str(port)],
        env=installed.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/api/stats")
                    break
                except httpx.TransportError:
                    assert server.poll() is None and time.monotonic() < deadline, "accord serve did not start"
                    time.sleep(0.2)
            yield client
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_web_app_lists_and_shows_it(served: httpx.Client) -> None:
    page = served.get("/timeline", params={"type": "ceasefire"})
    assert page.status_code == 200
    assert '<option value="ceasefire" selected>ceasefire</option>' in page.text
    events = served.get("/api/events", params={"type": "ceasefire"}).json()
    assert [(e["type"], e["participants"]) for e in events] == [("ceasefire", ["Chile", "Peru"])]
    article = served.get(f"/articles/{events[0]['sources'][0]['article_id']}")
    assert article.status_code == 200
    assert '<span class="badge type-ceasefire">ceasefire</span>' in article.text
    assert "declared a ceasefire along their northern border" in article.text


@pytest.mark.parametrize(
    ("name", "handler", "trigger", "reason"),
    [
        ("ceasefire", "sides(draft, reading)", TRIGGER, "'sides' cannot be called as handler(finder, draft, reading)"),
        ("ceasefire", GOOD_HANDLER, {**TRIGGER, "type": "truce"}, "has type 'truce', which nobody registered"),
        # The store's type columns hold 16 characters.
        ("consultation-round", GOOD_HANDLER, TRIGGER, "at most 16 long"),
    ],
    ids=["bad-handler", "unregistered-trigger", "name-too-long"],
)
def test_a_broken_entry_stops_accord_naming_it(
    tmp_path: Path, name: str, handler: str, trigger: dict[str, str], reason: str
) -> None:
    env = install(tmp_path / "site", handler, trigger, name)
    article = tmp_path / "ceasefire.txt"
    article.write_text(ARTICLE)
    done = accord(env, "extract", str(article))
    assert done.returncode == 1
    assert done.stderr.startswith(f"accord: accord.event_types entry point {name!r} ({ENTRY})")
    assert reason in done.stderr and "Traceback" not in done.stderr
