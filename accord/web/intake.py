"""Articles posted to the API: extracted by the one Pipeline, then written to the store."""

from __future__ import annotations

import threading

from accord.ingest import parse_text
from accord.pipeline import Pipeline
from accord.records import Extraction
from accord.settings import Settings
from accord.store import Store
from accord.web.models import ArticleIn


class Intake:
    """Holds the pipeline, loaded on the first post so a read-only server never pays for the model.

    One lock serialises extraction and writing: spaCy pipelines are not shared across
    threads, and articles arrive rarely enough that a queue of one is fine.
    """

    def __init__(self, settings: Settings, pipeline: Pipeline | None = None) -> None:
        self._settings = settings
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def submit(self, posted: ArticleIn, store: Store) -> tuple[Extraction, str]:
        # Fields given in the request win over what the text's own head says.
        article = parse_text(posted.text, url=posted.url, title=posted.title, published=posted.published)
        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline(self._settings)
            extraction = self._pipeline.process(article)
            return extraction, store.write(extraction)
