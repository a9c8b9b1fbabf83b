"""Summits: the leaders who attend, and the group that meets."""

from __future__ import annotations

from accord.extract.events import _IN_PASSING, Draft, EventFinder, Reading, _unique


def attendees(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    m, people = r.trigger, r.people
    groups = [a.name for a in r.actors if a.kind == "org" and finder._is_group(a.name)]
    passing = _IN_PASSING.search(r.text[max(0, m.start() - 60) : m.start()])
    if (draft.status == "scheduled" or passing) and groups and not finder.attendance.search(r.text):
        # "X said the Mercosur summit in December would ...", "ahead of the Arab League Summit":
        # the group meets; the people of the sentence do something else
        people = []
    draft.participants = _unique((people or finder._group_reference(r.facts, r.sent, r.text)) + groups)
    return None
