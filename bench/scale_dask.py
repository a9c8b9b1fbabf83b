"""Dask against the local process pool: the same ingest on a Dask LocalCluster and on the pool.

    python bench/scale_dask.py [--count 1000] [--workers 2] [--repeat 1]

Same corpus and method as bench/scale_workers.py: each ingest in a fresh process into a
fresh SQLite file, `accord.batch.ingest(workers=N)` against `accord.batch.ingest(workers=N,
engine="dask")` (a LocalCluster of N single-threaded worker processes, started and
stopped inside the run). Prints the throughput ratio Dask / pool, end to end and steady
state (target >= 0.8).
"""

from __future__ import annotations

import argparse
import os

from scale_workers import compare, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    print(
        f"ingesting {args.count} generated articles, best of {args.repeat}; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:"
    )
    pool, dask = f"local pool, {args.workers} workers", f"Dask LocalCluster, {args.workers} workers"
    best = compare(
        args.count, args.repeat, {pool: {"workers": args.workers}, dask: {"workers": args.workers, "engine": "dask"}}
    )
    report("Dask / local pool", best[pool], best[dask], "target >= 0.8", args.workers)


if __name__ == "__main__":
    main()
