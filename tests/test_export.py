"""Exports read back by the tools of each format: csv, pyarrow, ElementTree, an RFC 5545
unfolding, JSON. The data comes from a real store filled with invented reports."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pyarrow.parquet as pq
import pytest
from conftest import Report

from accord.errors import RefuseOverwrite
from accord.export import FORMATS, export_to
from accord.store import Store

TEXT = (
    "Finland and Chile sign research pact\n\n12 March 2024\n\n"
    "Aino Korhonen met Tomás Herrera in Helsinki, Finland's capital, on Tuesday. "
    "They spoke by phone on 2 March. "
    "Herrera visited Espoo. "
    "Finland and Chile signed the Helsinki Research Agreement. "
    "Ambassador Lotta Berg presented her credentials to President Ilkka Saari. "
    "The ministers will attend the Arctic Forum summit with the Nordic Council on 1 June. "
    "The ministry issued a statement. "
    "They first met in 2019."
)


def sentence(start: str) -> str:
    begin = TEXT.index(start)
    return TEXT[begin : TEXT.index(".", begin) + 1]


MINISTERS = ("Aino Korhonen", "Tomás Herrera")
DAY = "2024-03-12"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    report = (
        Report(TEXT, DAY, "https://news.example/pact")
        .country("FI", "Finland")
        .country("CL", "Chile")
        .person("Aino Korhonen", title="Foreign Minister", country="FI")
        .person("Tomás Herrera", title="Foreign Minister", country="CL")
        .person("Lotta Berg", title="Ambassador", country="SE")
        .person("Ilkka Saari", country="FI")
        .organization("Nordic Council")
        .agreement("Helsinki Research Agreement", parties=("FI", "CL"), date=DAY, status="signed")
        .event("meeting", *MINISTERS, sentence=sentence("Aino"), date=DAY, place="Helsinki")
        .event("call", *MINISTERS, sentence=sentence("They spoke"), date="2024-03-02")
        .event("visit", "Tomás Herrera", sentence=sentence("Herrera visited"), date=DAY, place="Espoo")
        .event(
            "agreement",
            "Finland",
            "Chile",
            agreement="Helsinki Research Agreement",
            sentence=sentence("Finland and Chile signed"),
            date=DAY,
        )
        .event("credentials", "Lotta Berg", "Ilkka Saari", sentence=sentence("Ambassador"), date=DAY)
        .event(
            "summit",
            *MINISTERS,
            "Nordic Council",
            sentence=sentence("The ministers"),
            date="2024-06-01",
            status="scheduled",
        )
        .event("statement", "Finland", sentence=sentence("The ministry"), date=DAY)
        .event("meeting", *MINISTERS, sentence=sentence("They first"), date="2019")
    )
    with Store(f"sqlite:///{tmp_path / 'kb.db'}") as kb:
        kb.write(report.build())
        yield kb


def export(store: Store, fmt: str, tmp_path: Path) -> tuple[Path, int]:
    exporter = FORMATS[fmt]
    sources = {"events": store.events, "records": store.iter_records, "network": store.network}
    data: Any = sources[exporter.needs]()
    out = tmp_path / f"out.{fmt}"
    return out, export_to(exporter, data, out)


def test_csv_is_the_events_table(store: Store, tmp_path: Path) -> None:
    out, n = export(store, "csv", tmp_path)
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert n == len(rows) == 8
    meeting = next(r for r in rows if r["type"] == "meeting" and r["date"] == "2024-03-12")
    assert meeting["participants"] == "Aino Korhonen; Tomás Herrera" and meeting["place"] == "Helsinki"
    assert meeting["sources"] == store.events()[0]["sources"][0]["article_id"]


def test_parquet_keeps_lists_as_lists(store: Store, tmp_path: Path) -> None:
    out, n = export(store, "parquet", tmp_path)
    table = pq.read_table(out)
    assert table.num_rows == n == 8
    rows = table.to_pylist()
    summit = next(r for r in rows if r["type"] == "summit")
    assert summit["participants"] == ["Aino Korhonen", "Tomás Herrera", "Nordic Council"]
    assert summit["status"] == "scheduled" and summit["ordinal"] is None


def test_jsonl_is_one_record_per_article(store: Store, tmp_path: Path) -> None:
    out, n = export(store, "jsonl", tmp_path)
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == 1 and record["schema"] == "accord.record/1" and len(record["events"]) == 8


def test_graphml_is_the_network(store: Store, tmp_path: Path) -> None:
    out, n = export(store, "graphml", tmp_path)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = ET.parse(out).getroot().find("g:graph", ns)
    assert graph is not None
    nodes = {node.get("id"): {d.get("key"): d.text for d in node} for node in graph.findall("g:node", ns)}
    edges = graph.findall("g:edge", ns)
    assert n == len(edges) == len(store.network()["edges"])
    pair = next(
        e
        for e in edges
        if {nodes[e.get("source")]["name"], nodes[e.get("target")]["name"]} == {"Aino Korhonen", "Tomás Herrera"}
    )
    values = {d.get("key"): d.text for d in pair}
    assert values["count"] == "4" and values["dates"] == "2019 2024-03-02 2024-03-12 2024-06-01"


def unfold(ics: bytes) -> list[str]:
    """RFC 5545 3.1: a CRLF followed by a space continues the previous line."""
    text = ics.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")
    return text.replace("\r\n ", "").split("\r\n")


def test_ics_has_one_event_per_dated_day(store: Store, tmp_path: Path) -> None:
    out, n = export(store, "ics", tmp_path)
    raw = out.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    lines = unfold(raw)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2:] == ["END:VCALENDAR", ""]
    assert n == lines.count("BEGIN:VEVENT") == 7  # the meeting dated only "2019" has no day
    assert "DTSTART;VALUE=DATE:20240601" in lines and "STATUS:TENTATIVE" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:") and "Helsinki" in line)
    assert description == "DESCRIPTION:" + sentence("Aino").replace(",", "\\,")


def test_plover_maps_types_to_categories_and_modes(store: Store, tmp_path: Path) -> None:
    out, n = export(store, "plover", tmp_path)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(records) == 6  # no category for statements; "2019" is not a day
    by_text = {r["text"]: r for r in records}
    meeting = by_text[sentence("Aino")]
    assert meeting["event"] == ["CONSULT"] and "mode" not in meeting and meeting["recipient"] == []
    assert [(a["actor_text"], a["code"]) for a in meeting["source"]] == [
        ("Aino Korhonen", "FIN"),
        ("Tomás Herrera", "CHL"),
    ]
    assert meeting["date"] == "2024-03-12" and meeting["event_loc"] == {"name": "Helsinki"}
    assert by_text[sentence("They spoke")]["mode"] == ["phone"]
    assert by_text[sentence("Herrera visited")]["mode"] == ["visit"]
    summit = by_text[sentence("The ministers")]
    assert summit["mode"] == ["multilateral"] and summit["context"] == ["future"]
    assert summit["source"][-1]["code"] == "IGO"
    assert by_text[sentence("Finland and Chile signed")]["event"] == ["AGREE"]
    credentials = by_text[sentence("Ambassador")]
    assert [a["actor_text"] for a in credentials["source"]] == ["Lotta Berg"]
    assert [a["actor_text"] for a in credentials["recipient"]] == ["Ilkka Saari"]
    assert all(r["id"].startswith("accord-e") and r["quad_code"] == 1 for r in records)


def test_an_existing_file_is_kept_unless_forced(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    out.write_text("precious", encoding="utf-8")
    with pytest.raises(RefuseOverwrite) as refused:
        export_to(FORMATS["csv"], store.events(), out)
    assert refused.value.exit_status == 2
    assert out.read_text(encoding="utf-8") == "precious"
    assert export_to(FORMATS["csv"], store.events(), out, force=True) == 8
    assert not list(tmp_path.glob(".*partial"))


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "broken.csv"
    with pytest.raises(KeyError):
        export_to(FORMATS["csv"], [{"participants": None, "sources": [{"no": "article id"}]}], out)
    assert list(tmp_path.iterdir()) == []
