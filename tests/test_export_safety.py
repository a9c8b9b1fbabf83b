"""`accord export` never destroys a file it was not asked to replace.

Through the `accord` entry point (in this process for every format, and once as a real
process for the exit status): an existing --out is refused without --force (exit 2, the
file byte for byte and time for time as it was, no partial file left), replaced whole with
--force; a folder, a missing folder, a symbolic link and a planted temporary file are
handled without writing anywhere else.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Report

from accord.cli import main
from accord.export import FORMATS
from accord.store import Store

TEXT = (
    "Estonia and Uruguay open talks on digital trade\n\n4 June 2024\n\n"
    "Foreign Minister Kaija Tamm of Estonia met Foreign Minister Bruno Etcheverry of Uruguay in "
    "Tallinn on 4 June 2024. "
    "Estonia and Uruguay signed the Tallinn Digital Trade Memorandum. "
    "Etcheverry will visit Narva in September."
)
DAY = "2024-06-04"
PRECIOUS = b"precious: not an export\n"
OLD_TIME = 1_000_000_000  # a modification time no export could leave


def _sentence(start: str) -> str:
    begin = TEXT.index(start)
    return TEXT[begin : TEXT.index(".", begin + len(start)) + 1]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    report = (
        Report(TEXT, DAY, "https://news.example/digital-trade")
        .country("EE", "Estonia")
        .country("UY", "Uruguay")
        .person("Kaija Tamm", title="Foreign Minister", country="EE")
        .person("Bruno Etcheverry", title="Foreign Minister", country="UY")
        .agreement("Tallinn Digital Trade Memorandum", parties=("EE", "UY"), date=DAY, status="signed")
        .event(
            "meeting",
            "Kaija Tamm",
            "Bruno Etcheverry",
            sentence=_sentence("Foreign Minister Kaija"),
            date=DAY,
            place="Tallinn",
        )
        .event(
            "agreement",
            "Estonia",
            "Uruguay",
            agreement="Tallinn Digital Trade Memorandum",
            sentence=_sentence("Estonia and Uruguay signed"),
            date=DAY,
        )
        .event(
            "visit",
            "Bruno Etcheverry",
            sentence=_sentence("Etcheverry will"),
            date="2024-09",
            place="Narva",
            status="scheduled",
        )
    )
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    with Store(url) as store:
        store.write(report.build())
    yield url


@pytest.fixture
def export(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: str) -> Any:
    """Run `accord export ARGS... --db DB` in this process: (exit status, stderr)."""

    def run(*args: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "argv", ["accord", "export", *args, "--db", db])
        try:
            main()
            status = 0
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
        return status, capsys.readouterr().err

    return run


def precious(path: Path) -> Path:
    path.write_bytes(PRECIOUS)
    os.utime(path, (OLD_TIME, OLD_TIME))
    return path


def untouched(path: Path) -> bool:
    return path.read_bytes() == PRECIOUS and path.stat().st_mtime == OLD_TIME


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*partial*"))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_an_existing_file_is_refused_then_replaced_with_force(fmt: str, export: Any, tmp_path: Path) -> None:
    out = precious(tmp_path / f"kb.{fmt}")
    status, err = export("--format", fmt, "--out", str(out))
    assert status == 2 and "--force" in err
    assert untouched(out)
    assert leftovers(tmp_path) == []

    status, err = export("--format", fmt, "--out", str(out), "--force")
    assert status == 0, err
    written = out.read_bytes()
    assert written and written != PRECIOUS
    assert leftovers(tmp_path) == []
    # The same export again, forced: the same bytes (nothing appended, nothing half-kept).
    assert export("--format", fmt, "--out", str(out), "--force")[0] == 0
    if fmt != "parquet":  # parquet files carry the writer's timestamps in their metadata
        assert out.read_bytes() == written


def real_export(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`accord export ARGS... --db DB` as a process of its own: its exit status and messages."""
    return subprocess.run(
        [sys.executable, "-c", "from accord.cli import main; main()", "export", *args, "--db", db],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_refusal_is_exit_status_2_from_the_real_program(db: str, tmp_path: Path) -> None:
    out = precious(tmp_path / "events.csv")
    done = real_export(db, "--format", "csv", "--out", str(out))
    assert done.returncode == 2
    assert "--force" in done.stderr and "Traceback" not in done.stderr
    assert untouched(out)


def test_a_symbolic_link_is_replaced_never_written_through(export: Any, tmp_path: Path) -> None:
    victim = precious(tmp_path / "victim.txt")
    out = tmp_path / "events.csv"
    out.symlink_to(victim)
    assert export("--format", "csv", "--out", str(out))[0] == 2
    assert untouched(victim) and out.is_symlink()
    assert export("--format", "csv", "--out", str(out), "--force")[0] == 0
    assert untouched(victim)
    assert not out.is_symlink() and out.read_text(encoding="utf-8").startswith("id,")


def test_a_planted_temporary_file_does_not_redirect_the_export(export: Any, tmp_path: Path) -> None:
    """In a shared folder another user may create the name the export writes to first."""
    victim = precious(tmp_path / "victim.txt")
    for name in ("events.csv", "events.jsonl"):
        (tmp_path / f".{name}.partial").symlink_to(victim)
    assert export("--format", "csv", "--out", str(tmp_path / "events.csv"))[0] == 0
    assert export("--format", "jsonl", "--out", str(tmp_path / "events.jsonl"))[0] == 0
    assert untouched(victim)
    for name in ("events.csv", "events.jsonl"):
        assert not (tmp_path / name).is_symlink()
        assert (tmp_path / name).read_bytes() != PRECIOUS


def test_a_folder_is_refused_even_with_force(db: str, export: Any, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    kept = precious(folder / "kept.txt")
    assert export("--format", "csv", "--out", str(folder))[0] == 2
    done = real_export(db, "--format", "csv", "--out", str(folder), "--force")
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert folder.is_dir() and untouched(kept)
    assert leftovers(tmp_path) == []


def test_a_missing_folder_is_a_usage_error(export: Any, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "events.csv"
    status, err = export("--format", "csv", "--out", str(out))
    assert status == 2 and "no-such-folder" in err
    assert not out.parent.exists()
