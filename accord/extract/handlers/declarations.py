"""Appointments, statements and credentials: one person acts (or is acted on) for a state."""

from __future__ import annotations

from accord.extract.events import Draft, EventFinder, Reading


def appointee(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    draft.participants = finder._appointee(r.text, r.trigger, r.sent, r.actors) or r.people[:1] or r.parties[:1]
    return None


def speaker(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    draft.participants = r.people[:1] or r.parties[:1]
    return None


def envoys(finder: EventFinder, draft: Draft, r: Reading) -> list[Draft] | None:
    draft.participants = r.people  # the receiver is added once every envoy is known
    return None
