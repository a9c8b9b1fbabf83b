"""The roll-up summed per pair of polities: how many events two took part in together, and when.

`polity_pairs` holds, for each ordered pair, the number of events and the last date (and,
for a polity with itself, all its events); `polity_pair_days` the same per date and type.
The relation overview and the networks read these instead of joining `event_polities` to
itself, which on a large store means tens of thousands of rows for each busy state.

They are derived from `event_polities` and change with it: every writer that removes or
adds rows there hands both to `tally`, which applies the net difference, so that rolling
an event up again to the same polities costs nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, case, delete, func, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite

from accord.store.schema import EventPolity, PolityPair, PolityPairDay

Row = Mapping[str, Any]  # an event_polities row: event_pk, polity, date, type
DayKey = tuple[str, str, str, str]  # polity, other, date ("" undated), type
_CHUNK = 400
_PAIRS: Table = PolityPair.__table__  # type: ignore[assignment]
_DAYS: Table = PolityPairDay.__table__  # type: ignore[assignment]


def rows_of(conn: Connection, event_pks: Sequence[int]) -> list[Row]:
    """The event_polities rows of these events, as `tally` takes them."""
    table = EventPolity.__table__
    return [
        dict(row._mapping)
        for chunk in _chunks(list(event_pks))
        for row in conn.execute(
            select(table.c.event_pk, table.c.polity, table.c.date, table.c.type).where(table.c.event_pk.in_(chunk))
        )
    ]


def tally(conn: Connection, removed: Iterable[Row], added: Iterable[Row]) -> None:
    """Bring the sums in step after `removed` left event_polities and `added` joined it."""
    net = _day_counts(removed, -1)
    net.update(_day_counts(added, 1))
    changed = {key: n for key, n in net.items() if n}
    if not changed:
        return
    _apply_days(conn, {key: n for key, n in changed.items() if key[0] != key[1]})
    _apply_pairs(conn, changed)


def _day_counts(rows: Iterable[Row], sign: int) -> Counter[DayKey]:
    """Each event counted once for every ordered pair of its polities, and for each polity
    with itself."""
    by_event: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        by_event[row["event_pk"]].append(row)
    counts: Counter[DayKey] = Counter()
    for polities in by_event.values():
        for mine in polities:
            for theirs in polities:
                counts[(mine["polity"], theirs["polity"], mine["date"] or "", mine["type"])] += sign
    return counts


def _apply_days(conn: Connection, changed: Mapping[DayKey, int]) -> None:
    rows = [
        {"polity": a, "other": b, "date": day, "type": kind, "events": n} for (a, b, day, kind), n in changed.items()
    ]
    _upsert(conn, _DAYS, rows, ("polity", "other", "date", "type"), lambda new: {"events": _DAYS.c.events + new.events})
    emptied = [key for key, n in changed.items() if n < 0]
    key = tuple_(_DAYS.c.polity, _DAYS.c.other, _DAYS.c.date, _DAYS.c.type)
    for chunk in _chunks(emptied):
        conn.execute(delete(_DAYS).where(key.in_(chunk), _DAYS.c.events <= 0))


def _apply_pairs(conn: Connection, changed: Mapping[DayKey, int]) -> None:
    """Add each pair's net count; a later date raises its last date, and a pair that lost
    events has its last date looked up again (the one index probe `_last_date` makes)."""
    counts: Counter[tuple[str, str]] = Counter()
    latest: dict[tuple[str, str], str | None] = {}
    shrunk: set[tuple[str, str]] = set()
    for (a, b, day, _), n in changed.items():
        counts[(a, b)] += n
        if n > 0 and day:
            latest[(a, b)] = max(day, latest.get((a, b)) or day)
        if n < 0:
            shrunk.add((a, b))
    rows = [{"polity": a, "other": b, "events": n, "last_date": latest.get((a, b))} for (a, b), n in counts.items()]
    _upsert(conn, _PAIRS, rows, ("polity", "other"), _added_to_pair)
    key = tuple_(_PAIRS.c.polity, _PAIRS.c.other)
    for chunk in _chunks(sorted(shrunk)):
        conn.execute(delete(_PAIRS).where(key.in_(chunk), _PAIRS.c.events <= 0))
    for a, b in sorted(shrunk):
        conn.execute(
            update(_PAIRS).where(_PAIRS.c.polity == a, _PAIRS.c.other == b).values(last_date=_last_date(conn, a, b))
        )


def _last_date(conn: Connection, a: str, b: str) -> str | None:
    """The pair's latest date, from the rows ordered by it (a polity alone: its own events)."""
    if a == b:
        table = EventPolity.__table__
        return conn.scalar(select(func.max(table.c.date)).where(table.c.polity == a))
    return conn.scalar(select(func.max(_DAYS.c.date)).where(_DAYS.c.polity == a, _DAYS.c.other == b)) or None


def _added_to_pair(new: Any) -> dict[str, Any]:
    """A pair's count plus the new one, its last date the later of the two."""
    old = _PAIRS.c.last_date
    return {
        "events": _PAIRS.c.events + new.events,
        "last_date": case((old.is_(None), new.last_date), (new.last_date > old, new.last_date), else_=old),
    }


_DIALECTS = {"sqlite": sqlite, "postgresql": postgresql}


def _upsert(
    conn: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    keys: Sequence[str],
    values: Callable[[Any], Mapping[str, Any]],
) -> None:
    """Insert rows, or update those whose key is stored; `values` gets the proposed row."""
    if not rows:
        return
    statement = _DIALECTS[conn.dialect.name].insert(table)
    conn.execute(statement.on_conflict_do_update(index_elements=keys, set_=values(statement.excluded)), rows)


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]
