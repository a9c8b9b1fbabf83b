"""Calendar dates as the news writes them, read without guessing.

`parse_date_line` reads a publication date line; `find_dates` and `resolve` read dates
inside sentences, relative ones ("last year", "March 19 this year", "on Tuesday")
resolved against the publication date. dateparser is not used here: it misreads
phrases like "March 19 this year" and guesses where the text says nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}

# Date lines of pages in French, Spanish and Portuguese ("Cotonou, 23 septembre 2025", "5 de mayo de
# 2025"); only date lines read them, as "Mars" or "mai" in an English sentence are no months.
LINE_MONTHS = MONTHS | {
    name: i
    for i, names in enumerate(
        [
            ("janvier", "enero", "janeiro"),
            ("février", "fevrier", "febrero", "fevereiro"),
            ("mars", "marzo", "março", "marco"),
            ("avril", "abril"),
            ("mai", "mayo", "maio"),
            ("juin", "junio", "junho"),
            ("juillet", "julio", "julho"),
            ("août", "aout", "agosto"),
            ("septembre", "septiembre", "setiembre", "setembro"),
            ("octobre", "octubre", "outubro"),
            ("novembre", "noviembre", "novembro"),
            ("décembre", "decembre", "diciembre", "dezembro"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_LINE_MONTH = r"(?P<month>" + "|".join(sorted(LINE_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+"
_TIME = (
    r"(?:\s*[,|\-–—/·•]?\s*(?:at\s+)?[\[(]?(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::\d{2})?"
    r"(?:\s*(?P<ampm>[AaPp])\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)[+-]?\d*|\s*[+-]\d{2}:?\d{2}|\s+(?-i:[A-Z]{2,5}\b))?[\])]?)?"
)

# Date lines, tried in order: each must match the whole line (a view counter may follow).
_LINE_FORMS = [
    re.compile(
        r"(?P<year>\d{4})[-/](?P<mnum>\d{1,2})[-/](?P<day>\d{1,2})"
        r"(?:T(?P<thour>\d{2}):(?P<tminute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?" + _TIME,
        re.I,
    ),
    re.compile(r"(?P<year>\d{4})\.\s?(?P<mnum>\d{1,2})\.\s?(?P<day>\d{1,2})\.?" + _TIME, re.I),
    # "21.05.2025.", "21-05-2025": day first, as everywhere but the US
    re.compile(r"(?P<day>\d{1,2})([.-])(?P<mnum>\d{1,2})\2(?P<year>\d{4})\.?" + _TIME, re.I),
    re.compile(r"(?P<day>\d{1,2})/(?P<mnum>\d{1,2})/(?P<year>\d{4})" + _TIME, re.I),
    re.compile(
        r"(?:"
        + _WEEKDAY
        + r")?(?P<day>\d{1,2})(?:st|nd|rd|th|er)?\s+(?:de\s+|of\s+)?"
        + _LINE_MONTH
        + r",?\s+(?:de\s+)?(?P<year>\d{4})"
        + _TIME,
        re.I,
    ),
    re.compile(
        r"(?:" + _WEEKDAY + r")?" + _LINE_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME,
        re.I,
    ),
]
_VIEWS = re.compile(r"^[\s,|·•\-–—]*(?:(?P<n>\d[\d\s,.]*)\s*(?:views?)?|views?:?\s*(?P<m>\d[\d,.]*))\s*$", re.I)
_SECTION = re.compile(r"^\s*[|·•]\s*[A-Za-z][\w &'-]{0,40}$")  # "13/03/2024 | Press Releases"
# what may follow the date on its line: "by Press Office", "(ATA)", "(GMT+4)", "— 3 min read"
_BY_TAIL = re.compile(
    r"^\s*(?:(?:[|,–—-]\s*)?by\s+[A-Z][\w.'’ -]{1,50}|\([A-Z][\w .&+:-]{0,20}\)|[–—-]\s*\d+\s*min(?:ute)?s?\s+read)$",
    re.I,
)
_TIME_ONLY = re.compile(r"^[\s,|·•\-–—]*(?P<hour>\d{1,2}):(?P<minute>\d{2})")


@dataclass(frozen=True)
class DateLine:
    published: str  # YYYY-MM-DD or YYYY-MM-DDTHH:MM
    views: int | None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# What may stand before the date on a date line: "Published", "Updated:", a city ("Brussels, ").
_LINE_PREFIX = re.compile(
    r"^(?:(?:published|posted|updated|date|released|last\s+updated|on)\s*(?:on)?\s*:?\s*(?=\d|[A-Z][a-z]{2})"
    # "Publication date:", "Last modified:", "First published:": a short label; "15:45, ": the time first
    r"|[A-Za-z][A-Za-z ]{1,28}:\s*(?=\d|[A-Z][a-z]{2})|\d{1,2}:\d{2},?\s+(?=\d|[A-Z][a-z]{2})"
    # "Suva, Fiji — Tuesday 19 August 2025", "NAIROBI — 12 June 2025": where it was filed, then the date
    r"|[A-Z][A-Za-z\u00c0-\u024f\u0400-\u04ff .',]{1,40}?\s+[—–-]\s+(?=\d|[A-Z][a-z]{2})"
    r"|[A-Z\u0400-\u042f][A-Za-z\u00c0-\u024f\u0400-\u04ff .'-]{1,30},\s+(?=\d|[A-Z][a-z]{2}))",
    re.I,
)


def parse_date_line(line: str) -> DateLine | None:
    """A publication date line ("24 January 2023, 11:08 747") or None when it is not one."""
    text = line.replace("\u00a0", " ").strip()
    return _whole_line(text) or _among_pieces(text)


# "Jakarta | Tuesday, 07 Oct 2025 | 19:40 WIB", "News · Posted: 29/01/2025", "PRESS RELEASE No. 14/2026
# <spaces> Podgorica, 5 February 2026": short labelled pieces, one of which (with the time that follows
# it) is the date.
LINE_PIECES = re.compile(r"\s+[|·•]\s+|\s{3,}")


def _among_pieces(text: str) -> DateLine | None:
    pieces = LINE_PIECES.split(text)
    bounds = [0, *(m.end() for m in LINE_PIECES.finditer(text))]
    if not 1 < len(pieces) <= 4 or any(len(p.split()) > 6 for p in pieces):
        return None
    for start, piece in zip(bounds, pieces, strict=True):
        found = _whole_line(text[start:]) or _whole_line(piece)  # the time may stand in the next piece
        if found:  # "Published: 12 November 2025 | 👁 1,204 | Share 38": the counter after it, if any
            views = next((v for p in pieces if (v := _views(p)) is not None), None)
            return DateLine(found.published, found.views if found.views is not None else views)
    return None


def _views(piece: str) -> int | None:
    m = _VIEW_COUNT.match(piece)
    return int(re.sub(r"\D", "", m["n"] or m["m"])) if m else None


_VIEW_COUNT = re.compile(r"^(?:👁\s*|views?:?\s*)(?P<n>\d[\d,.]*)(?:\s+views?)?$|^(?P<m>\d[\d,.]*)\s+views?$", re.I)


def _whole_line(line: str) -> DateLine | None:
    text = _LINE_PREFIX.sub("", line, count=1)
    for form in _LINE_FORMS:
        m = form.match(text)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["mnum"]) if g.get("mnum") else LINE_MONTHS[g["month"].lower()]
        day = _valid(int(g["year"]), month, int(g["day"]))
        if day is None and g.get("mnum"):  # "08/14/2025": the month first, as in the US
            day = _valid(int(g["year"]), int(g["day"]), month)
        if day is None:
            return None
        rest = text[m.end() :]
        hour, minute = g.get("hour") or g.get("thour"), g.get("minute") or g.get("tminute")
        if hour is not None and g.get("ampm"):
            hour = str(int(hour) % 12 + (12 if g["ampm"].lower() == "p" else 0))
        if hour is None:
            t = _TIME_ONLY.match(rest)
            if t:
                hour, minute = t["hour"], t["minute"]
                rest = rest[t.end() :]
        views = None
        if rest.strip() and not _SECTION.match(rest) and not _BY_TAIL.match(rest):
            v = _VIEWS.match(rest)
            if not v:
                return None
            digits = re.sub(r"\D", "", v["n"] or v["m"] or "")
            views = int(digits) if digits else None
        published = day.isoformat()
        if hour is not None and int(hour) < 24 and int(minute or 0) < 60:
            published += f"T{int(hour):02d}:{int(minute or 0):02d}"
        return DateLine(published, views)
    return None


def period(value: str) -> tuple[date, date] | None:
    """The first and last day an ISO date of any precision ("2022", "2022-10", "2022-10-05") covers."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if m is None:
        return None
    year = int(m[1])
    if m[3]:
        day = _valid(year, int(m[2]), int(m[3]))
        return (day, day) if day else None
    if m[2]:
        month = int(m[2])
        if not 1 <= month <= 12:
            return None
        following = date(year + month // 12, month % 12 + 1, 1)
        return date(year, month, 1), following - timedelta(days=1)
    return date(year, 1, 1), date(year, 12, 31)


def anchor_of(published: str | None) -> date | None:
    """The publication day as a date, or None when unknown."""
    if not published or len(published) < 10:
        return None
    return _valid(int(published[:4]), int(published[5:7]), int(published[8:10]))


# --- dates inside sentences ---------------------------------------------------------------------


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # ISO at the precision the text supports; None when it cannot be resolved


_D = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_D2 = r"(?:\s*(?:[-–—]|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?"
_Y = r"(?P<year>(?:1[89]|20)\d{2})"
_REL_YEAR = r"(?P<rel>this|last|next|the\s+same|the\s+previous|the\s+following)\s+year"
_OF_YEAR = r"(?:\s+of\s+(?:(?P<prel>this|next|the\s+following|the)\s+year|(?P<pyear>(?:19|20)\d{2})))"
_PARTS = {  # the months a part of a year spans
    "first half": (1, 6),
    "second half": (7, 12),
    "first quarter": (1, 3),
    "second quarter": (4, 6),
    "third quarter": (7, 9),
    "fourth quarter": (10, 12),
    "last quarter": (10, 12),
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 12),
    "end": (10, 12),
    "middle": (5, 8),
}
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
_SENTENCE_FORMS = [
    # "03.04.2026" (day first, as written outside the US), "2026-04-03"
    re.compile(r"(?<![\d.])\b(?P<nday>\d{1,2})\.(?P<nmonth>\d{1,2})\.(?P<nyear>(?:19|20)\d{2})\b(?![.\d])"),
    re.compile(r"(?<![\d-])\b(?P<nyear>(?:19|20)\d{2})-(?P<nmonth>\d{2})-(?P<nday>\d{2})\b(?![-\d])"),
    # "three days ago", "two weeks ago": days and weeks to the day, months to the month, years to the year
    re.compile(
        r"\b(?P<ago>a|an|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago\b",
        re.I,
    ),
    # "at the weekend", "last weekend": the month of that Saturday
    re.compile(r"\b(?P<wkend>this|last|next|the\s+coming|the|at\s+the|over\s+the)\s+weekend\b", re.I),
    # "at the end of the month": of this month
    re.compile(r"\b(?:end|beginning|start|middle|close)\s+of\s+the\s+(?P<thism>month)\b", re.I),
    # 19 October 2025 / 18–20 December 2021 / 2 February
    re.compile(r"\b" + _D + _D2 + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _Y + r"|\s+" + _REL_YEAR + r")?\b", re.I),
    # March 19, 2024 / March 19 this year / Aug. 9
    re.compile(r"\b" + _MONTH + r"\s+" + _D + _D2 + r"(?:,?\s+" + _Y + r"|\s+" + _REL_YEAR + r")?\b(?![:\d])", re.I),
    # in October 2022 / in October / last September / in December next year / early March
    re.compile(
        r"\b(?:(?P<pre>in|by|since|from|until|during|on|of|last|next|this|early|mid|late|end\s+of|early\s+in|late\s+in)[\s-]+)"
        + _MONTH
        + r"(?:,?\s+"
        + _Y
        + r"|\s+"
        + _REL_YEAR
        + r")?\b(?!\s+\d)",
        re.I,
    ),
    re.compile(r"\b" + _MONTH + r",?\s+" + _Y + r"\b", re.I),
    # "in the second half of the year", "in the autumn", "by the end of next year", "mid-2026": a part of a
    # year, said to the year
    re.compile(
        r"\b(?:in|by|during|until|before|for)\s+(?:the\s+)?(?P<part>(?:first|second)\s+half|(?:first|second|third|"
        r"fourth|last)\s+quarter|spring|summer|autumn|winter)" + _OF_YEAR + r"?\b",
        re.I,
    ),
    re.compile(r"\b(?:the\s+)?(?P<part>end|middle|fall)" + _OF_YEAR + r"\b", re.I),
    re.compile(r"\bmid-(?P<pyear>(?:19|20)\d{2})\b", re.I),
    # last year / this year / next year
    re.compile(r"\b" + _REL_YEAR + r"\b", re.I),
    re.compile(r"\b(?P<relm>this|last|next|the\s+previous|the\s+following)\s+month\b", re.I),
    # "on the 3rd", "on the 21st of this month": a day of the month the story is in, or near it
    re.compile(r"\bon\s+the\s+(?P<mday>\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|the)\s+month)?", re.I),
    re.compile(r"\b(?P<relw>this|last|next|the\s+following)\s+week\b", re.I),
    re.compile(
        r"\b(?P<relday>today|yesterday|tomorrow|tonight|this\s+morning|this\s+afternoon|"
        r"this\s+evening)\b",
        re.I,
    ),
    re.compile(
        r"\b(?P<wd>(?:last|next|this|on|coming)\s+)?"
        r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b",
        re.I,
    ),
    # in 2019 / since 2008 / 2025
    re.compile(r"(?<![\d.,/-])\b" + _Y + r"\b(?![\d.,/-]\d)", re.I),
]


def _month_value(year: int, month: int, day: int | None) -> str:
    if day is None:
        return f"{year:04d}-{month:02d}"
    d = _valid(year, month, day)
    return d.isoformat() if d else f"{year:04d}-{month:02d}"


def _nearest_year(anchor: date, month: int, day: int | None, tense: str) -> int:
    """The year of a month (and day) given without one: the nearest that fits the tense."""
    here, now = (month, day or 0), (anchor.month, anchor.day if day else 0)
    if tense == "past":
        return anchor.year if here <= now else anchor.year - 1
    if tense == "future":
        return anchor.year if here >= now else anchor.year + 1
    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    return min(candidates, key=lambda y: abs((date(y, month, min(day or 15, 28)) - anchor).days))


def _relative_year(rel: str, anchor: date) -> int:
    rel = re.sub(r"\s+", " ", rel.lower())
    if rel in ("last", "the previous"):
        return anchor.year - 1
    if rel in ("next", "the following"):
        return anchor.year + 1
    return anchor.year


def _value(m: re.Match[str], anchor: date | None, tense: str) -> str | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    if "nyear" in g:
        numeric = _valid(int(g["nyear"]), int(g["nmonth"]), int(g["nday"]))
        return numeric.isoformat() if numeric else None
    if anchor is not None and ("ago" in g or "wkend" in g or "thism" in g):
        return _counted_back(g, anchor, tense)
    if "year" in g and "month" not in g:
        return g["year"]
    if "month" in g:
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"]) if "day" in g else None
        if "year" in g:
            return _month_value(int(g["year"]), month, day)
        if anchor is None:
            return None
        if "rel" in g:
            return _month_value(_relative_year(g["rel"], anchor), month, day)
        pre = (g.get("pre") or "").lower()
        if pre == "last":
            tense = "past"
        elif pre == "next":
            tense = "future"
        return _month_value(_nearest_year(anchor, month, day, tense), month, day)
    if "pyear" in g:
        return g["pyear"]
    if anchor is None:
        return None
    if "part" in g:
        return str(_year_of_part(g, anchor, tense))
    if "rel" in g:
        return str(_relative_year(g["rel"], anchor))
    if "relm" in g:
        step = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(
            re.sub(r"\s+", " ", g["relm"].lower()), 0
        )
        month0 = anchor.year * 12 + anchor.month - 1 + step
        return f"{month0 // 12:04d}-{month0 % 12 + 1:02d}"
    if "relw" in g:
        step = {"last": -7, "next": 7, "the following": 7}.get(re.sub(r"\s+", " ", g["relw"].lower()), 0)
        return (anchor + timedelta(days=step)).isoformat()[:7]
    if "mday" in g:
        return _month_day(anchor, int(g["mday"]), tense)
    if "relday" in g:
        step = {"yesterday": -1, "tomorrow": 1}.get(g["relday"].lower(), 0)
        return (anchor + timedelta(days=step)).isoformat()
    if "weekday" in g:
        return _weekday(anchor, WEEKDAYS[g["weekday"].lower()], (g.get("wd") or "").strip().lower(), tense)
    return None


def _counted_back(g: dict[str, str], anchor: date, tense: str) -> str:
    """ "three days ago", "last weekend", "the end of the month", from the publication day."""
    if "thism" in g:
        return anchor.isoformat()[:7]
    if "wkend" in g:
        said = re.sub(r"\s+", " ", g["wkend"].lower())
        ahead = said in ("next", "the coming") or said != "last" and tense == "future"
        saturday = date.fromisoformat(_weekday(anchor, 5, "", "future" if ahead else "past"))
        return saturday.isoformat()[:7]
    n = COUNT_WORDS.get(g["ago"].lower()) or int(g["ago"])
    unit = g["unit"].lower()
    if unit == "year":
        return str(anchor.year - n)
    if unit == "month":
        month0 = anchor.year * 12 + anchor.month - 1 - n
        return f"{month0 // 12:04d}-{month0 % 12 + 1:02d}"
    back = anchor - timedelta(days=n * (7 if unit == "week" else 1))
    return back.isoformat() if unit == "day" else back.isoformat()[:7]


def _year_of_part(g: dict[str, str], anchor: date, tense: str) -> int:
    """ "the second half of next year"; "in the spring", of the year it is or, when that part has
    passed (or not yet come) for the sentence's tense, of the next (or last) one."""
    if g.get("prel", "").lower() not in ("", "the"):
        return _relative_year(g["prel"], anchor)
    first, last = _PARTS[re.sub(r"\s+", " ", g["part"].lower())]
    if tense == "future" and anchor.month > last and not g.get("prel"):
        return anchor.year + 1
    if tense == "past" and anchor.month < first and not g.get("prel"):
        return anchor.year - 1
    return anchor.year


def _month_day(anchor: date, day: int, tense: str) -> str | None:
    """ "on the 3rd": this month's, when that fits the tense, else the month before (or after); with
    no tense, whichever of those is nearest the publication day."""
    if tense in ("nearest", "present"):
        options = [v for t in ("past", "future") if (v := _month_day(anchor, day, t))]
        return min(options, key=lambda v: abs((date.fromisoformat(v) - anchor).days), default=None)
    step = 0 if (day <= anchor.day) == (tense != "future") else (-1 if tense != "future" else 1)
    month0 = anchor.year * 12 + anchor.month - 1 + step
    found = _valid(month0 // 12, month0 % 12 + 1, day)
    return found.isoformat() if found else None


def _weekday(anchor: date, weekday: int, qualifier: str, tense: str) -> str:
    """ "on Tuesday": the nearest such day in the sentence's tense (either side for "present", the
    past one on a tie); "last"/"next" move strictly."""
    if qualifier == "this":  # the day of the publication day's week, or of the next when it has passed
        this_week = anchor + timedelta(days=weekday - anchor.weekday())
        return (this_week + timedelta(days=7 if tense == "future" and this_week < anchor else 0)).isoformat()
    if tense == "present" and qualifier in ("", "on"):
        past, ahead = (date.fromisoformat(_weekday(anchor, weekday, "", t)) for t in ("past", "future"))
        return (ahead if (ahead - anchor) < (anchor - past) else past).isoformat()
    delta = weekday - anchor.weekday()
    if qualifier in ("next", "coming") or (tense == "future" and qualifier != "last"):
        delta = delta % 7 or (7 if qualifier == "next" else 0)
    else:
        delta = -((-delta) % 7) or (-7 if qualifier == "last" else 0)
    return (anchor + timedelta(days=delta)).isoformat()


def find_dates(text: str, anchor: date | None, tense: str = "past") -> list[DateMention]:
    """Every date expression in `text`, longest first where they overlap, in text order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for form in _SENTENCE_FORMS:
        for m in form.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            g = m.groupdict()
            if g.get("year") and not g.get("month") and _is_number_context(text, s, e):
                continue
            bare_may = g.get("month") and g["month"].lower() == "may" and not (g.get("day") or g.get("year"))
            if bare_may and (g["month"] == "may" or not (g.get("pre") or g.get("rel"))):
                continue  # the verb "may"; "in May", "early May" are the month
            month = (g.get("month") or "").rstrip(".")
            if month.lower() in ("mar", "sun", "sat", "jan", "dec") and month[0].islower():
                continue  # "mar" the verb, not "Mar." the month
            taken.append((s, e))
            found.append(DateMention(s, e, m.group(0), _value(m, anchor, tense)))
    found.sort(key=lambda d: d.start)
    # "Thursday, 20 August 2026": the weekday names the day the full date gives, not a day of its own;
    # "Thursday (12 March)" with no year: the year in which 12 March is a Thursday
    out: list[DateMention] = []
    for i, d in enumerate(found):
        if _WEEKDAY_ONLY.fullmatch(d.text) and _dated_next(text, d, found[i + 1 :]):
            if anchor is not None:
                found[i + 1] = _on_weekday(found[i + 1], d.text, anchor)
            continue
        out.append(d)
    return out


def _dated_next(text: str, weekday: DateMention, after: list[DateMention]) -> bool:
    if not after:
        return False
    return after[0].start - weekday.end <= 2 and text[weekday.end : after[0].start].strip() in ("", ",", "(")


def _on_weekday(day: DateMention, weekday: str, anchor: date) -> DateMention:
    """The day of a year-less date whose weekday is said, in the year nearest the publication day
    that makes it that weekday."""
    if day.value is None or len(day.value) != 10 or re.search(r"\b(?:1[89]|20)\d{2}\b", day.text):
        return day
    said = date.fromisoformat(day.value)
    wanted = WEEKDAYS[weekday.split()[-1].lower()]
    fits = [  # within half a year: a weekday that fits no nearer year is a slip, the tense decides
        d
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := _valid(year, said.month, said.day)) and d.weekday() == wanted and abs((d - anchor).days) < 183
    ]
    if not fits:
        return day
    best = min(fits, key=lambda d: abs((d - anchor).days))
    return DateMention(day.start, day.end, day.text, best.isoformat())


_WEEKDAY_ONLY = re.compile(r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.I)


def _is_number_context(text: str, s: int, e: int) -> bool:
    """A four-digit number that is a quantity, not a year ("2031 views", "€2025 million"), or one end
    of a period ("the plan for 2023–2027"), which dates no happening."""
    after = text[e : e + 12].lower()
    before = text[max(0, s - 2) : s]
    return (
        bool(re.match(r"\s*(?:%|percent|per\s+cent|million|billion|troops|people|km|views|tonnes)", after))
        or (before.strip() in ("$", "€", "£", "#"))
        or bool(re.match(r"\s?[-–—]\s?(?:19|20)?\d\d\b", text[e : e + 6]))
        or bool(re.search(r"\b(?:19|20)\d\d\s?[-–—]\s?$", text[max(0, s - 7) : s]))
    )
