"""The accuracy gate: every corpus in baseline.json, scored by ../shared/eval/score.py.

baseline.json records, per corpus, its path (from the repository root), a sha256 of its
articles and gold, and its floors. Floors only go up: raise them when the extractor
improves, never lower them. A corpus whose files change needs its new hash recorded in
the same change (and only then may its floors move down, since they now measure other
articles):

    python -m tests.extract.test_accuracy            # lists corpora whose hash is stale
    python -m tests.extract.test_accuracy --rehash   # records their current hashes
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BASELINE = Path(__file__).with_name("baseline.json")
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
# Where new corpora of our own appear; each one with gold must have an entry in baseline.json.
OWN_CORPORA = ["tests/corpus", "tests/corpus_blind*"]


def corpus_files(directory: Path) -> list[Path]:
    """The files a corpus is made of: its articles and their gold (READMEs and notes are not)."""
    return sorted([*directory.glob("*.txt"), *directory.glob("*.gold.json")], key=lambda p: p.name)


def corpus_hash(directory: Path) -> str:
    """sha256 over each file's name, size and bytes, in name order."""
    files = corpus_files(directory)
    if not files:
        raise FileNotFoundError(f"{directory}: no .txt or .gold.json files")
    digest = hashlib.sha256()
    for path in files:
        data = path.read_bytes()
        # Name and size delimit each file, so moving bytes from one file to the next changes the hash.
        digest.update(b"%s\0%d\0" % (path.name.encode(), len(data)))
        digest.update(data)
    return digest.hexdigest()


def load_baseline() -> dict[str, Any]:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def head_baseline() -> dict[str, Any] | None:
    """baseline.json as git HEAD has it, or None where there is no git, no checkout or no such file there."""
    try:
        shown = subprocess.run(
            ["git", "show", "HEAD:./baseline.json"], cwd=BASELINE.parent, capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return json.loads(shown.stdout) if shown.returncode == 0 else None


def lowered_floors(head: dict[str, Any], work: dict[str, Any]) -> list[str]:
    """What the working baseline lowers or drops relative to HEAD's.

    A corpus whose recorded hash changed is exempt: its floors measure different articles now.
    """
    problems = []
    for name, old in head["corpora"].items():
        new = work["corpora"].get(name)
        if new is None:
            problems.append(f"{name}: dropped from the baseline")
            continue
        if new["sha256"] != old["sha256"]:
            continue
        for key, floor in old["floors"].items():
            if key not in new["floors"]:
                problems.append(f"{name}.{key}: floor {floor} removed")
            elif new["floors"][key] < floor:
                problems.append(f"{name}.{key}: floor lowered from {floor} to {new['floors'][key]}")
    return problems


def unlisted_corpora(work: dict[str, Any]) -> list[str]:
    listed = {(ROOT / entry["path"]).resolve() for entry in work["corpora"].values()}
    found = {d.resolve() for pattern in OWN_CORPORA for d in ROOT.glob(pattern) if any(d.glob("*.gold.json"))}
    return sorted(str(d.relative_to(ROOT)) for d in found - listed)


def measured(result: dict[str, Any], key: str) -> float | None:
    """The figure a floor's key names: micro F1, a section's F1, or a top-level rate."""
    if key == "micro":
        return result["micro"]["f1"]
    if key in result["sections"]:
        return result["sections"][key]["f1"]
    return result[key]


def _score(corpus: Path, tmp: Path) -> dict[str, Any]:
    # A copy of exactly the hashed files is what gets scored, so the hash vouches for what the floors measured.
    gold = tmp / "gold"
    gold.mkdir()
    for path in corpus_files(corpus):
        shutil.copyfile(path, gold / path.name)
    out = tmp / "records"
    texts = sorted(str(p) for p in gold.glob("*.txt"))
    accord = Path(sys.executable).with_name("accord")
    subprocess.run([str(accord), "extract", *texts, "--out", str(out)], check=True)
    figures = tmp / "figures.json"
    subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(out), "--json", str(figures)], check=True, capture_output=True
    )
    return json.loads(figures.read_text())


CORPORA: dict[str, Any] = load_baseline()["corpora"]


@pytest.mark.parametrize("name", list(CORPORA))
def test_corpus_is_the_one_its_floors_were_set_on(name: str) -> None:
    entry = CORPORA[name]
    assert corpus_hash(ROOT / entry["path"]) == entry["sha256"], (
        f"{entry['path']} changed since its floors were set: check them, then run "
        "python -m tests.extract.test_accuracy --rehash"
    )


@pytest.mark.parametrize("name", list(CORPORA))
def test_corpus_meets_its_floors(name: str, tmp_path: Path) -> None:
    entry = CORPORA[name]
    result = _score(ROOT / entry["path"], tmp_path)
    assert result["missing_records"] == []
    figures = {key: measured(result, key) for key in entry["floors"]}
    below = {
        key: (value, entry["floors"][key])
        for key, value in figures.items()
        if value is None or value < entry["floors"][key]
    }
    assert below == {}, f"{name}: (measured, floor) below the floor"


def test_no_floor_is_lowered_against_git_head() -> None:
    head = head_baseline()
    if head is None:
        pytest.skip("no baseline.json at git HEAD to compare with")
    assert lowered_floors(head, load_baseline()) == []


def test_every_corpus_of_ours_has_a_baseline() -> None:
    assert unlisted_corpora(load_baseline()) == [], "add an entry with its floors to baseline.json, then --rehash"


def _entry(sha: str, **floors: float) -> dict[str, Any]:
    return {"path": "x", "sha256": sha, "floors": floors}


def test_lowered_floors_refuses_a_lower_or_missing_floor_but_not_a_rehashed_corpus() -> None:
    head = {"corpora": {"a": _entry("1", micro=0.8, events=0.7), "b": _entry("2", micro=0.9), "c": _entry("3")}}
    work = {"corpora": {"a": _entry("1", micro=0.79), "b": _entry("9", micro=0.5), "d": _entry("4", micro=0.1)}}
    assert lowered_floors(head, work) == [
        "a.micro: floor lowered from 0.8 to 0.79",
        "a.events: floor 0.7 removed",
        "c: dropped from the baseline",
    ]
    assert lowered_floors(head, {"corpora": {**head["corpora"], "a": _entry("1", micro=0.81, events=0.7)}}) == []


def test_corpus_hash_covers_articles_and_gold_only(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("An invented article.\n")
    (tmp_path / "x.gold.json").write_text("{}")
    first = corpus_hash(tmp_path)
    (tmp_path / "README.md").write_text("notes")
    assert corpus_hash(tmp_path) == first
    (tmp_path / "x.gold.json").write_text('{"events": []}')
    assert corpus_hash(tmp_path) != first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check or record the corpus hashes in baseline.json.")
    parser.add_argument("--rehash", action="store_true", help="write the current hashes into baseline.json")
    args = parser.parse_args(argv)
    baseline = load_baseline()
    stale = []
    for name, entry in baseline["corpora"].items():
        current = corpus_hash(ROOT / entry["path"])
        if current != entry["sha256"]:
            stale.append(name)
            entry["sha256"] = current
    print(f"stale: {', '.join(stale)}" if stale else "every recorded hash is current")
    if args.rehash and stale:
        BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"recorded in {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
