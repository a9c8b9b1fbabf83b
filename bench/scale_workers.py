"""Ingest speed-up from worker processes: `--workers N` against `--workers 1`, in the same run.

    python bench/scale_workers.py [--count 1000] [--workers 2] [--repeat 1]

Generates --count synthetic articles (bench/generate.py, fixed seed). Each ingest runs
in a fresh process into a fresh SQLite file, as `accord ingest` does
(`accord.batch.ingest`), alternating the two settings --repeat times. Two ratios are
printed, best run of each: end to end (start-up, model loads and the last write
included) and steady state (articles per second from the 10% mark to the last article,
which is what more input buys). Target: >= 1.6x with 2 workers. Both knowledge bases
must come out the same.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import generate


@dataclass
class Run:
    seconds: float  # the whole process, start-up included
    steady: float  # articles per second after the first 10%
    cpu: float  # CPU seconds of the driver and its workers together
    stats: dict[str, int]


def corpus(folder: Path, count: int) -> Path:
    out = folder / "articles"
    generate.write(count, out, "txt", seed=7, shards=1)
    return out


def measure(source: Path, db: Path, options: dict[str, object]) -> Run:
    """One ingest of `source` in a fresh process with `accord.batch.ingest(**options)`."""
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--child", json.dumps([str(source), str(db), options])],
                          check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    child = json.loads(done.stdout.splitlines()[-1])
    return Run(seconds, child["steady"], child["cpu"], child["stats"])


def child(arguments: str) -> None:
    from accord.batch import ingest
    from accord.store import Store

    source, db, options = json.loads(arguments)
    times: list[float] = []
    with Store(f"sqlite:///{db}") as store:
        ingest([source], store, on_outcome=lambda _: times.append(time.perf_counter()), **options)
        stats = store.stats()
    mark = len(times) // 10
    steady = (len(times) - 1 - mark) / (times[-1] - times[mark])
    used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(u.ru_utime + u.ru_stime for u in used)  # a Dask cluster's processes are not children
    print(json.dumps({"steady": steady, "cpu": cpu, "stats": stats}))


def compare(count: int, repeat: int, runs: dict[str, dict[str, object]]) -> dict[str, Run]:
    """The best run (fastest end to end) of each named setting, alternating; stats must agree."""
    best: dict[str, Run] = {}
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        source = corpus(Path(tmp), count)
        for _ in range(repeat):
            for name, options in runs.items():
                run = measure(source, Path(tmp) / "kb.db", options)
                print(f"  {name:<26} {run.seconds:6.1f} s end to end ({count / run.seconds:5.1f} articles/s), "
                      f"steady {run.steady:5.1f} articles/s, {1000 * run.cpu / count:4.0f} CPU ms/article",
                      flush=True)
                if name not in best or run.seconds < best[name].seconds:
                    best[name] = run
    stats = {json.dumps(run.stats, sort_keys=True) for run in best.values()}
    print(f"  stats: {' | '.join(stats)}")
    if len(stats) != 1:
        print("  the runs stored different knowledge bases (was the code edited during the run?)")
    return best


def report(label: str, base: Run, other: Run, target: str) -> None:
    print(f"{label}: end to end {base.seconds / other.seconds:.2f}x, steady state "
          f"{other.steady / base.steady:.2f}x  ({target})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    print(f"ingesting {args.count} generated articles, best of {args.repeat}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:")
    one, many = "1 worker (in-process)", f"{args.workers} workers (process pool)"
    best = compare(args.count, args.repeat, {one: {"workers": 1}, many: {"workers": args.workers}})
    report(f"speed-up {args.workers} workers / 1", best[one], best[many], "target >= 1.6 with 2 workers")


if __name__ == "__main__":
    main()
