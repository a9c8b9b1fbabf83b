"""The Dask engine: partitions read and extracted on a Dask distributed cluster.

Workers read their partitions where the data is (a shared file system: the paths must
mean the same on every worker), send the driver only each article's id, and keep the
articles; the driver asks for the fresh ones to be extracted and gathers the results.
Each worker loads the spaCy model once, in a worker plugin. Without a scheduler
address, a `LocalCluster` of N single-threaded worker processes is started and stopped.
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
from accord.settings import Settings

_PLUGIN = "accord-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Loads one pipeline per worker, when the worker starts (or joins later)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = Pipeline(self.settings)


def _extract_on_worker(items: list[Item], indices: list[int]) -> list[Result]:
    plugin = get_worker().plugins[_PLUGIN]
    if not isinstance(plugin, PipelinePlugin) or plugin.pipeline is None:
        raise RuntimeError("the accord worker plugin did not set up")
    return extract_chunk(plugin.pipeline, articles_at(items, indices))


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
                # The workers' statistical profiler costs a tenth of their CPU, for a dashboard
                # nobody looks at here; the nannies hand this setting on to the workers they start.
                with dask.config.set({"distributed.worker.profile.enabled": False}):
                    self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                dashboard_address=None, silence_logs=logging.ERROR)
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
        ahead: deque[tuple[Future, Future]] = deque()
        for part in parts:
            items = self.client.submit(read_partition, part, self.settings)
            ahead.append((items, self.client.submit(keys, items)))
            if len(ahead) > self.workers:  # every worker has a partition to read next
                yield self._reading(*ahead.popleft())
        while ahead:
            yield self._reading(*ahead.popleft())

    def _reading(self, items: Future, found: Future) -> Reading:
        return Reading(self._result(found), items)

    def extract(self, reading: Reading, indices: list[int]) -> Future:
        return self.client.submit(_extract_on_worker, reading.items, indices)

    def collect(self, pending: Future) -> list[Result]:
        results: list[Result] = self._result(pending)
        return results

    @staticmethod
    def _result(future: Future) -> Any:
        try:
            return future.result()
        except KilledWorker as exc:
            raise AccordError("Dask workers kept dying on a task (out of memory?); what was stored stays "
                              "stored, and running the same command again goes on from there") from exc
