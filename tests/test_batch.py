"""Batch ingest end to end: the local pool, Dask, interruption and resumption, partitions.

Every ingest here goes through the `accord` command with real worker processes and a real
database; what the extractor finds is not checked, only that every engine and every
interruption builds the same knowledge base as one plain run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import Result
from sqlalchemy import text
from typer.testing import CliRunner

from accord.batch.partitions import Files, Lines, RowGroup, plan, read_partition
from accord.cli import app
from accord.errors import InputError
from accord.ingest import read_sources
from accord.settings import Settings
from accord.store import Store

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
ACCORD = [sys.executable, "-c", "from accord.cli import main; main()"]
GENERATED = 40  # with the 20 of the dev set: long enough a run to interrupt halfway
TOTAL = 20 + GENERATED


def accord(*args: str) -> Result:
    """`accord ARGS...` in this process (the worker processes are real all the same)."""
    return CliRunner().invoke(app, list(args))


def knowledge_base(url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """`accord stats --format json`, and every stored record by article id."""
    done = accord("stats", "--format", "json", "--db", url)
    assert done.exit_code == 0, done.output
    with Store(url) as store:
        records = {record["article"]["id"]: record for record in store.iter_records()}
    return json.loads(done.stdout), records


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "generate.py"),
            "--count",
            str(GENERATED),
            "--out",
            str(out),
            "--seed",
            "5",
        ],
        check=True,
    )
    return out


@pytest.fixture(scope="module")
def inputs(generated: Path) -> list[str]:
    return [str(DEV), str(generated)]


@pytest.fixture(scope="module")
def local_kb(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Any]]:
    """The reference: one uninterrupted ingest on the local pool of two workers."""
    url = f"sqlite:///{tmp_path_factory.mktemp('local') / 'kb.db'}"
    done = accord("ingest", *inputs, "--db", url, "--workers", "2", "--format", "json")
    assert done.exit_code == 0, done.output
    summary = json.loads(done.stdout)
    assert summary["stored"] == TOTAL and summary["rejected"] == []
    return knowledge_base(url)


def test_dask_ingest_builds_the_same_knowledge_base(inputs: list[str], local_kb: Any, db_url: str) -> None:
    done = accord("ingest", *inputs, "--db", db_url, "--engine", "dask", "--workers", "2", "--format", "json")
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["stored"] == TOTAL
    stats, records = knowledge_base(db_url)
    assert stats == local_kb[0]
    assert records == local_kb[1]


def test_an_ingest_killed_halfway_resumes_to_the_same_knowledge_base(
    inputs: list[str], local_kb: Any, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    store = Store(url)
    run = subprocess.Popen(
        [*ACCORD, "ingest", *inputs, "--db", url, "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while store.stats()["articles"] < 10:
            assert run.poll() is None, "the ingest ended before it could be interrupted"
            time.sleep(0.05)
        workers = psutil.Process(run.pid).children(recursive=True)
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    finally:
        if run.poll() is None:
            run.kill()
    stored = store.stats()["articles"]
    store.close()
    assert 10 <= stored < TOTAL
    # Nobody is left to shut the pool down: its workers leave by themselves.
    assert psutil.wait_procs(workers, timeout=15)[1] == []

    done = accord("ingest", *inputs, "--db", url, "--workers", "2", "--format", "json")
    assert done.exit_code == 0, done.output
    summary = json.loads(done.stdout)
    assert (summary["unchanged"], summary["stored"]) == (stored, TOTAL - stored)
    assert knowledge_base(url) == local_kb


def test_rejected_inputs_are_reported_and_the_batch_goes_on(generated: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("gen-0000001.txt", "gen-0000002.txt"):
        (folder / name).write_text((generated / name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "blank.txt").write_text("  \n\n", encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"text": "Ministers met in Lima on Monday."}\n{"text": \n', encoding="utf-8")
    done = accord("ingest", str(folder), "--db", str(tmp_path / "kb.db"), "--workers", "2", "--format", "json")
    assert done.exit_code == 1
    summary = json.loads(done.stdout)
    assert summary["stored"] == 3
    assert [r["source"] for r in summary["rejected"]] == [str(folder / "blank.txt"), f"{folder / 'broken.jsonl'}#2"]
    assert all(r["reason"] for r in summary["rejected"])


REFUSE = {  # a database that refuses one article: what a store error looks like from the driver
    "sqlite": [
        "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.source LIKE '%refused.txt' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.source LIKE '%refused.txt' "
        "THEN RAISE EXCEPTION 'refused by the test trigger'; END IF; RETURN NEW; END $$ "
        "LANGUAGE plpgsql",
        "CREATE TRIGGER refuse BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse()",
    ],
}


def test_an_article_the_database_refuses_is_rejected_alone(generated: Path, tmp_path: Path, db_url: str) -> None:
    # The three articles go to the store in one transaction: the refused one must lose only itself.
    folder = tmp_path / "in"
    folder.mkdir()
    for name, source in (
        ("a.txt", "gen-0000003.txt"),
        ("refused.txt", "gen-0000004.txt"),
        ("z.txt", "gen-0000005.txt"),
    ):
        (folder / name).write_text((generated / source).read_text(encoding="utf-8"), encoding="utf-8")
    with Store(db_url) as store, store.engine.begin() as connection:
        for statement in REFUSE[store.engine.dialect.name]:
            connection.execute(text(statement))
    done = accord("ingest", str(folder), "--db", db_url, "--workers", "1", "--format", "json")
    assert done.exit_code == 1, done.output
    summary = json.loads(done.stdout)
    assert summary["stored"] == 2
    [rejected] = summary["rejected"]
    assert rejected["source"] == str(folder / "refused.txt")
    assert "refused by the test trigger" in rejected["reason"]
    (folder / "refused.txt").unlink()
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    assert accord("ingest", str(folder), "--db", alone, "--workers", "1").exit_code == 0
    assert knowledge_base(db_url) == knowledge_base(alone)  # nothing of the refused article stayed


def _lines(count: int) -> str:
    records = [
        json.dumps({"id": n, "title": f"Item {n}", "text": f"Officials of Peru and Chile met on day {n}."})
        for n in range(count)
    ]
    records[7] = '{"text": broken'
    records[12] = ""
    return "\n".join(records) + "\n"


def _named(items: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    return [(name, item.message if isinstance(item, InputError) else item.id) for name, item in items]


def test_a_big_json_lines_file_is_cut_at_line_ends_and_keeps_its_line_names(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(_lines(40), encoding="utf-8")
    parts = list(plan([str(path)], part_bytes=300))
    assert len(parts) > 3 and all(isinstance(p, Lines) for p in parts)
    read = [item for part in parts for item in read_partition(part, Settings())]
    assert _named(read) == _named(list(read_sources([str(path)])))


def test_parquet_row_groups_are_partitions_read_like_json_lines(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in _lines(20).splitlines() if line.startswith('{"id"')]
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=6)
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    parts = list(plan([str(tmp_path)]))
    assert [type(p) for p in parts] == [Files, RowGroup, RowGroup, RowGroup]
    read = [item for part in parts[1:] for item in read_partition(part, Settings())]
    expected = [(name.replace(".jsonl", ".parquet"), key) for name, key in _named(list(read_sources([str(jsonl)])))]
    assert _named(read) == expected
