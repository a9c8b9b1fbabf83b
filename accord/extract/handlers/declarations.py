"""Appointments, statements and credentials: one person acts (or is acted on) for a state."""

from __future__ import annotations

import re

from accord.extract.events import Draft, EventFinder, Reading


def appointee(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    draft.participants = finder._appointee(r.text, r.trigger, r.sent, r.actors) or r.people[:1] or r.parties[:1]
    return None


def speaker(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    # "The African Union Election Observation Mission ... presented its statement": the body named first,
    # in full, not the body its name opens with
    bodies = sorted((a for a in r.actors if a.kind in ("country", "org")), key=lambda a: (a.start, a.start - a.end))
    by = _ISSUED_BY.search(r.text)
    issuer = [a.name for a in bodies + r.actors if by and 0 <= a.start - r.sent.start - by.end() <= 5]
    draft.participants = issuer[:1] or r.people[:1] or [a.name for a in bodies[:1]] or r.parties[:1]
    return None


# "the statement issued by the Ministry on Monday": its issuer, whoever the sentence is about
_ISSUED_BY = re.compile(r"\bstatement\s+(?:issued|released|published)\s+by\s+(?:the\s+)?", re.I)


def envoys(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    draft.participants = r.people  # the receiver is added once every envoy is known
    return None
