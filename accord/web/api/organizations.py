"""Organizations: ministries, companies, international bodies."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from accord.errors import NotFound
from accord.web.deps import StoreDep
from accord.web.models import OrganizationDetail, OrganizationSummary

router = APIRouter(prefix="/organizations", tags=["organizations"])


@router.get("", response_model=list[OrganizationSummary])
def list_organizations(
    store: StoreDep, limit: Annotated[int | None, Query(ge=1, le=1000)] = None
) -> list[dict[str, Any]]:
    return store.organizations(limit=limit)


@router.get("/{name_or_id:path}", response_model=OrganizationDetail)
def get_organization(name_or_id: str, store: StoreDep) -> dict[str, Any]:
    """An organization by id, name or acronym: its events, agreements and people."""
    organization = store.organization(name_or_id)
    if organization is None:
        raise NotFound(f"no organization {name_or_id!r}")
    return organization
