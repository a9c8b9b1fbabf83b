"""The driver: plan partitions, skip what is stored, keep workers busy, write in input order.

Memory stays flat however large the input: partitions are planned lazily, and at most
`window` chunks of articles are out with the workers at any time. Only the driver
writes to the store, a chunk of articles per transaction (`Store.write_many`, each article
in a savepoint of its own, so that one the database refuses is rejected alone), in the
order the inputs were read, so that any engine and any number of workers build the same
knowledge base, and an interrupted run leaves a prefix of the input stored: a rerun
skips that prefix (one query per partition, before extracting) and stores the rest.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from accord.batch.partitions import Item, Partition, plan
from accord.batch.work import Key, Rejected, Result
from accord.errors import StoreError, UsageError
from accord.records import Extraction
from accord.settings import Settings

if TYPE_CHECKING:  # workers import this module, and need no database
    from accord.store import Store

EngineName = Literal["local", "dask"]
OUTCOMES = ("stored", "unchanged", "replaced")


@dataclass
class Reading:
    """A partition as read: its items (articles or rejections) and each item's key."""

    keys: list[Key]
    items: list[Item]


class Engine(Protocol):
    workers: int  # processes extracting: the window of chunks in flight is twice this

    def read(self, parts: Iterable[Partition]) -> Iterator[Reading]: ...

    def extract(self, reading: Reading, indices: list[int]) -> Any: ...

    def collect(self, pending: Any) -> list[Result]: ...


@dataclass
class Summary:
    """What a batch did: articles stored, unchanged (already there) or replaced, and rejections."""

    outcomes: Counter[str] = field(default_factory=Counter)
    rejected: list[Rejected] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {key: self.outcomes[key] for key in OUTCOMES} | {
            "rejected": [{"source": r.source, "reason": r.reason} for r in self.rejected]
        }


@dataclass(frozen=True)
class Options:
    chunk: int = 16  # articles per task: small enough to balance, big enough for spaCy's batching
    window: int = 0  # chunks out with the workers at once; 0: twice the workers
    part_bytes: int = 4_000_000  # JSON Lines bytes per partition


def default_workers() -> int:
    return len(os.sched_getaffinity(0))


def ingest(
    sources: Iterable[str],
    store: Store,
    *,
    workers: int | None = None,
    engine: EngineName = "local",
    scheduler: str | None = None,
    settings: Settings | None = None,
    options: Options | None = None,
    on_outcome: Callable[[str], None] | None = None,
) -> Summary:
    """Read, extract and store every article of `sources`; `on_outcome` hears of each article.

    `workers` (default: all cores) is the size of the local process pool, 1 meaning in this
    process; with `engine="dask"`, the number of workers of a local Dask cluster, unless
    `scheduler` names a running one (whose workers are counted when the run starts).
    """
    settings = settings or Settings()
    options = options or Options()
    workers = workers or default_workers()
    if workers < 1:
        raise UsageError(f"--workers {workers}: at least 1")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    parts = plan(sources, options.part_bytes)
    if engine == "dask":
        from accord.batch.cluster import DaskEngine  # only this engine imports Dask

        with DaskEngine(workers, scheduler, settings) as dask:
            return _drive(dask, parts, store, options, on_outcome)
    from accord.batch.local import LocalEngine

    with LocalEngine(workers, settings) as local:
        return _drive(local, parts, store, options, on_outcome)


def _drive(
    engine: Engine, parts: Iterable[Partition], store: Store, options: Options, on_outcome: Callable[[str], None] | None
) -> Summary:
    summary = Summary()
    chunk, window = options.chunk, options.window or 2 * engine.workers

    def tell(outcome: str) -> None:
        summary.outcomes[outcome] += 1
        if on_outcome:
            on_outcome(outcome)

    def reject(rejection: Rejected) -> None:
        summary.rejected.append(rejection)
        tell("rejected")

    def write(results: list[Result]) -> None:
        written = iter(store.write_many([r for r in results if isinstance(r, Extraction)]))
        for result in results:
            if isinstance(result, Rejected):
                reject(result)
            elif isinstance(outcome := next(written), StoreError):
                reject(Rejected(result.article.source or result.article.id, outcome.message))
            else:
                tell(outcome)

    pending: deque[Any] = deque()
    for reading in engine.read(parts):
        fresh = []
        stored = store.has_articles(key for key in reading.keys if isinstance(key, str))
        for index, key in enumerate(reading.keys):
            if isinstance(key, Rejected):
                reject(key)
            elif key in stored:
                tell("unchanged")
            else:
                fresh.append(index)
        for start in range(0, len(fresh), chunk):
            pending.append(engine.extract(reading, fresh[start : start + chunk]))
            while len(pending) > window:
                write(engine.collect(pending.popleft()))
    while pending:
        write(engine.collect(pending.popleft()))
    return summary
