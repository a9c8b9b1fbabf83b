"""Plain text -> Article: `parse_text`, plus date lines in Russian or Kazakh.

`accord.dates.parse_date_line` reads English date lines only; a Kazakh or Russian news
site copied into English often keeps its own date line ("24 января 2023, 11:08 747").
"""

from __future__ import annotations

from accord.errors import EmptyInput, UndecodableInput
from accord.ingest.published import cyrillic_date_line
from accord.ingest.text import parse_text
from accord.records import Article

_HEAD_LINES = 6


def read_text(
    text: str, *, source: str, url: str | None = None, title: str | None = None, published: str | None = None
) -> Article:
    """The article `text` holds; container metadata (`url`, `title`, `published`) wins."""
    if not text.strip():
        raise EmptyInput("only whitespace", source=source)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # "\ud800" in JSON decodes to a code point no file can hold
        raise UndecodableInput(f"lone surrogate {text[exc.start]!r} at character {exc.start}", source=source) from exc
    article = parse_text(text, source=source, url=url, title=title, published=published)
    if article.published is None:
        head = [line for line in article.text.split("\n") if line.strip()][:_HEAD_LINES]
        found = next(filter(None, map(cyrillic_date_line, head)), None)
        if found:
            article.published, article.views = found
    return article
