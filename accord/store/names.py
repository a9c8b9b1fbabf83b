"""Name keys: how the store tells that two spellings name the same person or organization.

A key folds what varies between reports of one name: accents, case, punctuation, and for
people the common romanisations of one Cyrillic, Arabic or Turkic spelling (Kassyanenko /
Kasyanenko, Bekmurzayev / Bekmurzaev, Sergey / Sergei). A *short* form is what an entity may also be
called by: a person's surname, an organization's or agreement's acronym. The fold, the
honorifics and the particles are extraction's too (accord.names); the rest is the store's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.names import PARTICLES, key_words, name_words
from accord.store.schema import COUNTRY, PERSON

# Romanisation variants, rewritten to one spelling in this order (longest first).
_TRANSLIT = (
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("ou", "u"),
    ("q", "k"),
    ("x", "ks"),
)
_VOWEL_Y = re.compile(r"(?<=[aeiou])y(?=[aeiou])")  # Bekmurzayev -> Bekmurzaev
_DOUBLED = re.compile(r"(.)\1+")  # Kassyanenko -> Kasyanenko
# Words an acronym skips ("Organization for Security and Co-operation in Europe" -> OSCE).
_MINOR = frozenset(
    {"of", "the", "and", "for", "on", "in", "at", "to", "by", "with", "de", "des", "du", "la", "le", "et"}
)


def fold(text: str) -> str:
    """A name as the store compares it: folded, '&' read as 'and', apostrophes joined."""
    return " ".join(key_words(text.replace("&", " and ")))


def _romanised(token: str) -> str:
    for variant, spelling in _TRANSLIT:
        token = token.replace(variant, spelling)
    token = _VOWEL_Y.sub("", token).replace("y", "i")
    return _DOUBLED.sub(r"\1", token)


@dataclass(frozen=True)
class PersonName:
    given: tuple[str, ...]  # romanised given names, in order
    surname: str  # romanised surname, particles included

    @property
    def key(self) -> str:
        return " ".join((*self.given, self.surname))


def person_name(name: str) -> PersonName:
    tokens = name_words(name)
    if not tokens:
        return PersonName((), "")
    start = len(tokens) - 1
    while start > 0 and tokens[start - 1] in PARTICLES:
        start -= 1
    given = tuple(_romanised(t) for t in tokens[:start])
    return PersonName(given, " ".join(_romanised(t) for t in tokens[start:]))


def org_key(name: str) -> str:
    """Organizations, agreements, countries: folded, hyphens joined, a leading 'the' dropped."""
    key = fold(re.sub(r"(?<=\w)-(?=\w)", "", name))
    return key[4:] if key.startswith("the ") else key


def name_key(kind: str, name: str) -> str:
    return person_name(name).key if kind == PERSON else org_key(name)


def is_acronym(name: str) -> bool:
    """ "EU", "EEAS", "MoU": one short word with at least two capitals."""
    word = name.strip().replace(".", "")
    return 2 <= len(word) <= 10 and " " not in word and sum(c.isupper() for c in word) >= 2


def acronyms(name: str) -> set[str]:
    """Keys of the acronyms a multi-word name may go by: initials without and with the minor
    words ("Organization for Security and Co-operation in Europe" -> osce; "Memorandum of
    Understanding" -> mu, mou)."""
    words = org_key(name).split()
    major = [w for w in words if w not in _MINOR]
    if len(major) < 2:
        return set()
    return {"".join(w[0] for w in major), "".join(w[0] for w in words)}


def acronym_keys(name: str) -> set[str]:
    """Keys an acronym may stand for: itself, and its capitals alone ("MoU" -> mou, mu)."""
    return {org_key(name), "".join(c for c in name if c.isupper()).lower()} - {""}


def short_form(kind: str, name: str) -> str | None:
    """The short form stored for lookup: a surname, or the acronym without minor words."""
    if kind == PERSON:
        return person_name(name).surname or None
    if kind == COUNTRY or is_acronym(name):
        return None
    words = [w for w in org_key(name).split() if w not in _MINOR]
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def first_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "Roman" ~ "R" ~ "Roman"; "Alex" ~ "Alexander"; two different full first names do not."""
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)))


def person_match(new: PersonName, known: PersonName) -> str | None:
    """Why two person names may be one person, strongest reason first; None when they may not."""
    if not new.surname or new.surname != known.surname:
        return None
    if new.key == known.key:
        return "same name"
    if new.given and known.given:
        return "same surname, first names agree" if first_names_agree(new.given, known.given) else None
    return "surname only"
