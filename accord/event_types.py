"""The kinds of event accord records, and what each kind means wherever events are used.

One entry per type: the extractor reads the order in which types are tried and which may go
undated, the store which types one happening may be reported as, the queries which are
meetings, the PLOVER export the category and mode. Adding a type is an entry here and a
participant handler in `accord.extract.handlers`; the extractor refuses to load a trigger
whose type has no entry or no handler.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class EventType(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    AGREEMENT = "agreement"
    ELECTION = "election"
    ANNIVERSARY = "anniversary"
    SUMMIT = "summit"
    APPOINTMENT = "appointment"
    CREDENTIALS = "credentials"
    STATEMENT = "statement"


@dataclass(frozen=True)
class TypeInfo:
    precedence: int  # triggers are tried in this order; a sentence's first types win over later ones
    family: str  # types of one family may be two reports of one happening (a visit is a meeting with the host)
    meeting_like: bool = False  # representatives of two sides met or spoke: relations list these as meetings
    plover: tuple[str, str | None] | None = None  # PLOVER category and CONSULT mode; None: PLOVER has none
    undated_ok: bool = False  # reported even with no date (a call "today" in an undated page is still news)
    participants: str = ""  # who takes part, as the handler finds them


REGISTRY = MappingProxyType(
    {
        EventType.CREDENTIALS: TypeInfo(
            0, "credentials", plover=("CONSULT", None), undated_ok=True, participants="the envoy and the receiver"
        ),
        EventType.CALL: TypeInfo(
            1, "call", meeting_like=True, plover=("CONSULT", "phone"), undated_ok=True, participants="both speakers"
        ),
        EventType.ELECTION: TypeInfo(2, "election", participants="the state that votes"),
        EventType.ANNIVERSARY: TypeInfo(3, "anniversary", participants="the states or bodies whose tie is marked"),
        EventType.SUMMIT: TypeInfo(
            4, "summit", meeting_like=True, plover=("CONSULT", "multilateral"), participants="the leaders or the group"
        ),
        EventType.APPOINTMENT: TypeInfo(5, "appointment", participants="the appointee"),
        EventType.AGREEMENT: TypeInfo(6, "agreement", plover=("AGREE", None), participants="the parties"),
        EventType.VISIT: TypeInfo(
            7, "meeting", meeting_like=True, plover=("CONSULT", "visit"), participants="the visitors"
        ),
        EventType.MEETING: TypeInfo(
            8, "meeting", meeting_like=True, plover=("CONSULT", None), participants="each side"
        ),
        EventType.STATEMENT: TypeInfo(9, "statement", participants="who speaks"),
    }
)

EVENT_TYPES = tuple(t.value for t in sorted(REGISTRY, key=lambda t: list(EventType).index(t)))
BY_PRECEDENCE = tuple(sorted(REGISTRY, key=lambda t: REGISTRY[t].precedence))
MEETING_TYPES = tuple(t.value for t in EventType if REGISTRY[t].meeting_like)


def info(kind: str) -> TypeInfo:
    """What an event type means; a clear error for a type nobody registered."""
    try:
        return REGISTRY[EventType(kind)]
    except ValueError:
        raise ValueError(f"{kind!r} is not a registered event type: {', '.join(EVENT_TYPES)}") from None


def family(kind: str) -> set[str]:
    """The types one happening of this type may also be reported as."""
    own = info(kind).family
    return {t.value for t, i in REGISTRY.items() if i.family == own}
