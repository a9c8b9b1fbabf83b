"""What every engine's workers do: name what a partition holds, and extract chunks of it.

Results travel back to the driver as plain data: an `Extraction` (records and text) or a
`Rejected` (where, and why), never an exception that would stop the batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from accord.batch.partitions import Item
from accord.errors import InputError
from accord.pipeline import Pipeline
from accord.records import Article, Extraction


@dataclass(frozen=True)
class Rejected:
    source: str
    reason: str


Result = Extraction | Rejected
Key = str | Rejected  # an article's id, or why there is no article


def keys(items: Sequence[Item]) -> list[Key]:
    """What the driver needs to decide what to extract: each article's id, or its rejection."""
    return [
        Rejected(item.source or name, item.message) if isinstance(item, InputError) else item.id for name, item in items
    ]


def articles_at(items: Sequence[Item], indices: Sequence[int]) -> list[Article]:
    found = [items[i][1] for i in indices]
    return [a for a in found if isinstance(a, Article)]


def extract_chunk(pipeline: Pipeline, articles: list[Article]) -> list[Result]:
    """One result per article, in order."""
    try:
        return list(pipeline.process_many(articles))
    except Exception:  # find the article that failed; the others are still extracted
        return [_extract_one(pipeline, article) for article in articles]


def _extract_one(pipeline: Pipeline, article: Article) -> Result:
    try:
        return pipeline.process(article)
    except Exception as exc:  # an extractor bug on one article must not stop the batch
        return Rejected(article.source or article.id, f"extraction failed: {type(exc).__name__}: {exc}")
