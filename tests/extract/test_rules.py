"""Behaviour of the extraction rules, each on a short article written for the test."""

from __future__ import annotations

from accord.records import Extraction


def _roles(x: Extraction) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(r.title, r.country) for r in p.roles] for p in x.people}


def _events(x: Extraction, kind: str) -> list:
    return [e for e in x.events if e.type == kind]


HEAD = "Ministers meet\n\n2024-05-15\n\n"  # a Wednesday


def test_a_plural_office_is_each_named_holders(extract) -> None:
    x = extract(HEAD + "Foreign Ministers Ilse Marchetti of Austria and Tomasz Wrona of Poland met in Vienna today.")
    roles = _roles(x)
    assert roles["Ilse Marchetti"] == [("Foreign Minister", "AT")]
    assert roles["Tomasz Wrona"] == [("Foreign Minister", "PL")]
    meeting = _events(x, "meeting")[0]
    assert set(meeting.participants) == {"Ilse Marchetti", "Tomasz Wrona"}
    assert meeting.date == "2024-05-15"


def test_offices_before_a_list_and_in_relative_clauses(extract) -> None:
    x = extract(HEAD + "The region was represented by its three presidents: Aru Bekova of Kazakhstan, "
                "Timur Osmonov of Kyrgyzstan and Dilshod Nazarov of Tajikistan. Katarina Holm, who heads the "
                "OSCE observation mission, said the vote was calm.")
    roles = _roles(x)
    assert roles["Aru Bekova"] == [("president", "KZ")]
    assert roles["Dilshod Nazarov"] == [("president", "TJ")]
    assert roles["Katarina Holm"][0][0].startswith("head of the OSCE")


def test_envoys_serve_abroad_but_belong_to_their_state(extract) -> None:
    x = extract(HEAD + "Present were Norway's Ambassador to Chile, Erik Dahl, and the Minister of Mining, "
                "Hon. Paula Rojas.")
    roles = _roles(x)
    assert roles["Erik Dahl"] == [("Ambassador", "NO")]
    assert roles["Paula Rojas"][0][1] == "CL"  # her counterpart represents Norway, the other state named


def test_the_two_leaders_and_an_office_named_without_a_name(extract) -> None:
    x = extract(HEAD + "President Malik Haddad of Jordan arrived in Rome on Monday at the invitation of "
                "Prime Minister Giulia Ferri. The two leaders held talks on Tuesday. "
                "The President later visited a refugee centre.")
    meeting = _events(x, "meeting")[0]
    assert set(meeting.participants) == {"Malik Haddad", "Giulia Ferri"}
    assert meeting.date == "2024-05-14"
    haddad = next(p for p in x.people if p.name == "Malik Haddad")
    assert any(x.article.text[m.start:m.end] == "President" for m in haddad.mentions)


def test_one_signing_event_per_document(extract) -> None:
    x = extract(HEAD + "After the talks today, Ghana and Norway signed a memorandum of understanding on ocean "
                "governance and an agreement on fisheries research between the Ghana Fisheries Commission "
                "and the Norwegian Institute of Marine Research.")
    signings = _events(x, "agreement")
    assert all(e.date == "2024-05-15" for e in signings)
    assert {e.agreement for e in signings} == {
        "memorandum of understanding on ocean governance",
        "agreement on fisheries research between the Ghana Fisheries Commission and the Norwegian Institute "
        "of Marine Research",
    }


def test_one_election_per_announced_date(extract) -> None:
    x = extract(HEAD + "Malawi will hold its presidential election on 16 September 2025, the electoral "
                "commission said, followed by local elections on 4 March 2026.")
    assert sorted(e.date for e in _events(x, "election")) == ["2025-09-16", "2026-03-04"]
    assert all(e.participants == ["Malawi"] for e in _events(x, "election"))


def test_sources_the_article_names_for_itself(extract) -> None:
    signed_off = extract("Talks held\n\n2024-05-15\n\nThe ministers of Chile and Peru met in Lima.\n\n"
                         "Issued by the Press Office, Ministry of Foreign Affairs\n")
    assert signed_off.article.attribution == ["Press Office"]
    wire = extract("Talks held\n\n2024-05-15\n\nLIMA, May 15 (Andes Wire) - The ministers met.\n")
    assert wire.article.attribution == ["Andes Wire"]
    cited = extract("Talks held\n\n2024-05-15\n\nThe ministers met today, Daily Courier reports, citing the "
                    "Ministry of Foreign Affairs.\n")
    assert cited.article.attribution == ["Daily Courier", "Ministry of Foreign Affairs"]
