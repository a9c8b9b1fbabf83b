"""Visits: the visitors, and the destination as the place."""

from __future__ import annotations

from accord.extract.events import Draft, EventFinder, Reading, _anaphoric


def visitors(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    m = r.trigger
    draft.participants = finder._visitors(r.text, m.start(), r.sent, r.actors, r.people)
    draft.place = finder._destination(r.facts, r.sent.start + m.end()) or draft.place
    trips = [t for t in finder.triggers["visit"].finditer(r.text) if not _anaphoric(r.text, t.start(), r.kind)]
    if len(trips) > 1:
        return finder._each_trip(draft, trips, r.sent, r.text, r.actors, r.dates)
    return None
