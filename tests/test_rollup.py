"""Roll-up of people to polities as of each event's date, when offices change between
articles: invented reports built by hand, stored through `Store.write`, read through the
relation timeline, on SQLite and PostgreSQL."""

from __future__ import annotations

from conftest import Report, migrate_again
from sqlalchemy import select

from accord.store import Store
from accord.store.schema import PolityPair


def reasons(kb: Store, a: str, b: str) -> dict[str | None, set[str]]:
    """Each relation event's date -> why its representatives count for their polities."""
    return {e["date"]: {r["reason"] for r in e["representatives"]} for e in kb.events(between=(a, b))}


def minister(published: str) -> Report:
    text = f"Talks in Santiago\n\nAino Korhonen met Tomás Herrera in Santiago on {published}."
    return (
        Report(text, published)
        .person("Aino Korhonen", title="Minister for Foreign Affairs", country="FI")
        .person("Tomás Herrera", title="Minister of Foreign Affairs", country="CL")
        .event("meeting", "Aino Korhonen", "Tomás Herrera", sentence=text.split("\n\n")[1], date=published)
    )


def ambassador(published: str) -> Report:
    text = f"Credentials in Santiago\n\nAino Korhonen met Tomás Herrera in Santiago on {published}."
    return (
        Report(text, published)
        .person("Aino Korhonen", title="Ambassador of Finland to Chile", country="FI")
        .person("Tomás Herrera", title="Minister of Foreign Affairs", country="CL")
        .event("meeting", "Aino Korhonen", "Tomás Herrera", sentence=text.split("\n\n")[1], date=published)
    )


def test_a_minister_who_becomes_ambassador_counts_for_the_same_state_in_each_office(kb: Store) -> None:
    kb.write(ambassador("2024-05-02").build())
    kb.write(minister("2021-03-10").build())  # the earlier office, stored later
    found = reasons(kb, "FI", "CL")
    assert "Aino Korhonen, Minister for Foreign Affairs (FI)" in found["2021-03-10"]
    assert "Aino Korhonen, Ambassador of Finland to Chile (FI)" in found["2024-05-02"]


def test_a_national_post_then_an_eu_post_count_for_each_at_their_dates(kb: Store) -> None:
    later = "Talks in Tallinn\n\nKaja Kallas met Tomás Herrera on 2025-02-10. She had met him on 2023-06-01."
    kb.write(
        Report(later, "2025-02-12")
        .person("Kaja Kallas", title="High Representative of the European Union", country="EU")
        .person("Tomás Herrera", title="Minister of Foreign Affairs", country="CL")
        .event(
            "meeting",
            "Kaja Kallas",
            "Tomás Herrera",
            sentence="Kaja Kallas met Tomás Herrera on 2025-02-10.",
            date="2025-02-10",
        )
        .event("meeting", "Kaja Kallas", "Tomás Herrera", sentence="She had met him on 2023-06-01.", date="2023-06-01")
        .build()
    )
    # Told only of her EU office, the store counts her for the EU at both dates ...
    assert set(reasons(kb, "EU", "CL")) == {"2023-06-01", "2025-02-10"}
    earlier = "Estonia's Prime Minister in Chile\n\nKaja Kallas met Tomás Herrera on 2023-06-01."
    kb.write(
        Report(earlier, "2023-06-02")
        .person("Kaja Kallas", title="Prime Minister", country="EE")
        .person("Tomás Herrera", title="Minister of Foreign Affairs", country="CL")
        .event(
            "meeting",
            "Kaja Kallas",
            "Tomás Herrera",
            sentence="Kaja Kallas met Tomás Herrera on 2023-06-01.",
            date="2023-06-01",
        )
        .build()
    )
    # ... until an article of 2023 reports her national office: then the 2023 meeting is Estonia's.
    assert set(reasons(kb, "EE", "CL")) == {"2023-06-01"}
    assert "Kaja Kallas, Prime Minister (EE)" in reasons(kb, "EE", "CL")["2023-06-01"]
    assert set(reasons(kb, "EU", "CL")) == {"2025-02-10"}
    assert "Kaja Kallas, High Representative of the European Union (EU)" in reasons(kb, "EU", "CL")["2025-02-10"]


def test_the_pair_sums_follow_replacements_merges_and_office_changes(kb: Store) -> None:
    """The relation overview and the country network read per-pair sums kept at write time;
    they must count what the roll-up holds after every kind of change."""
    first = "Talks and a call\n\nAino Korhonen met Tomás Herrera on 2022-01-10. She called Lucía Gómez on 2022-02-02."
    kb.write(
        Report(first, "2022-02-03", "https://news.example/fi")
        .person("Aino Korhonen", title="Minister for Foreign Affairs", country="FI")
        .person("Tomás Herrera", title="Minister of Foreign Affairs", country="CL")
        .person("Lucía Gómez", title="Minister of Foreign Affairs", country="AR")
        .event("meeting", "Aino Korhonen", "Tomás Herrera", sentence=first.split("\n\n")[1][:44], date="2022-01-10")
        .event(
            "call", "Aino Korhonen", "Lucía Gómez", sentence="She called Lucía Gómez on 2022-02-02.", date="2022-02-02"
        )
        .build()
    )
    kb.write(ambassador("2024-05-02").build())  # an office reported later re-rolls her events
    kb.write(minister("2024-05-02").build())  # the same meeting again: merged, not counted twice
    replaced = "Talks\n\nAino Korhonen met Tomás Herrera on 2022-01-10."
    kb.write(  # the call is gone from the article's new text
        Report(replaced, "2022-02-04", "https://news.example/fi")
        .person("Aino Korhonen", title="Minister for Foreign Affairs", country="FI")
        .person("Tomás Herrera", title="Minister of Foreign Affairs", country="CL")
        .event("meeting", "Aino Korhonen", "Tomás Herrera", sentence=replaced.split("\n\n")[1], date="2022-01-10")
        .build()
    )
    together = kb.events(between=("FI", "CL"))
    assert [e["date"] for e in together] == ["2022-01-10", "2024-05-02"]
    overview = kb.relations("FI")
    assert overview is not None
    assert [(c["polity"], c["events"], c["last_date"]) for c in overview["counterparts"]] == [("CL", 2, "2024-05-02")]
    assert overview["counterparts"][0]["last_event"]["id"] == together[-1]["id"]
    network = kb.network(by="country")
    assert [(e["source"], e["target"], e["count"], e["dates"]) for e in network["edges"]] == [
        ("CL", "FI", 2, ["2022-01-10", "2024-05-02"])
    ]
    assert {n["id"]: n["count"] for n in network["nodes"]} == {"CL": 2, "FI": 2}
    assert kb.relations("AR") == {
        "id": "AR",
        "name": "Argentina",
        "total": 0,
        "offset": 0,
        "limit": 50,
        "counterparts": [],
    }


def talks(url: str, published: str, *meetings: tuple[str, str]) -> Report:
    """An article at `url` telling of meetings of Aino Korhonen (FI) on these dates, each with
    one of Tomás Herrera (CL) and Lucía Gómez (AR)."""
    told = {"CL": "Tomás Herrera", "AR": "Lucía Gómez"}
    sentences = [f"Aino Korhonen met {told[code]} on {day}." for day, code in meetings]
    report = Report("Talks\n\n" + " ".join(sentences), published, url)
    report.person("Aino Korhonen", title="Minister for Foreign Affairs", country="FI")
    for code in sorted({code for _, code in meetings}):
        report.person(told[code], title="Minister of Foreign Affairs", country=code)
    for (day, code), sentence in zip(meetings, sentences, strict=True):
        report.event("meeting", "Aino Korhonen", told[code], sentence=sentence, date=day)
    return report


def assert_last_events_hold(kb: Store, *polities: str) -> None:
    """Each counterpart's last event, as the overview reads it from the pair sums, is the
    latest (by date, then the latest stored) of the events the relation timeline lists."""
    for polity in polities:
        overview = kb.relations(polity, limit=None)
        assert overview is not None
        for c in overview["counterparts"]:
            dated = [e for e in kb.events(between=(polity, c["polity"])) if e["date"]]
            latest = max(dated, key=lambda e: (e["date"], int(e["id"][1:])), default=None)
            assert (c["last_event"] or {}).get("id") == (latest or {}).get("id"), (polity, c["polity"])
            assert c["last_date"] == (latest or {}).get("date")


def test_each_pair_keeps_its_last_event_through_replacements_and_merges(kb: Store) -> None:
    kb.write(talks("https://news.example/a", "2024-06-01", ("2024-05-02", "CL"), ("2023-01-05", "AR")).build())
    kb.write(talks("https://news.example/b", "2024-06-02", ("2024-05-02", "CL")).build())  # merged
    assert_last_events_hold(kb, "FI", "CL", "AR")
    # The first article told again without the May meeting: the second one still tells it.
    kb.write(talks("https://news.example/a", "2024-06-03", ("2023-01-05", "AR")).build())
    assert_last_events_hold(kb, "FI", "CL", "AR")
    # The second told again, the May meeting in other words: the event its only report
    # stood for is deleted and a new one stored on the same date; the pair's count stays.
    kb.write(talks("https://news.example/b", "2024-06-04", ("2024-05-02", "CL"), ("2022-03-03", "CL")).build())
    kb.write(talks("https://news.example/b", "2024-06-05", ("2022-03-03", "CL"), ("2024-05-02", "CL")).build())
    assert_last_events_hold(kb, "FI", "CL", "AR")
    overview = kb.relations("CL")
    assert overview is not None and overview["counterparts"][0]["last_date"] == "2024-05-02"
    assert overview["counterparts"][0]["events"] == 2
    # Neither article tells of Chile any more: the pair is gone, Argentina's last is earlier.
    kb.write(talks("https://news.example/b", "2024-06-06", ("2021-07-07", "AR")).build())
    assert_last_events_hold(kb, "FI", "CL", "AR")
    assert [c["polity"] for c in kb.relations("FI")["counterparts"]] == ["AR"]  # type: ignore[index]


def test_the_overview_pages_counterparts_most_events_first(kb: Store) -> None:
    kb.write(talks("https://news.example/a", "2024-06-01", ("2024-05-02", "CL"), ("2023-01-05", "AR")).build())
    kb.write(talks("https://news.example/b", "2024-06-02", ("2024-05-09", "CL")).build())
    everyone = kb.relations("FI", limit=None)
    assert everyone is not None and everyone["total"] == 2
    assert [(c["polity"], c["events"]) for c in everyone["counterparts"]] == [("CL", 2), ("AR", 1)]
    pages = [kb.relations("FI", limit=1, offset=n) for n in (0, 1, 2)]
    assert [[c["polity"] for c in p["counterparts"]] for p in pages if p] == [["CL"], ["AR"], []]
    assert all(p and (p["total"], p["limit"]) == (2, 1) for p in pages)
    assert pages[1] and pages[1]["counterparts"][0]["last_event"]["date"] == "2023-01-05"


def test_the_migration_fills_each_pairs_last_event_as_the_writers_keep_it(kb: Store) -> None:
    kb.write(talks("https://news.example/a", "2024-06-01", ("2024-05-02", "CL"), ("2023-01-05", "AR")).build())
    kb.write(talks("https://news.example/b", "2024-06-02", ("2024-05-02", "CL"), ("2024-05-02", "AR")).build())
    kb.write(talks("https://news.example/c", "2024-06-03", ("2022-01-01", "CL")).build())

    def pairs() -> list[tuple[object, ...]]:
        table = PolityPair.__table__
        with kb.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(select(table).order_by(table.c.polity, table.c.other))]

    kept = pairs()
    assert all(last is not None for *_, last in kept)
    migrate_again(kb, "0004", "0005")
    assert pairs() == kept
