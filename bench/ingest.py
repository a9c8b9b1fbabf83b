"""Ingest speed: extraction into a SQLite store against extraction alone, in the same run.

    python bench/ingest.py [--repeat N] [--rounds R]

The texts are the dev set, the seed and tests/corpus, repeated N times; every copy gets a
line of its own, so the store writes it as a new article, and its facts merge into the
earlier copies' (the store's resolution and merging work as they would on a feed that
reports the same events many times). Each round times `Pipeline.process_many` alone and
`Pipeline.run` into a fresh SQLite file; the best round of each is kept, as the machine may
be busy. The figure that matters is the store's share of the end-to-end time (target < 20%),
by the clock and by this process's CPU time (SQLite runs in-process; the CPU figure is the
steadier one on a machine other work shares).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from accord.ingest import parse_text
from accord.pipeline import Pipeline
from accord.records import Article
from accord.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def articles(repeat: int) -> list[Article]:
    paths = [*sorted((SHARED / "corpus" / "dev").glob("*.txt")), *sorted((SHARED / "seed").glob("*.txt")),
             *sorted((ROOT / "tests" / "corpus").glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return [parse_text(f"{text}\n\nCopy {copy}.") for copy in range(repeat) for text in texts]


def seconds(run: Callable[[], object]) -> tuple[float, float]:
    """(wall-clock, CPU) seconds that `run` took."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="copies of each text")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds; the best is kept")
    args = parser.parse_args()
    corpus = articles(args.repeat)
    pipeline = Pipeline()
    list(pipeline.process_many(corpus[:4]))  # warm up: first-call allocation is no one's cost
    extract_only, end_to_end = [], []
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(args.rounds):
            extract_only.append(seconds(lambda: list(pipeline.process_many(corpus))))
            with Store(f"sqlite:///{Path(folder) / f'round-{round_}.db'}") as store:
                end_to_end.append(seconds(lambda s=store: list(pipeline.run(corpus, s))))
                assert store.stats()["articles"] == len(corpus)
    print(f"articles: {len(corpus)} ({args.rounds} rounds, best kept)")
    for i, clock in enumerate(("wall clock", "CPU time")):
        alone, stored = min(t[i] for t in extract_only), min(t[i] for t in end_to_end)
        print(f"{clock}: Pipeline.process_many alone {len(corpus) / alone:5.1f} articles/s, "
              f"ingest into SQLite {len(corpus) / stored:5.1f} articles/s, "
              f"store share {(stored - alone) / stored:.1%}  (target < 20%)")


if __name__ == "__main__":
    main()
