"""tools/rule_report.py on a hand-made corpus of invented records: counts, precision, recall and order."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

TOOL = Path(__file__).resolve().parents[1] / "tools" / "rule_report.py"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rule_report", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the module runs.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


rule_report = _load_tool()


def _by(rule: str, **item: Any) -> dict[str, Any]:
    return {**item, "provenance": {"rule": rule}}


GOLD = {
    "people": [
        {"name": "Talia Voss", "roles": [{"title": "Minister of Harbours"}]},
        {"name": "Oren Kade", "roles": [{"title": "Deputy Envoy"}]},
        {"name": "Ilse Marrow", "roles": [{"title": "Keeper of Seals"}]},
    ],
    "agreements": [{"name": "Lantern Bay Fisheries Accord"}],
    "events": [
        {"type": "meeting", "date": "2031-04-02", "participants": ["Talia Voss", "Oren Kade"]},
        {"type": "call", "date": "2031-04-05", "participants": ["Talia Voss", "Oren Kade"]},
        {"type": "visit", "date": "2031-04-09", "participants": ["Oren Kade"], "optional": True},
    ],
}
PRED = {
    "people": [
        {
            "name": "Talia Voss",
            "roles": [
                _by("office.title", title="Minister of Harbours"),
                _by("office.title", title="Chair of the Gull Society"),
            ],
        },
        {"name": "Oren Kade", "roles": [{"title": "Deputy Envoy"}]},
        # Nobody in the gold: the scorer counts this role as spurious without matching it.
        {"name": "Mira Stel", "roles": [_by("office.title", title="Harbour Pilot")]},
    ],
    "agreements": [
        _by("agreement.named", name="Lantern Bay Fisheries Accord"),
        _by("agreement.named", name="Treaty of Quill Point"),
    ],
    "events": [
        _by("trigger.meeting", type="meeting", date="2031-04-02", participants=["Talia Voss", "Oren Kade"]),
        # Half the participants: half the credit.
        _by("trigger.call", type="call", date="2031-04-05", participants=["Talia Voss"]),
        # Matches an optional gold event, so it counts nowhere.
        _by("trigger.visit", type="visit", date="2031-04-09", participants=["Oren Kade"]),
        _by("trigger.visit", type="visit", date="2031-04-11", participants=["Talia Voss"]),
        _by("trigger.meeting", type="meeting", date="2031-04-12", participants=["Mira Stel"]),
    ],
}
# A second article whose record is missing: its event is a gold item nobody found.
GOLD_UNREAD = {"events": [{"type": "election", "date": "2032", "participants": ["Vellmark"]}]}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "harbour-talks.gold.json").write_text(json.dumps(GOLD))
    (pred / "harbour-talks.json").write_text(json.dumps(PRED))
    (gold / "vellmark-vote.gold.json").write_text(json.dumps(GOLD_UNREAD))
    return gold, pred


def _run(corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str], *options: str) -> dict[str, Any]:
    assert rule_report.main([str(corpus[0]), str(corpus[1]), "--json", "--scorer", str(SCORER), *options]) == 0
    return json.loads(capsys.readouterr().out)


def test_counts_precision_and_recall_per_rule(corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    result = _run(corpus, capsys)
    rules = {
        (r["section"], r["rule"]): (r["predicted"], r["matched"], r["credit"], r["precision"], r["recall"])
        for r in result["rules"]
    }
    assert rules == {
        ("roles", "office.title"): (3, 1, 1.0, 0.3333, 0.3333),
        ("roles", "(none)"): (1, 1, 1.0, 1.0, 0.3333),
        ("agreements", "agreement.named"): (2, 1, 1.0, 0.5, 1.0),
        ("events", "trigger.meeting"): (2, 1, 1.0, 0.5, 0.3333),
        ("events", "trigger.call"): (1, 1, 0.5, 0.5, 0.1667),
        ("events", "trigger.visit"): (1, 0, 0.0, 0.0, 0.0),
    }
    assert result["missing_records"] == ["vellmark-vote"]
    assert result["sections"]["events"] == {
        "gold": 3,
        "predicted": 4,
        "matched": 2,
        "credit": 1.5,
        "precision": 0.375,
        "recall": 0.5,
    }


def test_section_figures_are_the_scorers(
    corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    figures = tmp_path / "figures.json"
    subprocess.run(
        [sys.executable, str(SCORER), str(corpus[0]), str(corpus[1]), "--json", str(figures)],
        check=True,
        capture_output=True,
    )
    scored = json.loads(figures.read_text())["sections"]
    ours = _run(corpus, capsys)["sections"]
    for section in ("events", "roles", "agreements"):
        assert (ours[section]["precision"], ours[section]["recall"]) == (
            scored[section]["precision"],
            scored[section]["recall"],
        )


def test_weakest_rules_with_enough_predictions_come_first(
    corpus: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    order = [r["rule"] for r in _run(corpus, capsys, "--min-predictions", "2")["rules"]]
    assert order == [
        "office.title",
        "agreement.named",
        "trigger.meeting",
        "trigger.visit",
        "trigger.call",
        "(none)",
    ]
