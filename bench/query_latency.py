"""Query latency on a large store: p50 / p95 of the timeline, person, network and relation queries.

    python bench/query_latency.py [--events N] [--queries Q] [--db PATH]

Generates a SQLite store of N events (default 1,000,000) through `Store.bulk_write`:
articles of ten events each, dated 1995-2025 (mostly to the day, some to the month or
year), of ten types, among generated people (one per 20 events, with offices that change
over time), organizations and real countries. Who takes part follows a long tail, as in
the news: a few actors are in thousands of events, most in a handful. Then it times Q
queries of each kind for actors drawn half by how often they appear (those people look up)
and half uniformly; the relation queries (two states, through everyone who stood for
them) for pairs of the generated countries, the by-country network for one of them, one
state's relation overview (its first page of counterparts), and the whole store's
by-country network (top 100 links: of all, within five years, of one type, both, and
within five years cut at a day at each end). With --db PATH an existing store from an
earlier run is reused.

The by-country networks are also timed as they were read before the sums by year
(migration 0006: each day row within the dates or of the type summed at read time), on the
same store in the same run, and each line gives that baseline's p95 and the ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar

import pycountry
from sqlalchemy import Connection, func, select

from accord.records import Article, Country, Event, Extraction, Organization, Person, Role, Span
from accord.store import Store
from accord.store.filters import date_filter
from accord.store.polity import display_names
from accord.store.schema import EventPolity, PolityPair, PolityPairDay

EVENTS_PER_ARTICLE = 10
TYPES = {
    "meeting": 35,
    "call": 15,
    "visit": 12,
    "summit": 5,
    "agreement": 6,
    "statement": 12,
    "appointment": 5,
    "credentials": 4,
    "election": 3,
    "anniversary": 3,
}
TITLES = (
    "Foreign Minister",
    "Deputy Foreign Minister",
    "Ambassador",
    "Prime Minister",
    "President",
    "Minister of Trade",
    "Special Envoy",
    "State Secretary",
)
SYLLABLES = (
    "ka",
    "ro",
    "mi",
    "sa",
    "te",
    "lo",
    "na",
    "vi",
    "da",
    "ren",
    "tor",
    "sel",
    "mar",
    "gun",
    "ali",
    "bek",
    "ov",
    "in",
    "ska",
    "har",
    "lin",
    "dro",
    "pe",
    "zu",
    "ny",
    "qua",
    "ber",
    "fo",
    "xe",
    "jo",
)
START, DAYS = date(1995, 1, 1), 31 * 365
T = TypeVar("T")
Filter = tuple[str | None, str | None, str | None]  # date_from, date_to, type


class World:
    """Generated actors, with long-tailed odds of taking part in an event."""

    def __init__(self, people: int, rng: random.Random) -> None:
        self.rng = rng
        self.countries = [(c.alpha_2, c.name) for c in list(pycountry.countries)[:150]]
        names: set[str] = set()
        while len(names) < people:
            names.add(f"{self._word(2)} {self._word(3)}")
        self.people = sorted(names)
        self.home = {p: rng.choice(self.countries) for p in self.people}
        self.careers = {p: sorted(rng.sample(range(1995, 2026), 2)) for p in self.people}
        self.organizations = [
            f"{self._word(2)} {kind}"
            for kind in ("Council", "Forum", "Commission", "Union")
            for _ in range(max(10, people // 40))
        ]
        self.person_odds = list(accumulate(1 / (rank + 20) for rank in range(len(self.people))))
        self.body_odds = list(accumulate(1 / (rank + 5) for rank in range(len(self.organizations))))

    def _word(self, syllables: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()

    def persons(self, k: int) -> list[str]:
        return list(dict.fromkeys(self.rng.choices(self.people, cum_weights=self.person_odds, k=k)))

    def title(self, person: str, day: date) -> str:
        first, second = self.careers[person]
        return TITLES[hash(person) % 4 + (4 if day.year >= second else 0)] if day.year >= first else TITLES[2]


def article(world: World, number: int) -> Extraction:
    rng = world.rng
    published = START + timedelta(days=rng.randrange(DAYS))
    sentences: list[str] = []
    events: list[Event] = []
    people: dict[str, Person] = {}
    bodies: dict[str, Organization] = {}
    countries: dict[str, Country] = {}
    offset = len(f"Report {number}\n\n{published.isoformat()}\n\n")
    cast = world.persons(8)  # an article tells of a few people, several times over
    for i, kind in enumerate(rng.choices(list(TYPES), weights=list(TYPES.values()), k=EVENTS_PER_ARTICLE)):
        day = published - timedelta(days=rng.randrange(30))
        precision = rng.random()
        when = day.isoformat() if precision < 0.9 else day.isoformat()[:7] if precision < 0.97 else str(day.year)
        if kind in ("agreement", "anniversary", "election"):
            chosen = rng.sample(world.countries, 1 if kind == "election" else 2)
            for code, name in chosen:
                countries[code] = Country(code, name)
            who = [name for _, name in chosen]
        else:
            who = rng.sample(
                cast, min(len(cast), rng.randint(3, 6) if kind == "summit" else 1 if kind == "appointment" else 2)
            )
            if kind == "summit":
                who.append(rng.choices(world.organizations, cum_weights=world.body_odds)[0])
                bodies[who[-1]] = Organization(f"o{len(bodies)}", who[-1])
            for p in who[: 6 if kind == "summit" else 2]:
                if p in world.home and p not in people:
                    code, _ = world.home[p]
                    people[p] = Person(f"p{len(people)}", p, roles=[Role(world.title(p, day), None, code)])
        sentence = f"{', '.join(who)} took part in a {kind} on {when}."
        events.append(
            Event(
                f"e{i}",
                kind,
                who,
                Span(offset, offset + len(sentence)),
                date=when,
                date_text=when,
                place=rng.choice(world.countries)[1] if rng.random() < 0.5 else None,
                ordinal=rng.randint(1, 60) if kind == "anniversary" else None,
                status="scheduled" if day > published - timedelta(days=2) and rng.random() < 0.1 else "occurred",
            )
        )
        sentences.append(sentence)
        offset += len(sentence) + 1
    text = f"Report {number}\n\n{published.isoformat()}\n\n" + " ".join(sentences)
    return Extraction(
        Article(
            text=text, title=f"Report {number}", published=published.isoformat(), url=f"https://bench.example/{number}"
        ),
        people=list(people.values()),
        organizations=list(bodies.values()),
        countries=list(countries.values()),
        events=events,
    )


def articles(world: World, n: int) -> Iterator[Extraction]:
    for number in range(n):
        yield article(world, number)


def percentiles(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return f"p50 {statistics.median(ms):7.1f} ms   p95 {p95(times):7.1f} ms   max {ms[-1]:7.1f} ms"


def timed(query: Callable[[T], object], arguments: Sequence[T]) -> list[float]:
    times = []
    for argument in arguments:
        start = time.perf_counter()
        query(argument)
        times.append(time.perf_counter() - start)
    return times


def whole_store(rng: random.Random, n: int) -> dict[str, list[Filter]]:
    """`n` filters of each kind for the whole store's by-country network: none, five years
    ("2003" to "2007"), an event type, both, and five years from and to a day."""
    years = [rng.randrange(START.year, START.year + DAYS // 365 - 4) for _ in range(n)]
    kinds = [rng.choice(list(TYPES)) for _ in range(n)]
    days = [(START + timedelta(days=rng.randrange(365))).isoformat()[4:] for _ in range(2 * n)]
    return {
        "country net (whole, top 100)": [(None, None, None)] * n,
        "country net (whole, 5 years)": [(str(y), str(y + 4), None) for y in years],
        "country net (whole, 1 type)": [(None, None, kind) for kind in kinds],
        "country net (whole, 5 y, type)": [(str(y), str(y + 4), kind) for y, kind in zip(years, kinds, strict=True)],
        "country net (whole, 5 y, days)": [
            (f"{y}{days[2 * i]}", f"{y + 4}{days[2 * i + 1]}", None) for i, y in enumerate(years)
        ],
    }


def day_rows_network(db: Connection, centre: str | None, filters: Filter, limit: int | None) -> Sequence[Any]:
    """The by-country network's links and node counts as read before the sums by year: the
    top pairs' sums (unfiltered, of the whole store), else every day row within the dates or
    of the type summed; node counts of the pairs of a polity with itself, else of the roll-up's
    rows. The queries polity.network ran before migration 0006, kept here as the baseline."""
    date_from, date_to, kind = filters
    days, rows, pairs = PolityPairDay.__table__.c, EventPolity.__table__.c, PolityPair.__table__.c
    dates = func.aggregate_strings(func.nullif(days.date, ""), " ")
    if centre or date_from or date_to or kind:
        n = func.sum(days.events)
        within = date_filter(days.date, date_from, date_to) + ([days.date != ""] if date_from or date_to else [])
        links = db.execute(
            select(days.polity, days.other, n, dates)
            .where(days.polity == centre if centre else days.polity < days.other, *within)
            .where(*([days.type == kind] if kind else []))
            .group_by(days.polity, days.other)
            .order_by(n.desc(), days.polity, days.other)
            .limit(None if limit is None else limit + 1)
        ).all()
    else:
        strongest = select(pairs.polity, pairs.other, pairs.events).where(pairs.polity < pairs.other)
        ranked = strongest.order_by(pairs.events.desc(), pairs.polity, pairs.other)
        links = db.execute(ranked.limit(None if limit is None else limit + 1)).all()
        wanted = [(a, b) for a, b, _ in links]
        for i in range(0, len(wanted), 200):
            chunk = wanted[i : i + 200]
            pair = (days.polity == chunk[0][0]) & (days.other == chunk[0][1])
            for a, b in chunk[1:]:
                pair = pair | ((days.polity == a) & (days.other == b))
            db.execute(select(days.polity, days.other, dates).where(pair).group_by(days.polity, days.other)).all()
    linked = sorted({p for a, b, *_ in links[:limit] for p in (a, b) if not centre or p == centre})
    if date_from or date_to or kind:
        within = date_filter(rows.date, date_from, date_to) + ([rows.type == kind] if kind else [])
        counted = select(rows.polity, func.count()).where(rows.polity.in_(linked), *within).group_by(rows.polity)
    else:
        counted = select(pairs.polity, pairs.events).where(pairs.polity.in_(linked), pairs.other == pairs.polity)
    db.execute(counted).all()
    display_names(db, sorted({p for a, b, *_ in links[:limit] for p in (a, b)}))
    return links


def against_day_rows(label: str, query: Callable[[T], object], baseline: Callable[[T], object], cases: list[T]) -> None:
    """A line of the query's percentiles, with the day-row baseline's p95 and the ratio."""
    after, before = timed(query, cases), timed(baseline, cases)
    print(f"{label:30} {percentiles(after)}   before 0006: p95 {p95(before):7.1f} ms, {p95(before) / p95(after):5.1f}x")


def p95(times: list[float]) -> float:
    ms = sorted(t * 1000 for t in times)
    return ms[min(len(ms) - 1, int(len(ms) * 0.95))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200, help="queries of each kind")
    parser.add_argument("--db", type=Path, help="SQLite file to build (or reuse, if it exists)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    world = World(max(200, args.events // 20), rng)
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.db"
        reuse = path.exists()
        with Store(f"sqlite:///{path}") as store:
            if not reuse:
                start = time.perf_counter()
                stored = store.bulk_write(articles(world, args.events // EVENTS_PER_ARTICLE))
                print(f"generated and stored {stored:,} articles in {time.perf_counter() - start:.0f} s")
            print(f"store: {store.stats()}")
            busy = rng.choices(world.people, cum_weights=world.person_odds, k=args.queries // 2)
            actors = busy + rng.sample(world.people, args.queries - len(busy))
            rng.shuffle(actors)
            timed(lambda a: store.events(actor=a, limit=100), actors[:20])  # warm the page cache
            queries: dict[str, Callable[[str], object]] = {
                "timeline (actor, first 100)": lambda a: store.events(actor=a, limit=100),
                "timeline (actor, 2010-2014)": lambda a: store.events(
                    actor=a, date_from="2010", date_to="2014", limit=100
                ),
                "person (latest 100 events)": lambda a: store.person(a, events_limit=100),
                "network (actor, all links)": lambda a: store.network(actor=a),
                "network (actor, top 100)": lambda a: store.network(actor=a, limit=100),
            }
            for label, query in queries.items():
                print(f"{label:30} {percentiles(timed(query, actors))}")
            codes = [code for code, _ in world.countries]
            pairs = [" ".join(rng.sample(codes, 2)) for _ in range(args.queries)]
            by_country: dict[str, Callable[[str], object]] = {
                "relation (two states, page)": lambda p: store.relation(*p.split()),
                "timeline (between, first 100)": lambda p: store.events(
                    between=(p.split()[0], p.split()[1]), limit=100
                ),
                "relations (overview, page 1)": lambda p: store.relations(p.split()[0]),
            }
            for label, query in by_country.items():
                print(f"{label:30} {percentiles(timed(query, pairs))}")
            with store.engine.connect() as db:
                against_day_rows(
                    "network (by country, state)",
                    lambda p: store.network(actor=p.split()[0], by="country"),
                    lambda p: day_rows_network(db, p.split()[0], (None, None, None), None),
                    pairs,
                )
                for label, cases in whole_store(rng, max(10, args.queries // 10)).items():
                    against_day_rows(
                        label,
                        lambda f: store.network(by="country", date_from=f[0], date_to=f[1], type=f[2], limit=100),
                        lambda f: day_rows_network(db, None, f, 100),
                        cases,
                    )
            top = world.people[0]
            print(
                f"busiest person ({len(store.events(actor=top)):,} events): "
                + ", ".join(
                    f"{label.split()[0]} {timed(query, [top])[0] * 1000:.0f} ms" for label, query in queries.items()
                )
            )


if __name__ == "__main__":
    main()
