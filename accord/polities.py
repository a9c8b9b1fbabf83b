"""Which polity a body belongs to: the state, the EU or the UN it acts for.

A record gives an organization's `country` when the extractor knows it (EU institutions
`EU`, a national ministry its state). Where it does not, the name often says: the
institutions of the European Union and the bodies of the UN system are named as such,
and a national body names its state ("Ministry of Foreign Affairs of Chile", "Chile's
Senate"). Other international bodies (the OSCE, ASEAN) belong to no polity: they are
counterparts of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import pycountry

from accord.names import fold

EU, UN = "EU", "UN"
NAMES = MappingProxyType({EU: "European Union", UN: "United Nations"})

# The EU's institutions and bodies, folded; "European ..." alone is not enough (the European
# Court of Human Rights belongs to the Council of Europe, the EBRD to its shareholders).
_EU_BODIES = frozenset(
    {
        "eu",
        "european union",
        "european commission",
        "european council",
        "council of the european union",
        "council of the eu",
        "european parliament",
        "european external action service",
        "eeas",
        "european central bank",
        "european investment bank",
        "court of justice of the european union",
        "european court of auditors",
        "frontex",
        "europol",
    }
)
_EU_NAMED = re.compile(r"^(?:eu|european union) |\bof the (?:european union|eu)\b")
_EU_ACRONYM = re.compile(r"\(eu\)\W*$", re.IGNORECASE)  # "... (EU)", before folding drops the brackets
# The UN, its organs, programmes and specialised agencies, folded.
_UN_BODIES = frozenset(
    {
        "un",
        "united nations",
        "unesco",
        "unicef",
        "undp",
        "unhcr",
        "unep",
        "unfpa",
        "unido",
        "unctad",
        "unodc",
        "unrwa",
        "unops",
        "unowas",
        "unama",
        "unmiss",
        "ohchr",
        "who",
        "world health organization",
        "fao",
        "food and agriculture organization",
        "ilo",
        "international labour organization",
        "international labor organization",
        "wfp",
        "world food programme",
        "iaea",
        "international atomic energy agency",
        "itu",
        "imo",
        "icao",
        "wipo",
        "unwto",
        "security council",
        "general assembly",
        "human rights council",
        "international court of justice",
    }
)
_UN_NAMED = re.compile(r"^(?:un|united nations)(?: |$)|\bof the (?:united nations|un)\b")
# Words that make a name a state's own body, when the state is named with them.
_STATE_BODY = re.compile(
    r"\b(?:ministry|ministries|embassy|consulate|government|cabinet|presidency|president|office|parliament|"
    r"senate|assembly|congress|chamber|house|council|department|agency|mission|administration|majilis|"
    r"mazhilis|duma|bundestag|diet|court|armed forces|army|navy|central bank|national bank)\b"
)


def _standard_names() -> Mapping[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if value := getattr(country, attribute, None):
                names[fold(value)] = country.alpha_2
    return MappingProxyType(names)


STATE_NAMES = _standard_names()  # folded country name -> ISO code (read-only)


def polity_name(code: str) -> str:
    """A polity's name for display: the EU, the UN, or the state's short name."""
    if code in NAMES:
        return NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or getattr(country, "name", code)) if country else code


def body_polity(names: Iterable[str], country: str | None, states: Mapping[str, str] | None = None) -> str | None:
    """The polity of a body called `names`: its stated country, else what its name says.

    `states` adds country names (an article's own: "Russia" -> RU) to the standard ones.
    """
    if country:
        return country.upper()
    given = [n for n in names if n and n.strip()]
    folded = [fold(n) for n in given]
    if any(n in _EU_BODIES or _EU_NAMED.search(n) for n in folded) or any(_EU_ACRONYM.search(n) for n in given):
        return EU
    if any(n in _UN_BODIES or _UN_NAMED.search(n) for n in folded):
        return UN
    known = {**STATE_NAMES, **{fold(name): code for name, code in (states or {}).items()}}
    return next((code for n in folded if (code := _state_named(n, known))), None)


def _state_named(name: str, states: Mapping[str, str]) -> str | None:
    """The state a national body names: "ministry of foreign affairs of chile", "chile's senate"."""
    if not _STATE_BODY.search(name):
        return None
    words = name.replace("'s ", " ").split()
    words = words[1:] if words[:1] == ["the"] else words
    tails = [words[i + 1 :] for i, w in enumerate(words) if w == "of"]  # "... of chile", "... of the republic of chile"
    for tail in [words, *tails]:
        tail = tail[1:] if tail[:1] == ["the"] else tail
        if "in" in tail:
            tail = tail[: tail.index("in")]  # "embassy of japan in chile" is Japan's
        if code := _longest_prefix(tail, states):
            return code
    return None


def _longest_prefix(words: list[str], states: Mapping[str, str]) -> str | None:
    """The code of the longest country name the words start with."""
    for n in range(len(words), 0, -1):
        if (code := states.get(" ".join(words[:n]))) is not None:
            return code
    return None
