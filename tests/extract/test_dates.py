"""Date lines and dates inside sentences, resolved without guessing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.dates import find_dates, parse_date_line


@pytest.mark.parametrize(
    ("line", "published", "views"),
    [
        ("24 January 2023, 11:08 747", "2023-01-24T11:08", 747),
        ("2023-05-17", "2023-05-17", None),
        ("March 3, 2024", "2024-03-03", None),
        ("Friday, 5 May 2023 14:20", "2023-05-05T14:20", None),
        ("05.03.2024", "2024-03-05", None),
        ("12 Sep 2024 | 09:30 | 5412 views", "2024-09-12T09:30", 5412),
        ("2023-03-10 21:05 · 1288 views", "2023-03-10T21:05", 1288),
        ("Posted on 04/11/2025 by Press Office", "2025-11-04", None),
        ("17 June 2024, by the Press Service", "2024-06-17", None),
        ("Date of publication: 17 June 2024", "2024-06-17", None),
        ("Vilnius, 17 June 2024 (BNS)", "2024-06-17", None),
        ("17 June 2024 15:32 (GMT+4)", "2024-06-17T15:32", None),
        ("17 June 2024 — 3 min read", "2024-06-17", None),
        ("On 17 June 2024", "2024-06-17", None),
    ],
)
def test_date_lines(line: str, published: str, views: int | None) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None
    assert (parsed.published, parsed.views) == (published, views)


@pytest.mark.parametrize("line", ["ASTANA. KAZINFORM", "Deputy Minister", "31.02.2024", "24 января 2023"])
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


ANCHOR = date(2023, 1, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("phrase", "tense", "value"),
    [
        ("today", "past", "2023-01-24"),
        ("yesterday", "past", "2023-01-23"),
        ("last year", "past", "2022"),
        ("in October 2022", "past", "2022-10"),
        ("on March 19 this year", "future", "2023-03-19"),
        ("(2 February)", "future", "2023-02-02"),
        ("on Monday", "past", "2023-01-23"),
        ("on Friday", "future", "2023-01-27"),
        ("last September", "past", "2022-09"),
        ("in December next year", "future", "2024-12"),
        ("on 18–20 December 2021", "past", "2021-12-18"),
        ("next month", "future", "2023-02"),
    ],
)
def test_relative_dates(phrase: str, tense: str, value: str) -> None:
    found = find_dates(phrase, ANCHOR, tense)
    assert [d.value for d in found] == [value]


def test_no_anchor_means_no_relative_date() -> None:
    assert [d.value for d in find_dates("last year", None)] == [None]


def test_quantities_are_not_years() -> None:
    assert find_dates("sending 2000 troops and 2031 views", ANCHOR) == []


@given(st.text(max_size=300))
def test_find_dates_never_fails_and_spans_are_exact(text: str) -> None:
    for d in find_dates(text, ANCHOR):
        assert text[d.start : d.end] == d.text


@given(st.text(max_size=80))
def test_parse_date_line_never_fails(line: str) -> None:
    parse_date_line(line)


def test_a_date_line_with_separators_is_not_page_furniture() -> None:
    from accord.ingest import parse_text

    article = parse_text("Leaders meet\n\nJuly 10, 2023 | 18:40\n\nHome | News | Sport\n\nThe body.\n")
    assert (article.title, article.published) == ("Leaders meet", "2023-07-10T18:40")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published 10.4.2024 15.30", "2024-04-10T15:30"),
        ("2024. 02. 01. 10:00", "2024-02-01T10:00"),
        ("January 23, 2025 - 4:42 PM", "2025-01-23T16:42"),
        ("Brussels, 12 March 2025", "2025-03-12"),
        ("Updated: 2023-05-05T14:20:00Z", "2023-05-05T14:20"),
        ("Monday 5 May 2025 · 09:12", "2025-05-05T09:12"),
        ("21.05.2025. 14:37 | Views: 1,382 | Comments (12)", "2025-05-21T14:37"),
        ("14-08-2025", "2025-08-14"),
        ("08/14/2025", "2025-08-14"),
        ("Published on: 14 August 2025", "2025-08-14"),
        ("Publication date: 14 August 2025", "2025-08-14"),
        ("Last modified: 14.08.2025", "2025-08-14"),
        ("First published: Thu 14 Aug 2025 15.45 BST", "2025-08-14T15:45"),
        ("14th of August 2025", "2025-08-14"),
        ("15:45, 14 August 2025", "2025-08-14"),
    ],
)
def test_date_lines_from_other_sites(line: str, published: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.published == published


@pytest.mark.parametrize(
    ("phrase", "tense", "value"),
    [
        ("in the second half of the year", "future", "2025"),
        ("in the spring", "future", "2026"),  # this year's spring has passed in November
        ("in the spring", "past", "2025"),
        ("by the end of next year", "future", "2026"),
        ("in the first quarter of 2027", "future", "2027"),
        ("in mid-2026", "future", "2026"),
    ],
)
def test_parts_of_a_year(phrase: str, tense: str, value: str) -> None:
    assert [d.value for d in find_dates(phrase, date(2025, 11, 26), tense)] == [value]


@pytest.mark.parametrize("phrase", ["the end of the talks", "the fall of the regime", "at the Summer Olympics"])
def test_words_for_parts_of_a_year_that_are_no_date(phrase: str) -> None:
    assert find_dates(phrase, date(2025, 11, 26), "future") == []


def test_a_day_of_the_month_with_no_tense_is_the_nearest_such_day() -> None:
    assert [d.value for d in find_dates("on the 10th", date(2025, 9, 8), "nearest")] == ["2025-09-10"]
    assert [d.value for d in find_dates("on the 28th", date(2025, 9, 8), "nearest")] == ["2025-08-28"]


def test_a_weekday_told_in_the_present_progressive_is_the_nearest_such_day() -> None:
    wednesday = date(2026, 3, 11)
    assert [d.value for d in find_dates("on Thursday", wednesday, "present")] == ["2026-03-12"]
    assert [d.value for d in find_dates("on Monday", wednesday, "present")] == ["2026-03-09"]
    assert [d.value for d in find_dates("on Thursday", wednesday, "nearest")] == ["2026-03-05"]  # no cue: behind


_WEDNESDAY = "Ministry news\n\nWednesday, 11 March 2026\n\n{}\n"


@pytest.mark.parametrize(
    ("sentence", "kind", "day"),
    [
        # the verb the weekday is attached to says which side of the publication day it lies on
        (
            "Tove Lindqvist, the Secretary General of the Arctic Council, on Monday appointed Ragna "
            "Einarsdottir as its special envoy for shipping, a post she will take up in June.",
            "appointment",
            "2026-03-09",
        ),
        (
            "Foreign Minister Karin Holm of Sweden met Foreign Minister Ilse Varga of Hungary in Budapest on "
            "Monday and said that the two would speak again soon.",
            "meeting",
            "2026-03-09",
        ),
        ("Foreign Minister Karin Holm of Sweden is visiting Rome on Thursday.", "visit", "2026-03-12"),
        (
            "Foreign Minister Karin Holm of Sweden will pay an official visit to Ghana on Thursday.",
            "visit",
            "2026-03-12",
        ),
    ],
)
def test_an_events_weekday_follows_the_tense_of_its_verb(extract, sentence: str, kind: str, day: str) -> None:
    events = [e for e in extract(_WEDNESDAY.format(sentence)).events if e.type == kind]
    assert [e.date for e in events] == [day]


def test_a_date_in_a_phrase_under_a_past_verb_keeps_its_own_tense(extract) -> None:
    text = _WEDNESDAY.format(
        "Foreign Minister Karin Holm of Sweden and Foreign Minister Ilse Varga of Hungary reviewed preparations "
        "for the 18 May summit of the Council of the Baltic Sea States in Riga."
    )
    summits = [e for e in extract(text).events if e.type == "summit"]
    assert [e.date for e in summits] == ["2026-05-18"]


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("The following day, Holm met Deputy Prime Minister Artan Gashi of Albania in Tirana.", "2026-03-03"),
        ("Two days later, Holm met Deputy Prime Minister Artan Gashi of Albania in Tirana.", "2026-03-04"),
        ("The day before, Holm met Deputy Prime Minister Artan Gashi of Albania in Skopje.", "2026-03-01"),
    ],
)
def test_a_day_counted_from_the_last_day_told(extract, told: str, day: str) -> None:
    text = _WEDNESDAY.format(
        "On 2 March, Foreign Minister Karin Holm of Sweden held talks in Podgorica with Foreign Minister Vesna "
        "Perovic of Montenegro.\n\n" + told
    )
    met = [e for e in extract(text).events if "Artan Gashi" in e.participants]
    assert [(e.date, e.status) for e in met] == [(day, "occurred")]


def test_the_day_before_with_no_day_told_is_the_day_before_publication(extract) -> None:
    text = _WEDNESDAY.format(
        "Foreign Minister Omar Nasser of Tunisia received a phone call the day before from Foreign Minister "
        "Leila Haddad of Lebanon."
    )
    assert [e.date for e in extract(text).events if e.type == "call"] == ["2026-03-10"]


def test_a_date_in_a_clause_about_a_participant_leaves_the_event_on_the_story_s_day(extract) -> None:
    text = _WEDNESDAY.format(
        "Latvia and Portugal on Tuesday held the fourth round of political consultations in Riga.\n\n"
        "The round was chaired by State Secretary Janis Berzins of Latvia and Secretary of State Rui Lopes of "
        "Portugal, who arrived in the Latvian capital on Monday."
    )
    chaired = [e for e in extract(text).events if {"Janis Berzins", "Rui Lopes"} <= set(e.participants)]
    assert [e.date for e in chaired] == ["2026-03-10"]


@pytest.mark.parametrize(
    ("phrase", "tense", "value"),
    [
        ("on 03.04.2026 the delegation", "past", "2026-04-03"),
        ("the talks of 2026-02-27 in Oslo", "past", "2026-02-27"),
        ("three days ago", "past", "2026-03-08"),
        ("two weeks ago", "past", "2026-02"),
        ("six months ago", "past", "2025-09"),
        ("a year ago", "past", "2025"),
        ("over the weekend", "past", "2026-03"),
        ("next weekend", "past", "2026-03"),
        ("by the end of the month", "future", "2026-03"),
        # the weekday said beside a year-less date picks the year in which they agree
        ("on Thursday, 12 March", "past", "2026-03-12"),
        ("on Sunday (8 March)", "future", "2026-03-08"),
        ("on Wednesday, 12 March", "future", "2026-03-12"),  # no near year fits: a slip, the tense decides
        # "this Thursday" is of the publication day's week, whatever the tense; a passed one looks ahead
        ("this Thursday", "past", "2026-03-12"),
        ("this Monday", "past", "2026-03-09"),
        ("this Monday", "future", "2026-03-16"),
    ],
)
def test_more_ways_to_say_a_day(phrase: str, tense: str, value: str) -> None:
    wednesday = date(2026, 3, 11)
    assert [d.value for d in find_dates(phrase, wednesday, tense)] == [value]
