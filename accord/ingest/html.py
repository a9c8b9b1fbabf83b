"""HTML -> Article: the main text and metadata of a page via trafilatura.

The article text is composed as "title\\n\\ndate line\\n\\nbody", one paragraph per block,
so that it reads like the plain-text articles and offsets point into it exactly.
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document

from accord.dates import parse_date_line
from accord.errors import MalformedInput
from accord.ingest.plain import read_text
from accord.ingest.published import date_line, normalise_published
from accord.records import Article

# Only what a page declares about itself: trafilatura's extensive search guesses from the text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# trafilatura takes about 0.1 s per thousand elements; news pages have a few thousand.
_MAX_ELEMENTS = 100_000
_BLANK_LINE = re.compile(r"\n\s*\n")
_UNREADABLE = ("script", "style", "noscript", "template")
_BLOCKS = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    )
)


def read_html(
    markup: str,
    *,
    source: str,
    url: str | None = None,
    page_url: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Article:
    """The article a page holds. `url`, `title`, `published` come from a container and win
    over the page's own metadata; `page_url` is where the page was fetched from, used when
    the page names no canonical address."""
    tree = parse_html(markup, source)
    elements = sum(1 for _ in tree.iter())
    if elements > _MAX_ELEMENTS:
        raise MalformedInput(
            f"too many HTML elements to read ({elements:,}; the limit is {_MAX_ELEMENTS:,})", source=source
        )
    doc = trafilatura.bare_extraction(
        tree, url=page_url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    lines = _lines(doc.text if isinstance(doc, Document) else None)
    if not isinstance(doc, Document) or not lines:
        raise MalformedInput("no article text", source=source)
    title = title or _one_line(doc.title) or None
    published = published or normalise_published(doc.date)
    if title and lines[0].casefold() == title.casefold():
        lines.pop(0)
    own = parse_date_line(lines[0]) if lines else None
    dated: str | None
    if own is not None:
        dated = lines.pop(0)
        # The page's visible date line may add the time to a metadata date of the same day.
        if published is None or own.published.startswith(published):
            published = own.published
    else:
        dated = date_line(published)
    if not lines:  # a headline and a date are not an article
        raise MalformedInput("no article text", source=source)
    text = "\n\n".join(part for part in (title, dated, *lines) if part)
    return read_text(text, source=source, url=url or doc.url, title=title, published=published)


def fragment_text(markup: str, source: str) -> str:
    """Text of an HTML fragment (a feed entry's content): a paragraph per block, a line per <br>."""
    root = parse_html(markup, source, fragment=True)
    for element in root.iter():
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCKS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    paragraphs = ("\n".join(_lines(chunk)) for chunk in _BLANK_LINE.split(root.text_content()))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def parse_html(markup: str, source: str, *, fragment: bool = False) -> lxml.html.HtmlElement:
    """An lxml tree of `markup` without scripts and styles, read past lxml's default depth of 255 levels.

    Beyond libxml2's hard limit (2048 levels) the parser silently drops what follows, so a
    page nested that deeply is rejected rather than read in part.
    """
    parser = lxml.html.HTMLParser(
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
    )
    # A lone surrogate (from a JSON or feed escape) becomes "?" rather than stopping the parse.
    data = markup.encode("utf-8", errors="replace")
    try:
        if fragment:
            tree = lxml.html.fragment_fromstring(data, create_parent="div", parser=parser)
        else:
            tree = lxml.html.document_fromstring(data, parser=parser)
    except (etree.LxmlError, ValueError) as exc:
        raise MalformedInput("no article text", source=source) from exc
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        raise MalformedInput("HTML nested too deeply to read (over 2,048 levels)", source=source)
    # trafilatura would read a <noscript> "please enable JavaScript" as the article.
    for element in list(tree.iter(*_UNREADABLE)):
        element.drop_tree()
    return tree


def _lines(text: str | None) -> list[str]:
    """Non-empty lines with their runs of spaces folded."""
    return [line for line in map(_one_line, (text or "").split("\n")) if line]


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())
