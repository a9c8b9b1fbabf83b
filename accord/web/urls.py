"""Where each kind of thing lives in the UI; templates and the highlighter share these."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import quote, urlencode


def _segment(value: str) -> str:
    return quote(value, safe="")


def person_url(name_or_id: str) -> str:
    return f"/people/{_segment(name_or_id)}"


def organization_url(name_or_id: str) -> str:
    return f"/organizations/{_segment(name_or_id)}"


def country_url(code: str) -> str:
    return f"/countries/{_segment(code)}"


def entity_url(kind: str | None, entity_id: str, name: str) -> str:
    """The page of an entity the store identified; other kinds go through /actors/."""
    pages = {"person": person_url, "organization": organization_url, "country": country_url}
    page = pages.get(kind or "")
    return page(entity_id) if page else actor_url(name)


def actor_url(name: str) -> str:
    """A participant of unknown kind: /actors/ finds whether it is a person, body or country."""
    return f"/actors/{_segment(name)}"


def article_url(article_id: str, at: int | None = None) -> str:
    """An article, scrolled to the evidence that starts at character `at`."""
    anchor = f"#at-{at}" if at is not None else ""
    return f"/articles/{_segment(article_id)}{anchor}"


def relation_url(a: str, b: str) -> str:
    return f"/relations/{_segment(a)}/{_segment(b)}"


def search_url(text: str) -> str:
    return "/search?" + urlencode({"q": text})


def with_query(path: str, params: Mapping[str, str] | Sequence[tuple[str, str]]) -> str:
    return f"{path}?{urlencode(params)}" if params else path
