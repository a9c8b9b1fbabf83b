"""Many articles at once: a local process pool, or a Dask cluster; only the driver writes.

`ingest(sources, store, workers=N, engine="local" | "dask")` reads the sources in
partitions, extracts them with `Pipeline.process_many` in worker processes (one loaded
pipeline per process) and writes the results to the store in input order.
"""

from accord.batch.run import Options, Summary, default_workers, ingest
from accord.batch.work import Rejected

__all__ = ["Options", "Rejected", "Summary", "default_workers", "ingest"]
