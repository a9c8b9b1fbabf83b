"""Ingest speed: extraction into a store against extraction alone, in the same run.

    python bench/ingest.py [--repeat N] [--rounds R] [--db postgresql+psycopg://...]

The texts are the dev set, the seed and tests/corpus, repeated N times, written to a
folder as files; every copy gets a line of its own, so the store writes it as a new
article, and its facts merge into the earlier copies' (the store's resolution and
merging work as they would on a feed that reports the same events many times). Each
round times three ways over the same files, in one process:
- extraction alone: the files read and `Pipeline.process_many`;
- extraction, then a chunk of 16 articles per transaction (`Store.write_many`, each
  article in a savepoint), as `accord ingest`'s driver writes;
- extraction, then one transaction per article (`Pipeline.run`, `Store.write`).
The best round of each is kept, as the machine may be busy. The figure that matters is
the store's share of the end-to-end time (target < 20%), by the clock and by this
process's CPU time (SQLite runs in-process; on it the CPU figure is the steadier one on a
shared machine; with PostgreSQL the server's work shows only by the clock).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from functools import partial
from itertools import islice
from pathlib import Path

from accord.batch import Options
from accord.ingest import read_sources
from accord.pipeline import Pipeline
from accord.records import Article
from accord.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WAYS = ("extraction alone", "into the store, a chunk per transaction", "into the store, an article per transaction")
CHUNK = Options().chunk


def write_corpus(folder: Path, repeat: int) -> int:
    paths = [
        *sorted((SHARED / "corpus" / "dev").glob("*.txt")),
        *sorted((SHARED / "seed").glob("*.txt")),
        *sorted((ROOT / "tests" / "corpus").glob("*.txt")),
    ]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for copy in range(repeat):
        for n, text in enumerate(texts):
            (folder / f"{copy:03d}-{n:03d}.txt").write_text(f"{text}\n\nCopy {copy}.", encoding="utf-8")
    return repeat * len(texts)


def read(folder: Path) -> list[Article]:
    return [item for _, item in read_sources([str(folder)]) if isinstance(item, Article)]


def seconds(run: Callable[[], object]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds that `run` took."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def _run_chunks(pipeline: Pipeline, folder: Path, store: Store) -> None:
    extractions = pipeline.process_many(read(folder))
    while chunk := list(islice(extractions, CHUNK)):
        store.write_many(chunk)


def _run(pipeline: Pipeline, folder: Path, store: Store) -> None:
    for _ in pipeline.run(read(folder), store):
        pass


def fresh_store(url: str | None, folder: Path, name: str) -> Store:
    """An empty store: a new SQLite file, or the PostgreSQL database at `url` emptied."""
    if url is None:
        return Store(f"sqlite:///{folder / name}.db")
    store = Store(url)
    with store.engine.begin() as connection:
        tables = connection.exec_driver_sql(
            "SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename <> "
            "'alembic_version'"
        ).scalar()
        connection.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="copies of each text")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds; the best is kept")
    parser.add_argument("--db", help="a PostgreSQL URL to write to (emptied first); default: new SQLite files")
    args = parser.parse_args()
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        count = write_corpus(folder, args.repeat)
        list(pipeline.process_many(read(folder)[:4]))  # warm up: first-call allocation is no one's cost
        times: dict[str, list[tuple[float, float]]] = {way: [] for way in WAYS}
        for round_ in range(args.rounds):
            times[WAYS[0]].append(seconds(lambda: list(pipeline.process_many(read(folder)))))
            with fresh_store(args.db, Path(tmp), f"chunks-{round_}") as store:
                times[WAYS[1]].append(seconds(partial(_run_chunks, pipeline, folder, store)))
                assert store.stats()["articles"] == count
            with fresh_store(args.db, Path(tmp), f"articles-{round_}") as store:
                times[WAYS[2]].append(seconds(partial(_run, pipeline, folder, store)))
                assert store.stats()["articles"] == count
    print(f"articles: {count} ({args.rounds} rounds, best kept), store: {'PostgreSQL' if args.db else 'SQLite'}")
    for i, clock in enumerate(("wall clock", "CPU time")):
        best = {way: min(t[i] for t in times[way]) for way in WAYS}
        alone = best[WAYS[0]]
        print(f"{clock}: " + ", ".join(f"{way} {count / best[way]:5.1f} articles/s" for way in WAYS))
        for way in WAYS[1:]:
            print(f"  store share, {way}: {(best[way] - alone) / best[way]:.1%}  (target < 20%)")


if __name__ == "__main__":
    main()
