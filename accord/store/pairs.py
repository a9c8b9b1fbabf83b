"""The roll-up summed per pair of polities: how many events two took part in together, and when.

`polity_pairs` holds, for each ordered pair, the number of events, the last date and the
last event (and, for a polity with itself, all its events); `polity_pair_days` the same per date and type;
`polity_pair_years` per type and year, of every type and of every year (a polity with itself
included), so that a whole-store network within years or of one type reads a few rows per pair.
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

from sqlalchemy import Connection, Table, and_, bindparam, case, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from accord.store.schema import EventPolity, PolityPair, PolityPairDay, PolityPairYear

Row = Mapping[str, Any]  # an event_polities row: event_pk, polity, date, type
DayKey = tuple[str, str, str, str]  # polity, other, date ("" undated), type
PairKey = tuple[str, str]  # polity, other
YearKey = tuple[str, str, str, str]  # polity, other, type ("" every type), year ("" every year)
Latest = tuple[str, int]  # date ("" undated), event pk: the larger is the later event
_CHUNK = 400
_PAIRS: Table = PolityPair.__table__  # type: ignore[assignment]
_DAYS: Table = PolityPairDay.__table__  # type: ignore[assignment]
_YEARS: Table = PolityPairYear.__table__  # type: ignore[assignment]
_DAY_KEY = ("polity", "other", "date", "type")
_YEAR_KEY = ("polity", "other", "type", "year")


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
    removed, added = list(removed), list(added)
    net = _day_counts(removed, -1)
    net.update(_day_counts(added, 1))
    changed = {key: n for key, n in net.items() if n}
    arrived, left = _moves(removed, added)
    if not changed and not arrived and not left:
        return
    _apply_counts(conn, _DAYS, _DAY_KEY, {key: n for key, n in changed.items() if key[0] != key[1]})
    _apply_counts(conn, _YEARS, _YEAR_KEY, _year_counts(changed))
    _apply_pairs(conn, changed, arrived, left)


def _day_counts(rows: Iterable[Row], sign: int) -> Counter[DayKey]:
    """Each event counted once for every ordered pair of its polities, and for each polity
    with itself."""
    counts: Counter[DayKey] = Counter()
    for polities in _by_event(rows).values():
        for mine in polities:
            for theirs in polities:
                counts[(mine["polity"], theirs["polity"], mine["date"] or "", mine["type"])] += sign
    return counts


def _moves(removed: Iterable[Row], added: Iterable[Row]) -> tuple[dict[PairKey, Latest], set[PairKey]]:
    """Which events really joined or left each pair, by (date, event): the latest dated one
    that joined, and the pairs some event left. An event rolled up again to the same pair
    on the same date is neither, and costs nothing; a merge that swaps one event for
    another on the same date changes no count, but does change the pair's last event."""
    before, after = _pair_events(removed), _pair_events(added)
    arrived = {
        pair: max(dated) for pair, events in after.items() if (dated := {e for e in events - before[pair] if e[0]})
    }
    left = {pair for pair, events in before.items() if events - after[pair]}
    return arrived, left


def _pair_events(rows: Iterable[Row]) -> defaultdict[PairKey, set[Latest]]:
    """(date, event pk) of each ordered pair's events among these rows ("" undated)."""
    found: defaultdict[PairKey, set[Latest]] = defaultdict(set)
    for event_pk, polities in _by_event(rows).items():
        for mine in polities:
            for theirs in polities:
                found[(mine["polity"], theirs["polity"])].add((mine["date"] or "", event_pk))
    return found


def _by_event(rows: Iterable[Row]) -> dict[int, list[Row]]:
    by_event: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        by_event[row["event_pk"]].append(row)
    return by_event


def _year_counts(changed: Mapping[DayKey, int]) -> Counter[YearKey]:
    """Each day's count in the cells of its type and of every type, each of its year and of
    every year (an undated day's of every year only)."""
    counts: Counter[YearKey] = Counter()
    for (a, b, day, kind), n in changed.items():
        for year in ("", day[:4]) if day else ("",):
            counts[(a, b, kind, year)] += n
            counts[(a, b, "", year)] += n
    return counts


def _apply_counts(
    conn: Connection, table: Table, keys: Sequence[str], changed: Mapping[tuple[str, str, str, str], int]
) -> None:
    """Add each key's net count to its row (in key order: a bulk load's rows then share
    pages); delete the rows a decrease left at none."""
    rows = [dict(zip(keys, key, strict=True)) | {"events": n} for key, n in sorted(changed.items()) if n]
    _upsert(conn, table, rows, keys, lambda new: {"events": table.c.events + new.events})
    _delete_emptied(conn, table, keys, [key for key, n in changed.items() if n < 0])


def _delete_emptied(conn: Connection, table: Table, keys: Sequence[str], decreased: Sequence[tuple[str, ...]]) -> None:
    """Delete these rows if they count no events: one primary-key probe each (SQLite scans
    the whole table for a row-value IN)."""
    if decreased:
        match = [table.c[k] == bindparam(f"k_{k}") for k in keys]
        conn.execute(
            delete(table).where(*match, table.c.events <= 0),
            [{f"k_{k}": v for k, v in zip(keys, key, strict=True)} for key in decreased],
        )


def _apply_pairs(
    conn: Connection, changed: Mapping[DayKey, int], arrived: Mapping[PairKey, Latest], left: set[PairKey]
) -> None:
    """Add each pair's net count; a later event that joined becomes its last, and a pair an
    event left has its last date and event looked up again (two index probes)."""
    counts: Counter[PairKey] = Counter()
    for (a, b, _, _), n in changed.items():
        counts[(a, b)] += n
    touched = sorted({pair for pair, n in counts.items() if n} | arrived.keys())
    rows = [
        {"polity": a, "other": b, "events": counts[(a, b)], "last_date": None, "last_event_pk": None}
        | ({"last_date": arrived[(a, b)][0], "last_event_pk": arrived[(a, b)][1]} if (a, b) in arrived else {})
        for a, b in touched
    ]
    _upsert(conn, _PAIRS, rows, ("polity", "other"), _added_to_pair)
    _delete_emptied(conn, _PAIRS, ("polity", "other"), sorted(left))
    for a, b in sorted(left):
        day = _last_date(conn, a, b)
        conn.execute(
            update(_PAIRS)
            .where(_PAIRS.c.polity == a, _PAIRS.c.other == b)
            .values(last_date=day, last_event_pk=_last_event(conn, a, b, day))
        )


def _last_date(conn: Connection, a: str, b: str) -> str | None:
    """The pair's latest date, from the rows ordered by it (a polity alone: its own events)."""
    if a == b:
        table = EventPolity.__table__
        return conn.scalar(select(func.max(table.c.date)).where(table.c.polity == a))
    return conn.scalar(select(func.max(_DAYS.c.date)).where(_DAYS.c.polity == a, _DAYS.c.other == b)) or None


def _last_event(conn: Connection, a: str, b: str, day: str | None) -> int | None:
    """The latest stored of the pair's events on `day`: `a`'s rows of that date, each with a
    primary-key probe for `b` (itself, for a polity alone)."""
    if day is None:
        return None
    mine, theirs = EventPolity.__table__.alias("mine"), EventPolity.__table__.alias("theirs")
    return conn.scalar(
        select(func.max(mine.c.event_pk))
        .join(theirs, theirs.c.event_pk == mine.c.event_pk)
        .where(mine.c.polity == a, mine.c.date == day, theirs.c.polity == b)
    )


def _added_to_pair(new: Any) -> dict[str, Any]:
    """A pair's count plus the new one; its last event the later of the two by (date, pk)."""
    old_date, old_pk = _PAIRS.c.last_date, _PAIRS.c.last_event_pk
    # NULL compares as unknown: an undated newcomer (NULL date) never replaces a dated last.
    later = or_(
        old_date.is_(None),
        new.last_date > old_date,
        and_(new.last_date == old_date, new.last_event_pk > old_pk),
    )
    return {
        "events": _PAIRS.c.events + new.events,
        "last_date": case((later, new.last_date), else_=old_date),
        "last_event_pk": case((later, new.last_event_pk), else_=old_pk),
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
