"""The working state of one article's extraction, shared by the components.

Each spaCy component reads and adds to the `Facts` stored in `doc.user_data["accord"]`;
the extractor turns the finished facts into an `Extraction`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from accord.dates import DateMention, parse_date_line
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


@dataclass
class Actor:
    """A participant mentioned in a sentence: a person, organization or country, by display name."""

    name: str
    kind: str  # "person" | "org" | "country" | "place"
    start: int
    end: int


@dataclass
class Facts:
    text: str
    anchor: date | None
    sentences: list[Sentence] = field(default_factory=list)
    people: list[PersonFacts] = field(default_factory=list)
    countries: dict[str, list[Span]] = field(default_factory=dict)
    organizations: dict[str, EntityFacts] = field(default_factory=dict)
    places: dict[str, EntityFacts] = field(default_factory=dict)
    agreements: dict[str, EntityFacts] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)  # every participant mention, in text order
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    attribution: list[str] = field(default_factory=list)
    dateline_country: str | None = None  # "ASHGABAT, June 11 —": where the story was filed
    topics: list[str] = field(default_factory=list)
    # Spans already claimed by a name, title or entity, so later components do not re-read them.
    claimed: list[tuple[int, int]] = field(default_factory=list)
    not_orgs: set[str] = field(default_factory=set)  # acronyms the text defines for something else
    person_spans: list[tuple[int, int]] = field(default_factory=list)  # where people are named
    title_spans: list[tuple[int, int]] = field(default_factory=list)  # where office titles are written
    furniture: list[tuple[int, int]] = field(default_factory=list)  # the page's lines: menus, related links

    def body_index(self) -> int:
        """The index of the body's first sentence: past the headline, the date line and the page's own
        lines, at the first line that reads as prose (a sentence that ends as one) after the first
        paragraph; 0 when there is none."""
        for i, sent in enumerate(self.sentences[:12]):
            said = self.text[sent.start : sent.end].strip()
            if (
                sent.paragraph >= 1
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


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of `spans` (sorted, short name spans) overlaps [start, end)."""
    hi = bisect_left(spans, (end, end))
    return any(e > start for _, e in spans[max(0, hi - 64) : hi])


def is_venue(text: str, at: int) -> bool:
    """A name right after "in" or "at" ("signed in Luxembourg") is where something happened,
    not a party to it."""
    return re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, at - 12) : at], re.I) is not None
