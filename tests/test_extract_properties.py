"""Properties of the extractor on generated text, through the one flow the CLI and the web
app use: `Pipeline().process(parse_text(text))`.

For any text (random unicode, or generated "articles" of titles, invented names, dates,
Cyrillic look-alike letters, non-breaking spaces, guillemets and other copy-paste debris):
no exception, every mention and evidence span inside the text and non-empty, each mention
exactly the words it covers, dates that exist, and a record that validates against
record.schema.json and survives its JSON round trip.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.ingest import parse_text
from accord.pipeline import Pipeline
from accord.records import Extraction

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "spec" / "record.schema.json"
SECTIONS = ("people", "organizations", "countries", "places", "agreements")
checks = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# --- generated articles ---------------------------------------------------------------------------

# Invented people; real states, capitals and bodies (the extractor's lexicons know those).
GIVEN = ("Aino", "Bruno", "Kaija", "Tomás", "Aigerim", "Nurlan", "Ilse", "Mateus", "Yerlan", "Sofía", "Jean-Luc")
SURNAMES = (
    "Korhonen",
    "Etcheverry",
    "Tamm",
    "Sultanbekova",
    "Varkonyi",
    "Brandolim",
    "Zhaksybek",
    "O'Connell",
    "van der Berg",
    "Abdrakhmanov",
    "Al-Rashidi",
)
TITLES = (
    "President",
    "Foreign Minister",
    "Prime Minister",
    "Minister of Foreign Affairs",
    "Ambassador",
    "Deputy Foreign Minister",
    "Secretary-General",
    "H.E.",
    "Mr.",
    "Dr.",
    "Special Envoy",
    "",
)
STATES = (
    "Kazakhstan",
    "Kazakh",
    "the European Union",
    "EU",
    "Chile",
    "Chilean",
    "Estonia",
    "Japan",
    "Uzbekistan",
    "the Republic of Korea",
    "Türkiye",
    "Côte d'Ivoire",
    "Viet Nam",
    "the United States",
)
PLACES = ("Astana", "Brussels", "Santiago", "Tallinn", "Tashkent", "Geneva", "New York", "Samarkand")
BODIES = (
    "the United Nations",
    "the OSCE",
    "NATO",
    "the Ministry of Foreign Affairs",
    "the European Commission",
    "ASEAN",
    "the Shanghai Cooperation Organisation (SCO)",
)
DATES = (
    "12 March 2024",
    "March 12, 2024",
    "2024-03-12",
    "12.03.2024",
    "yesterday",
    "last week",
    "on Tuesday",
    "next month",
    "31 February 2024",
    "0 March 0000",
    "in 2023",
    "24 января 2023, 11:08",
    "1 May",
    "December 31, 1999",
    "99999",
    "12–14 June 2023",
    "the 30th anniversary",
    "Q3 2025",
)
VERBS = (
    "met",
    "held talks with",
    "paid an official visit to",
    "held a phone call with",
    "presented credentials to",
    "was appointed as",
    "will visit",
    "signed a memorandum with",
    "issued a statement with",
    "congratulated",
    "received",
)
AGREEMENTS = (
    "a memorandum of understanding on trade",
    "the «Roadmap for Cooperation»",
    '"Agreement on Visa Exemption"',
    "the Partnership and Cooperation Agreement",
    "a joint declaration",
)
DEBRIS = (
    "\u00a0",
    "\u200b",
    "\u00ad",
    "\u0301",
    "\u200f",
    "\u202f",
    "«",
    "»",
    "“",
    "”",
    "—",
    "–",
    "…",
    "\t",
    "\r\n",
    "\n\n",
    "🇰🇿",
    "&nbsp;",
    "<b>",
    "\ufeff",
    "(",
    ")",
    '"',
    "'",
    "Share | Print",
)
# Latin letters and the Cyrillic letters copy-pasted text sometimes carries instead.
LOOK_ALIKES = str.maketrans("aeopcxyiAEOPCTHKMBX", "аеорсхуіАЕОРСТНКМВХ")

names = st.builds(lambda g, s: f"{g} {s}", st.sampled_from(GIVEN), st.sampled_from(SURNAMES))
actors = st.one_of(
    st.builds(lambda t, n: f"{t} {n}".strip(), st.sampled_from(TITLES), names),
    names,
    st.sampled_from(STATES),
    st.sampled_from(BODIES),
    st.from_regex(r"[A-Z][a-z]{1,9}( [A-Z][a-z]{1,12})?", fullmatch=True),
)


def _sentence(who: str, verb: str, whom: str, where: str, when: str, what: str) -> str:
    return " ".join(part for part in (who, verb, whom, where, when, what) if part) + "."


sentences = st.builds(
    _sentence,
    actors,
    st.sampled_from(VERBS),
    actors,
    st.sampled_from(PLACES).map(lambda p: f"in {p}") | st.just(""),
    st.sampled_from(DATES).map(lambda d: f"on {d}") | st.just(""),
    st.sampled_from(AGREEMENTS).map(lambda a: f"and signed {a}") | st.just(""),
)


@st.composite
def articles(draw: st.DrawFn) -> str:
    title = draw(st.builds(_sentence, actors, st.sampled_from(VERBS), actors, st.just(""), st.just(""), st.just("")))
    date_line = draw(st.sampled_from(DATES) | st.just(""))
    body = draw(st.lists(sentences | st.sampled_from(DEBRIS), min_size=1, max_size=12))
    text = f"{title.rstrip('.')}\n\n{date_line}\n\n" + " ".join(body)
    if draw(st.booleans()):  # some letters swapped for their Cyrillic look-alikes
        rnd = draw(st.randoms(use_true_random=False))
        text = "".join(c.translate(LOOK_ALIKES) if rnd.random() < 0.3 else c for c in text)
    if draw(st.booleans()):
        text = text.replace(" ", "\u00a0")
    return text


# --- the properties -------------------------------------------------------------------------------


def _inside(text: str, span: dict[str, int]) -> str:
    start, end = span["start"], span["end"]
    assert 0 <= start < end <= len(text), (span, len(text))
    return text[start:end]


def _real_date(value: str | None) -> None:
    """A date the record gives exists in the calendar, at whatever precision it has."""
    if value is None:
        return
    day = value[:10]
    if len(day) == 10:
        date.fromisoformat(day)
    elif len(day) == 7:
        assert 1 <= int(day[5:7]) <= 12, value


def check(pipeline: Pipeline, validator: jsonschema.Draft202012Validator, raw: str) -> dict[str, Any]:
    article = parse_text(raw)
    text = article.text
    extraction = pipeline.process(article)
    record = extraction.to_dict()
    assert [e.message for e in validator.iter_errors(record)] == []
    for section in SECTIONS:
        for entity in record[section]:
            for mention in entity.get("mentions", []):
                said = _inside(text, mention)
                assert said and said.strip() == said, (section, entity, said)
    for event in record["events"]:
        assert _inside(text, event["evidence"]).strip(), event
        _real_date(event["date"])
    for agreement in record["agreements"]:
        _real_date(agreement["date"])
    _real_date(record["article"]["published"])
    again = json.loads(json.dumps(record, ensure_ascii=False))
    assert Extraction.from_dict(again, text).to_dict() == record
    return record


@checks
@given(raw=st.text(min_size=1, max_size=400))
def test_any_unicode_text(pipeline: Pipeline, validator: jsonschema.Draft202012Validator, raw: str) -> None:
    check(pipeline, validator, raw)


@checks
@given(raw=articles())
def test_generated_articles(pipeline: Pipeline, validator: jsonschema.Draft202012Validator, raw: str) -> None:
    check(pipeline, validator, raw)


def test_the_generator_reaches_the_extractor(pipeline: Pipeline, validator: jsonschema.Draft202012Validator) -> None:
    """The generated shape gives facts, so the properties above are checked on real output."""
    raw = (
        "Foreign Minister Aino Korhonen met Foreign Minister Bruno Etcheverry\n\n12 March 2024\n\n"
        "Foreign Minister Aino Korhonen met Foreign Minister Bruno Etcheverry in Tallinn on 12 March 2024 "
        "and signed a memorandum of understanding on trade."
    )
    record = check(pipeline, validator, raw.translate(LOOK_ALIKES).replace(" ", "\u00a0"))
    assert record["people"] and record["events"]
