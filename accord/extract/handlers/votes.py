"""Elections: the state that votes, one event per round."""

from __future__ import annotations

from accord.extract.events import Draft, EventFinder, Reading


def voters(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    m, sent = r.trigger, r.sent
    states = [a for a in r.actors if a.kind == "country"]
    # "elections in the Republic of Malawi", "Bolivia's runoff": the state beside the word
    beside = [a for a in states if 0 <= a.start - (sent.start + m.end()) <= 60] or [
        a for a in states if 0 <= sent.start + m.start() - a.end <= 30
    ]
    draft.participants = [a.name for a in beside or states][:1] or (
        [finder._country_name(r.main_country)] if r.main_country else []
    )
    draft.place = draft.place or (draft.participants[0] if draft.participants else None)
    return finder._each_vote(r.facts, draft, r.text, r.dates) if draft.participants else []
