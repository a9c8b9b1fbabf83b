"""Records validate against record.schema.json, and every offset points at what it names."""

from __future__ import annotations

import json

import jsonschema
import pytest

from accord.ingest import parse_text
from accord.records import Extraction
from tests.extract.conftest import SHARED

SCHEMA_PATH = SHARED / "spec" / "record.schema.json"
ARTICLES = sorted((SHARED / "corpus" / "dev").glob("*.txt")) + sorted((SHARED / "seed").glob("*.txt"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text()))


@pytest.fixture(scope="module")
def records(pipeline) -> list[tuple[str, dict]]:
    articles = [parse_text(p.read_text(encoding="utf-8"), source=str(p)) for p in ARTICLES]
    return [(a.text, x.to_dict()) for a, x in zip(articles, pipeline.process_many(articles), strict=True)]


def test_every_record_validates(records, validator) -> None:
    assert records, "no articles found beside the repo"
    for _, record in records:
        errors = [e.message for e in validator.iter_errors(record)]
        assert errors == []


def test_every_mention_is_the_text_it_names(records) -> None:
    for text, record in records:
        for section in ("people", "organizations", "places", "countries"):
            for entity in record[section]:
                for m in entity["mentions"]:
                    said = text[m["start"] : m["end"]]
                    assert said.strip() == said and said, (section, entity.get("name"), m)


def test_round_trip_through_json(records) -> None:
    text, record = records[0]
    again = Extraction.from_dict(json.loads(json.dumps(record)), text).to_dict()
    assert again == record


def test_dates_follow_the_spec(records) -> None:
    for _, record in records:
        for event in record["events"]:
            assert event["date"] is None or len(event["date"]) in (4, 7, 10)


def test_seed_facts(extract) -> None:
    """The facts the project started from, read from the seed article."""
    text = (SHARED / "seed" / "kazakhstan-eu-30th-anniversary.txt").read_text(encoding="utf-8")
    record = extract(text).to_dict()
    assert record["article"]["published"] == "2023-01-24T11:08"
    assert record["article"]["attribution"] == ["Sl.kz", "MFA"]
    assert record["article"]["views"] == 747
    meetings = [e for e in record["events"] if e["type"] == "meeting" and e["date"] == "2023-01-24"]
    assert len(meetings) == 4
    assert all(e["place"] == "Brussels" for e in meetings)
    by_type = {(e["type"], e["date"]) for e in record["events"]}
    assert ("visit", "2022-10") in by_type
    assert ("anniversary", "2023-02-02") in by_type
    assert ("election", "2023-03-19") in by_type
    epca = next(a for a in record["agreements"] if "EPCA" in a["aliases"])
    assert epca["name"] == "Enhanced Partnership and Cooperation Agreement"
