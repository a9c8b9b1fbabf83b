"""What the article says about itself: the chain of sources it cites, and its topics."""

from __future__ import annotations

import re

from accord.extract.facts import Facts
from accord.extract.lexicon import Lexicon

_SRC = r"(?:the\s+)?(?P<{n}>[A-Z][\w.&'’-]*(?:[ -](?:[A-Z][\w.&'’-]*|of|the|for|and|de))*)"
_CHAIN = [
    # "Sl.kz cites MFA", "Qazaq Daily cites Akorda"
    re.compile(
        _SRC.format(n="a") + r"\s+(?:cites|quotes|citing)\s+(?:the\s+)?"
        r"(?P<b>(?:press\s+service\s+of\s+(?:the\s+)?)?[A-Z][\w.&'’-]*(?:[ -](?:[A-Z][\w.&'’-]*|of|the|for))*"
        r"|[a-z]+\s+press\s+service)"
    ),
    # "Ala-Too Wire reports, citing the presidential press service"
    re.compile(
        _SRC.format(n="a") + r"\s+(?:reports|reported|said|says),?\s+citing\s+(?:the\s+)?"
        r"(?P<b>[A-Za-z][\w.&'’-]*(?:\s+(?:[A-Za-z][\w.&'’-]*))*?)(?=\s*[(.,;]|$)"
    ),
    # "the press service of the Kazakh MFA reports", "Kazinform learned from the ministry"
    re.compile(
        r"(?P<a>(?:the\s+)?press\s+service\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+"
        r"(?:reports|reported|said|informs)"
    ),
    re.compile(
        _SRC.format(n="a") + r"\s+(?:learned|learnt)\s+from\s+(?:the\s+)?"
        r"(?P<b>[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
    ),
    # "according to the press service of ..."
    re.compile(
        r"(?:^|[,.]\s+|\s)according\s+to\s+(?:the\s+)?(?P<a>press\s+service\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*"
        r"(?:\s+[A-Z][\w.'’-]*)*|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)"
    ),
    # "The following is attributable to Spokesperson Tammy Bruce:"
    re.compile(
        r"attributable\s+to\s+(?:[A-Z][a-z]+\s+)*?(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary)\s+"
        r"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
    ),
]
# "ASHGABAT, June 11 (Caspian Wire) —", "NEW DELHI, June 4 (PTI) –", "ASTANA. KAZINFORM –"
_DATELINE_AGENCY = re.compile(
    r"^[A-Z][A-Za-z .'-]+,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,\s*\d{4})?\s*\((?P<a>[^)]{2,40})\)"
    r"\s*[—–-]",
    re.M,
)
# A sign-off: "Issued by the Press Secretariat, Office of the Prime Minister", "-- STRAITS COURIER",
# or a line "Ottawa, Ontario - Global Affairs Canada" under the date.
# "Issued by: the Press Office", "The statement issued by the Prime Minister's Office on 5 July 2024."
_ISSUED_BY = re.compile(
    r"^\s*(?:(?:the|this)\s+(?:statement|(?:press\s+)?release|readout|communiqu[eé])\s+(?:was\s+)?)?"
    r"issued by:?\s+(?:the\s+)?(?P<a>[^,\n]{3,80}?)(?=,|\s+on\s+[^,\n]{4,40}$|\.?\s*$)",
    re.I | re.M,
)
_SIGN_OFF = re.compile(r"^\s*(?:--|—|–)\s*(?P<a>[A-Z][A-Za-z .'&-]{2,40})\s*$", re.M)
_PLACE_SOURCE = re.compile(r"^[A-Z][a-z]+(?:,\s*[A-Z][a-z]+)?\s+[-–—]\s+(?P<a>[A-Z][\w .'&-]{2,60}?)\s*$", re.M)
_DATELINE_CAPS = re.compile(r"^[A-Z][A-Z .'-]{2,}\.\s+(?P<a>[A-Z][A-Z-]{2,}(?:\s+[A-Z][A-Z-]+)?)\s*(?:[—–-]|$)", re.M)


class ArticleReader:
    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def read(self, facts: Facts) -> None:
        facts.attribution = self._attribution(facts.text)
        low = facts.text.lower()
        facts.topics = [t for t, cues in self.lex.topics.items() if any(c in low for c in cues)]

    def _attribution(self, text: str) -> list[str]:
        head = text[:1500]
        m = _DATELINE_AGENCY.search(head)
        chain: list[str] = []
        if m:
            chain.append(m.group("a").strip())
        m = _DATELINE_CAPS.search(head)
        if m:
            chain.append(m.group("a").strip().title() if len(m.group("a")) > 4 else m.group("a").strip())
        if chain:
            return chain
        for sentence in re.split(r"(?<=[.!?:])\s+", head)[:6]:
            for pattern in _CHAIN:
                m = pattern.search(sentence)
                if m and not self.lex.country(_clean(m.group("a"))):  # "according to the Kazakh side"
                    return [_clean(g) for g in (m.groupdict().get("a"), m.groupdict().get("b")) if g and _clean(g)]
        for pattern in (_PLACE_SOURCE, _ISSUED_BY, _SIGN_OFF):
            m = pattern.search(head if pattern is _PLACE_SOURCE else text)
            if m:
                source = _clean(m.group("a"))
                return [source.title() if source.isupper() else source]
        return []


def _clean(source: str) -> str:
    source = re.sub(r"^(?:the)\s+", "", source.strip(), flags=re.I)
    return source.strip(" ,.")
