"""The network and timeline views: a filter form, and a vis.js widget fed from the JSON API.

Both are bounded (the strongest links, the first events by date) so that a large store
still draws; the widget says when the bound cut something off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from accord.errors import UsageError
from accord.event_types import registry
from accord.web import paging
from accord.web.deps import EventFilters, FiltersDep, TemplatesDep
from accord.web.models import Level
from accord.web.urls import with_query

router = APIRouter()


@dataclass(frozen=True)
class Bound:
    """A view's "at most N" field: what it counts, the N asked for (None: the default), the most."""

    noun: str
    asked: int | None
    default: int
    most: int


def asked_limit(most: int) -> Callable[..., int | None]:
    """A dependency reading the view's ?limit=, from 1 to `most`."""

    def read_limit(limit: Annotated[str | None, Query()] = None) -> int | None:
        # Read as text: a form sends its empty field as "", which means the default, not a 422.
        if not limit:
            return None
        if not re.fullmatch(r"[0-9]{1,9}", limit) or not 1 <= int(limit) <= most:
            raise UsageError(f"limit must be a whole number from 1 to {most}, not {limit!r}")
        return int(limit)

    return read_limit


@router.get("/network", response_class=HTMLResponse)
def network(
    request: Request,
    filters: FiltersDep,
    templates: TemplatesDep,
    limit: Annotated[int | None, Depends(asked_limit(paging.MAX_NETWORK_LINKS))],
    by: Annotated[Level, Query()] = Level.actor,
) -> HTMLResponse:
    bound = Bound("links", limit, paging.NETWORK_LINKS, paging.MAX_NETWORK_LINKS)
    level = {"by": by.value} if by is Level.country else {}
    return _view(request, templates, filters, bound, "network.html", "/api/network", level)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request,
    filters: FiltersDep,
    templates: TemplatesDep,
    limit: Annotated[int | None, Depends(asked_limit(paging.TIMELINE_EVENTS))],
) -> HTMLResponse:
    bound = Bound("events", limit, paging.TIMELINE_EVENTS, paging.TIMELINE_EVENTS)
    return _view(request, templates, filters, bound, "timeline.html", "/api/events")


def _view(
    request: Request,
    templates: TemplatesDep,
    filters: EventFilters,
    bound: Bound,
    template: str,
    api: str,
    level: dict[str, str] | None = None,
) -> HTMLResponse:
    query = filters.query()
    asked = {"limit": str(bound.asked)} if bound.asked else {}
    context = {
        "filters": query,
        "event_types": registry().names,
        "bound": bound,
        "level": (level or {}).get("by", "actor"),
        "source": with_query(api, {**query, **asked, **(level or {})}),
    }
    return templates.TemplateResponse(request, template, context)
