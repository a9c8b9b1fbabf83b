"""The Kazakhstan–EU relation, end to end: the seed article and the dev corpus through the real
extractor into SQLite and PostgreSQL, read through /api/relations/KZ/EU and through
`accord timeline --between KZ EU --format json`.

The seed says what the relation holds: four meetings of the deputy foreign minister with EU
officials in Brussels on 24 January 2023, the European Council President's visit to Astana
in October 2022, the President's meeting with the Commission President, the 30th
anniversary on 2 February, and two agreements between Kazakhstan and the EU. Each row must
say who stood for each side, in which office, and the sentence that tells it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accord.cli import main
from accord.ingest import read_sources
from accord.pipeline import Pipeline
from accord.records import Article, Extraction
from accord.settings import Settings
from accord.store import Store
from accord.web import create_app

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED, DEV = SHARED / "seed", SHARED / "corpus" / "dev"
BRUSSELS = {"Luc Devigne", "Eamon Gilmore", "Nacho Sanchez Amor", "Andrius Kubilius"}


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    """The seed and dev records, extracted once for both databases."""
    sources = sorted(str(p) for folder in (SEED, DEV) for p in folder.glob("*.txt"))
    articles = [item for _, item in read_sources(sources) if isinstance(item, Article)]
    return list(Pipeline().process_many(articles))


@pytest.fixture
def relation(db_url: str, extractions: list[Extraction]) -> Iterator[dict[str, Any]]:
    with Store(db_url) as store:
        for extraction in extractions:
            store.write(extraction)
        client = TestClient(create_app(Settings(db_url=db_url), store))
        response = client.get("/api/relations/KZ/EU")
        assert response.status_code == 200
        yield response.json()


def names(side: list[dict[str, Any]]) -> set[str]:
    return {r["name"] for r in side}


def rows(relation: dict[str, Any], type: str, on: str) -> list[dict[str, Any]]:
    return [e for e in relation["events"] if e["type"] == type and (e["date"] or "").startswith(on)]


def test_the_brussels_meetings_name_each_side_and_the_sentence(relation: dict[str, Any]) -> None:
    assert (relation["a"], relation["b"], relation["a_id"], relation["b_id"]) == (
        "Kazakhstan",
        "European Union",
        "KZ",
        "EU",
    )
    brussels = rows(relation, "meeting", "2023-01-24")
    assert {n for e in brussels for n in names(e["sides"]["b"])} == BRUSSELS
    for e in brussels:
        assert e in relation["meetings"] and e["place"] == "Brussels"
        [kz] = e["sides"]["a"]
        assert (kz["name"], kz["office"]) == ("Roman Vassilenko", "Deputy Minister of Foreign Affairs")
        assert kz["reason"] == "Roman Vassilenko, Deputy Minister of Foreign Affairs (KZ)"
        [eu] = e["sides"]["b"]
        assert eu["polity"] == "EU" and eu["office"] and eu["reason"].endswith("(EU)")
        # The sentence names the EU side's representative (by name or by office).
        sentence = e["sources"][0]["sentence"]
        assert eu["name"] in sentence or eu["office"] in sentence


def test_the_visit_and_the_presidents_meeting(relation: dict[str, Any]) -> None:
    [visit] = rows(relation, "visit", "2022-10")
    assert [(r["name"], r["office"]) for r in visit["sides"]["b"]] == [
        ("Charles Michel", "President of the European Council")
    ]
    # The article names no one for Kazakhstan: the state of the place hosts the visit.
    assert [r["reason"] for r in visit["sides"]["a"]] == ["host of a visit to Astana (KZ)"]
    assert "Charles Michel to Astana" in visit["sources"][0]["sentence"]

    [talks] = rows(relation, "meeting", "2022")
    assert [(r["name"], r["office"]) for r in talks["sides"]["a"]] == [("Kassym-Jomart Tokayev", "President")]
    assert [(r["name"], r["office"]) for r in talks["sides"]["b"]] == [
        ("Ursula von der Leyen", "President of the European Commission")
    ]
    assert "Ursula von der Leyen" in talks["sources"][0]["sentence"]
    assert {visit["id"], talks["id"]} <= {e["id"] for e in relation["meetings"]}


def test_the_thirtieth_anniversary(relation: dict[str, Any]) -> None:
    [anniversary] = [e for e in relation["anniversaries"] if e["date"] == "2023-02-02"]
    assert anniversary["ordinal"] == 30
    assert names(anniversary["sides"]["a"]) == {"Kazakhstan"} and anniversary["sides"]["b"][0]["polity"] == "EU"
    assert "30th anniversary of diplomatic relations" in anniversary["sources"][0]["sentence"]
    # Relations began on 2 February 1993: the calendar gives the next anniversary to come.
    assert any(x["kind"] == "anniversary" and x["date"].endswith("-02-02") for x in relation["upcoming"])


def agreement(relation: dict[str, Any], name: str) -> dict[str, Any]:
    found = [g for g in relation["agreements"] if g["name"].startswith(name)]
    assert found, f"no {name} in the relation's agreements: {[g['name'] for g in relation['agreements']]}"
    return found[0]


def test_the_epca_has_both_parties(relation: dict[str, Any]) -> None:
    epca = agreement(relation, "Enhanced Partnership and Cooperation Agreement")
    assert set(epca["party_polities"]) == {"KZ", "EU"} and epca["history"]


def test_the_memorandum_has_both_parties(relation: dict[str, Any]) -> None:
    """Both parties, and only they: the dev set's India–Sri Lanka defence memorandum is
    another agreement, though both are a "Memorandum of Understanding"."""
    memorandum = agreement(relation, "Memorandum of Understanding on a strategic partnership")
    assert memorandum["party_polities"] == ["EU", "KZ"] and memorandum["status"] == "signed"
    assert len(memorandum["sources"]) == 1


def test_the_timeline_between_the_two_gives_the_same_rows(
    db_url: str,
    relation: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        sys, "argv", ["accord", "timeline", "--between", "KZ", "EU", "--format", "json", "--limit", "0", "--db", db_url]
    )
    with pytest.raises(SystemExit) as exit:
        main()
    assert exit.value.code in (0, None)
    timeline = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in timeline] == [e["id"] for e in relation["events"]]
    by_id = {e["id"]: e for e in timeline}
    for e in rows(relation, "meeting", "2023-01-24"):
        reps = by_id[e["id"]]["representatives"]
        assert {r["polity"] for r in reps} == {"KZ", "EU"}
        assert "Roman Vassilenko, Deputy Minister of Foreign Affairs (KZ)" in {r["reason"] for r in reps}
        assert by_id[e["id"]]["sources"][0]["sentence"] == e["sources"][0]["sentence"]
