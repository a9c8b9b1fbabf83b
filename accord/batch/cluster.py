"""The Dask engine: partitions read and extracted on a Dask distributed cluster.

Workers read their partitions where the data is (a shared file system: the paths must
mean the same on every worker) and send back the articles, parsed (HTML already turned
into text); the driver skips those already stored and sends chunks of the fresh ones out
to be extracted by whichever worker is free. (Leaving the articles on the worker that
read them would tie each chunk to that worker: a measured third slower on two workers.)
Each worker loads the spaCy model once, in a worker plugin. Without a scheduler address,
a `LocalCluster` of N single-threaded worker processes is started and stopped.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import dask
from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin, get_worker

from accord.batch.partitions import Item, Partition, read_partition
from accord.batch.run import Reading
from accord.batch.work import Result, articles_at, extract_chunk, keys
from accord.errors import AccordError
from accord.pipeline import Pipeline
from accord.records import Article
from accord.settings import Settings

_PLUGIN = "accord-pipeline"
# Measured on spaCy extraction: Dask's statistical profiler and the low malloc trim
# threshold its nannies set (MALLOC_TRIM_THRESHOLD_=65536) each cost the workers about a
# tenth of their CPU. The nannies pass both settings on to the workers they start.
_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


class PipelinePlugin(WorkerPlugin):
    """Loads one pipeline per worker, when the worker starts (or joins later)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = Pipeline(self.settings)


def _extract_on_worker(articles: list[Article]) -> list[Result]:
    plugin = get_worker().plugins[_PLUGIN]
    if not isinstance(plugin, PipelinePlugin) or plugin.pipeline is None:
        raise RuntimeError("the accord worker plugin did not set up")
    return extract_chunk(plugin.pipeline, articles)


class DaskEngine:
    def __init__(self, workers: int, scheduler: str | None, settings: Settings) -> None:
        self.settings = settings
        self.workers = workers
        self.cluster: LocalCluster | None = None
        try:
            if scheduler:
                self.client = Client(scheduler)
                self.workers = max(workers, len(self.client.scheduler_info()["workers"]))
            else:
                with dask.config.set(_WORKER_CONFIG):
                    self.cluster = LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                self.client = Client(self.cluster)
            self.client.register_plugin(PipelinePlugin(settings), name=_PLUGIN)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise AccordError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from exc

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "client", None) is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def read(self, parts: Iterable[Partition]) -> Iterator[Reading]:
        ahead: deque[Future] = deque()
        for part in parts:
            ahead.append(self.client.submit(read_partition, part, self.settings, pure=False))
            if len(ahead) > self.workers:  # every worker has a partition to read next
                yield self._reading(ahead.popleft())
        while ahead:
            yield self._reading(ahead.popleft())

    def _reading(self, future: Future) -> Reading:
        items: list[Item] = self._result(future)
        return Reading(keys(items), items)

    def extract(self, reading: Reading, indices: list[int]) -> Future:
        return self.client.submit(_extract_on_worker, articles_at(reading.items, indices), pure=False)

    def collect(self, pending: Future) -> list[Result]:
        results: list[Result] = self._result(pending)
        return results

    @staticmethod
    def _result(future: Future) -> Any:
        try:
            return future.result()
        except KilledWorker as exc:
            raise AccordError(
                "Dask workers kept dying on a task (out of memory?); what was stored stays "
                "stored, and running the same command again goes on from there"
            ) from exc
