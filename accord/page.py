"""What a web page's copy looks like beyond its story: look-alike letters and odd spaces, and
the page's own lines (menus, share bars, breadcrumbs, "Related articles").

A leaf module: reading a file (`ingest`) and reading its story (`extract`) both need it.
"""

from __future__ import annotations

import re

from accord.dates import parse_date_line

# Cyrillic and Greek letters that look like Latin ones, as copy-pasted into English news, and odd
# spaces. One character for one, so offsets into the original text stay exact.
LOOKALIKES = str.maketrans(
    "АВЕКМНОРСТУХаеорсухіІјЈѕЅԁɡΑΒΕΖΗΙΚΜΝΟΡΤΥΧον\u00a0\u2007\u202f",
    "ABEKMHOPCTYXaeopcyxiIjJsSdgABEZHIKMNOPTYXov   ",
)
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")


def unmixed(line: str) -> str:
    """`line` with look-alike letters made Latin inside words that have Latin letters ("Мinister"):
    words wholly in another script stay as they are. Titles, whoever gives them, pass through
    here once; the text itself keeps every letter, for its offsets."""
    return _MIXED_WORD.sub(lambda m: m[0].translate(LOOKALIKES), line)


# Page furniture that some copies carry above the title.
_FURNITURE = re.compile(
    r"^(?:home|news|menu|share|print|search|skip to (?:main )?content|\W*)$|\s[|•]\s|cookie|"
    r"^an official website|^(?:readout|press release|statement|news release)s?$",
    re.I,
)
# Lines anywhere that are the page's, not the story's: menus, share bars, "Related articles", captions.
_PAGE_LINE = re.compile(
    r"\s[|•]\s|cookie|^(?:share|follow us|tags?|related(?: articles| news)?|read (?:more|also)|"
    r"see also|photo|source|print|skip to)\b|^\[|^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b",
    re.I,
)


_CRUMBS = re.compile(r"\s[>›»]\s|^(?:home|main page)\s*[/>›»]", re.I)  # "Home › Newsroom › Press releases"
_PROMPT = re.compile(r"^(?:subscribe|welcome to|sign up|log ?in)\b|^.{0,20}\bshare:?$", re.I)
_GAPS = re.compile(r"\s{2,}|\s[|•/]\s")


def _is_menu(line: str) -> bool:
    """A row of links ("Politics   Economy   Society", "العربية  中文  English"): three or more
    items of a few words each, set apart by runs of spaces or bars."""
    items = _GAPS.split(line)
    return len(line) <= 160 and len(items) >= 3 and all(len(item.split()) <= 3 for item in items)


def is_page_line(line: str) -> bool:
    return bool(_FURNITURE.search(line) or _CRUMBS.search(line) or _PROMPT.search(line) or _is_menu(line))


_LISTING = re.compile(
    r"^(?:related(?: articles| news| stories)?|read (?:more|also)|see also|more news|"
    r"more from|latest news)\W*$",
    re.I,
)


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
        elif listing or (is_page_line(said) or _PAGE_LINE.search(said)) and not _dated(said):
            spans.append((at, at + len(line)))
            listing = listing or bool(_LISTING.match(said))
        at += len(line) + 1
    return spans


def _dated(line: str) -> bool:
    """A date line, which is the story's; a byline with a time stamp ("By Jo Roe | 14:05, 12 June
    2025") stays the page's."""
    return parse_date_line(line) is not None and not _BYLINE.match(line)


_BYLINE = re.compile(r"^by\s", re.I)


def reading_text(text: str) -> str:
    """The text the extractor reads: look-alike letters and odd spaces mapped, same length."""
    return text.translate(LOOKALIKES)


_WRAP_ENDS = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"})


def wrapped_breaks(text: str) -> frozenset[int]:
    """Where a line break only wraps a paragraph ("... planned to hold in\nOslo next month"), as
    plain-text copy does at a fixed width, rather than ending a line of its own (a headline, a date
    line, an item of a list). A block of lines is wrapped when more than half its breaks fall inside
    a sentence, before a lower-case word or after a comma or a word like "in" or "the"; a page's
    own lines (menus, addresses) never are. One pass over the text."""
    found: set[int] = set()
    at = 0
    for block in re.split(r"(\n{2,})", text):
        lines = block.split("\n")
        breaks = list(zip(lines, lines[1:], strict=False))
        while breaks and not breaks[-1][1].strip():
            breaks.pop()  # the text's last line break ends no line of a block
        if not block.startswith("\n") and sum(_mid_sentence(a, b) for a, b in breaks) * 2 > len(breaks):
            offset = at
            for line, following in breaks:
                offset += len(line)
                if _wraps(line.strip(), following.strip()):
                    found.add(offset)
                offset += 1
        at += len(block)
    return frozenset(found)


def _wraps(line: str, following: str) -> bool:
    return (
        len(line) >= 20
        and bool(following)
        and line[-1] not in ".!?:;\"”»)’'"
        and not is_page_line(line)
        and not is_page_line(following)
        and not following.startswith(("http://", "https://", "www."))
        and parse_date_line(following) is None
    )


def _mid_sentence(line: str, following: str) -> bool:
    line, following = line.strip(), following.strip()
    if not line or not following:
        return False
    return following[0].islower() or line.endswith(",") or line.rsplit(None, 1)[-1].lower() in _WRAP_ENDS
