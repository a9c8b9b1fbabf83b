"""Extract every corpus the team scores and compare the records with an earlier snapshot.

    python tools/records_diff.py snapshot OUT_DIR          # OUT_DIR/<corpus>/<stem>.json
    python tools/records_diff.py compare BEFORE_DIR AFTER_DIR [--without FIELD ...]

A refactoring of the extractor should leave every record identical; `compare` names each
article whose JSON differs and the top-level sections that changed; `--without` leaves a
field out wherever it occurs (a field the change adds, such as `provenance`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPORA = {
    "dev": SHARED / "corpus" / "dev",
    "seed": SHARED / "seed",
    **{p.name: p for p in sorted((REPO / "tests").glob("corpus*")) if any(p.glob("*.txt"))},
}


def snapshot(out: Path) -> None:
    accord = Path(sys.executable).with_name("accord")
    for name, folder in CORPORA.items():
        texts = sorted(str(p) for p in folder.glob("*.txt"))
        subprocess.run([str(accord), "extract", *texts, "--out", str(out / name)], check=True)


def _without(value: Any, fields: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: _without(v, fields) for k, v in value.items() if k not in fields}
    if isinstance(value, list):
        return [_without(v, fields) for v in value]
    return value


def _sections(path: Path, without: set[str]) -> dict[str, Any]:
    record = json.loads(path.read_text())
    record.get("article", {}).pop("extracted_at", None)  # differs on every run
    return dict(_without(record, without))


def compare(before: Path, after: Path, without: set[str]) -> int:
    changed = 0
    for old in sorted(before.rglob("*.json")):
        new = after / old.relative_to(before)
        if not new.exists():
            print(f"{old.relative_to(before)}: missing after")
            changed += 1
            continue
        a, b = _sections(old, without), _sections(new, without)
        diff = [k for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k)]
        if diff:
            print(f"{old.relative_to(before)}: {', '.join(diff)}")
            changed += 1
    print(f"{changed} record(s) differ")
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "snapshot":
        snapshot(Path(argv[1]))
        return 0
    if len(argv) >= 3 and argv[0] == "compare" and all(a == "--without" for a in argv[3::2]):
        return compare(Path(argv[1]), Path(argv[2]), set(argv[4::2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
