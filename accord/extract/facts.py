"""What the components learn about one article, kept on the spaCy `Doc` it was read into.

Each fact the components pass on is a declared `Doc` extension (`doc._.people`,
`doc._.published`, ...): a component names the ones it reads (`requires`) and writes
(`assigns`), so `nlp.analyze_pipes()` shows every contract. `Facts` is the typed view a
component works through; it holds nothing of its own beyond the Doc.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar, cast

from spacy.tokens import Doc

from accord.dates import parse_date_line
from accord.extract.words import Word
from accord.records import Event, Role, Span


@dataclass
class Sentence:
    start: int
    end: int
    words: list[Word]
    paragraph: int


@dataclass
class PersonFacts:
    name: str
    key: frozenset[str]  # folded name tokens
    aliases: set[str] = field(default_factory=set)
    roles: list[Role] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class EntityFacts:
    """An organization, place or agreement: a name, its other names and where it is said."""

    name: str
    country: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    date: str | None = None
    status: str | None = None
    rule: str | None = None  # agreements: the id of the rule that found the name


@dataclass
class Actor:
    """A participant mentioned in a sentence: a person, organization or country, by display name."""

    name: str
    kind: str  # "person" | "org" | "country" | "place"
    start: int
    end: int


@dataclass
class Predicate:
    """An event the parse reads: a predicate of a known class with the actors of its arguments."""

    kind: str  # the event type
    rule: str  # the predicate row's id
    start: int  # the predicate's words, as its trigger
    end: int
    sides: list[list[Actor]]  # the subject's actors first, then each other argument's
    destination: str | None = None  # where a visit goes
    place: str | None = None  # a place an "in"/"at" phrase ties to it
    future: bool = False  # announced, not yet happened
    main: bool = False  # the verb of the sentence's main clause
    session: bool = False  # a body's sitting: one side is all it takes
    arrival: bool = False  # a welcome on arrival: the visitor, then whoever welcomed them
    # Where the predicate's own clause is (character spans), leaving out clauses about its arguments
    # ("the Cabinet, which last met in November, will convene next week"): the time it is told with.
    clause: tuple[tuple[int, int], ...] = ()


T = TypeVar("T")


class _Extension(Generic[T]):
    """A `Doc._` extension seen through `Facts`: made, empty, on first use, so a component that
    runs with its producers disabled reads an empty fact rather than failing."""

    def __init__(self, empty: Callable[[], T]) -> None:
        self.empty = empty
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, facts: Facts, owner: type | None = None) -> T:
        # The view keeps what it has read: `doc._` builds an accessor on every lookup, and the
        # finders read these facts in their inner loops.
        if self.name in facts.seen:
            return cast(T, facts.seen[self.name])
        value = getattr(facts.doc._, self.name)
        if value is None:
            value = self.empty()
            setattr(facts.doc._, self.name, value)
        facts.seen[self.name] = value
        return cast(T, value)

    def __set__(self, facts: Facts, value: T) -> None:
        setattr(facts.doc._, self.name, value)
        facts.seen[self.name] = value


class Facts:
    """The facts of one article, as components read and write them on its `Doc`."""

    sentences = _Extension[list[Sentence]](list)
    furniture = _Extension[list[tuple[int, int]]](list)  # the page's lines: menus, related links
    attribution = _Extension[list[str]](list)
    topics = _Extension[list[str]](list)
    countries = _Extension[dict[str, list[Span]]](dict)
    people = _Extension[list[PersonFacts]](list)
    organizations = _Extension[dict[str, EntityFacts]](dict)
    places = _Extension[dict[str, EntityFacts]](dict)
    agreements = _Extension[dict[str, EntityFacts]](dict)
    actors = _Extension[list[Actor]](list)  # every participant mention, in text order
    predicates = _Extension[list[Predicate]](list)  # events as the parse reads them, in text order
    events = _Extension[list[Event]](list)
    # Spans already claimed by a name, title or entity, so later components do not re-read them.
    claimed = _Extension[list[tuple[int, int]]](list)
    not_orgs = _Extension[set[str]](set)  # acronyms the text defines for something else
    person_spans = _Extension[list[tuple[int, int]]](list)  # where people are named
    title_spans = _Extension[list[tuple[int, int]]](list)  # where office titles are written

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.seen: dict[str, Any] = {}

    @property
    def anchor(self) -> date | None:
        """The publication day, against which the article's dates resolve."""
        published: date | None = self.doc._.published
        return published

    @property
    def dateline_country(self) -> str | None:
        """ "ASHGABAT, June 11 —": where the story was filed."""
        code: str | None = self.doc._.dateline_country
        return code

    @dateline_country.setter
    def dateline_country(self, code: str | None) -> None:
        self.doc._.dateline_country = code

    def body_index(self) -> int:
        """The index of the body's first sentence: past the headline, the date line and the page's own
        lines, at the first line that reads as prose (a sentence that ends as one) after the first
        paragraph; 0 when there is none."""
        for i, sent in enumerate(self.sentences[:12]):
            said = self.text[sent.start : sent.end].strip()
            if (
                (sent.paragraph >= 1 or DATELINE_HEAD.match(said))  # wire copy may open with its dateline
                and len(said) >= 40
                and said[-1] in ".!?:;\"”»'’)"
                and not parse_date_line(said)
                and not any(s <= sent.start < e for s, e in self.furniture)
            ):
                return i
        return 0

    def body_start(self) -> int:
        """Where the body begins in the text (see `body_index`)."""
        return self.sentences[self.body_index()].start if self.sentences else 0

    def sentence_index(self, at: int) -> int | None:
        """The index of the sentence holding character `at`, or None between sentences."""
        k = bisect_left(self.sentences, at + 1, key=lambda s: s.start) - 1
        return k if k >= 0 and self.sentences[k].start <= at < self.sentences[k].end else None

    def is_claimed(self, start: int, end: int) -> bool:
        self.claimed.sort()  # appended to as stages run; nearly sorted, so this is cheap
        return overlaps(self.claimed, start, end)

    def add_actor(self, name: str, kind: str, start: int, end: int) -> None:
        self.actors.append(Actor(name, kind, start, end))

    def actors_in(self, start: int, end: int) -> list[Actor]:
        """The actors mentioned within [start, end); `actors` is kept in text order."""
        lo = bisect_left(self.actors, start, key=lambda a: a.start)
        hi = bisect_left(self.actors, end, key=lambda a: a.start)
        return [a for a in self.actors[lo:hi] if a.end <= end]


# Every fact on the Doc; `published` and `article` are set by whoever builds the Doc, `text`
# by the first component that reads it.
EXTENSIONS = (
    "text",
    "article",
    "published",
    "dateline_country",
    *(name for name, v in vars(Facts).items() if isinstance(v, _Extension)),
)


def text_of(doc: Doc) -> str:
    """The Doc's text: spaCy rebuilds `doc.text` from the tokens on every access, so the Doc
    keeps it once read (a Doc's text never changes)."""
    text: str | None = doc._.text
    if text is None:
        text = doc._.text = doc.text
    return text


def register_extensions() -> None:
    """Declare the facts on spaCy's `Doc` (once per process: spaCy keeps them per class)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


# "LIMA, May 7 (Andes Press) –": where and when a story was filed, at the start of its first sentence
DATELINE_HEAD = re.compile(r"^[A-Z][A-Za-z .'-]{1,30},\s+[^–—(\n]{3,30}?\s*(?:\([^)]{1,40}\)\s*)?[–—-]{1,2}\s")


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of `spans` (sorted, short name spans) overlaps [start, end)."""
    hi = bisect_left(spans, (end, end))
    return any(e > start for _, e in spans[max(0, hi - 64) : hi])


def is_venue(text: str, at: int) -> bool:
    """A name right after "in" or "at" ("signed in Luxembourg") is where something happened,
    not a party to it."""
    return re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, at - 12) : at], re.I) is not None
