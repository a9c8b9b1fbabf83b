#!/usr/bin/env python3
"""Per-rule precision and recall on a gold corpus, so the weakest rules show themselves.

    python tools/rule_report.py GOLD_DIR PRED_DIR [--min-predictions N] [--json] [--scorer PATH]

Each event, role and agreement of a predicted record may name the rule that made it,
`provenance: {"rule": ID}`; items that name none count under "(none)". Items are matched
by ../shared/eval/score.py itself (imported, not copied), so an item counts as correct
exactly when the scorer credits it. For each rule:

- predicted: the rule's items the scorer counts (one matched to an optional gold item counts nowhere);
- matched: how many of them the scorer matched to a gold item;
- credit: what those matches earn (events earn partial credit, the Jaccard overlap of their participants);
- precision = credit / predicted; recall = credit / the section's gold items.

The rules of a section add up to the scorer's own figures for it (checked on every run).
Rules with at least N predictions come first, lowest precision first.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

SECTIONS = ("events", "roles", "agreements")
NO_RULE = "(none)"
DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@dataclass
class Counts:
    predicted: int = 0
    matched: int = 0
    credit: float = 0.0


@dataclass
class SectionCounts:
    gold: int = 0
    rules: dict[str, Counts] = field(default_factory=dict)

    def add(self, rule: str, matched: bool, credit: float) -> None:
        counts = self.rules.setdefault(rule, Counts())
        counts.predicted += 1
        counts.matched += int(matched)
        counts.credit += credit


@dataclass
class Call:
    """One score_items call the scorer made: what it matched, and how."""

    tally: Any
    golds: list[dict[str, Any]]
    preds: list[dict[str, Any]]
    pairs: list[tuple[int, int, float]]
    soft: bool


class Recorder:
    """Stands in for the scorer's score_items and keeps every call's matching."""

    def __init__(self, score_items: Callable[..., list[tuple[int, int, float]]]) -> None:
        self.score_items = score_items
        self.calls: list[Call] = []

    def __call__(
        self,
        tally: Any,
        golds: list[dict[str, Any]],
        preds: list[dict[str, Any]],
        score: Callable[[dict[str, Any], dict[str, Any]], float],
        label: str,
        soft: bool = False,
    ) -> list[tuple[int, int, float]]:
        pairs = self.score_items(tally, golds, preds, score, label, soft)
        self.calls.append(Call(tally, golds, preds, pairs, soft))
        return pairs


def load_scorer(path: Path) -> ModuleType:
    # A private copy of the module, so replacing its score_items touches nobody else's import.
    spec = importlib.util.spec_from_file_location("_rule_report_scorer", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rule_of(item: dict[str, Any]) -> str:
    provenance = item.get("provenance")
    rule = provenance.get("rule") if isinstance(provenance, dict) else None
    return rule if isinstance(rule, str) and rule else NO_RULE


def count_call(counts: SectionCounts, call: Call) -> None:
    matched = {pi: (gi, s) for gi, pi, s in call.pairs}
    counts.gold += sum(1 for g in call.golds if not g.get("optional"))
    for pi, pred in enumerate(call.preds):
        if pi not in matched:
            counts.add(rule_of(pred), False, 0.0)
            continue
        gi, s = matched[pi]
        if not call.golds[gi].get("optional"):
            counts.add(rule_of(pred), True, s if call.soft else 1.0)


def count_unmatched_people(counts: SectionCounts, people: Call) -> None:
    """Roles of people the scorer did not pair never reach score_items; it counts them as missed or spurious."""
    hit_g = {gi for gi, _, _ in people.pairs}
    hit_p = {pi for _, pi, _ in people.pairs}
    for gi, person in enumerate(people.golds):
        if gi not in hit_g and not person.get("optional"):
            counts.gold += sum(1 for r in person.get("roles", []) if not r.get("optional"))
    for pi, person in enumerate(people.preds):
        if pi not in hit_p:
            for role in person.get("roles") or []:
                counts.add(rule_of(role), False, 0.0)


def tally_corpus(scorer: Any, gold_dir: Path, pred_dir: Path) -> tuple[dict[str, SectionCounts], list[str], int]:
    recorder = Recorder(scorer.score_items)
    scorer.score_items = recorder
    counts = {s: SectionCounts() for s in SECTIONS}
    totals = {s: scorer.Tally() for s in scorer.SECTIONS}
    missing: list[str] = []
    articles = 0
    for gold_path, pred_path in scorer.pairs_from(gold_dir, pred_dir):
        articles += 1
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            pred = json.loads(pred_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # as the scorer does: a missing record predicts nothing
            missing.append(gold_path.name[: -len(".gold.json")])
            pred = {}
        tallies = {s: scorer.Tally() for s in scorer.SECTIONS}
        section_of = {id(t): s for s, t in tallies.items()}
        stats: dict[str, list[bool]] = {k: [] for k in ("event_dates", "event_types", "event_places")}
        recorder.calls.clear()
        # No text: evidence and offsets are not what this report measures.
        scorer.score_pair(gold, pred, None, tallies, stats)
        for call in recorder.calls:
            section = section_of[id(call.tally)]
            if section in counts:
                count_call(counts[section], call)
            elif section == "people":
                count_unmatched_people(counts["roles"], call)
        for s, t in tallies.items():
            totals[s].add(t.tp, t.fp, t.fn)
    for s in SECTIONS:
        check_against_scorer(s, counts[s], totals[s])
    return counts, missing, articles


def check_against_scorer(section: str, counts: SectionCounts, tally: Any) -> None:
    # If the scorer ever counts something this report does not see, say so rather than print wrong figures.
    credit = sum(c.credit for c in counts.rules.values())
    predicted = sum(c.predicted for c in counts.rules.values())
    ours = (credit, predicted, counts.gold)
    theirs = (tally.tp, tally.tp + tally.fp, tally.tp + tally.fn)
    if any(abs(a - b) > 1e-6 for a, b in zip(ours, theirs, strict=True)):
        raise RuntimeError(f"{section}: rule counts {ours} disagree with the scorer's {theirs}")


def ratio(part: float, whole: float, empty: float) -> float:
    return round(part / whole, 4) if whole else empty


def report(counts: dict[str, SectionCounts], min_predictions: int) -> dict[str, Any]:
    sections = {}
    rows = []
    for section, sc in counts.items():
        credit = sum(c.credit for c in sc.rules.values())
        predicted = sum(c.predicted for c in sc.rules.values())
        # 1.0 for nothing predicted or nothing to find, as the scorer has it.
        sections[section] = {
            "gold": sc.gold,
            "predicted": predicted,
            "matched": sum(c.matched for c in sc.rules.values()),
            "credit": round(credit, 4),
            "precision": ratio(credit, predicted, 1.0),
            "recall": ratio(credit, sc.gold, 1.0),
        }
        for rule, c in sc.rules.items():
            rows.append(
                {
                    "section": section,
                    "rule": rule,
                    **asdict(c),
                    "credit": round(c.credit, 4),
                    "precision": ratio(c.credit, c.predicted, 1.0),
                    "recall": ratio(c.credit, sc.gold, 0.0),
                }
            )
    rows.sort(
        key=lambda r: (r["predicted"] < min_predictions, r["precision"], -r["predicted"], r["section"], r["rule"])
    )
    return {"min_predictions": min_predictions, "sections": sections, "rules": rows}


def print_table(result: dict[str, Any]) -> None:
    print(f"{'section':<12}{'rule':<40}{'pred':>6}{'match':>7}{'credit':>8}{'P':>7}{'R':>7}")
    few = False
    for r in result["rules"]:
        if not few and r["predicted"] < result["min_predictions"]:
            few = True
            print(f"-- fewer than {result['min_predictions']} predictions --")
        print(
            f"{r['section']:<12}{r['rule']:<40}{r['predicted']:>6}{r['matched']:>7}{r['credit']:>8.2f}"
            f"{r['precision']:>7.3f}{r['recall']:>7.3f}"
        )
    print()
    print(f"{'section':<12}{'gold':>6}{'pred':>6}{'match':>7}{'credit':>8}{'P':>7}{'R':>7}")
    for section, v in result["sections"].items():
        print(
            f"{section:<12}{v['gold']:>6}{v['predicted']:>6}{v['matched']:>7}{v['credit']:>8.2f}"
            f"{v['precision']:>7.3f}{v['recall']:>7.3f}"
        )
    if result["missing_records"]:
        print(f"missing records: {len(result['missing_records'])} of {result['articles']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="folder of <stem>.gold.json files")
    parser.add_argument("pred", type=Path, help="folder of <stem>.json records")
    parser.add_argument(
        "--min-predictions", type=int, default=3, help="rules with fewer predictions sort after the rest"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="the scorer whose matching is used")
    args = parser.parse_args(argv)
    counts, missing, articles = tally_corpus(load_scorer(args.scorer), args.gold, args.pred)
    result = {"articles": articles, "missing_records": missing, **report(counts, args.min_predictions)}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
