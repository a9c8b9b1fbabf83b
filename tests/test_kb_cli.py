"""The knowledge-base commands end to end: real articles through the real pipeline into real
SQLite and PostgreSQL databases, through the `accord` entry point.

What the extractor finds keeps improving, so these tests check what the store and the
commands do with it (idempotence, merging, exit statuses, output shapes), never its exact
output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from accord.cli import main

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

# Invented reports: one meeting told twice (a day apart, spelled differently), the same two
# ministers meeting a month later, and one of them three years earlier in another office.
ARTICLES = {
    "talks.txt": """Finland and Chile foreign ministers hold talks in Helsinki

12 March 2024

Finnish Foreign Minister Aino Korhonen met Chilean Foreign Minister Tomás Herrera in Helsinki \
on 12 March 2024.

The ministers discussed trade in copper and a joint research programme.
""",
    "ties.txt": """Chile and Finland agree to deepen research ties

13 March 2024

Chilean Foreign Minister Tomas Herrera held talks with Finnish Foreign Minister Aino Korhonen in Helsinki \
on Tuesday, the ministry said.

The talks focused on copper and research.
""",
    "again.txt": """Finnish and Chilean ministers meet again

14 April 2024

Finnish Foreign Minister Aino Korhonen met Chilean Foreign Minister Tomás Herrera in Santiago \
on 12 April 2024.

They reviewed the research programme.
""",
    "credentials.txt": """New Finnish ambassador presents credentials in Santiago

3 February 2021

Aino Korhonen, Ambassador of Finland to Chile, presented her credentials to the President of Chile \
in Santiago on 3 February 2021.
""",
}


def title(name: str) -> str:
    return ARTICLES[name].split("\n", 1)[0]


def accord(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    """Run `accord ARGS...` in this process: (exit status, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["accord", *args])
    try:
        main()
        status = 0
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_url: str) -> Any:
    def run(*args: str) -> tuple[int, str, str]:
        return accord(capsys, monkeypatch, *args, "--db", db_url)

    return run


@pytest.fixture
def invented(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_ingesting_the_dev_corpus_twice_changes_nothing(run: Any) -> None:
    status, out, _ = run("ingest", str(DEV), "--format", "json")
    assert status == 0
    first = json.loads(out)
    assert first["stored"] == 20 and first["rejected"] == []
    status, stats_once, _ = run("stats", "--format", "json")
    assert status == 0
    counts = json.loads(stats_once)
    assert list(counts) == ["articles", "people", "organizations", "events", "agreements"]
    assert counts["articles"] == 20 and counts["events"] > 0 and counts["people"] > 0

    status, out, _ = run("ingest", str(DEV), "--format", "json")
    assert status == 0 and json.loads(out) == {"stored": 0, "unchanged": 20, "replaced": 0, "rejected": []}
    assert run("stats", "--format", "json")[1] == stats_once


def test_one_meeting_told_twice_is_one_event_and_a_later_one_is_another(run: Any, invented: Path) -> None:
    status, out, _ = run("ingest", str(invented))
    assert status == 0 and "stored 4" in out
    status, out, _ = run("timeline", "--between", "Korhonen", "Herrera", "--type", "meeting", "--format", "json")
    assert status == 0
    meetings = json.loads(out)
    assert [(m["date"], len(m["sources"])) for m in meetings] == [("2024-03-12", 2), ("2024-04-12", 1)]
    assert meetings[0]["merge_reason"]
    assert {s["title"] for s in meetings[0]["sources"]} == {title("talks.txt"), title("ties.txt")}

    status, out, _ = run("person", "Herrera", "--format", "json")
    assert status == 0
    herrera = json.loads(out)
    assert herrera["name"] == "Tomás Herrera" and "Tomas Herrera" in herrera["aliases"]
    status, out, _ = run("person", "Aino Korhonen", "--format", "json")
    korhonen = json.loads(out)
    assert [r["first_seen"] for r in korhonen["roles"]][:1] == ["2021-02-03"]  # an office held before
    assert any(r["first_seen"] == "2024-03-12" and r["last_seen"] == "2024-04-14" for r in korhonen["roles"])

    status, out, _ = run("network", "--actor", "Korhonen", "--format", "json")
    network = json.loads(out)
    names = {n["id"]: n["name"] for n in network["nodes"]}
    pair = {"Aino Korhonen", "Tomás Herrera"}
    assert any({names[e["source"]], names[e["target"]]} == pair and e["count"] >= 2 for e in network["edges"])


def test_queries_answer_in_tables_and_json(run: Any, invented: Path) -> None:
    run("ingest", str(invented))
    for command in (
        ["people"],
        ["people", "--country", "CL"],
        ["timeline", "--actor", "Chile"],
        ["network"],
        ["agreements"],
        ["upcoming", "--from", "2024-01-01"],
        ["search", "copper"],
        ["stats"],
        ["person", "Korhonen"],
        ["relations", "FI", "--limit", "1", "--offset", "0"],
    ):
        status, out, err = run(*command)
        assert status == 0, (command, err)
        status, out, err = run(*command, "--format", "json")
        assert status == 0, (command, err)
        json.loads(out)
    hits = json.loads(run("search", "copper", "--format", "json")[1])
    assert {h["title"] for h in hits} == {title("talks.txt"), title("ties.txt")}
    people = json.loads(run("people", "--country", "CL", "--format", "json")[1])
    assert "Tomás Herrera" in [p["name"] for p in people]
    assert all(any(r["country"] == "CL" for r in p["roles"]) for p in people)
    overview = json.loads(run("relations", "FI", "--format", "json")[1])
    assert overview["total"] == len(overview["counterparts"]) and overview["limit"] == 50
    for offset, counterpart in enumerate(overview["counterparts"]):
        page = json.loads(run("relations", "FI", "--limit", "1", "--offset", str(offset), "--format", "json")[1])
        assert page["counterparts"] == [counterpart] and page["total"] == overview["total"]


def test_rejected_inputs_are_listed_and_exit_1(run: Any, invented: Path) -> None:
    (invented / "empty.txt").write_text("", encoding="utf-8")
    (invented / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 20)
    status, out, _ = run("ingest", str(invented), "--format", "json")
    summary = json.loads(out)
    assert status == 1
    assert summary["stored"] == 4
    assert sorted(Path(r["source"]).name for r in summary["rejected"]) == ["binary.txt", "empty.txt"]
    assert all(r["reason"] for r in summary["rejected"])


def test_usage_errors_exit_2(
    run: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("timeline", "--from", "last week")[0] == 2
    assert run("timeline", "--type", "party")[0] == 2
    assert run("person", "Nobody At All")[0] == 2
    assert accord(capsys, monkeypatch, "ingest")[0] == 2  # no inputs


def test_export_refuses_to_overwrite_without_force(run: Any, invented: Path, tmp_path: Path) -> None:
    run("ingest", str(invented))
    out = tmp_path / "events.csv"
    out.write_text("keep me", encoding="utf-8")
    status, _, err = run("export", "--format", "csv", "--out", str(out))
    assert status == 2 and "--force" in err
    assert out.read_text(encoding="utf-8") == "keep me"
    status, _, err = run("export", "--format", "csv", "--out", str(out), "--force")
    assert status == 0 and out.read_text(encoding="utf-8").startswith("id,type,date")
    for fmt in ("jsonl", "parquet", "graphml", "ics", "plover"):
        target = tmp_path / f"kb.{fmt}"
        assert run("export", "--format", fmt, "--out", str(target))[0] == 0
        assert target.stat().st_size > 0
    assert len((tmp_path / "kb.jsonl").read_text(encoding="utf-8").splitlines()) == 4
