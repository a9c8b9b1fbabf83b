"""Words and capitalised runs: the units names, titles and organisations are made of.

spaCy splits "Kassym-Jomart" and "Kazakhstan's" into pieces; names and titles are
easier to read on whole words, so this module has its own small word tokenizer over a
sentence, with exact character offsets into the article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.names import PARTICLES

_WORD = re.compile(r"(?:then|ex|former)-(?=[A-Z])|[^\W_](?:[\w’'.&+]*[^\W_])?(?:[-–][^\W_][\w’']*)*|[–—]|[^\s\w]")
# Joined into a capitalised run between capitalised words: a name's particles and the small
# words of an office's or a body's name ("Minister of Foreign Affairs").
CONNECTORS = PARTICLES | {"of", "for", "on", "the", "and", "its", "to", "at", "in", "des", "e", "bte", "al-"}


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    known: bool = False  # part of a known organization's or country's name, never of a person's
    after_of: bool = False  # follows "of", "in", "at" or "from"
    lower: str = field(init=False, repr=False, compare=False)  # asked for tens of thousands of times

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())

    @property
    def is_cap(self) -> bool:
        # "d'Ivoire", "d'Estaing": an elided article before a capital goes on with the name
        return self.text[:1].isupper() or self.text[2:3].isupper() and bool(_ELIDED.match(self.text))

    @property
    def is_upper(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)


def words(text: str, offset: int = 0) -> list[Word]:
    """Words of `text`, with offsets shifted by `offset`; "U.S." and "H.E." stay whole."""
    out: list[Word] = []
    for m in _WORD.finditer(text):
        s, e = m.span()
        if out and s < out[-1].end - offset:
            continue  # the full stop already taken by an abbreviation
        token = m.group(0)
        # Keep the full stop of initials and abbreviations ("C.", "U.S.", "Mr.", "Jr."), not a
        # sentence's: "... met Gohar Ali." ends with the name "Ali".
        after_initial = bool(out) and _INITIAL.fullmatch(out[-1].text) is not None  # "A. Kh. Margulan"
        if e < len(text) and text[e] == "." and (after_initial or _abbreviated(token, text[e + 1 : e + 3])):
            e += 1
            token += "."
        elif e < len(text) and text[e] in "'’" and token.lower() == "dato":  # the Malay honorific "Dato'"
            e += 1
            token += text[e - 1]
        out.append(Word(token, s + offset, e + offset))
    return out


def _abbreviated(token: str, after: str) -> bool:
    """Whether the full stop after `token` is part of it: an initial, a dotted acronym, a short
    abbreviation, or a short capitalised word the sentence goes on after ("Hon. Members")."""
    if _INITIAL.fullmatch(token + ".") or _DOTTED.fullmatch(token) or _ABBREVIATION.fullmatch(token):
        return True
    return len(token) <= 3 and token[:1].isupper() and not (after[:1] in ("", "\n") or after[1:2].isupper())


_INITIAL = re.compile(r"[A-Z]\.")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # "U.S", "H.E": the letters of an acronym
# Short forms that stand before a name ("Gen. Ali", "Md. Tanvir"): their full stop ends no sentence.
NAME_SHORT_FORMS = r"mrs?|ms|dr|prof|gen|col|lt|maj|capt|brig|adm|amb|hon|sen|gov|rep|sgt|md|mohd|muhd"
# Words written with a full stop wherever they stand: those, "Ltd.", "No. 5"
_ABBREVIATION = re.compile(NAME_SHORT_FORMS + r"|[js]r|st|rev|fr|mt|cdr|co|inc|ltd|corp|nos?|vol|dept", re.I)


@dataclass(frozen=True)
class Run:
    """A maximal run of capitalised words and the connectors between them."""

    words: tuple[Word, ...]
    first: int  # index of the first word in the sentence's word list
    last: int  # index of the last word (inclusive)

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end


def capitalised_runs(ws: list[Word], lower_heads: frozenset[str] = frozenset()) -> list[Run]:
    """Runs of capitalised words; `lower_heads` may sit inside a run before a capitalised word."""
    runs: list[Run] = []
    i = 0
    while i < len(ws):
        if not _cap_word(ws[i]):
            i += 1
            continue
        j = i
        while True:
            k = j + 1
            while k < len(ws) and (ws[k].lower in CONNECTORS or ws[k].text in lower_heads) and not ws[k].is_cap:
                k += 1
            if k < len(ws) and _cap_word(ws[k]):
                j = k
            else:
                break
        runs.append(Run(tuple(ws[i : j + 1]), i, j))
        i = j + 1
    return runs


def _cap_word(w: Word) -> bool:
    return w.is_cap and w.text[0].isalpha() or bool(_PREFIXED_NAME.match(w.text))


_ELIDED = re.compile(r"^[dl]['’]", re.I)
_PREFIXED_NAME = re.compile(r"^(?:al|el|ad|as|ash|at|az|ibn|bin|bint|abu|abd|ben)-[A-Z]")
