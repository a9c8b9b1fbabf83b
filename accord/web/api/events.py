"""Events as a timeline, the network they form, and what is coming up."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from accord.errors import UsageError
from accord.web import paging
from accord.web.deps import FiltersDep, StoreDep
from accord.web.models import Event, Level, Network, Upcoming

router = APIRouter(tags=["events"])


@router.get("/events", response_model=list[Event], responses={200: {"headers": paging.LINK_HEADER}})
def list_events(
    request: Request,
    response: Response,
    store: StoreDep,
    filters: FiltersDep,
    window: paging.TimelineDep,
    between: Annotated[
        list[str] | None, Query(description="Two actors, given twice: `?between=KZ&between=EU`.")
    ] = None,
) -> list[dict[str, Any]]:
    """Events ordered by date (undated ones last), filtered by actor, pair of actors, dates and
    type; 500 per response unless `limit` says fewer: the `Link` header's `rel="next"` is the
    next page, and its absence says these are all the events that match."""
    pair = None
    if between:
        if len(between) != 2:
            raise UsageError("between needs exactly two actors")
        pair = (between[0], between[1])
    return paging.respond(request, response, paging.events(store, window, filters, pair))


@router.get("/network", response_model=Network)
def get_network(
    store: StoreDep,
    filters: FiltersDep,
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=paging.MAX_NETWORK_LINKS,
            description="The strongest links to return, at most "
            f"{paging.MAX_NETWORK_LINKS}; `truncated` says whether others were left out.",
        ),
    ] = paging.NETWORK_LINKS,
    by: Annotated[
        Level,
        Query(description="actor: people, bodies and countries; country: the states and bodies they stood for."),
    ] = Level.actor,
) -> dict[str, Any]:
    """Actors as nodes, shared events as weighted edges: the strongest links that match the filters."""
    return paging.network(store, filters, limit, by.value)


@router.get("/upcoming", response_model=list[Upcoming])
def list_upcoming(
    store: StoreDep,
    date_from: Annotated[str | None, Query(description="From this ISO date; today when left out.")] = None,
) -> list[dict[str, Any]]:
    """Scheduled events and anniversaries from a date on."""
    return store.upcoming(date_from=date_from)
