"""Plain-text articles in the layout news sites and ministries use.

A title line, then (usually) a date line, then the body. The whole text, title and
date line included, is the article text: offsets in the record point into it.
"""

from __future__ import annotations

import re

from accord.dates import parse_date_line
from accord.records import Article, normalise_text

# Page furniture that some copies carry above the title.
_FURNITURE = re.compile(r"^(?:home|news|menu|share|print|search|skip to (?:main )?content|\W*)$|\s[|•]\s|cookie|"
                        r"^an official website|^(?:readout|press release|statement|news release)s?$", re.I)
# Lines anywhere that are the page's, not the story's: menus, share bars, "Related articles", captions.
_PAGE_LINE = re.compile(r"\s[|•]\s|cookie|^(?:share|follow us|tags?|related(?: articles| news)?|read (?:more|also)|"
                        r"see also|photo|source|print|skip to)\b|^\[", re.I)


_LISTING = re.compile(r"^(?:related(?: articles| news| stories)?|read (?:more|also)|see also|more news|"
                      r"more from|latest news)\W*$", re.I)


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """Where the page's own lines are (menus, share bars, "Related articles", photo credits): names
    there are not the story's."""
    spans = []
    at = 0
    listing = False  # under "Related articles": the links that follow, up to a blank line
    for line in text.split("\n"):
        said = line.strip()
        if not said:
            listing = False
        elif listing or (_FURNITURE.search(said) or _PAGE_LINE.search(said)) and not parse_date_line(said):
            spans.append((at, at + len(line)))
            listing = listing or bool(_LISTING.match(said))
        at += len(line) + 1
    return spans


def parse_text(text: str, *, source: str | None = None, url: str | None = None,
               title: str | None = None, published: str | None = None) -> Article:
    """Read title, publication date and view counter from the head of a plain-text article.

    Metadata given by the container (a JSON Lines record, an HTML page) wins over what
    the text's own head says; what neither gives stays None.
    """
    text = normalise_text(text)
    lines = [ln.strip() for ln in text.split("\n")]
    head = [ln for ln in lines if ln and (not _FURNITURE.search(ln) or parse_date_line(ln))][:8]
    views = None
    found_title = None
    for i, line in enumerate(head):
        parsed = parse_date_line(line)
        if parsed:
            published = published or parsed.published
            views = parsed.views
            # The headline is the longest line above the date; bylines there are short.
            above = [h for h in head[:i] if _looks_like_title(h)]
            found_title = max(above, key=len) if above else None
            break
    if found_title is None and head and not parse_date_line(head[0]) and _looks_like_title(head[0]):
        found_title = head[0]
    published = published or _dateline_date(lines)
    if found_title and _SLUG.match(found_title):
        found_title = found_title.replace("-", " ").capitalize()
    return Article(
        text=text,
        title=title or found_title,
        published=published,
        url=url,
        source=source,
        views=views,
    )


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){3,}$")


def _looks_like_title(line: str) -> bool:
    """A headline: short, not an address, and not a sentence of the body that ends a paragraph with a
    full stop."""
    return len(line) <= 300 and not (len(line) > 160 and line.endswith(".")) and not _ADDRESS.match(line)


_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# "JAKARTA, 29 October 2024 – The Secretary-General ...": a dated dateline opening the body.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,30},\s+(?P<date>[^–—(]{6,40}?)\s*(?:\([^)]{1,40}\)\s*)?[–—-]{1,2}\s")


def _dateline_date(lines: list[str]) -> str | None:
    """The publication day from a body's first dateline, when the head has no date line; only a full
    date counts ("June 4" alone gives no year)."""
    for line in lines[:40]:
        m = _DATELINE.match(line)
        if m:
            parsed = parse_date_line(m.group("date"))
            return parsed.published[:10] if parsed else None
    return None
