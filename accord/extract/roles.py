"""An office title as written -> Role(title, organization, country).

"Kazakhstan's Deputy Foreign Minister" -> ("Deputy Foreign Minister", None, KZ);
"President of the European Council" -> (same, "European Council", EU);
"Ambassador of the Bolivarian Republic of Venezuela" -> ("Ambassador", None, VE).
"""

from __future__ import annotations

import re

from accord.extract.lexicon import ORG_HEADS, RANKS, Lexicon, fold
from accord.extract.words import Word
from accord.records import Role


def same_rank(said: set[str], title: set[str]) -> bool:
    """Whether an office said in words is this title: its words, and no rank the words leave out
    ("the Minister of X" is not X's Deputy Minister)."""
    return said <= title and not (title - said) & RANKS


# Words of a state's formal name that stand between "of the" and the country itself.
_FORMAL = {
    "the",
    "republic",
    "kingdom",
    "federal",
    "democratic",
    "people's",
    "peoples",
    "islamic",
    "oriental",
    "bolivarian",
    "plurinational",
    "state",
    "of",
    "socialist",
    "united",
    "arab",
    "hashemite",
    "grand",
    "duchy",
    "principality",
    "sultanate",
    "commonwealth",
    "co-operative",
    "cooperative",
    "independent",
    "federative",
    "argentine",
    "french",
    "italian",
    "portuguese",
    "lebanese",
    "syrian",
    "tunisian",
    "algerian",
    "union",
}
_LEAD_DROP = {"former", "then", "then-", "outgoing", "incoming", "newly", "new", "current", "acting"}


def parse_roles(words: list[Word], lex: Lexicon) -> list[Role]:
    """One title phrase may hold several offices: "Crown Prince and Prime Minister"."""
    heads = lex.title_heads
    for i, w in enumerate(words):
        if (
            w.lower == "and"
            and 0 < i < len(words) - 1
            and _has_head(words[:i], heads)
            and _has_head(words[i + 1 : i + 4], heads)
            and not _has_org_before(words[:i])
        ):
            first = parse_role(words[:i], lex)
            rest = parse_roles(words[i + 1 :], lex)
            if first and rest and first.country and not rest[0].country:
                rest[0].country = first.country
            return [r for r in (first, *rest) if r is not None]
    role = parse_role(words, lex)
    return [role] if role else []


def _has_head(words: list[Word], heads: set[str]) -> bool:
    return any(fold(w.text) in heads for w in words)


def _has_org_before(words: list[Word]) -> bool:
    """ "Member of the European Parliament and its ...": the "and" continues an organization."""
    return any(w.lower in ("of", "for", "at") for w in words)


def parse_role(words: list[Word], lex: Lexicon) -> Role | None:
    ws = [w for w in words if w.text not in ("H.E.", "Mr.", "Ms.", "Mrs.", "Dr.")]
    while ws and fold(ws[0].text) in _LEAD_DROP:
        ws = ws[1:]
    country: str | None = None
    org: str | None = None
    ws, country, org = _leading_polity(ws, lex)
    ws, tail_country = _trailing_country(ws, lex)
    country = tail_country or country
    inner_org = _inner_org(ws, lex)
    if inner_org:
        org, org_country = inner_org
        country = org_country or country
    if not ws:
        return None
    country = country or _citizens_abroad(ws, lex)
    title = _singular(_join(ws), lex)
    title = re.sub(r"^\d+(?:st|nd|rd|th)\s+", "", title)  # "the 30th governor general"
    # "chair of the three-day gathering": an office of an occasion, not of a body
    title = re.sub(r"\s+of\s+the\s+(?:[a-z0-9-]+\s+)*[a-z0-9-]+$", "", title)
    if len(title) < 2:
        return None
    body = lex.titles.get("bodies", {}).get(title)
    if body and org is None:  # "MEP": a member of the European Parliament
        entry = lex.org(body)
        org, country = body, entry.country if entry else country
    return Role(title=title, organization=org, country=country)


_ABROAD = {"abroad", "expatriates", "emigrants", "diaspora", "nationals"}


def _citizens_abroad(ws: list[Word], lex: Lexicon) -> str | None:
    """ "... and Mauritanians Abroad", "... and Moroccan Expatriates": a ministry of a state's own
    citizens abroad is that state's."""
    for before, word in zip(ws, ws[1:], strict=False):
        if fold(word.text) not in _ABROAD:
            continue
        said = fold(before.text)
        entry = lex.demonym(said) or (lex.demonym(said[:-1]) if said.endswith("s") else None)  # "Mauritanians"
        if entry:
            return entry.code
    return None


def _leading_polity(ws: list[Word], lex: Lexicon) -> tuple[list[Word], str | None, str | None]:
    """ "Kazakhstan's", "Kenyan", "U.S.", "South Korean", "EU", "EIB" before the office."""
    for n in (3, 2, 1):
        if len(ws) <= n:
            continue
        head = _join(ws[:n])
        base = re.sub(r"['’]s$", "", head)
        entry = lex.country(base)
        if entry:
            return ws[n:], entry.code, None
        org = lex.org(base)
        if org and n == 1:
            return ws[n:], org.country, org.name
    return ws, None, None


def _trailing_country(ws: list[Word], lex: Lexicon) -> tuple[list[Word], str | None]:
    """ "... of the Republic of Kazakhstan" / "... of Canada" at the end: the office's polity.
    "... to Ghana" / "... in Kazakhstan" names where an envoy serves: cut off, not the polity."""
    polity = None
    for i in range(1, len(ws)):
        if ws[i].lower not in ("of", "to", "in"):
            continue
        rest = [w for w in ws[i + 1 :] if fold(w.text) not in _FORMAL]
        entry = lex.country(_join(rest)) if rest else None
        if entry is None and rest and len(ws[i + 1 :]) > len(rest):
            # "the Kyrgyz Republic": a demonym with a formal word
            entry = lex.country(_join(rest[:1]))
        if entry is None and not rest:
            # "the Italian Republic", "the French Republic": the demonym is one of the formal words
            entry = next(
                (
                    e
                    for w in ws[i + 1 :]
                    if w.lower not in ("the", "of", "republic") and (e := lex.country(w.text)) is not None
                ),
                None,
            )
        if entry is None:
            continue
        if ws[i].lower == "of":
            return ws[:i], entry.code
        ws, polity = ws[:i], None
        break
    if polity is None and ws and ws[-1].lower in ("to", "in"):
        ws = ws[:-1]
    return _trailing_of_country(ws, lex)


def _trailing_of_country(ws: list[Word], lex: Lexicon) -> tuple[list[Word], str | None]:
    """After cutting "to Ghana": "Ambassador of Norway" may remain."""
    for i in range(1, len(ws)):
        if ws[i].lower == "of":
            rest = [w for w in ws[i + 1 :] if fold(w.text) not in _FORMAL]
            entry = lex.country(_join(rest)) if rest else None
            if entry:
                return ws[:i], entry.code
    return ws, None


def _inner_org(ws: list[Word], lex: Lexicon) -> tuple[str, str | None] | None:
    """ "President of the European Council": the organization named after "of"/"at"/"for"."""
    tails = []
    for i, w in enumerate(ws):
        if w.lower in ("of", "at", "for"):
            rest = ws[i + 1 :]
            while rest and rest[0].lower == "the":
                rest = rest[1:]
            tails.append(rest)
    for rest in tails:
        for n in range(len(rest), 0, -1):
            org = lex.org(_join(rest[:n]))
            if org:
                return org.name, org.country
    for rest in reversed(tails):
        if rest and fold(rest[-1].text) in ORG_HEADS and not any(w.text == "," for w in rest):
            return _join(rest), None
    return None


def _singular(title: str, lex: Lexicon) -> str:
    """ "Foreign Ministers" said of two people is each one's "Foreign Minister"; not "the House of
    Representatives", a body's name."""
    if (
        title.endswith("s")
        and " of " not in f" {fold(title)} "
        and fold(title[:-1].split()[-1]) in lex.title_heads
        and fold(title.split()[-1]) not in lex.title_heads
    ):
        return title[:-1]
    return title


def _join(ws: list[Word]) -> str:
    out = ""
    for w in ws:
        if out and w.text not in (",", ".", ")") and not out.endswith(("(", "-")) and w.text not in ("'s", "’s"):
            out += " "
        out += w.text
    return out.strip()
