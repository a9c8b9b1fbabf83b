"""Anniversaries: the states or bodies whose tie is marked, and which anniversary it is."""

from __future__ import annotations

import re

from accord.extract.events import Draft, EventFinder, Reading, _unique


def marked(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    m = r.trigger
    draft.ordinal = finder._ordinal(r.text)
    clause_end = r.sent.start + m.end() + len(re.split(r"[,;()]", r.text[m.end() :])[0])
    near = _unique(
        [
            a.name
            for a in r.actors
            if a.kind in ("country", "org") and draft.trigger[0] <= a.start and a.end <= clause_end
        ]
    )
    draft.participants = near or r.parties or r.people
    return None
