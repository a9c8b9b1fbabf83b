"""People: who holds which office, when, and whom they meet."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from accord.errors import NotFound
from accord.web import paging
from accord.web.deps import StoreDep
from accord.web.models import PersonDetail, PersonSummary

router = APIRouter(prefix="/people", tags=["people"])


@router.get("", response_model=list[PersonSummary], responses={200: {"headers": paging.LINK_HEADER}})
def list_people(
    request: Request,
    response: Response,
    store: StoreDep,
    window: paging.PageDep,
    country: Annotated[str | None, Query(description="ISO code of the polity they serve.")] = None,
) -> list[dict[str, Any]]:
    """People by name, a page at a time: the `Link` header's `rel="next"` is the next page."""
    return paging.respond(request, response, paging.people(store, window, country or None))


@router.get("/{name_or_id:path}", response_model=PersonDetail)
def get_person(name_or_id: str, store: StoreDep) -> dict[str, Any]:
    """A person by id or by any of their names: roles over time, events, neighbours."""
    person = store.person(name_or_id)
    if person is None:
        raise NotFound(f"no person {name_or_id!r}")
    return person
