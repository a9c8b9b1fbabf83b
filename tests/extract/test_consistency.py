"""Facts that contradict their own article are not written (accord.consistency), on every corpus
the accuracy gate scores, and on the seed's facts a reader checks first."""

from __future__ import annotations

import json

import pytest

from accord.consistency import contradictions
from accord.ingest import parse_text
from accord.pipeline import Pipeline

from .test_accuracy import ROOT, load_baseline

CORPORA = load_baseline()["corpora"]


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_no_record_contradicts_its_article(pipeline: Pipeline, name: str) -> None:
    folder = ROOT / CORPORA[name]["path"]
    found = []
    for path in sorted(folder.glob("*.txt")):
        article = parse_text(path.read_text(encoding="utf-8"), source=str(path))
        record = pipeline.process(article).to_dict()
        found += [f"{path.name}: {line}" for line in contradictions(record, article.text)]
    assert found == []


def _record(pipeline: Pipeline, text: str) -> dict:
    article = parse_text(text)
    return json.loads(json.dumps(pipeline.process(article).to_dict()))


def test_the_seed_reads_as_its_article_says(pipeline: Pipeline) -> None:
    seed = next((ROOT.parent / "shared" / "seed").glob("*.txt"))
    record = _record(pipeline, seed.read_text(encoding="utf-8"))
    visit = next(e for e in record["events"] if e["type"] == "visit")
    assert (visit["date"], visit["status"]) == ("2022-10", "occurred")  # told in an article of January 2023
    anniversary = next(e for e in record["events"] if e["type"] == "anniversary")
    assert (anniversary["date"], anniversary["status"], anniversary["place"]) == ("2023-02-02", "scheduled", None)
    epca = next(a for a in record["agreements"] if a["name"].startswith("Enhanced Partnership"))
    assert len(epca["parties"]) == 2 and "KZ" in epca["parties"]


PAST_PLAN = (
    "Ministers review the plan agreed at last year's talks\n\n"
    "14 March 2025\n\n"
    "The Minister of Foreign Affairs of Ghana, Kwame Asante, and the Minister of Foreign "
    "Affairs of Norway, Ingrid Dahl, held talks in Accra on 3 February 2025, a meeting the two "
    "ministries had planned to hold in Oslo. The two ministers will meet again in Oslo on 20 "
    "June 2025. \n"
)


def test_a_past_day_has_passed_and_a_later_one_is_to_come(pipeline: Pipeline) -> None:
    record = _record(pipeline, PAST_PLAN)
    dated = {e["date"]: e for e in record["events"] if e["type"] == "meeting"}
    assert dated["2025-02-03"]["status"] == "occurred"
    assert dated["2025-06-20"]["status"] == "scheduled"
    assert contradictions(record, parse_text(PAST_PLAN).text) == []


BETWEEN = (
    "Chile and Peru sign border agreement\n\n"
    "2 May 2025\n\n"
    "The Agreement on Border Crossings between Chile and the Republic of Peru was signed in "
    "Lima on Friday by the two foreign ministers. The Framework Agreement on Fisheries between "
    "Mercosur and the Republic of the Philippines, concluded last year, was also discussed. \n"
)


def test_an_agreement_between_two_sides_has_both(pipeline: Pipeline) -> None:
    record = _record(pipeline, BETWEEN)
    parties = {a["name"]: a["parties"] for a in record["agreements"]}
    border = next(p for n, p in parties.items() if n.startswith("Agreement on Border Crossings"))
    assert sorted(border) == ["CL", "PE"]
    fisheries = next(p for n, p in parties.items() if n.startswith("Framework Agreement on Fisheries"))
    assert len(fisheries) == 2 and "PH" in fisheries
    concluded = next(e for e in record["events"] if e["type"] == "agreement" and e["date"] == "2024")
    assert concluded["place"] is None  # concluded last year, not at Friday's signing in Lima


UNTIED = (
    "Foreign Minister marks anniversary of relations\n\n"
    "5 April 2025\n\n"
    "The 30th anniversary of diplomatic relations between Mongolia and Sweden, on 20 April, "
    "follows the visit of the Swedish Foreign Minister Karin Berg to Ulaanbaatar last year. \n"
)


def test_a_place_goes_only_with_the_event_it_is_tied_to(pipeline: Pipeline) -> None:
    record = _record(pipeline, UNTIED)
    anniversary = next(e for e in record["events"] if e["type"] == "anniversary")
    assert anniversary["place"] is None  # Ulaanbaatar is where the visit went, not where the anniversary is
