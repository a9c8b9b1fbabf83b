"""Meetings and calls: each side that met or spoke, at least two of them."""

from __future__ import annotations

import re

from accord.extract.events import _GROUP, Draft, EventFinder, Reading, _unique

# "A fourth round of negotiations will be held in Jakarta": a round of a series the story's states hold
_ROUND = re.compile(r"\bround\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations|dialogue)\b", re.I)


def sides(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    people = r.people
    group = _GROUP.search(r.text)
    if len(people) < 2 or group and group.start() < 30:  # "Subsequently, both ministers called X"
        people = _unique(finder._group_reference(r.facts, r.sent, r.text) + people)
    draft.participants = people or r.parties
    if len(draft.participants) < 2:  # "the next session of the Hungarian-Korean Joint Committee"
        named = [
            finder._named_sides(r.facts.organizations[a.name])
            for a in r.actors
            if a.kind == "org" and a.name in r.facts.organizations
        ]
        draft.participants = next((pair for pair in named if len(pair) == 2), draft.participants)
    if not draft.participants and _ROUND.search(r.text) and len(r.facts.countries) == 2:
        draft.participants = [finder._country_name(c) for c in finder._top_countries(r.facts)]
    if len(people) > 2 and finder.series.search(r.text):  # "a series of meetings with X, Y and Z"
        return [finder._pair(draft, people[0], other) for other in people[1:]]
    return None
