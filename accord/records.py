"""The record types of `accord.record/1` and their JSON form.

Every other package speaks these types: readers produce an `Article`, the extractor
turns it into an `Extraction`, the store and the exports consume extractions.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "accord.record/1"

EVENT_STATUSES = ("occurred", "scheduled", "cancelled", "postponed")
AGREEMENT_STATUSES = ("proposed", "negotiating", "signed", "in_force", "implementing")


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int


def normalise_text(text: str) -> str:
    """The text as accord reads it: line endings as `\\n`, nothing else touched."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_id(text: str) -> str:
    """Identity of an article's content: its text with Unicode and whitespace folded."""
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    digest = hashlib.sha256(folded.encode("utf-8"))
    return digest.hexdigest()[:32]


@dataclass
class Article:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None  # where it was read from: a path, a URL, "feed.xml#3"
    attribution: list[str] = field(default_factory=list)
    language: str | None = "en"
    views: int | None = None

    @property
    def id(self) -> str:
        return article_id(self.text)


@dataclass
class Role:
    title: str
    organization: str | None = None
    country: str | None = None
    # {"rule": ID}: how the title was read; not part of what the role is, so not compared
    provenance: dict[str, str] | None = field(default=None, compare=False)


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Organization:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Country:
    code: str
    name: str
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Place:
    id: str
    name: str
    country: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Agreement:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    date: str | None = None
    status: str | None = None
    mentions: list[Span] = field(default_factory=list)
    provenance: dict[str, str] | None = None  # {"rule": ID}: the rule that found it (see docs/record.md)


@dataclass
class Event:
    id: str
    type: str
    participants: list[str]
    evidence: Span
    date: str | None = None
    date_text: str | None = None
    place: str | None = None
    agreement: str | None = None
    ordinal: int | None = None
    status: str | None = None
    provenance: dict[str, str] | None = None  # {"rule": ID}: the rule that found it (see docs/record.md)


@dataclass
class Extraction:
    article: Article
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The `accord.record/1` JSON object (the article text itself is not part of it)."""
        a = self.article
        return {
            "schema": SCHEMA,
            "article": {
                "id": a.id,
                "title": a.title,
                "published": a.published,
                "attribution": list(a.attribution),
                "url": a.url,
                "language": a.language,
                "views": a.views,
            },
            "people": [asdict(p) for p in self.people],
            "organizations": [asdict(o) for o in self.organizations],
            "countries": [asdict(c) for c in self.countries],
            "places": [asdict(p) for p in self.places],
            "agreements": [asdict(g) for g in self.agreements],
            "events": [asdict(e) for e in self.events],
            "topics": list(self.topics),
        }

    @classmethod
    def from_dict(cls, record: dict[str, Any], text: str) -> Extraction:
        """Rebuild an extraction from its JSON form and the article text it was read from."""
        meta = record.get("article") or {}
        article = Article(
            text=text,
            title=meta.get("title"),
            published=meta.get("published"),
            url=meta.get("url"),
            attribution=list(meta.get("attribution") or []),
            language=meta.get("language"),
            views=meta.get("views"),
        )

        def spans(items: list[dict[str, int]] | None) -> list[Span]:
            return [Span(m["start"], m["end"]) for m in items or []]

        def build(kind: type, item: dict[str, Any]) -> Any:
            names = {f.name for f in fields(kind)}
            data = {k: v for k, v in item.items() if k in names}
            if "mentions" in data:
                data["mentions"] = spans(data["mentions"])
            return kind(**data)

        people = []
        for p in record.get("people") or []:
            person = build(Person, p)
            person.roles = [build(Role, r) for r in p.get("roles") or []]
            people.append(person)
        events = []
        for e in record.get("events") or []:
            event = build(Event, e)
            ev = e.get("evidence") or {"start": 0, "end": 0}
            event.evidence = Span(ev["start"], ev["end"])
            events.append(event)
        return cls(
            article=article,
            people=people,
            organizations=[build(Organization, o) for o in record.get("organizations") or []],
            countries=[build(Country, c) for c in record.get("countries") or []],
            places=[build(Place, p) for p in record.get("places") or []],
            agreements=[build(Agreement, g) for g in record.get("agreements") or []],
            events=events,
            topics=list(record.get("topics") or []),
        )
