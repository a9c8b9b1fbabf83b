"""The local engine: a pool of worker processes on this machine, each with one loaded pipeline.

The driver reads the partitions itself (reading is cheap next to extracting) and sends
chunks of fresh articles to the pool. Each worker loads the spaCy model once, in the
pool's initializer. A batch small enough for one chunk is extracted in this process: it
would not pay for starting the pool.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from accord.batch.partitions import Partition, read_partition
from accord.batch.run import Reading
from accord.batch.work import Result, articles_at, extract_chunk, keys
from accord.errors import AccordError
from accord.pipeline import Pipeline
from accord.records import Article
from accord.settings import Settings

# This worker process's pipeline. Process-wide by nature: the pool's initializer builds it
# once, the tasks that run in the process use it. It is never set in the driver.
_worker_pipeline: Pipeline | None = None


def _start_worker(settings: Settings, driver: int) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(settings)
    threading.Thread(target=_exit_with_driver, args=(driver,), daemon=True).start()


def _exit_with_driver(driver: int) -> None:
    """A driver that was killed cannot shut its pool down: its workers notice and leave."""
    while os.getppid() == driver:
        time.sleep(1)
    os._exit(1)


def _extract_in_worker(articles: list[Article]) -> list[Result]:
    if _worker_pipeline is None:
        raise RuntimeError("the pool's initializer did not run")
    return extract_chunk(_worker_pipeline, articles)


class _Chunk:
    """Articles to extract: in a worker once the pool runs, else here when collected."""

    def __init__(self, articles: list[Article]) -> None:
        self.articles = articles
        self.future: Future[list[Result]] | None = None


class LocalEngine:
    def __init__(self, workers: int, settings: Settings) -> None:
        self.workers = workers
        self.settings = settings
        self.pool: ProcessPoolExecutor | None = None
        self.pipeline: Pipeline | None = None  # in this process: one worker, or one chunk in all
        self.first: _Chunk | None = None  # held back until a second chunk shows that a pool pays

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *_: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def read(self, parts: Iterable[Partition]) -> Iterator[Reading]:
        for part in parts:
            items = read_partition(part, self.settings)
            yield Reading(keys(items), items)

    def extract(self, reading: Reading, indices: list[int]) -> _Chunk:
        chunk = _Chunk(articles_at(reading.items, indices))
        if self.workers == 1:
            return chunk
        if self.pool is None and self.first is None:
            self.first = chunk
            return chunk
        if self.pool is None:
            self.pool = self._start_pool()
            if self.first is not None and self.first.future is None:
                self.first.future = self.pool.submit(_extract_in_worker, self.first.articles)
        chunk.future = self.pool.submit(_extract_in_worker, chunk.articles)
        return chunk

    def collect(self, chunk: _Chunk) -> list[Result]:
        if chunk.future is None:
            self.pipeline = self.pipeline or Pipeline(self.settings)
            return extract_chunk(self.pipeline, chunk.articles)
        try:
            return chunk.future.result()
        except BrokenProcessPool as exc:
            raise AccordError(
                "a worker process died (out of memory?); what was stored stays stored, "
                "and running the same command again goes on from there"
            ) from exc

    def _start_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the driver holds a database connection and, in the CLI, a progress thread
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self.settings, os.getpid()),
        )
