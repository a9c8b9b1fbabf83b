"""The relation between two actors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from accord.errors import NotFound
from accord.web import paging
from accord.web.deps import StoreDep
from accord.web.models import Relation, RelationOverview

router = APIRouter(prefix="/relations", tags=["relations"])


@router.get("/{a}", response_model=RelationOverview, responses={200: {"headers": paging.LINK_HEADER}})
def get_relations(
    a: str, request: Request, response: Response, store: StoreDep, window: paging.PageDep
) -> dict[str, Any]:
    """A state's or body's counterparts, most events first, with the last event and the
    agreements in force with each; `limit` of them (50 unless it says) from `offset` on,
    and `total` says how many there are in all (the `Link` header: the neighbouring pages)."""
    found = paging.relations(store, a, window)
    if found is None:
        raise NotFound(f"{a!r} is no state or body")
    overview, page = found
    paging.link(request, response, page)
    return overview


@router.get("/{a}/{b}", response_model=Relation)
def get_relation(a: str, b: str, store: StoreDep) -> dict[str, Any]:
    """Everything two states or bodies (or actors) did together: events with who represented
    each side, meetings, agreements, anniversaries and what is to come."""
    return store.relation(a, b)
