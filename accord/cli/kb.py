"""The knowledge-base commands: ingest articles into a store, then ask it questions.

`ingest` extracts and stores; `people`, `person`, `timeline`, `network`, `agreements`,
`upcoming`, `search` and `stats` query; `export` writes the store out in other formats.
Every command takes `--db URL` (default: ACCORD_DB, else sqlite:///accord.db).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum, StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from accord.errors import UsageError
from accord.event_types import EventType
from accord.export import FORMATS, export_to
from accord.store import Store


class Output(StrEnum):
    table = "table"
    json = "json"


ExportFormat = Enum("ExportFormat", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]

Db = Annotated[
    str | None, typer.Option("--db", help="Database URL or SQLite path (default: ACCORD_DB, else sqlite:///accord.db).")
]
Fmt = Annotated[Output, typer.Option("--format", help="table (for people) or json (for programs).")]
From = Annotated[str | None, typer.Option("--from", help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")]
To = Annotated[str | None, typer.Option("--to", help="Latest date: YYYY, YYYY-MM or YYYY-MM-DD.")]
# The built-in types: naming the installed ones here would load them for every command.
Type = Annotated[
    str | None,
    typer.Option("--type", help=f"Only events of a type: {', '.join(EventType)} or one an installed plugin adds."),
]


@contextmanager
def _store(db: str | None) -> Iterator[Store]:
    store = Store(db)
    try:
        yield store
    finally:
        store.close()


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(escape("" if cell is None else str(cell)) for cell in row))
    Console().print(table)


def _events_rows(events: list[dict[str, Any]]) -> list[list[Any]]:
    return [
        [
            e["date"] or "undated",
            e["type"],
            ", ".join(e["participants"]),
            e["place"],
            e["status"],
            len(e["sources"]),
            "merged" if e["merge_reason"] else "",
        ]
        for e in events
    ]


_EVENT_COLUMNS = ["Date", "Type", "Participants", "Place", "Status", "Sources", ""]


class Level(StrEnum):
    actor = "actor"
    country = "country"


By = Annotated[
    Level,
    typer.Option("--by", help="actor: people, bodies and countries; country: the states and bodies they stood for."),
]


class BatchEngine(StrEnum):
    local = "local"
    dask = "dask"


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, feeds, JSON Lines, Parquet or http(s) URLs.")],
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Worker processes (default: all cores); 1 extracts in this process."),
    ] = None,
    engine: Annotated[
        BatchEngine, typer.Option("--engine", help="local (a process pool) or dask.")
    ] = BatchEngine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Address of a running Dask scheduler (default: start a local cluster of --workers)."
        ),
    ] = None,
    db: Db = None,
    fmt: Fmt = Output.table,
) -> None:
    """Extract articles and store them in the knowledge base; each article once.

    An article is the same article when its URL is (or, without a URL, its text is): the
    same text again is left unchanged, new text at a known URL replaces the old one.
    Articles already stored are skipped before extraction, so an interrupted run resumes.
    Exit status: 0 when every input was stored, 1 when some were rejected.

    Examples:

        accord ingest corpus/ --db kb.db

        accord ingest feed.xml https://example.org/news/1 --db postgresql://localhost/accord

        accord ingest shards/ --engine dask --scheduler tcp://10.0.0.5:8786 --db postgresql://db/accord
    """
    from accord.batch import ingest as ingest_batch  # loads spaCy: only this command pays for it

    progress = Progress(
        TextColumn("ingesting"),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with _store(db) as store, progress:
        task = progress.add_task("ingest", total=None)
        summary = ingest_batch(
            paths,
            store,
            workers=workers,
            engine=engine.value,
            scheduler=scheduler,
            on_outcome=lambda _: progress.advance(task),
        ).to_dict()
    rejected = summary["rejected"]
    if fmt is Output.json:
        _json(summary)
    else:
        Console().print(
            ", ".join(f"{key} {summary[key]}" for key in ("stored", "unchanged", "replaced"))
            + f", rejected {len(rejected)}"
        )
        if rejected:
            _table("Rejected", ["Input", "Reason"], [[r["source"], r["reason"]] for r in rejected])
    if rejected:
        raise typer.Exit(1)


def people(
    country: Annotated[
        str | None, typer.Option("--country", help="Only people holding an office of this country (ISO code, e.g. KZ).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many people.")] = None,
    db: Db = None,
    fmt: Fmt = Output.table,
) -> None:
    """List the people in the knowledge base with their latest office.

    Examples:

        accord people --country KZ

        accord people --format json --limit 20
    """
    with _store(db) as store:
        found = store.people(country=country, limit=limit)
    if fmt is Output.json:
        return _json(found)
    _table(
        "People",
        ["Name", "Country", "Latest office", "Events"],
        [[p["name"], p["country"], _latest_title(p["roles"]), p["n_events"]] for p in found],
    )


def _latest_title(roles: list[dict[str, Any]]) -> str:
    if not roles:
        return ""
    latest = max(roles, key=lambda r: r["last_seen"] or "")
    return ", ".join(x for x in (latest["title"], latest["organization"]) if x)


def person(
    name: Annotated[
        str,
        typer.Argument(
            help="A name (any spelling the articles use, or a surname alone when unambiguous) or an id like p12."
        ),
    ],
    events: Annotated[int, typer.Option("--events", help="Show the latest N events (0: all).")] = 50,
    db: Db = None,
    fmt: Fmt = Output.table,
) -> None:
    """Show one person: names, offices over time, events and who they met.

    Examples:

        accord person "Aino Korhonen"

        accord person Korhonen --format json
    """
    with _store(db) as store:
        found = store.person(name, events_limit=events or None)
    if found is None:
        raise UsageError(f"no person called {name!r} in the knowledge base")
    if fmt is Output.json:
        return _json(found)
    Console().print(
        f"[bold]{escape(found['name'])}[/bold] ({found['id']})"
        + (f"\nalso: {escape(', '.join(found['aliases']))}" if found["aliases"] else "")
    )
    _table(
        "Offices",
        ["Title", "Organization", "Country", "First seen", "Last seen", "Sources"],
        [
            [r["title"], r["organization"], r["country"], r["first_seen"], r["last_seen"], len(r["sources"])]
            for r in found["roles"]
        ],
    )
    _table("Events", _EVENT_COLUMNS, _events_rows(found["events"]))
    _table("Met with", ["Name", "Events together"], [[n["name"], n["count"]] for n in found["neighbours"]])


def timeline(
    actor: Annotated[
        str | None, typer.Option("--actor", help="Events this person, organization or country took part in.")
    ] = None,
    between: Annotated[
        tuple[str, str] | None, typer.Option("--between", help="Events two actors both took part in.")
    ] = None,
    date_from: From = None,
    date_to: To = None,
    event_type: Type = None,
    limit: Annotated[int, typer.Option(help="At most this many events, earliest first (0: all).")] = 100,
    db: Db = None,
    fmt: Fmt = Output.table,
) -> None:
    """Events in date order, each with the articles that report it. Between two states or
    bodies: the events both took part in through anyone who stood for them (a minister for
    their state, a commissioner for the EU), each with its representatives.

    Examples:

        accord timeline --between KZ EU --format json


        accord timeline --actor Chile --from 2023

        accord timeline --between "Aino Korhonen" Chile --format json
    """
    with _store(db) as store:
        found = store.events(
            actor=actor, between=between, date_from=date_from, date_to=date_to, type=event_type, limit=limit or None
        )
    if fmt is Output.json:
        return _json(found)
    _table("Timeline", _EVENT_COLUMNS, _events_rows(found))


def network(
    actor: Annotated[str | None, typer.Option("--actor", help="Only this actor's links.")] = None,
    date_from: From = None,
    date_to: To = None,
    event_type: Type = None,
    limit: Annotated[int, typer.Option(help="The strongest N links (0: all).")] = 100,
    by: By = Level.actor,
    db: Db = None,
    fmt: Fmt = Output.table,
) -> None:
    """Who met whom: pairs of actors and how often they took part in an event together; by
    country, the states and bodies they stood for (a minister counts for their state).

    Examples:

        accord network --actor "European Union"

        accord network --by country --actor KZ

        accord network --type meeting --from 2022 --format json
    """
    with _store(db) as store:
        found = store.network(
            actor=actor, date_from=date_from, date_to=date_to, type=event_type, limit=limit or None, by=by.value
        )
    if fmt is Output.json:
        return _json(found)
    names = {n["id"]: n["name"] for n in found["nodes"]}
    _table(
        "Network",
        ["Actor", "Actor", "Events", "First", "Last"],
        [
            [
                names[e["source"]],
                names[e["target"]],
                e["count"],
                e["dates"][0] if e["dates"] else "",
                e["dates"][-1] if e["dates"] else "",
            ]
            for e in found["edges"]
        ],
    )


def agreements(
    party: Annotated[str | None, typer.Option("--party", help="Only this actor's agreements.")] = None,
    db: Db = None,
    fmt: Fmt = Output.table,
) -> None:
    """Agreements, their parties and status over time.

    Examples:

        accord agreements --party KZ

        accord agreements --format json
    """
    with _store(db) as store:
        found = store.agreements(party=party)
    if fmt is Output.json:
        return _json(found)
    _table(
        "Agreements",
        ["Name", "Parties", "Signed", "Status", "Sources"],
        [[a["name"], ", ".join(a["parties"]), a["date"], a["status"], len(a["sources"])] for a in found],
    )


def relations(
    polity: Annotated[str, typer.Argument(help="A state (ISO code or name), EU, UN, or a body.")],
    limit: Annotated[int, typer.Option(help="At most this many counterparts, most events first (0: all).")] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many counterparts first.")] = 0,
    db: Db = None,
    fmt: Fmt = Output.table,
) -> None:
    """A state's or body's counterparts, most events first: the last event and the
    agreements in force with each, a page at a time.

    Examples:

        accord relations KZ

        accord relations KZ --limit 20 --offset 20

        accord relations EU --format json
    """
    with _store(db) as store:
        found = store.relations(polity, limit=limit or None, offset=offset)
    if found is None:
        raise UsageError(f"{polity!r} is no state or body in the knowledge base")
    if fmt is Output.json:
        return _json(found)
    shown = found["counterparts"]
    _table(
        f"Relations of {found['name']}: {_range(offset, len(shown), found['total'])}",
        ["Counterpart", "Events", "Last event", "Agreements in force"],
        [
            [
                f"{c['name']} ({c['polity']})",
                c["events"],
                _last(c["last_event"]),
                "; ".join(g["name"] for g in c["agreements_in_force"]),
            ]
            for c in shown
        ],
    )


def _range(offset: int, shown: int, total: int) -> str:
    """Which of the counterparts a page shows: "1-50 of 1,012"."""
    return f"{offset + 1}-{offset + shown} of {total:,}" if shown else f"none of {total:,} from {offset + 1}"


def _last(event: dict[str, Any] | None) -> str:
    if event is None:
        return ""
    return f"{event['date'] or 'undated'} {event['type']}: {', '.join(event['participants'])}"


def upcoming(
    date_from: Annotated[str | None, typer.Option("--from", help="From this date (default: today).")] = None,
    db: Db = None,
    fmt: Fmt = Output.table,
) -> None:
    """Scheduled events and coming anniversaries (of relations, of agreements signed).

    Examples:

        accord upcoming

        accord upcoming --from 2024-01-01 --format json
    """
    with _store(db) as store:
        found = store.upcoming(date_from=date_from)
    if fmt is Output.json:
        return _json(found)
    _table("Upcoming", ["Date", "Kind", "What"], [[i["date"], i["kind"], i["title"]] for i in found])


def search(
    text: Annotated[str, typer.Argument(help="Words that must all occur in the article.")],
    limit: Annotated[int, typer.Option(help="At most this many articles.")] = 20,
    db: Db = None,
    fmt: Fmt = Output.table,
) -> None:
    """Full-text search of the stored articles, best matches first.

    Examples:

        accord search "raw materials"

        accord search tariff --limit 5 --format json
    """
    with _store(db) as store:
        found = store.search(text, limit=limit)
    if fmt is Output.json:
        return _json(found)
    _table("Articles", ["Published", "Title", "Match"], [[h["published"], h["title"], h["snippet"]] for h in found])


def stats(db: Db = None, fmt: Fmt = Output.table) -> None:
    """How many articles, people, organizations, events and agreements are stored.

    Examples:

        accord stats

        accord stats --format json --db kb.db
    """
    with _store(db) as store:
        counts = store.stats()
    if fmt is Output.json:
        return _json(counts)
    _table("Knowledge base", ["What", "Count"], [[k, v] for k, v in counts.items()])


def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            help="csv, parquet (events table), jsonl (one "
            "record per article), graphml (network), ics (calendar), "
            "plover (PLOVER event data, JSON Lines).",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite OUT if it exists.")] = False,
    by: By = Level.actor,
    db: Db = None,
) -> None:
    """Write the knowledge base out for other tools; refuses to overwrite without --force.

    Examples:

        accord export --format csv --out events.csv

        accord export --format plover --out events.jsonl --force

        accord export --format graphml --by country --out countries.graphml
    """
    chosen = FORMATS[fmt.value]
    with _store(db) as store:
        data = _export_data(store, chosen.needs, by)
        written = export_to(chosen, data, out, force=force)
    Console(stderr=True).print(f"wrote {written} {chosen.unit} to {escape(str(out))}")


def _export_data(store: Store, needs: str, by: Level) -> Any:
    if needs == "records":
        return store.iter_records()
    return store.network(by=by.value) if needs == "network" else store.events()


def register(app: typer.Typer) -> None:
    for command in (ingest, people, person, timeline, network, agreements, relations, upcoming, search, stats, export):
        app.command()(command)
