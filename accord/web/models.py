"""Typed shapes of the JSON API: what the store's query dicts look like on the wire.

Fields the store may leave out have defaults, so a sparse record still serialises;
keys the store adds beyond these are dropped rather than leaked unreviewed.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


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


class CountryDetail(ApiModel):
    code: str
    name: str | None = None
    events: list[Event] = []
    agreements: list[Agreement] = []
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


class Relation(ApiModel):
    a: str
    b: str
    events: list[Event] = []
    meetings: list[Event] = []
    agreements: list[Agreement] = []
    anniversaries: list[Upcoming | Event] = []


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
