"""Meetings and calls: each side that met or spoke, at least two of them."""

from __future__ import annotations

from accord.extract.events import _GROUP, Draft, EventFinder, Reading, _unique


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
    if len(people) > 2 and finder.series.search(r.text):  # "a series of meetings with X, Y and Z"
        return [finder._pair(draft, people[0], other) for other in people[1:]]
    return None
