"""Raw input -> Article: plain text, HTML, feeds, JSON Lines, folders, URLs."""

from accord.ingest.sources import read_sources
from accord.ingest.text import parse_text

__all__ = ["parse_text", "read_sources"]
