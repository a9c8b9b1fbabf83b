"""How a name is folded and read as words: the rules extraction and the store share.

`fold` makes spellings that differ only in case, accents, punctuation or look-alike letters
compare equal; `name_words` reads a person's name as the words a name key is made of.
Extraction keys a person by a set of these words (to match mentions within an article),
the store by a string of them (to merge one person across articles).
It imports only the leaf `accord.page` (look-alike letters), so both may use it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from accord.page import unmixed

_APOSTROPHES = str.maketrans({"\u2019": "'", "`": "'"})
_NOT_WORD = re.compile(r"[^\w']+")

# Lower-case words that belong to the surname after them ("von der Leyen", "bin Zayed").
PARTICLES = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "da",
        "di",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "bint",
        "binti",
        "ibn",
        "ben",
        "ter",
        "zu",
        "af",
        "y",
    }
)
# Words and phrases said before a name that are not part of it, folded; an abbreviation
# keeps its inner dots ("h.e" for "H.E.") so that it is not read as two initials.
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "mister",
        "madam",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "h.e",
        "he",
        "his",
        "her",
        "excellency",
        "his excellency",
        "her excellency",
        "hon",
        "honourable",
        "honorable",
        "the right honourable",
        "right",
        "rt",
        "majesty",
        "highness",
        "royal",
        "h.r.h",
        "hrh",
        "h.m",
        "shri",
        "smt",
        "sheikh",
        # military ranks written short before a name ("Gen. Okello Kasule"): a style, not the name
        "gen",
        "lt",
        "col",
        "maj",
        "brig",
        "capt",
        "adm",
        "amb",  # "Amb. Rai": Ambassador, written short
        "dato",
        "dato'",
        "datuk",
        "datin",
        "tun",
        "ratu",
        # Bhutan's styles for ministers and the prime minister ("Lyonpo", "Lyonchhen Dasho"), West
        # Africa's for one who made the pilgrimage
        "lyonpo",
        "lyonchhen",
        "dasho",
        "alhaji",
        "alhaja",
    }
)


# A pure function of its text, called for the same few thousand words and names many times per
# article (a tenth of the extractor's own time): its answers are kept, not recomputed.
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case, accents, punctuation and look-alike letters folded away ("Élysée" == "elysee",
    Cyrillic "а" in "Mаrat" == "a"): lower-case words one space apart, every apostrophe "'"."""
    if not text.isascii():  # most names: nothing to decompose
        decomposed = unicodedata.normalize("NFKD", text)
        text = unmixed("".join(c for c in decomposed if not unicodedata.combining(c)))
    return _NOT_WORD.sub(" ", text.casefold().translate(_APOSTROPHES)).strip()


def key_words(text: str) -> list[str]:
    """The folded words of a name as keys compare them: apostrophes joined ("O'Neill" = "ONeill")."""
    return fold(text).replace("'", "").split()


def is_honorific(word: str) -> bool:
    """ "Mr.", "Sheikh", "H.E.", "Dato'": one written word that is an honorific."""
    return fold(word.rstrip(".")).replace(" ", ".") in HONORIFICS or fold(word) in HONORIFICS


def name_words(name: str) -> list[str]:
    """A person's name as the words its keys are made of: the honorifics it opens with left
    out ("H.E. Sheikh Amir Sheikh" -> amir sheikh)."""
    written = name.split()
    start = next((i for i, w in enumerate(written) if not is_honorific(w)), len(written))
    return key_words(" ".join(written[start:]))
