"""Organizations: ministries, companies, international bodies."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from accord.errors import NotFound
from accord.web import paging
from accord.web.deps import StoreDep
from accord.web.models import OrganizationDetail, OrganizationSummary

router = APIRouter(prefix="/organizations", tags=["organizations"])


@router.get("", response_model=list[OrganizationSummary], responses={200: {"headers": paging.LINK_HEADER}})
def list_organizations(
    request: Request, response: Response, store: StoreDep, window: paging.PageDep
) -> list[dict[str, Any]]:
    """Organizations by name, a page at a time: the `Link` header's `rel="next"` is the next page."""
    return paging.respond(request, response, paging.organizations(store, window))


@router.get("/{name_or_id:path}", response_model=OrganizationDetail)
def get_organization(name_or_id: str, store: StoreDep) -> dict[str, Any]:
    """An organization by id, name or acronym: its events, agreements and people."""
    organization = store.organization(name_or_id)
    if organization is None:
        raise NotFound(f"no organization {name_or_id!r}")
    return organization
