"""The network of polities: which states and bodies took part in events together, how often
and when, read from the pair sums (accord.store.pairs) instead of counting events.

A pair's count within a date range and of a type is the sum of its `polity_pair_years`
cells of the whole years the range takes in (of every year, with no dates), plus its day
rows (`polity_pair_days`) of the years the range starts or ends within. A centre's links
are its cells; the whole store's strongest are found without summing every pair
(`_strongest`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    column,
    func,
    select,
    text,
    union,
)

from accord.store.filters import date_filter
from accord.store.polity import display_names, polity_kind
from accord.store.resolve import Db
from accord.store.schema import EventPolity, PolityPair, PolityPairDay, PolityPairYear

Json = dict[str, Any]
Pair = tuple[str, str]
Link = tuple[str, str, int, str | None]  # polity, polity, events together, their dates
PairQuery = Select[str, str, Any]  # pairs, each with its count
_PAIRS: Table = PolityPair.__table__  # type: ignore[assignment]
_YEARS: Table = PolityPairYear.__table__  # type: ignore[assignment]
_DAYS: Table = PolityPairDay.__table__  # type: ignore[assignment]
_ROWS: Table = EventPolity.__table__  # type: ignore[assignment]
_PAIR_CHUNK = 400  # pairs per query: two parameters each


@dataclass(frozen=True)
class Window:
    """A filter by dates (ISO, as the store's entry points check) and type, as the sums
    answer it: the cells of `kind` ("" every type) of `years`, those of `partial` by day."""

    date_from: str | None
    date_to: str | None
    type: str | None
    kind: str
    years: tuple[str, ...]  # every year the dates touch, in order; ("",) with no dates
    partial: tuple[str, ...]  # the years the range starts or ends within: the first, the last

    @property
    def dated(self) -> bool:
        return bool(self.date_from or self.date_to)

    @property
    def whole(self) -> tuple[str, ...]:
        return tuple(year for year in self.years if year not in self.partial)


def window(db: Db, date_from: str | None, date_to: str | None, type: str | None) -> Window:
    """The years [date_from, date_to] touches (an open end: as far as any event goes), and
    those it takes in only in part: a bound finer than a year cuts its year."""
    kind = type or ""
    if not (date_from or date_to):
        return Window(date_from, date_to, type, kind, ("",), ())
    dated = (_YEARS.c.type == kind, _YEARS.c.year != "")
    first = date_from[:4] if date_from else db.scalar(select(func.min(_YEARS.c.year)).where(*dated))
    last = date_to[:4] if date_to else db.scalar(select(func.max(_YEARS.c.year)).where(*dated))
    years = tuple(f"{y:04d}" for y in range(int(first), int(last) + 1)) if first and last else ()
    partial = tuple(dict.fromkeys(b[:4] for b in (date_from, date_to) if b and len(b) > 4 and b[:4] in years))
    return Window(date_from, date_to, type, kind, years, partial)


def network(
    db: Db, centre: str | None, date_from: str | None, date_to: str | None, type: str | None, limit: int | None
) -> tuple[Json, bool]:
    """Which polities took part in events together, how often and when (the shape of
    `queries.network`), and whether links beyond the `limit` strongest were left out."""
    found = window(db, date_from, date_to, type)
    rows = polity_links(db, centre, found, limit)
    kept = rows[:limit] if limit is not None else rows
    linked = sorted({p for a, b, _, _ in kept for p in (a, b)})
    counts = {b: count for _, b, count, _ in kept} if centre else {}
    counts |= event_counts(db, [p for p in linked if not centre or p == centre], found)
    edges = [
        {"source": a, "target": b, "count": count, "dates": sorted(set(days.split(" "))) if days else []}
        for a, b, count, days in kept
    ]
    names = display_names(db, linked)
    nodes = [{"id": p, "name": names[p], "kind": polity_kind(p), "count": counts.get(p, 0)} for p in linked]
    return {"nodes": nodes, "edges": edges}, limit is not None and len(rows) > limit


def polity_links(db: Db, centre: str | None, found: Window, limit: int | None) -> list[Link]:
    """The strongest links within the window: `centre`'s, or every pair's (each once, the
    smaller key first), most events first, then by key; one more than `limit`, so that
    callers can tell whether some were left out."""
    pairs = _PAIRS.c
    if not found.years:
        sums: Counter[Pair] = Counter()
    elif centre:
        sums = _counted(db, _counts(found, _linked(pairs.polity == centre, pairs.other != centre)))
    elif limit is None:
        sums = _counted(db, _counts(found, _linked(pairs.polity < pairs.other)))
    else:
        sums = _strongest(db, found, limit + 1)
    ranked = sorted(sums.items(), key=lambda item: (-item[1], item[0]))[: None if limit is None else limit + 1]
    dates = _centre_dates(db, centre, found) if centre else _pair_dates(db, [pair for pair, _ in ranked], found)
    return [(a, b, n, dates.get((a, b))) for (a, b), n in ranked]


def _strongest(db: Db, found: Window, want: int) -> Counter[Pair]:
    """The counts of the whole store's pairs that may be among the `want` strongest.

    A pair's count is at most its cell of every year, and at most the sum of its cells of
    the years the window touches. Once `want` pairs are counted (`_seeds`), the least of
    their counts is a `floor`: a pair can rank only if its cell of every year is `floor` or
    more, or one of its touched years' cells is `floor` / (years touched) or more. Whichever
    of the two is the shorter range of the index gives the candidates (a few thousand pairs,
    not all), and of those only the ones whose touched years' cells reach `floor` are counted."""
    sums = _counted(db, _counts(found, _seeds(found, want)))
    counts = sorted(sums.values(), reverse=True)
    floor = max(1, counts[want - 1] if len(counts) >= want else 0)
    return sums | _counted(db, _counts(found, _candidates(db, found, floor), floor))


def _seeds(found: Window, want: int) -> FromClause:
    """Pairs likely to be among the strongest, to set the floor high: those of the largest
    cells of every year, and of each touched year (twice `want` spread over the years)."""
    each = -(-2 * want // len(found.years))
    tops = [
        select(_YEARS.c.polity, _YEARS.c.other)
        .where(*_whole_store(found.kind), _YEARS.c.year == year)
        .order_by(_YEARS.c.events.desc())
        .limit(n)
        .subquery()
        for year, n in [("", want)] + [(year, each) for year in found.years if year]
    ]
    return union(*(select(top.c.polity, top.c.other) for top in tops)).subquery("seeds")


def _candidates(db: Db, found: Window, floor: int) -> FromClause:
    """The pairs that may count `floor` events or more within the window (see `_strongest`)."""
    every = (_YEARS.c.year == "", _YEARS.c.events >= floor)
    by_year = (_YEARS.c.year.in_(found.years), _YEARS.c.events >= -(-floor // len(found.years)))
    covers = [every] if found.years == ("",) else [every, by_year]
    shortest = min(
        covers, key=lambda cover: db.scalar(select(func.count()).where(*_whole_store(found.kind), *cover)) or 0
    )
    chosen = select(_YEARS.c.polity, _YEARS.c.other).distinct().where(*_whole_store(found.kind), *shortest)
    return chosen.subquery("candidates")


def _whole_store(kind: str) -> tuple[ColumnElement[bool], ...]:
    return _YEARS.c.type == kind, _YEARS.c.polity < _YEARS.c.other


def _linked(*conditions: ColumnElement[bool]) -> FromClause:
    """The pairs with events together (`polity_pairs`) that meet the conditions."""
    return select(_PAIRS.c.polity, _PAIRS.c.other).where(*conditions).subquery("linked")


def _listed(pairs: Sequence[Pair]) -> FromClause:
    """Pairs as a list of constant rows (VALUES names its columns column1, column2 in SQLite
    and PostgreSQL alike)."""
    rows = ", ".join(f"(:a{i}, :b{i})" for i in range(len(pairs)))
    values = text(f"VALUES {rows}").bindparams(
        *(bindparam(f"{side}{i}", key) for i, pair in enumerate(pairs) for side, key in zip("ab", pair, strict=True))
    )
    return values.columns(column("column1", String), column("column2", String)).subquery("listed")


# `_counts`, `_bounded` and `_pair_dates` join the pairs they are given (a subquery of
# polity, other) from the left to the sums' keys: a primary-key probe each. Given an inner
# join, SQLite may scan a type's cells of a range of years instead and look each up among
# the pairs; it answers a row-value IN with a scan of the table, an OR of pairs through the
# other index.


def _counts(found: Window, pairs: FromClause, floor: int = 1) -> PairQuery:
    """Each pair's count within the window, of those whose touched years' cells reach `floor`:
    its cells of the whole years, plus, for each year the range cuts, its day rows of that
    year within the range, or its cell of the year less the day rows outside the range when
    those are the fewer (a range from 15 March keeps most of its first year): one range of
    the key each."""
    bounded = _bounded(found, pairs, floor)
    polity, other, whole, *cells = bounded.c
    days = _DAYS.c
    within = and_(*_day_filter(found))
    cut = []
    for year, cell in zip(found.partial, cells, strict=True):
        rows = (days.polity == polity, days.other == other, days.date >= year, days.date < year + "~")
        if _mostly_within(found, year):
            outside = and_(~within, *([days.type == found.type] if found.type else []))
            rest = select(func.coalesce(func.sum(days.events), 0)).where(*rows, outside).scalar_subquery()
            cut.append(func.coalesce(cell, 0) - rest)
        else:
            cut.append(select(func.coalesce(func.sum(days.events), 0)).where(*rows, within).scalar_subquery())
    return select(polity, other, sum(cut, whole))


def _mostly_within(found: Window, year: str) -> bool:
    """Whether the range takes in more than half of a year it cuts (by the day of year of its bounds)."""
    start = _day_of_year(found.date_from) if found.date_from and found.date_from[:4] == year else 0
    end = _day_of_year(found.date_to) if found.date_to and found.date_to[:4] == year else 366
    return end - start > 183


def _day_of_year(bound: str) -> int:
    month = int(bound[5:7]) if len(bound) >= 7 else 1
    day = int(bound[8:10]) if len(bound) >= 10 else 1
    return (month - 1) * 30 + day


def _bounded(found: Window, pairs: FromClause, floor: int) -> FromClause:
    """The pairs whose cells of the touched years reach `floor`, with their whole years' sum and
    their cell of each year the range cuts."""
    cells = _YEARS.c
    polity, other = pairs.c
    touched = cells.year.between(found.years[0], found.years[-1])
    on = and_(cells.polity == polity, cells.other == other, cells.type == found.kind, touched)
    whole = func.coalesce(func.sum(case((cells.year.in_(found.partial), 0), else_=cells.events)), 0)
    partial = [
        func.sum(case((cells.year == year, cells.events), else_=0)).label(f"cell{i}")
        for i, year in enumerate(found.partial)
    ]
    return (
        select(polity.label("polity"), other.label("other"), whole.label("whole"), *partial)
        .select_from(pairs.outerjoin(_YEARS, on))
        .group_by(polity, other)
        .having(func.sum(cells.events) >= floor)
        .subquery("bounded")
    )


def _counted(db: Db, query: PairQuery) -> Counter[Pair]:
    return Counter({(a, b): int(n) for a, b, n in db.execute(query) if n})


def _day_filter(found: Window) -> list[ColumnElement[bool]]:
    """Pair days within the dates (never the undated, stored as "") and of the type."""
    date = _DAYS.c.date
    dated = date_filter(date, found.date_from, found.date_to) + ([date != ""] if found.dated else [])
    return dated + ([_DAYS.c.type == found.type] if found.type else [])


def _pair_dates(db: Db, wanted: Sequence[Pair], found: Window) -> dict[Pair, str]:
    """The dates of each pair's events within the window, space-separated (repeats kept;
    callers take the set)."""
    result: dict[Pair, str] = {}
    days = _DAYS.c
    for i in range(0, len(wanted), _PAIR_CHUNK):
        listed = _listed(wanted[i : i + _PAIR_CHUNK])
        polity, other = listed.c
        on = and_(days.polity == polity, days.other == other, *_day_filter(found))
        query = (
            select(polity, other, func.aggregate_strings(func.nullif(days.date, ""), " "))
            .select_from(listed.outerjoin(_DAYS, on))
            .group_by(polity, other)
        )
        result |= {(a, b): dates for a, b, dates in db.execute(query) if dates}
    return result


def _centre_dates(db: Db, centre: str, found: Window) -> dict[Pair, str]:
    """`_pair_dates` of all the centre's pairs: one range of the day rows' key."""
    days = _DAYS.c
    query = (
        select(days.polity, days.other, func.aggregate_strings(func.nullif(days.date, ""), " "))
        .where(days.polity == centre, *_day_filter(found))
        .group_by(days.polity, days.other)
    )
    return {(a, b): dates for a, b, dates in db.execute(query) if dates}


def event_counts(db: Db, polities: Sequence[str], found: Window) -> dict[str, int]:
    """How many events within the window each polity took part in: its cells with itself,
    and for each year the range starts or ends within, its rows of that year within the range
    (or that year's cell less its rows outside, when those are the fewer)."""
    counts: Counter[str] = Counter()
    rows = _ROWS.c
    typed = [rows.type == found.type] if found.type else []
    within = and_(*date_filter(rows.date, found.date_from, found.date_to))
    for i in range(0, len(polities) if found.years else 0, _PAIR_CHUNK):
        chunk = polities[i : i + _PAIR_CHUNK]
        polity, _, whole, *cells = _bounded(found, _listed([(p, p) for p in chunk]), 1).c
        summed = db.execute(select(polity, whole, *cells)).all()
        counts.update({p: int(n) for p, n, *_ in summed if n})
        for k, year in enumerate(found.partial):
            of_year = (rows.polity.in_(chunk), rows.date >= year, rows.date < year + "~", *typed)
            mostly = _mostly_within(found, year)
            told = select(rows.polity, func.count()).where(*of_year, ~within if mostly else within)
            found_rows: dict[str, int] = {p: n for p, n in db.execute(told.group_by(rows.polity))}
            if mostly:  # the year's cell, less what falls outside
                counts.update({p: int(cell[k] or 0) - found_rows.get(p, 0) for p, _, *cell in summed})
            else:
                counts.update(found_rows)
    return {p: n for p, n in counts.items() if n}
