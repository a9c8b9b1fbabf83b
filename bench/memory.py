"""Memory stays flat: peak RSS of `accord ingest` on N generated articles against 10N, same run.

    python bench/memory.py [--count 200] [--factor 10] [--workers 2] [--format txt|jsonl]

Runs the `accord ingest` command on N and on factor x N generated articles (a folder of
.txt files, or one JSON Lines file), each into a fresh SQLite file, and samples the
resident memory of the command and all its worker processes together every 50 ms.
Prints each peak and the ratio big / small (target <= 1.2): memory must not grow with
the input.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import generate
import psutil

ACCORD = [sys.executable, "-c", "from accord.cli import main; main()"]


def peak_rss(command: list[str]) -> tuple[int, int, float]:
    """Peak RSS in bytes of the process tree, peak of the command alone, and the seconds it ran."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    tree_peak = root_peak = 0
    while process.poll() is None:
        try:
            rss = [p.memory_info().rss for p in [root, *root.children(recursive=True)]]
        except psutil.NoSuchProcess:  # a worker ended between listing and reading
            continue
        tree_peak, root_peak = max(tree_peak, sum(rss)), max(root_peak, rss[0])
        time.sleep(0.05)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed with status {process.returncode}")
    return tree_peak, root_peak, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    args = parser.parse_args()
    peaks = []
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        for count in (args.count, args.count * args.factor):
            source = Path(tmp) / (f"{count}.jsonl" if args.format == "jsonl" else str(count))
            generate.write(count, source, args.format, seed=11, shards=1)
            db = Path(tmp) / f"{count}.db"
            tree, driver, seconds = peak_rss(
                [*ACCORD, "ingest", str(source), "--db", str(db), "--workers", str(args.workers)]
            )
            peaks.append(tree)
            print(
                f"  {count:>7} articles ({args.format}, {args.workers} workers): peak RSS "
                f"{tree / 2**20:6.0f} MiB all processes, {driver / 2**20:5.0f} MiB driver, {seconds:5.0f} s",
                flush=True,
            )
    print(
        f"peak RSS {args.count * args.factor} / {args.count} articles: {peaks[1] / peaks[0]:.2f}  "
        f"(target <= 1.2; load average {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
