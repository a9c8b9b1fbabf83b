"""The store on real databases (each test runs on SQLite and on PostgreSQL): idempotent
writes, replacement, cross-article merging with reasons, role history.

Articles here are invented and their facts built by hand, so that these tests say what
the store does whatever the extractor finds.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from conftest import Report

from accord.errors import StoreError, UsageError
from accord.records import Extraction
from accord.store import Store
from accord.store.schema import Base

MET = (
    "Foreign Minister of Norland Dmitry Kasyanenko held talks with Foreign Minister of Sudria "
    "Ilse Brandvold in Tarvik on Tuesday."
)
MEETING = (
    "Foreign ministers of Norland and Sudria meet in Tarvik\n\n12 March 2024\n\n"
    f"{MET}\nThe ministers discussed transit routes and a joint energy programme."
)
MET_AGAIN = (
    "Sudrian Foreign Minister Ilse Brandvold and her Norlandic counterpart Dmitriy Kassyanenko "
    "met in Tarvik, the ministry said."
)
MEETING_AGAIN = (
    f"Sudria and Norland agree to deepen energy ties\n\n13 March 2024\n\n{MET_AGAIN}\nTalks focused on energy."
)
MET_LATER = "Foreign Minister Dmitry Kasyanenko met Foreign Minister Ilse Brandvold in Ostra on 12 April."
MEETING_LATER = (
    f"Norland and Sudria ministers meet again\n\n14 April 2024\n\n{MET_LATER}\nThey reviewed the energy programme."
)
PEOPLE_ONLY = {"organizations": 0, "events": 1, "agreements": 0}


def meeting_report(url: str | None = "https://news.example/norland-sudria") -> Report:
    return (
        Report(MEETING, "2024-03-12", url)
        .country("NL", "Norland")
        .country("SD", "Sudria")
        .person("Dmitry Kasyanenko", title="Foreign Minister", country="NL")
        .person("Ilse Brandvold", title="Foreign Minister", country="SD")
        .event("meeting", "Dmitry Kasyanenko", "Ilse Brandvold", sentence=MET, date="2024-03-12", place="Tarvik")
    )


def meeting_again_report() -> Report:
    return (
        Report(MEETING_AGAIN, "2024-03-13", "https://wire.example/energy-ties")
        .person("Ilse Brandvold", title="Foreign Minister", country="SD")
        .person("Dmitriy Kassyanenko", title="Foreign Minister", country="NL")
        .event(
            "meeting", "Ilse Brandvold", "Dmitriy Kassyanenko", sentence=MET_AGAIN, date="2024-03-12", place="Tarvik"
        )
    )


def meeting_later_report() -> Report:
    return (
        Report(MEETING_LATER, "2024-04-14", "https://news.example/again")
        .person("Dmitry Kasyanenko", title="Foreign Minister", country="NL")
        .person("Ilse Brandvold", title="Foreign Minister", country="SD")
        .event("meeting", "Dmitry Kasyanenko", "Ilse Brandvold", sentence=MET_LATER, date="2024-04-12", place="Ostra")
    )


# --- identity and idempotence ------------------------------------------------------------------


def test_the_same_article_twice_is_unchanged(kb: Store) -> None:
    extraction = meeting_report().build()
    assert kb.write(extraction) == "stored"
    before = kb.stats()
    assert kb.write(meeting_report().build()) == "unchanged"
    assert kb.stats() == before == {"articles": 1, "people": 2} | PEOPLE_ONLY
    assert kb.has_article(extraction.article.id)


def test_without_a_url_the_text_is_the_identity(kb: Store) -> None:
    assert kb.write(meeting_report(url=None).build()) == "stored"
    assert kb.write(meeting_report(url=None).build()) == "unchanged"
    edited = Report(MEETING.replace("on Tuesday", "on Tuesday morning"), "2024-03-12").build()
    assert kb.write(edited) == "stored"
    assert kb.stats()["articles"] == 2


def test_new_text_at_a_known_url_replaces_the_old_facts(kb: Store) -> None:
    url = "https://news.example/norland-sudria"
    kb.write(meeting_report(url).build())
    corrected = MET.replace("Ilse Brandvold", "Kari Lindqvist")
    replacement = (
        Report(MEETING.replace(MET, corrected), "2024-03-12", url)
        .person("Dmitry Kasyanenko", title="Foreign Minister", country="NL")
        .person("Kari Lindqvist", title="Foreign Minister")
        .event("meeting", "Dmitry Kasyanenko", "Kari Lindqvist", sentence=corrected, date="2024-03-12")
    )
    assert kb.write(replacement.build()) == "replaced"
    assert kb.stats() == {"articles": 1, "people": 2} | PEOPLE_ONLY
    assert kb.person("Ilse Brandvold") is None
    assert kb.person("Kari Lindqvist") is not None
    assert kb.country("SD") is None  # only the old text named Sudria
    (event,) = kb.events()
    assert event["participants"] == ["Dmitry Kasyanenko", "Kari Lindqvist"]
    assert [s["article_id"] for s in event["sources"]] == [replacement.extraction.article.id]


def test_replacing_keeps_what_other_articles_still_report(kb: Store) -> None:
    kb.write(meeting_report().build())
    kb.write(meeting_again_report().build())
    rewritten = Report(
        "Norland ministry reorganised\n\n1 May 2024\n\nThe ministry was reorganised.",
        "2024-05-01",
        "https://news.example/norland-sudria",
    ).build()
    assert kb.write(rewritten) == "replaced"
    (event,) = kb.events()
    assert [s["article_id"] for s in event["sources"]] == [meeting_again_report().extraction.article.id]
    assert event["merge_reason"] is None  # one report left: nothing merged any more
    found = kb.person("Kasyanenko")
    assert found is not None and found["name"] == "Dmitriy Kassyanenko"
    assert kb.stats()["people"] == 2


# --- merging across articles -------------------------------------------------------------------


def test_two_reports_of_one_meeting_become_one_event_with_both_sources(kb: Store) -> None:
    kb.write(meeting_report().build())
    kb.write(meeting_again_report().build())
    (event,) = kb.events()
    assert event["type"] == "meeting" and event["date"] == "2024-03-12" and event["place"] == "Tarvik"
    assert len(event["sources"]) == 2
    assert {s["sentence"] for s in event["sources"]} == {MET, MET_AGAIN}
    assert event["merge_reason"] and "Ilse Brandvold" in event["merge_reason"]
    assert kb.stats()["people"] == 2  # Kasyanenko and Kassyanenko are one person


def test_the_same_pair_meeting_a_month_later_is_another_event(kb: Store) -> None:
    kb.write(meeting_report().build())
    kb.write(meeting_later_report().build())
    events = kb.events(between=("Kasyanenko", "Brandvold"))
    assert [e["date"] for e in events] == ["2024-03-12", "2024-04-12"]
    assert all(len(e["sources"]) == 1 and e["merge_reason"] is None for e in events)


def test_reports_a_day_apart_merge_but_not_other_types_or_partners(kb: Store) -> None:
    met, called, other = "The ministers met on Wednesday.", "They also spoke by phone.", "Brandvold met Ohm."
    kb.write(meeting_report().build())
    kb.write(
        Report(f"Brief\n\n13 March 2024\n\n{met} {called} {other}", "2024-03-13", "https://brief.example/1")
        .person("Dmitry Kasyanenko")
        .person("Ilse Brandvold")
        .person("Jonas Ohm")
        .event("meeting", "Dmitry Kasyanenko", "Ilse Brandvold", sentence=met, date="2024-03-13")
        .event("call", "Dmitry Kasyanenko", "Ilse Brandvold", sentence=called, date="2024-03-13")
        .event("meeting", "Ilse Brandvold", "Jonas Ohm", sentence=other, date="2024-03-12")
        .build()
    )
    reported = sorted((e["type"], len(e["sources"])) for e in kb.events())
    assert reported == [("call", 1), ("meeting", 1), ("meeting", 2)]


def test_name_variants_and_a_surname_alone_are_one_person(kb: Store) -> None:
    kb.write(meeting_report().build())
    kb.write(meeting_again_report().build())
    text = "Note\n\n2 June 2024\n\nD. Kasyanenko spoke. Later Kasyanenko left."
    kb.write(Report(text, "2024-06-02", "https://note.example/1").person("D. Kasyanenko").build())
    kb.write(Report(text + " Again.", "2024-06-03", "https://note.example/2").person("Kasyanenko").build())
    people = kb.people()
    assert [p["name"] for p in people] == ["Dmitry Kasyanenko", "Ilse Brandvold"]
    found = kb.person("kassyanenko")
    assert found is not None
    assert set(found["aliases"]) == {"Dmitriy Kassyanenko", "D. Kasyanenko", "Kasyanenko"}
    reasons = " | ".join(m["reason"] for m in found["merges"] if m["reason"])
    assert "spelling variant" in reasons and "first names agree" in reasons and "surname only" in reasons


def test_namesakes_with_different_first_names_stay_apart(kb: Store) -> None:
    text = "Two Kowals\n\n1 July 2024\n\nMarta Kowal met Piotr Kowal."
    kb.write(Report(text, "2024-07-01").person("Marta Kowal", country="PL").build())
    kb.write(Report(text + " Again.", "2024-07-02").person("Piotr Kowal").build())
    kb.write(Report(text + " Third.", "2024-07-03").person("Kowal").build())  # which Kowal? not guessed
    assert sorted(p["name"] for p in kb.people()) == ["Kowal", "Marta Kowal", "Piotr Kowal"]


def test_titles_over_time_become_a_role_history(kb: Store) -> None:
    first = "Appointment\n\n3 February 2021\n\nAmbassador Ilse Brandvold presented her credentials."
    kb.write(
        Report(first, "2021-02-03")
        .person("Ilse Brandvold", title="Ambassador of Sudria to Norland", country="SD")
        .build()
    )
    kb.write(meeting_report().build())
    kb.write(meeting_again_report().build())
    found = kb.person("Ilse Brandvold")
    assert found is not None
    roles = [(r["title"], r["first_seen"], r["last_seen"], len(r["sources"])) for r in found["roles"]]
    assert roles == [
        ("Ambassador of Sudria to Norland", "2021-02-03", "2021-02-03", 1),
        ("Foreign Minister", "2024-03-12", "2024-03-13", 2),
    ]
    assert found["country"] == "SD"
    assert [p["name"] for p in kb.people(country="SD")] == ["Ilse Brandvold"]


def test_organizations_merge_by_acronym_and_name(kb: Store) -> None:
    kb.write(
        Report("A\n\n1 May 2024\n\nThe Council for Arctic Transport Cooperation met.", "2024-05-01")
        .organization("Council for Arctic Transport Cooperation")
        .build()
    )
    kb.write(Report("B\n\n2 May 2024\n\nCATC members met.", "2024-05-02").organization("CATC").build())
    kb.write(
        Report("C\n\n3 May 2024\n\nThe council met.", "2024-05-03")
        .organization("The Council for Arctic Transport Co-operation")
        .build()
    )
    (org,) = kb.organizations()
    assert org["name"] == "Council for Arctic Transport Cooperation"
    assert set(org["aliases"]) == {"CATC", "The Council for Arctic Transport Co-operation"}
    detail = kb.organization("CATC")
    assert detail is not None and detail["id"] == org["id"]


def test_ministries_of_two_countries_stay_apart(kb: Store) -> None:
    kb.write(
        Report("A\n\n1 May 2024\n\nThe MFA said.", "2024-05-01")
        .organization("Ministry of Foreign Affairs", "MFA", country="NL")
        .build()
    )
    kb.write(
        Report("B\n\n2 May 2024\n\nThe MFA said.", "2024-05-02")
        .organization("Ministry of Foreign Affairs", "MFA", country="SD")
        .build()
    )
    assert sorted(o["country"] for o in kb.organizations()) == ["NL", "SD"]


def test_agreements_merge_by_acronym_and_keep_their_status_history(kb: Store) -> None:
    name = "Tarvik Energy Partnership Agreement"
    signed = f"The {name} was signed."
    kb.write(
        Report(f"Signed\n\n5 June 2023\n\n{signed}", "2023-06-05")
        .country("NL", "Norland")
        .country("SD", "Sudria")
        .agreement(name, parties=("NL", "SD"), date="2023-06-05", status="signed")
        .event("agreement", "Norland", "Sudria", agreement=name, sentence=signed, date="2023-06-05")
        .build()
    )
    kb.write(
        Report("In force\n\n1 March 2024\n\nThe TEPA entered into force.", "2024-03-01")
        .country("NL", "Norland")
        .country("SD", "Sudria")
        .agreement("TEPA", parties=("Norland", "Sudria"), status="in_force")
        .build()
    )
    (agreement,) = kb.agreements(party="SD")
    assert agreement["name"] == "Tarvik Energy Partnership Agreement" and agreement["aliases"] == ["TEPA"]
    assert agreement["parties"] == ["Norland", "Sudria"] and agreement["date"] == "2023-06-05"
    assert agreement["status"] == "in_force"
    assert [(h["status"], h["date"]) for h in agreement["history"]] == [
        ("signed", "2023-06-05"),
        ("in_force", "2024-03-01"),
    ]
    assert kb.agreements(party="Ruritania") == []


def test_agreements_with_other_names_parties_or_dates_stay_apart(kb: Store) -> None:
    """A shared generic alias ("Memorandum of Understanding") is no identity: the seed's
    memorandum once merged with a defence memorandum of the dev set and took its parties."""
    defence = "Memorandum of Understanding on Defence Cooperation"
    kb.write(
        Report(f"Defence\n\n5 April 2025\n\nThe {defence} was signed.", "2025-04-05")
        .country("NL", "Norland")
        .country("SD", "Sudria")
        .agreement(defence, "Memorandum of Understanding", parties=("NL", "SD"), date="2025-04-05", status="signed")
        .build()
    )
    raw_materials = "Memorandum of Understanding on a strategic partnership on raw materials"
    kb.write(  # the extractor found no parties here: the names alone must keep them apart
        Report(f"Raw materials\n\n2 February 2023\n\nThe {raw_materials} was signed.", "2023-02-02")
        .agreement(raw_materials, "Memorandum of Understanding", status="signed")
        .build()
    )
    kb.write(  # the same name with another partner is another memorandum
        Report(f"Ruritania\n\n9 May 2025\n\nThe {defence} was signed.", "2025-05-09")
        .country("NL", "Norland")
        .country("RR", "Ruritania")
        .agreement(defence, parties=("NL", "RR"), status="signed")
        .build()
    )
    kb.write(  # the same name and parties, signed on another day
        Report(f"Again\n\n3 March 2021\n\nThe {defence} was signed.", "2021-03-03")
        .country("NL", "Norland")
        .country("SD", "Sudria")
        .agreement(defence, parties=("NL", "SD"), date="2021-03-03", status="signed")
        .build()
    )
    kb.write(  # a later report of the first, by its name only: the one that merges
        Report(f"In force\n\n1 June 2025\n\nThe {defence} entered into force.", "2025-06-01")
        .agreement(defence, status="in_force")
        .build()
    )
    found = sorted((g["name"], g["parties"], g["date"] or "", len(g["sources"])) for g in kb.agreements())
    assert found == [
        (defence, ["Norland", "Ruritania"], "", 1),
        (defence, ["Norland", "Sudria"], "2021-03-03", 1),
        (defence, ["Norland", "Sudria"], "2025-04-05", 2),
        (raw_materials, [], "", 1),
    ]


def test_a_name_listed_twice_joins_the_stored_entity_its_first_listing_is(kb: Store) -> None:
    """A second listing under a name of the first joins what the first is: here a stored
    entity, which the second listing's own parties kept it from matching (a KeyError once,
    on the Mercosur story)."""
    kb.write(
        Report("Deal\n\n1 July 2025\n\nA framework agreement.", "2025-07-01")
        .country("NL", "Norland")
        .country("SD", "Sudria")
        .agreement("framework agreement", parties=("NL", "SD"))
        .build()
    )
    trade = "Framework Agreement on Trade between Ruritania and Ostland"
    kb.write(
        Report(f"Summit\n\n2 July 2025\n\nThe framework agreement, the {trade}.", "2025-07-02")
        .country("RR", "Ruritania")
        .country("OS", "Ostland")
        .agreement("framework agreement")
        .agreement(trade, "Framework Agreement", parties=("RR", "OS"))
        .build()
    )
    (stored,) = kb.agreements()
    assert len(stored["sources"]) == 2


# --- queries -----------------------------------------------------------------------------------


def test_timeline_filters_by_actor_dates_type_and_limit(kb: Store) -> None:
    kb.write(meeting_report().build())
    kb.write(meeting_later_report().build())
    called = "Kasyanenko phoned Ohm in 2023."
    kb.write(
        Report(f"Call\n\n2 January 2024\n\n{called}", "2024-01-02")
        .person("Dmitry Kasyanenko")
        .person("Jonas Ohm")
        .event("call", "Dmitry Kasyanenko", "Jonas Ohm", sentence=called, date="2023")
        .build()
    )

    def dates(**filters: str) -> list[str]:
        return [e["date"] for e in kb.events(actor="Kasyanenko", **filters)]

    assert dates() == ["2023", "2024-03-12", "2024-04-12"]
    assert dates(date_from="2024-04") == ["2024-04-12"]
    assert dates(date_to="2024-03") == ["2023", "2024-03-12"]
    assert dates(date_from="2023-06-01", date_to="2023-12") == ["2023"]
    assert [e["type"] for e in kb.events(type="call")] == ["call"]
    assert [e["date"] for e in kb.events(limit=2)] == ["2023", "2024-03-12"]
    assert kb.events(actor="Nobody Known") == []
    assert kb.events(between=("Ohm", "Brandvold")) == []
    assert kb.events(actor="NL") == []  # Norland is named, but took part in nothing as a country


def test_network_links_actors_that_took_part_together(kb: Store) -> None:
    kb.write(meeting_report().build())
    kb.write(meeting_later_report().build())
    network = kb.network(actor="Brandvold")
    names = {n["id"]: n["name"] for n in network["nodes"]}
    (edge,) = network["edges"]
    assert {names[edge["source"]], names[edge["target"]]} == {"Dmitry Kasyanenko", "Ilse Brandvold"}
    assert edge["count"] == 2 and edge["dates"] == ["2024-03-12", "2024-04-12"]
    assert kb.network(actor="Brandvold", date_from="2024-04")["edges"][0]["count"] == 1
    assert kb.network(actor="Nobody Known") == {"nodes": [], "edges": []}


def test_upcoming_lists_scheduled_events_and_anniversaries(kb: Store) -> None:
    text = (
        "Jubilee\n\n10 January 2024\n\nNorland and Sudria will mark the 30th anniversary of relations on "
        "2 February. The ministers will meet in Ostra on 20 March. The Ostra Accord was signed on "
        "15 May 2019."
    )
    kb.write(
        Report(text, "2024-01-10")
        .country("NL", "Norland")
        .country("SD", "Sudria")
        .person("Dmitry Kasyanenko")
        .person("Ilse Brandvold")
        .agreement("Ostra Accord", parties=("NL", "SD"), date="2019-05-15", status="signed")
        .event(
            "anniversary",
            "Norland",
            "Sudria",
            ordinal=30,
            date="2024-02-02",
            status="scheduled",
            sentence="Norland and Sudria will mark the 30th anniversary of relations on 2 February.",
        )
        .event(
            "meeting",
            "Dmitry Kasyanenko",
            "Ilse Brandvold",
            date="2024-03-20",
            place="Ostra",
            status="scheduled",
            sentence="The ministers will meet in Ostra on 20 March.",
        )
        .build()
    )
    items = [(i["kind"], i["date"], i["ordinal"]) for i in kb.upcoming(date_from="2024-01-15")]
    assert items == [("event", "2024-02-02", 30), ("event", "2024-03-20", None), ("anniversary", "2024-05-15", 5)]
    later = kb.upcoming(date_from="2024-06-01")
    assert [(i["kind"], i["date"], i["ordinal"]) for i in later] == [
        ("anniversary", "2025-02-02", 31),
        ("anniversary", "2025-05-15", 6),
    ]
    assert "31st anniversary" in later[0]["title"] and "Norland" in later[0]["title"]


def test_search_finds_articles_by_their_words(kb: Store) -> None:
    kb.write(meeting_report().build())
    kb.write(meeting_later_report().build())
    (hit,) = kb.search("joint energy programme")
    assert hit["title"] == MEETING.split("\n")[0] and hit["published"] == "2024-03-12"
    assert "[" in hit["snippet"] and "]" in hit["snippet"]
    assert len(kb.search("energy programme")) == 2
    assert kb.search("hydrogen") == [] and kb.search("  ") == []
    assert kb.search('"unbalanced AND (') == []  # words, never query syntax


def test_article_records_and_lists(kb: Store) -> None:
    first, second = meeting_report().build(), meeting_later_report().build()
    kb.write(first)
    kb.write(second)
    assert [a["id"] for a in kb.articles()] == [second.article.id, first.article.id]  # newest first
    assert kb.articles(limit=1, offset=1)[0]["n_events"] == 1
    stored = kb.article(first.article.id)
    assert stored is not None and stored["text"] == MEETING and stored["record"] == first.to_dict()
    assert kb.article("no-such-id") is None
    records = kb.iter_records()
    assert sorted(r["article"]["id"] for r in records) == sorted([first.article.id, second.article.id])


def test_country_organization_and_relation_views(kb: Store) -> None:
    kb.write(meeting_report().build())
    country = kb.country("sd")
    assert country is not None and country["name"] == "Sudria"
    assert [p["name"] for p in country["people"]] == ["Ilse Brandvold"]
    assert kb.country("ZZ") is None and kb.organization("Nothing") is None
    relation = kb.relation("Kasyanenko", "Brandvold")
    assert relation["a"] == "Dmitry Kasyanenko" and relation["b"] == "Ilse Brandvold"
    assert [e["type"] for e in relation["meetings"]] == ["meeting"] and relation["anniversaries"] == []
    found = kb.person("p0")
    assert found is None
    person = kb.person("Brandvold")
    assert person is not None and kb.person(person["id"]) == person
    assert person["neighbours"] == [
        {"name": "Dmitry Kasyanenko", "id": person["neighbours"][0]["id"], "kind": "person", "count": 1}
    ]


# --- the database itself -----------------------------------------------------------------------


def test_migrations_build_the_schema_the_models_describe(db_url: str) -> None:
    store = Store(db_url)  # opening migrates
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": _not_full_text})
            assert compare_metadata(context, Base.metadata) == []
            assert context.get_current_revision() == "0007"
    finally:
        store.close()
    Store(db_url).close()  # opening again finds nothing to migrate


def _not_full_text(obj: object, name: str | None, kind: str, reflected: bool, compare_to: object) -> bool:
    """The search index is dialect-specific SQL the models do not describe."""
    return not (name or "").startswith(("articles_fts", "ix_articles_fts"))


def test_a_bare_path_is_a_sqlite_file_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    with Store(str(path)) as store, store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert path.exists()


def test_the_default_database_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "env.db"))
    with Store() as store:
        assert store.stats()["articles"] == 0
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize("url", ["nosuchdb://somewhere", "sqlite:////no/such/folder/kb.db"])
def test_a_database_that_cannot_be_opened_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError):
        Store(url)


def test_bulk_loading_writes_the_same_rows_and_later_writes_resolve_against_them(kb: Store) -> None:
    later = meeting_later_report().build()
    assert kb.bulk_write([meeting_report().build(), later, later], batch_size=1) == 2
    assert kb.stats() == {"articles": 2, "people": 2, "organizations": 0, "events": 2, "agreements": 0}
    assert [e["date"] for e in kb.events(actor="Kasyanenko")] == ["2024-03-12", "2024-04-12"]
    assert kb.bulk_write([later]) == 0 and kb.write(later) == "unchanged"
    assert kb.write(meeting_again_report().build()) == "stored"  # merges into the bulk-loaded meeting
    assert [len(e["sources"]) for e in kb.events(actor="Kasyanenko")] == [2, 1]
    assert kb.search("energy programme")


def test_concurrent_writers_take_turns(db_url: str) -> None:
    """Two processes' stores writing at once: every article stored, every person once."""
    reports = [meeting_report(f"https://news.example/{i}").build() for i in range(6)]
    for i, report in enumerate(reports):
        report.article.text += f"\nUpdate {i}."

    def ingest(share: list[Extraction]) -> list[str]:
        with Store(db_url) as store:
            return [store.write(x) for x in share]

    with ThreadPoolExecutor(2) as pool:
        outcomes = [o for done in pool.map(ingest, [reports[0::2], reports[1::2]]) for o in done]
    assert outcomes == ["stored"] * 6
    with Store(db_url) as store:
        assert store.stats() == {"articles": 6, "people": 2, "organizations": 0, "events": 1, "agreements": 0}


def test_filters_that_make_no_sense_are_usage_errors(kb: Store) -> None:
    kb.write(meeting_report().build())
    for bad in (
        {"date_from": "last week"},
        {"date_to": "2024-13"},
        {"date_from": "0000"},
        {"type": "party"},
        {"limit": -1},
    ):
        with pytest.raises(UsageError):
            kb.events(**bad)
    with pytest.raises(UsageError):
        kb.upcoming(date_from="2024-02-30")
    assert kb.articles(offset=2**70) == [] and len(kb.events(limit=2**70)) == 1
    assert kb.search("energy\x00programme") == kb.search("energy programme") != []


def test_a_nul_in_a_query_finds_nothing_and_fails_nothing(kb: Store) -> None:
    # PostgreSQL refuses NUL in text; a hostile "?country=a%00b" or search must not be a server error
    assert kb.people(country="K\x00Z") == []
    assert kb.person("Ana\x00Lopes") is None
