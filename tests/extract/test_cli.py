"""`accord extract` as users run it: files in, records out, bad inputs named, exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ACCORD = str(Path(sys.executable).with_name("accord"))
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "ministry-readout.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ACCORD, "extract", *args], capture_output=True, text=True)


def test_one_file_prints_its_record() -> None:
    done = run(str(SAMPLE))
    assert done.returncode == 0
    record = json.loads(done.stdout)
    assert record["schema"] == "accord.record/1"
    assert record["article"]["published"] == "2024-06-14T16:05"


def test_out_writes_a_record_per_input_and_names_the_unreadable(tmp_path: Path) -> None:
    good = tmp_path / "second.txt"
    good.write_text("Talks\n\n2024-05-15\n\nThe foreign ministers of Chile and Peru met in Lima today.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "out"
    done = run(str(SAMPLE), str(good), str(empty), str(tmp_path / "missing.txt"), "--out", str(out))
    assert done.returncode == 1
    assert sorted(p.name for p in out.iterdir()) == ["ministry-readout.json", "second.json"]
    assert "empty.txt" in done.stderr and "missing.txt" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 2


def test_several_files_print_an_array_or_lines(tmp_path: Path) -> None:
    as_json = json.loads(run(str(SAMPLE), str(SAMPLE)).stdout)
    assert isinstance(as_json, list) and len(as_json) == 2
    lines = run(str(SAMPLE), str(SAMPLE), "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["schema"] for x in lines] == ["accord.record/1"] * 2


def test_usage_errors_exit_2() -> None:
    assert run("--format", "xml", str(SAMPLE)).returncode == 2
    assert subprocess.run([ACCORD, "extract"], capture_output=True).returncode == 2
