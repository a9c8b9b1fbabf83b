"""Each spaCy component on its own or with the few it needs, on hand-built text; the whole
pipeline's contracts; a record from a pipeline with any one component turned off."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import spacy
from spacy.language import Language

from accord.extract.components import BEFORE_PARSER, PIPELINE
from accord.extract.components.base import Component
from accord.extract.extractor import Extractor
from accord.extract.facts import Facts, register_extensions
from accord.extract.lexicon import Lexicon
from accord.ingest import parse_text

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "shared" / "spec" / "record.schema.json").read_text())


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def blank(lexicon: Lexicon, *names: str) -> Language:
    """A blank English pipeline (no model: no parse, no entities) with accord's components `names`."""
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in names:
        component = nlp.add_pipe(name)
        assert isinstance(component, Component)
        component.initialize(lexicon=lexicon)
    return nlp


def test_the_page_cuts_sentences_at_line_breaks_and_finds_its_own_lines(lexicon: Lexicon) -> None:
    nlp = blank(lexicon, "accord_page")
    text = "Home | News | Foreign Policy\nMinisters meet in Astana\n\nThe ministers met in Astana. Sl.kz cites MFA."
    facts = Facts(nlp(text))
    said = [text[s.start : s.end] for s in facts.sentences]
    assert said[:2] == ["Home | News | Foreign Policy", "Ministers meet in Astana"]
    assert any(text[s:e].startswith("Home | News") for s, e in facts.furniture)
    assert facts.attribution == ["Sl.kz", "MFA"]


def test_countries_come_from_names_demonyms_and_the_dateline(lexicon: Lexicon) -> None:
    nlp = blank(lexicon, "accord_countries")
    facts = Facts(nlp("ASHGABAT, 14 May (Steppe News) — The Kazakh minister met his Japanese counterpart."))
    assert sorted(facts.countries) == ["JP", "KZ"]
    assert facts.dateline_country == "TM"


def test_people_are_read_from_their_titles_without_a_model(lexicon: Lexicon) -> None:
    nlp = blank(lexicon, "accord_page", "accord_countries", "accord_people")
    text = "Ministers meet\n\nOn Monday, Foreign Minister of Kazakhstan Aigerim Sarsen met the press in Astana."
    facts = Facts(nlp(text))
    assert [(p.name, [(r.title, r.country) for r in p.roles]) for p in facts.people] == [
        ("Aigerim Sarsen", [("Foreign Minister", "KZ")])
    ]
    assert [a.name for a in facts.actors] == ["Aigerim Sarsen"]


def test_every_component_declares_what_it_reads_and_writes(extractor: Extractor) -> None:
    nlp = extractor.nlp
    assert nlp.pipe_names[-len(PIPELINE) :] == list(PIPELINE)
    assert all(name in nlp.pipe_names for name in BEFORE_PARSER)
    analysis = nlp.analyze_pipes(pretty=False)
    assert all(problems == [] for problems in analysis["problems"].values()), analysis["problems"]
    assert "doc._.events" in analysis["summary"]["accord_events"]["assigns"]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("off", PIPELINE)
def test_any_component_off_still_gives_a_valid_record(extractor: Extractor, off: str) -> None:
    seed = next((Path(__file__).resolve().parents[3] / "shared" / "seed").glob("*.txt"))
    with extractor.nlp.select_pipes(disable=[off]):
        record = extractor.extract(parse_text(seed.read_text(encoding="utf-8"))).to_dict()
    jsonschema.validate(record, SCHEMA)


def test_a_component_carries_its_lexicon_to_disk_and_back(tmp_path: Path, lexicon: Lexicon) -> None:
    nlp = blank(lexicon, "accord_countries")
    nlp.get_pipe("accord_countries").to_disk(tmp_path / "countries")
    (tmp_path / "countries" / "countries.jsonl").write_text(
        '{"code": "ZZ", "name": "Zembla", "aliases": [], "demonyms": ["Zemblan"]}\n', encoding="utf-8"
    )
    again = spacy.blank("en")
    again.add_pipe("accord_countries").from_disk(tmp_path / "countries")
    assert list(Facts(again("The Zemblan envoy arrived.")).countries) == ["ZZ"]


def test_a_component_used_before_initialize_says_so() -> None:
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("accord_countries")
    with pytest.raises(RuntimeError, match="initialize"):
        nlp("Kazakhstan")
