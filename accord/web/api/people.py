"""People: who holds which office, when, and whom they meet."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from accord.errors import NotFound
from accord.web.deps import StoreDep
from accord.web.models import PersonDetail, PersonSummary

router = APIRouter(prefix="/people", tags=["people"])


@router.get("", response_model=list[PersonSummary])
def list_people(
    store: StoreDep,
    country: Annotated[str | None, Query(description="ISO code of the polity they serve.")] = None,
    limit: Annotated[int | None, Query(ge=1, le=1000)] = None,
) -> list[dict[str, Any]]:
    return store.people(country=country or None, limit=limit)


@router.get("/{name_or_id:path}", response_model=PersonDetail)
def get_person(name_or_id: str, store: StoreDep) -> dict[str, Any]:
    """A person by id or by any of their names: roles over time, events, neighbours."""
    person = store.person(name_or_id)
    if person is None:
        raise NotFound(f"no person {name_or_id!r}")
    return person
