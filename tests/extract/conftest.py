"""One pipeline (the spaCy model loads once) for every extraction test."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.ingest import parse_text
from accord.pipeline import Pipeline
from accord.records import Extraction

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline: Pipeline):
    def run(text: str) -> Extraction:
        return pipeline.process(parse_text(text))

    return run
