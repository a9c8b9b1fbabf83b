"""Who takes part in an event, one module per family of event types behind `events.Handler`.

Signings are not here: the event finder reads them with the agreements they sign. A type an
installed distribution adds brings its handler in its entry (accord.event_types), and the
event finder takes it from the registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from accord.event_types import EventType
from accord.extract.events import Handler
from accord.extract.handlers import anniversaries, declarations, meetings, summits, visits, votes

HANDLERS: Mapping[str, Handler] = MappingProxyType(
    {
        EventType.MEETING: meetings.sides,
        EventType.CALL: meetings.sides,
        EventType.VISIT: visits.visitors,
        EventType.ELECTION: votes.voters,
        EventType.ANNIVERSARY: anniversaries.marked,
        EventType.SUMMIT: summits.attendees,
        EventType.APPOINTMENT: declarations.appointee,
        EventType.STATEMENT: declarations.speaker,
        EventType.CREDENTIALS: declarations.envoys,
    }
)
