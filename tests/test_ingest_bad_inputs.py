"""The bad-inputs corpus (tests/bad_inputs): every kind has the outcome its README documents."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from accord.errors import InputError, TooLarge
from accord.ingest import read_sources
from accord.records import Article
from accord.settings import Settings

BAD = Path(__file__).parent / "bad_inputs"
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ROW = re.compile(
    r"\| `(?P<name>[^`]+)` \| [^|]* \| (?:read|rejected: `(?P<kind>\w+)` (?P<code>E\d+))"
    r" \| (?P<detail>.*) \|"
)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bad_inputs_generate", BAD / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATE = _generator()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "bad_inputs"
    shutil.copytree(BAD, folder)
    GENERATE.write_generated(folder)
    return folder


@pytest.fixture(scope="module")
def outcomes(corpus: Path) -> dict[str, Article | InputError]:
    """What reading the whole corpus folder gives, by name relative to the folder."""
    items = list(read_sources([str(corpus)]))
    for name, item in items:
        assert not isinstance(item, InputError) or (item.source == name and "\n" not in item.message)
    return {name.removeprefix(f"{corpus}/"): item for name, item in items}


def documented() -> dict[str, re.Match[str]]:
    rows = [ROW.fullmatch(line) for line in (BAD / "README.md").read_text(encoding="utf-8").splitlines()]
    return {row["name"]: row for row in rows if row}


def test_every_input_is_documented(outcomes: dict[str, Article | InputError]) -> None:
    assert len(documented()) >= 30
    assert sorted(outcomes) == sorted(documented())


@pytest.mark.parametrize("name", sorted(documented()))
def test_documented_outcome_holds(outcomes: dict[str, Article | InputError], name: str) -> None:
    row, item = documented()[name], outcomes[name]
    if row["kind"] is None:
        assert isinstance(item, Article), item
        return
    assert isinstance(item, InputError)
    assert (type(item).__name__, item.code) == (row["kind"], row["code"])
    message = ".*".join(map(re.escape, row["detail"].strip("`").split("…")))
    assert re.fullmatch(message, item.message), item.message


def text_of(outcomes: dict[str, Article | InputError], name: str) -> Article:
    item = outcomes[name]
    assert isinstance(item, Article), item
    return item


def test_decoded_inputs_read_as_written(outcomes: dict[str, Article | InputError]) -> None:
    for name in ("utf16-bom.txt", "utf8-bom-crlf.txt", "latin1.txt", "symlink-loop/inner/article.txt"):
        assert text_of(outcomes, name).text == GENERATE.ARTICLE, name
    assert "Café owners in Genève-sur-Lac" in GENERATE.ARTICLE
    assert text_of(outcomes, "cp1251.txt").title == "Норландия и Вестерия договорились о речной комиссии"


def test_large_and_long_inputs_are_read_whole(outcomes: dict[str, Article | InputError]) -> None:
    big = text_of(outcomes, "big-20mb.txt")
    assert big.text.startswith(GENERATE.ARTICLE) and len(big.text) == GENERATE.BIG_BYTES - 2  # two "é"
    sentence = text_of(outcomes, "long-sentence-100k.txt").text.split("\n\n")[1]
    assert len(sentence) > 100_000 and sentence.count(".") == 1


def test_date_lines(outcomes: dict[str, Article | InputError]) -> None:
    russian = text_of(outcomes, "russian-date-line.txt")
    assert (russian.title, russian.published, russian.views) == (
        "Norland and Ostmark discuss energy cooperation",
        "2023-01-24T11:08",
        532,
    )
    assert text_of(outcomes, "kazakh-date-line.txt").published == "2024-03-15"
    undated = text_of(outcomes, "no-date-line.txt")
    assert undated.title == "Vesteria and Ostmark agree to reopen border crossing"
    assert undated.published is None
    assert text_of(outcomes, "broken-lines.jsonl#10").published is None
    assert text_of(outcomes, "broken-lines.jsonl#3").published == "2024-01-11T09:15"


def test_size_limit_rejects_before_reading(corpus: Path) -> None:
    [(_, item)] = read_sources([str(corpus / "big-20mb.txt")], Settings(max_input_bytes=10_000_000))
    assert isinstance(item, TooLarge)
    assert item.message == "20,971,520 bytes is over the limit of 10,000,000 bytes (ACCORD_MAX_INPUT_BYTES)"


def test_cli_writes_the_good_and_names_the_bad(corpus: Path, tmp_path: Path) -> None:
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    shutil.copy(FIXTURES / "article.txt", mixed / "good-article.txt")
    shutil.copy(FIXTURES / "page.html", mixed / "good-page.html")
    shutil.copy(FIXTURES / "records.jsonl", mixed / "good-records.jsonl")
    for name in ("empty.txt", "png-named.txt", "script-style-only.html", "broken-lines.jsonl", "utf16-bom.txt"):
        shutil.copy(corpus / name, mixed / name)
    shutil.copytree(corpus / "symlink-loop", mixed / "symlink-loop", symlinks=True)
    out = tmp_path / "records"
    accord = Path(sys.executable).with_name("accord")  # .venv/bin/accord
    done = subprocess.run(
        [str(accord), "extract", str(mixed), "--out", str(out)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 1, done.stderr
    bad = [
        "empty.txt",
        "png-named.txt",
        "script-style-only.html",
        "symlink-loop/inner/back",
        *(f"broken-lines.jsonl#{n}" for n in (2, 4, 6, 7, 8, 9)),
    ]
    for name in bad:
        assert f"accord: {mixed}/{name}: " in done.stderr, name
    assert len(done.stderr.strip().splitlines()) == len(bad), done.stderr
    written = {path.name: json.loads(path.read_text(encoding="utf-8")) for path in out.iterdir()}
    assert sorted(written) == sorted(
        [
            "good-article.json",
            "good-page.json",
            "good-records-1.json",
            "good-records-2.json",
            "good-records-3.json",
            "broken-lines-1.json",
            "broken-lines-3.json",
            "broken-lines-10.json",
            "utf16-bom.json",
            "article.json",
        ]
    )
    assert all(record["schema"] == "accord.record/1" for record in written.values())
    assert written["good-page.json"]["article"]["title"] == "Norland and Vesteria sign fisheries accord"
    assert written["broken-lines-3.json"]["article"]["published"] == "2024-01-11T09:15"
