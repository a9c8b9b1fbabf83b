"""Plain-text articles in the layout news sites and ministries use.

A title line, then (usually) a date line, then the body. The whole text, title and
date line included, is the article text: offsets in the record point into it.
"""

from __future__ import annotations

import re

from accord.dates import DateLine, parse_date_line
from accord.page import is_page_line, unmixed
from accord.records import Article, normalise_text


def parse_text(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Article:
    """Read title, publication date and view counter from the head of a plain-text article.

    Metadata given by the container (a JSON Lines record, an HTML page) wins over what
    the text's own head says; what neither gives stays None.
    """
    text = normalise_text(text)
    lines = [ln.strip() for ln in text.split("\n")]
    menu = _vertical_menu(lines)
    head = [ln for i, ln in enumerate(lines) if ln and i not in menu and (not is_page_line(ln) or parse_date_line(ln))][
        :8
    ]
    views = None
    dated = None  # where the date line is in `head`
    for i, line in enumerate(head):
        parsed = parse_date_line(line)
        if parsed:
            published = published or parsed.published
            views = parsed.views
            dated = i
            break
    found_title, sure = _headline(head, dated)
    if sure < 2:  # a site's name may be all there is: an address's words are the story's
        found_title = _slug_title(lines) or found_title
    published = published or _dateline_date(lines) or _stamped_date(lines, url) or _closing_date(lines)
    return Article(
        text=text,
        title=unmixed(title or found_title or "") or None,
        published=published,
        url=url,
        source=source,
        views=views,
    )


def _vertical_menu(lines: list[str]) -> set[int]:
    """Where a menu runs down the top of the page, one item a line ("Home", "Politics", "World news"):
    three or more lines in a row of a few words with no sentence in them."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines[:30]):
        if not line:
            continue
        if _MENU_ITEM.match(line):
            run.append(i)
            continue
        found.update(run if len(run) >= 3 else ())
        run = []
    return found | (set(run) if len(run) >= 3 else set())


_MENU_ITEM = re.compile(r"^(?=.{1,30}$)[^\W\d][^.,:;!?\d\s]*(?:\s+[^.,:;!?\d\s]+){0,2}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){3,}$")
# The last path segment of an address on its own line, when it spells out words.
_URL_SLUG = re.compile(r"^(?:https?://|www\.)\S*/(?:[^/\s]*[=/])?(?P<slug>[a-z]+(?:-[a-z0-9]+){3,})/?(?:\.\w+)?$", re.I)
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "de",
        "del",
        "des",
        "du",
        "for",
        "from",
        "in",
        "into",
        "la",
        "le",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "y",
    ]
)


def _headline(head: list[str], dated: int | None) -> tuple[str | None, int]:
    """The headline among the head's lines that come before the body, and how sure (see
    `_reads_as_headline`).

    It is usually the longest line above the date line (bylines are short), but a page's own
    name (a ministry's, an agency's) sits there too, and some sites put the headline below the
    date. A line that reads as a sentence (a lowercase word that is not "of" or "the": a verb,
    a noun) beats one that could be a name; then the longer wins (headlines are longer than
    names and bylines), then the one above the date.
    """
    best: tuple[int, int, bool] = (0, 0, False)
    found = None
    for i, line in enumerate(head):
        if dated is not None and i > dated + 1:
            break  # only the line right below the date line may be the headline
        if i == dated or not _looks_like_title(line) or line.endswith((":", ";")):
            continue
        below = dated is None or i > dated
        if _is_prose(line) or below and line.endswith("."):
            if below:
                break  # the body has begun: a headline below the date line ends with no full stop
            continue
        rank = (_reads_as_headline(line), len(line), dated is None or i < dated)
        if rank > best and rank[0]:  # a banner in capitals or a code is never the headline
            best, found = rank, _from_slug(line) if _SLUG.match(line) else line
    return found, best[0]


def _reads_as_headline(line: str) -> int:
    """2: a sentence-case headline; 1: a Title Case line that could be a headline or a name; 0: a banner
    in capitals or a code ("SG/A/2468")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if any(w[0].islower() and w.lower() not in _SMALL_WORDS for w in words):
        return 2
    return 1 if any(w[0].isupper() and not w.isupper() for w in words) and len(words) >= 3 else 0


def _is_prose(line: str) -> bool:
    """A paragraph of the body: long, or a sentence ending in a full stop, or a dateline's opening."""
    return len(line) > 200 or (line.endswith(".") and len(line.split()) >= 8) or _dateline(line) is not None


def _slug_title(lines: list[str]) -> str | None:
    """A headline rebuilt from the address's last segment ("…/ambassador-calls-on-vice-minister")."""
    for line in lines[:8]:
        m = _URL_SLUG.match(line)
        if m:
            return _from_slug(m["slug"])
    return None


def _from_slug(slug: str) -> str:
    return slug.replace("-", " ").capitalize()


def _looks_like_title(line: str) -> bool:
    """A headline: short, not an address, and not a sentence of the body that ends a paragraph with a
    full stop."""
    return len(line) <= 300 and not (len(line) > 160 and line.endswith(".")) and not _ADDRESS.match(line)


_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# "JAKARTA, 29 October 2024 – The Secretary-General ...", "Phnom Penh, June 4, 2025 (AKP) --",
# "San José, Tuesday 18 February 2025. The President ...", "LIMA (Andes Wire), Aug 14, 2025 —": a
# dateline opening the body.
_DATELINE = re.compile(
    r"^[A-Z][\w\u00c0-\u024f .'-]{1,30}(?:\s*\([^)]{1,40}\))?,\s+"
    r"(?:(?P<date>[^–—(]{6,40}?)\s*(?:\([^)]{1,40}\)\s*)?[–—-]{1,2}(?:\s|$)"
    r"|(?P<ended>[^–—(.]{6,40}?\d{4})\.\s)"
)
# "© 2025 Sagarmatha Wire": the year a dateline without one ("KATHMANDU, 9 April (...) –") is in.
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?(?P<year>(?:19|20)\d{2})\b", re.I)


# "By Jane Roe | 14:05, 12 June 2025": a byline's pieces, one of which may be the date.
_BYLINE = re.compile(r"^(?:by|from)\s+\S", re.I)
_BYLINE_PIECES = re.compile(r"\s*[|·•—–]\s*|,\s+(?=\d{1,2}:\d{2})")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?,?\s+", re.I)
# An address's date stamp: /2025/03/12/, /2025-03-12-, /20250312/.
_URL_DATE = re.compile(r"/(?P<y>20\d{2})(?:/|-)?(?P<m>[01]\d)(?:/|-)?(?P<d>[0-3]\d)(?=[/_-]|\.\w+$|$)")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# "The statement issued by the Prime Minister's Office on 5 July 2024.", "Issued on 12 June 2025"
# "Posted by the Embassy in Lima, 14 August 2025": the date after a comma
_CLOSING = re.compile(
    r"\b(?:issued|released|published|posted|dated|distributed)\b[^\n]{0,100}?(?:\bon|,)\s+(?P<date>(?:(?!\bon\s)[^.\n]){6,40}?)\.?$",
    re.I,
)


def _stamped_date(lines: list[str], url: str | None) -> str | None:
    """The publication day from a byline's time stamp or an address's date stamp, when the head has
    no date line."""
    for line in lines[:12]:
        if _BYLINE.match(line):
            for piece in _BYLINE_PIECES.split(line)[1:]:
                parsed = parse_date_line(_CLOCK.sub("", piece))
                if parsed:
                    return parsed.published[:10]
    for address in [url or "", *(ln for ln in lines if _URL.match(ln))]:
        m = _URL_DATE.search(address)
        if m:
            parsed = parse_date_line(f"{m['y']}-{m['m']}-{m['d']}")
            if parsed:
                return parsed.published
    return None


def _closing_date(lines: list[str]) -> str | None:
    """ "The statement issued by the Prime Minister's Office on 5 July 2024.": an archived readout's
    date, in its closing line, or a date line of its own under the sign-off."""
    tail = [ln for ln in lines if ln][-6:]
    for line in tail[-4:]:
        m = _CLOSING.search(line)
        parsed = parse_date_line(m["date"]) if m else None
        if parsed:
            return parsed.published[:10]
    # "Media Office of the Ministry of Foreign Affairs / 9 July 2025": a sign-off's own date line
    signed = next((parsed for line in tail if (parsed := parse_date_line(line))), None)
    return signed.published[:10] if signed else None


def _dateline_date(lines: list[str]) -> str | None:
    """The publication day from a body's first dateline, when the head has no date line; only a full
    date counts ("June 4" alone gives no year)."""
    for line in lines[:40]:
        said = _dateline(line)
        if said is not None:
            parsed = parse_date_line(said) or _with_copyright_year(said, lines)
            return parsed.published[:10] if parsed else None
    return None


def _dateline(line: str) -> str | None:
    """The date of a dateline opening this line: after a place in capitals, or a date that reads as
    one (a headline "Kazakhstan, EU agree on visas – report" is no dateline)."""
    m = _DATELINE.match(line)
    if m is None:
        return None
    said = m["date"] or m["ended"]
    return said if line[:2].isupper() or parse_date_line(said) else None


def _with_copyright_year(said: str, lines: list[str]) -> DateLine | None:
    """A dateline's day and month in the year of the page's copyright line, the only year it gives."""
    years = [m["year"] for ln in lines[-8:] for m in _COPYRIGHT_YEAR.finditer(ln)]
    return parse_date_line(f"{said} {years[-1]}") if years else None
