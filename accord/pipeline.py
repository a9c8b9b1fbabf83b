"""The one flow: raw input -> Article -> Extraction -> store.

The CLI, the web app and batch workers all call `Pipeline.process`; nothing else
loads the model or runs the extractor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from accord.extract import Extractor
from accord.records import Article, Extraction
from accord.settings import Settings

if TYPE_CHECKING:
    from accord.store import Store


class Pipeline:
    """Holds the loaded model: build one per process and reuse it."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.extractor = Extractor(self.settings.model, max_chars=self.settings.max_text_chars)

    def process(self, article: Article) -> Extraction:
        return self.extractor.extract(article)

    def process_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Extraction]:
        return self.extractor.extract_many(articles, batch_size=batch_size)

    def run(self, articles: Iterable[Article], store: Store) -> Iterator[tuple[Extraction, str]]:
        """Extract and store each article in its own transaction; yields what the store did."""
        for extraction in self.process_many(articles):
            yield extraction, store.write(extraction)
