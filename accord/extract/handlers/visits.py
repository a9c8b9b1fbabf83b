"""Visits: the visitors, and the destination as the place."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from accord.extract.events import Draft, EventFinder, Reading, _anaphoric
from accord.extract.lexicon import NUMBER_WORDS

_ENDED = re.compile(
    r"\b(?:concluded|concludes|wrapped up|wraps up|ended|ends|completed|completes)\b[^.;]{0,30}?\b"
    r"(?P<days>two|three|four|five|six|seven|\d)-day\b",
    re.I,
)
_BEGAN = re.compile(r"\b(?:began|begun|started|since|arrived)\b", re.I)  # the first day is said
_INVITED = re.compile(
    r"\binvit(?:ation|ations|ed|es|ing)\b[^.;]{0,50}\bto\s+(?:pay\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})?$", re.I
)


def visitors(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    m = r.trigger
    draft.participants = finder._visitors(r.text, m.start(), r.sent, r.actors, r.people)
    draft.place = finder._destination(r.facts, r.sent.start + m.end()) or draft.place
    if _INVITED.search(r.text, max(0, m.start() - 80), m.start()):
        # "asked him to convey an invitation to pay an official visit at a convenient time": a visit
        # to come, dated only by a date said after it, not by the sentence's account of the past
        draft.status = "scheduled"
        draft.date = next((d for d in r.dates if d.start >= m.end()), None)
    ended = _ENDED.search(r.text)
    when = draft.date.value if draft.date else None
    if ended and draft.date and when and len(when) == 10 and not _BEGAN.search(r.text):
        # "concluded today a three-day official visit": a visit is dated by its first day
        said = ended["days"].lower()
        first = date.fromisoformat(when) - timedelta(days=(int(said) if said.isdigit() else NUMBER_WORDS[said]) - 1)
        draft.date = replace(draft.date, value=first.isoformat())
    trips = [t for t in finder.triggers["visit"].finditer(r.text) if not _anaphoric(r.text, t.start(), r.kind)]
    if len(trips) > 1:
        return finder._each_trip(draft, trips, r.sent, r.text, r.actors, r.dates)
    return None
