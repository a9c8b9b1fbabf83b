"""Typed shapes of the JSON API: what the store's query dicts look like on the wire.

Fields the store may leave out have defaults, so a sparse record still serialises;
keys the store adds beyond these are dropped rather than leaked unreviewed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Level(StrEnum):
    """What a network's nodes are: who took part, or the states and bodies they stood for."""

    actor = "actor"
    country = "country"


class ApiModel(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Stats(ApiModel):
    articles: int
    people: int
    organizations: int
    events: int
    agreements: int


class ArticleSummary(ApiModel):
    id: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    n_events: int = 0


class ArticleDetail(ArticleSummary):
    text: str
    record: dict[str, Any] = Field(description="The article's accord.record/1 object.")


class Evidence(ApiModel):
    start: int
    end: int


class EventSource(ApiModel):
    article_id: str
    title: str | None = None
    evidence: Evidence | None = None
    sentence: str | None = None


class Actor(ApiModel):
    id: str = Field(description="Public id: p12 for a person, o7 for an organization, a country's code.")
    name: str
    kind: str = Field(description="person, organization, country or agreement.")
    country: str | None = None


class Representative(ApiModel):
    polity: str | None = Field(description="The state (ISO code), EU, UN or body (o7) this one stood for.")
    id: str | None = Field(None, description="The person's, body's or country's public id; none for a visit's host.")
    name: str
    office: str | None = Field(None, description="The office held at the event's date.")
    body: str | None = None
    reason: str = Field(description='Why they count for the polity: "Roman Vassilenko, Deputy Minister of ... (KZ)".')


class Event(ApiModel):
    id: str
    type: str
    date: str | None = None
    date_text: str | None = None
    place: str | None = None
    participants: list[str] = []
    actors: list[Actor] = Field([], description="The participants as entities, in the same order.")
    agreement: str | None = None
    ordinal: int | None = None
    status: str | None = None
    sources: list[EventSource] = []
    merge_reason: str | None = Field(None, description="Why reports from several articles became one event.")
    representatives: list[Representative] = Field([], description="Who stood for which polity at the event.")


class Role(ApiModel):
    title: str | None = None
    organization: str | None = None
    country: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    sources: list[str] = Field([], description="Ids of the articles that state the role.")


class PersonSummary(ApiModel):
    id: str
    name: str
    aliases: list[str] = []
    country: str | None = None
    roles: list[Role] = []
    n_events: int = 0


class Neighbour(ApiModel):
    name: str
    id: str
    kind: str | None = None
    count: int = 0


class PersonDetail(ApiModel):
    id: str
    name: str
    aliases: list[str] = []
    country: str | None = None
    roles: list[Role] = []
    events: list[Event] = []
    neighbours: list[Neighbour] = []


class AgreementStatusChange(ApiModel):
    status: str | None = None
    date: str | None = None
    article_id: str | None = None


class Agreement(ApiModel):
    id: str
    name: str
    aliases: list[str] = []
    parties: list[str] = []
    party_polities: list[str] = Field([], description="The polities the parties belong to.")
    date: str | None = None
    status: str | None = None
    history: list[AgreementStatusChange] = []
    sources: list[str] = Field([], description="Ids of the articles that mention the agreement.")


class OrganizationSummary(ApiModel):
    id: str
    name: str
    aliases: list[str] = []
    country: str | None = None
    n_events: int = 0


class OrganizationDetail(ApiModel):
    id: str
    name: str
    aliases: list[str] = []
    country: str | None = None
    events: list[Event] = []
    agreements: list[Agreement] = []
    people: list[PersonSummary] = []


class Counterpart(ApiModel):
    polity: str
    name: str
    kind: str
    events: int = Field(description="Events both took part in.")
    last_date: str | None = None
    last_event: Event | None = None
    agreements_in_force: list[Agreement] = []


class RelationOverview(ApiModel):
    id: str
    name: str
    total: int = Field(0, description="Counterparts in all, of which `counterparts` holds one page.")
    offset: int = Field(0, description="Counterparts skipped before this page (most events first).")
    limit: int | None = Field(None, description="Counterparts per page; null: all of them.")
    counterparts: list[Counterpart] = []


class CountryDetail(ApiModel):
    code: str
    name: str | None = None
    events: list[Event] = []
    agreements: list[Agreement] = []
    counterparts: list[Counterpart] = Field(
        [], description="The first page of the relation overview; all of them at /api/relations/{code}."
    )
    people: list[PersonSummary] = []


class NetworkNode(ApiModel):
    id: str
    name: str
    kind: str
    count: int = 0


class NetworkEdge(ApiModel):
    source: str
    target: str
    count: int = 0
    dates: list[str | None] = []


class Network(ApiModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool = Field(description="Whether links beyond the `limit` strongest were left out.")
    limit: int = Field(description="The most links this response could hold.")


class Upcoming(ApiModel):
    kind: Literal["event", "anniversary"]
    date: str | None = None
    title: str
    event: Event | None = None
    ordinal: int | None = None


class SearchHit(ApiModel):
    article_id: str
    title: str | None = None
    published: str | None = None
    snippet: str | None = Field(None, description="Text around the match, matched words [in brackets].")


class Sides(ApiModel):
    a: list[Representative] = []
    b: list[Representative] = []


class RelationEvent(Event):
    sides: Sides = Field(description="Who stood for each side of the relation.")


class Relation(ApiModel):
    a: str
    b: str
    a_id: str | None = Field(None, description="The first side's polity key; none for a person.")
    b_id: str | None = None
    events: list[RelationEvent] = []
    meetings: list[RelationEvent] = Field([], description="Meetings, visits, calls and summits.")
    agreements: list[Agreement] = []
    anniversaries: list[RelationEvent] = []
    upcoming: list[Upcoming] = []


class ArticleIn(ApiModel):
    """An article to extract and store."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text; offsets in its record point into it.")
    title: str | None = None
    published: str | None = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$", examples=["2024-06-11"])
    url: str | None = None


class Stored(ApiModel):
    id: str
    status: Literal["stored", "unchanged", "replaced"]
    record: dict[str, Any]
