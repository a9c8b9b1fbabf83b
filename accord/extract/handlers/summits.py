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
    host = _host(r)
    if host is not None and not groups:  # "the Arctic Forum that Denmark will host": Denmark's gathering
        people = [host]
    draft.participants = _unique((people or finder._group_reference(r.facts, r.sent, r.text)) + groups)
    return None


_HOST = frozenset({"host", "hosts", "hosted", "hosting"})  # the pipeline has no lemmatizer


def _host(r: Reading) -> str | None:
    """The state a relative clause about the gathering names as its host ("which Kenya hosts")."""
    at = r.sent.start + r.trigger.start()
    span = r.facts.doc.char_span(at, r.sent.start + r.trigger.end(), alignment_mode="expand")
    if span is None:
        return None
    # the clause opens right after the noun, whatever the parse hangs it from
    clauses = [
        t
        for t in span.sent
        if t.lower_ in _HOST and any(c.i == span.end and c.lower_ in ("that", "which") for c in t.children)
    ]
    for subject in (t for c in clauses for t in c.children if t.dep_ == "nsubj"):
        for a in r.actors:
            if a.kind == "country" and a.start <= subject.idx < a.end:
                return a.name
    return None
