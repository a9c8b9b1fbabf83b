"""Events as a timeline, the network they form, and what is coming up."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from accord.errors import UsageError
from accord.web.deps import FiltersDep, StoreDep
from accord.web.models import Event, Network, Upcoming

router = APIRouter(tags=["events"])


@router.get("/events", response_model=list[Event])
def list_events(
    store: StoreDep,
    filters: FiltersDep,
    between: Annotated[
        list[str] | None, Query(description="Two actors, given twice: `?between=KZ&between=EU`.")
    ] = None,
    limit: Annotated[int | None, Query(ge=1, le=5000)] = None,
) -> list[dict[str, Any]]:
    """Events ordered by date, filtered by actor, pair of actors, dates and type."""
    pair = None
    if between:
        if len(between) != 2:
            raise UsageError("between needs exactly two actors")
        pair = (between[0], between[1])
    return store.events(
        actor=filters.actor,
        between=pair,
        date_from=filters.date_from,
        date_to=filters.date_to,
        type=filters.type,
        limit=limit,
    )


@router.get("/network", response_model=Network)
def get_network(store: StoreDep, filters: FiltersDep) -> dict[str, Any]:
    """Actors as nodes, shared events as weighted edges."""
    return store.network(
        actor=filters.actor, date_from=filters.date_from, date_to=filters.date_to, type=filters.type
    )


@router.get("/upcoming", response_model=list[Upcoming])
def list_upcoming(
    store: StoreDep,
    date_from: Annotated[str | None, Query(description="From this ISO date; today when left out.")] = None,
) -> list[dict[str, Any]]:
    """Scheduled events and anniversaries from a date on."""
    return store.upcoming(date_from=date_from)
