"""The kinds of event accord records, and what each kind means wherever events are used.

One entry per type: the extractor reads the order in which types are tried and which may go
undated, the store which types one happening may be reported as, the queries which are
meetings, the PLOVER export the category and mode. A built-in type is an entry in `BUILT_IN`
and a participant handler in `accord.extract.handlers`. An installed distribution adds one
through the `accord.event_types` entry point group, the way spaCy finds factories: the entry
point's name is the type's and its object an `EventTypePlugin` (the type's `TypeInfo`, its
handler, its trigger rows). The extractor refuses to load a trigger whose type has no entry or
no handler.
"""

from __future__ import annotations

import inspect
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Any, overload

from accord.errors import AccordError

GROUP = "accord.event_types"
NAME_WIDTH = 16  # the store's type columns (accord.store.schema) hold 16 characters
_NAME = re.compile(r"[a-z][a-z0-9-]*")
_ROW_FIELDS = ("id", "type", "pattern")

# A participant handler: `accord.extract.handlers.Handler`, named loosely here because this
# module imports nothing of the extractor.
Handler = Callable[..., list[Any] | None]


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


BUILT_IN: Mapping[EventType, TypeInfo] = MappingProxyType(
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


class EventTypeError(AccordError):
    """An installed event type that cannot be used; the message names its entry point."""

    code = "E300"


@dataclass(frozen=True)
class EventTypePlugin:
    """What one entry point of the `accord.event_types` group gives for the type it names."""

    info: TypeInfo
    handler: Handler  # called as handler(finder, draft, reading), like the built-in handlers
    triggers: Traversable  # JSONL rows like accord/extract/patterns/triggers.jsonl: id, type, pattern


@dataclass(frozen=True)
class Registry:
    """Every type accord knows: the built-in ones, then the installed ones by name."""

    types: Mapping[str, TypeInfo]
    handlers: Mapping[str, Handler]  # the installed types' participant handlers
    triggers: tuple[Mapping[str, str], ...]  # the installed types' trigger rows, checked

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.types)

    @property
    def by_precedence(self) -> tuple[str, ...]:
        return tuple(sorted(self.types, key=lambda t: self.types[t].precedence))


@cache
def registry() -> Registry:
    """The registry, built on first use rather than on import: an installed type's module may
    import accord's own modules, which read this one."""
    found = sorted(entry_points(group=GROUP), key=lambda ep: ep.name)
    twice = [name for name, n in Counter(ep.name for ep in found).items() if n > 1]
    if twice:
        raise EventTypeError(f"installed by more than one distribution: {', '.join(twice)}", source=GROUP)
    plugins = {ep.name: (ep, _plugin(ep)) for ep in found}
    types = {**{t.value: BUILT_IN[t] for t in EventType}, **{n: p.info for n, (_, p) in plugins.items()}}
    return Registry(
        MappingProxyType(types),
        MappingProxyType({n: p.handler for n, (_, p) in plugins.items()}),
        tuple(row for ep, p in plugins.values() for row in _rows(ep, p.triggers, types)),
    )


def _where(ep: EntryPoint) -> str:
    return f"{GROUP} entry point {ep.name!r} ({ep.value})"


def _plugin(ep: EntryPoint) -> EventTypePlugin:
    """The entry point's type, refused with the reason where it cannot be used."""
    source = _where(ep)
    if not _NAME.fullmatch(ep.name) or len(ep.name) > NAME_WIDTH:
        raise EventTypeError(
            f"a type's name is lower-case letters, digits and hyphens, at most {NAME_WIDTH} long", source=source
        )
    if ep.name in BUILT_IN:
        raise EventTypeError(f"{ep.name!r} is a built-in type", source=source)
    try:
        plugin = ep.load()
    except Exception as exc:  # whatever the distribution's import raises
        raise EventTypeError(f"cannot be loaded: {exc!r}", source=source) from exc
    if not isinstance(plugin, EventTypePlugin) or not isinstance(plugin.info, TypeInfo):
        raise EventTypeError("gives no accord.event_types.EventTypePlugin with a TypeInfo", source=source)
    if not isinstance(plugin.triggers, Traversable):
        raise EventTypeError(f"its triggers {plugin.triggers!r} are no path to a file", source=source)
    if not _takes_three(plugin.handler):
        raise EventTypeError(
            f"its handler {getattr(plugin.handler, '__qualname__', plugin.handler)!r} cannot be called as "
            "handler(finder, draft, reading)",
            source=source,
        )
    return plugin


def _takes_three(handler: Handler) -> bool:
    try:
        inspect.signature(handler).bind(None, None, None)
    except (TypeError, ValueError):  # not callable, or called otherwise
        return False
    return True


def _rows(ep: EntryPoint, path: Traversable, types: Mapping[str, TypeInfo]) -> tuple[Mapping[str, str], ...]:
    """The entry's trigger rows, each of its own type and with an id under the type's name, so
    that no id is also a built-in row's."""
    source = f"{_where(ep)}, {path}"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EventTypeError(f"cannot read its trigger rows: {exc}", source=source) from exc
    rows = tuple(_row(line, ep.name, types, f"{source} line {n}") for n, line in enumerate(lines, 1) if line.strip())
    twice = [i for i, n in Counter(r["id"] for r in rows).items() if n > 1]
    if twice:
        raise EventTypeError(f"trigger rows with the same id: {', '.join(twice)}", source=source)
    return rows


def _row(line: str, own: str, types: Mapping[str, TypeInfo], source: str) -> Mapping[str, str]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EventTypeError(f"not JSON: {exc}", source=source) from None
    if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in _ROW_FIELDS):
        raise EventTypeError(f"a trigger row needs the strings {', '.join(_ROW_FIELDS)}", source=source)
    if row["type"] not in types:
        raise EventTypeError(f"trigger {row['id']!r} has type {row['type']!r}, which nobody registered", source=source)
    if row["type"] != own or not row["id"].startswith(f"{own}."):
        raise EventTypeError(f"an entry's triggers are of its type {own!r}, with ids '{own}.…'", source=source)
    try:
        re.compile(row["pattern"], re.I)
    except re.error as exc:
        raise EventTypeError(f"trigger {row['id']!r}: {exc}", source=source) from None
    return MappingProxyType({k: row[k] for k in _ROW_FIELDS})


class _Names(Sequence[str]):
    """The registered types' names, read when first used: `EVENT_TYPES` can be imported before
    any installed type is loaded."""

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[str]: ...
    def __getitem__(self, i: int | slice) -> str | Sequence[str]:
        return registry().names[i]

    def __len__(self) -> int:
        return len(registry().types)

    def __iter__(self) -> Iterator[str]:
        return iter(registry().types)

    def __contains__(self, kind: object) -> bool:
        return kind in registry().types


EVENT_TYPES: Sequence[str] = _Names()


def info(kind: str) -> TypeInfo:
    """What an event type means; a clear error for a type nobody registered."""
    found = registry().types.get(kind)
    if found is None:
        raise ValueError(f"{kind!r} is not a registered event type: {', '.join(registry().names)}")
    return found


def family(kind: str) -> set[str]:
    """The types one happening of this type may also be reported as."""
    own = info(kind).family
    return {t for t, i in registry().types.items() if i.family == own}
