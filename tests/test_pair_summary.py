"""The by-country network within dates or of a type, read from the pair sums by year
(accord.store.polity_network), against a direct count over the stored events: after a bulk
load, new articles, merges, office changes and replaced articles, for random date ranges
(years, months, days, open ends) and types, on SQLite and PostgreSQL. And migration 0006
fills the sums as the writers keep them."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from conftest import Report, migrate_again
from sqlalchemy import select

from accord.store import Store
from accord.store.schema import Event, EventPolity, PolityPairYear

COUNTRIES = {"FI": "Finland", "CL": "Chile", "AR": "Argentina", "EE": "Estonia", "KZ": "Kazakhstan", "JP": "Japan"}
PEOPLE = [
    (f"{first} {last}", code)
    for (first, last), code in zip(
        [("Aino", "Korhonen"), ("Tomás", "Herrera"), ("Lucía", "Gómez"), ("Kadri", "Tamm"), ("Aru", "Bekova")]
        + [("Haru", "Mori"), ("Ilkka", "Lahti"), ("Pedro", "Vidal"), ("Sofía", "Ruiz"), ("Mart", "Saar")],
        [*COUNTRIES, *COUNTRIES],
        strict=False,
    )
]
BODIES = ["European Commission", "Forum of Lake States"]  # the EU's, and a body of its own
TYPES = ["meeting", "call", "visit", "summit", "statement"]


def day(rng: random.Random) -> str | None:
    """An event date at a random precision (one in ten undated)."""
    year, month, at = rng.randrange(2001, 2013), rng.randrange(1, 13), rng.random()
    if at < 0.1:
        return None
    return (
        str(year)
        if at < 0.25
        else f"{year}-{month:02d}"
        if at < 0.4
        else f"{year}-{month:02d}-{rng.randrange(1, 29):02d}"
    )


def report(seed: int, number: int, events: int, url: str | None = None) -> Report:
    """An invented article of `events` events among the people and bodies above, drawn from
    `seed`: the same seed under another number tells the same events in other words."""
    rng = random.Random(seed)
    told = [
        (rng.choice(TYPES), rng.sample(PEOPLE, rng.randint(1, 3)), rng.random() < 0.3, day(rng)) for _ in range(events)
    ]
    sentences = [
        f"Event {i}: {', '.join(p for p, _ in who)}{' with the ' + BODIES[i % 2] if body else ''} held a {kind}."
        for i, (kind, who, body, _) in enumerate(told)
    ]
    text = f"Report {number}\n\n" + " ".join(sentences)
    built = Report(text, f"20{rng.randrange(1, 13):02d}-06-01", url or f"https://news.example/{number}")
    for name, code in sorted({p for _, who, _, _ in told for p in who}):
        built.person(name, title="Minister of Foreign Affairs", country=code)
    for body in sorted({BODIES[i % 2] for i, (_, _, body, _) in enumerate(told) if body}):
        built.organization(body, country="EU" if body == BODIES[0] else None)
    for i, ((kind, who, body, when), sentence) in enumerate(zip(told, sentences, strict=True)):
        built.event(kind, *(p for p, _ in who), *([BODIES[i % 2]] if body else []), sentence=sentence, date=when)
    return built


def fill(kb: Store, seed: int) -> None:
    """A bulk load, then every writer that changes the roll-up: new articles, the same events
    told again (merged), an office reported later (re-rolled), articles told again with
    fewer events (their events gone)."""
    kb.bulk_write(report(seed + n, n, 6).build() for n in range(40))
    for n in range(40, 46):
        kb.write(report(seed + n, n, 4).build())
    kb.write(report(seed + 3, 1003, 6).build())
    moved = "Credentials\n\nAino Korhonen presented her credentials in Santiago."
    kb.write(
        Report(moved, "2006-03-01", "https://news.example/moved")
        .person("Aino Korhonen", title="Ambassador of Estonia to Chile", country="EE")
        .event("visit", "Aino Korhonen", sentence=moved.split("\n\n")[1], date="2006-02-28")
        .build()
    )
    for n in (41, 43, 5):
        kb.write(report(seed - n, n, 1, f"https://news.example/{n}").build())


def stored_events(kb: Store) -> list[tuple[str, str | None, set[str]]]:
    """Each stored event's type, date and the polities it concerns, from the events and the roll-up."""
    found: dict[int, tuple[str, str | None, set[str]]] = {}
    with kb.engine.connect() as db:
        for pk, kind, when, polity in db.execute(
            select(Event.pk, Event.type, Event.date, EventPolity.polity).join(
                EventPolity, EventPolity.event_pk == Event.pk
            )
        ):
            found.setdefault(pk, (kind, when, set()))[2].add(polity)
    return list(found.values())


def overlaps(when: str | None, date_from: str | None, date_to: str | None) -> bool:
    """The date filter's rule: a date at any precision overlapping [date_from, date_to]."""
    if when is None:
        return not (date_from or date_to)
    starts = not date_from or when >= date_from or when in {date_from[:n] for n in (4, 7) if n < len(date_from)}
    return starts and (not date_to or when < date_to + "~")


def expected(
    events: list[tuple[str, str | None, set[str]]],
    centre: str | None,
    date_from: str | None,
    date_to: str | None,
    type: str | None,
    limit: int | None,
) -> tuple[list[tuple[str, str, int, list[str]]], dict[str, int]]:
    """The network's edges and node counts, counted event by event."""
    chosen = [e for e in events if overlaps(e[1], date_from, date_to) and (type is None or e[0] == type)]
    counts: Counter[tuple[str, str]] = Counter()
    dates: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for _, when, polities in chosen:
        pairs = [(centre, p) for p in polities if p != centre] if centre in polities else []
        if centre is None:
            pairs = [(a, b) for a in polities for b in polities if a < b]
        for pair in pairs:
            counts[pair] += 1
            dates[pair].update([when] if when else [])
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
    linked = {p for (a, b), _ in ranked for p in (a, b)}
    nodes = {b: n for (_, b), n in ranked} if centre else {}
    alone = Counter(p for _, _, polities in chosen for p in polities)
    nodes |= {p: alone[p] for p in linked if not centre or p == centre}
    return [(a, b, n, sorted(dates[(a, b)])) for (a, b), n in ranked], nodes


def filters(rng: random.Random, n: int) -> Iterator[tuple[str | None, str | None, str | None, str | None, int | None]]:
    """Random (centre, from, to, type, limit): bounds at any precision, open or not, within
    a year or across many."""
    for _ in range(n):
        bounds = sorted(d for d in (day(rng), day(rng)) if d)
        date_from = bounds[0] if bounds and rng.random() < 0.8 else None
        date_to = bounds[-1] if bounds and rng.random() < 0.8 else None
        centre = rng.choice([None, None, "FI", "EU", "KZ"])
        yield centre, date_from, date_to, rng.choice([None, *TYPES]), rng.choice([None, 1, 3, 10])


def test_filtered_networks_equal_a_count_over_the_events(kb: Store) -> None:
    fill(kb, 900)
    events = stored_events(kb)
    assert len(events) > 150 and any(e[1] is None for e in events)
    for centre, date_from, date_to, type, limit in filters(random.Random(9), 60):
        found = kb.network(actor=centre, date_from=date_from, date_to=date_to, type=type, limit=limit, by="country")
        edges = [(e["source"], e["target"], e["count"], e["dates"]) for e in found["edges"]]
        want_edges, want_nodes = expected(events, centre, date_from, date_to, type, limit)
        case = (centre, date_from, date_to, type, limit)
        assert edges == want_edges, case
        assert {n["id"]: n["count"] for n in found["nodes"]} == want_nodes, case


def cells(kb: Store) -> list[tuple[Any, ...]]:
    table = PolityPairYear.__table__
    with kb.engine.connect() as db:
        return [tuple(row) for row in db.execute(select(table).order_by(*table.primary_key.columns))]


def test_the_migration_fills_the_sums_by_year_as_the_writers_keep_them(kb: Store) -> None:
    fill(kb, 500)
    kept = cells(kb)
    assert any(year == "" for *_, year, _ in kept) and any(kind == "" for _, _, kind, *_ in kept)
    migrate_again(kb, "0005", "head")
    assert cells(kb) == kept
