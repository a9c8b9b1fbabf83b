"""People, organizations and countries, and /actors/ which finds which of them a name is."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from accord.errors import NotFound
from accord.web import paging
from accord.web.deps import StoreDep, TemplatesDep
from accord.web.urls import country_url, entity_url, organization_url, person_url

router = APIRouter()

ACTOR_EVENTS = 20
COUNTRY_EVENTS = 100  # the latest; the timeline view has them all
LINKED_KINDS = ("person", "organization", "country")


@router.get("/people", response_class=HTMLResponse)
def people_list(
    request: Request,
    store: StoreDep,
    templates: TemplatesDep,
    country: Annotated[str | None, Query()] = None,
    page: Annotated[int, Query(ge=1, le=paging.MAX_PAGE)] = 1,
) -> HTMLResponse:
    listed = paging.people(store, paging.Window.of_page(page), country or None)
    filters = {"country": country} if country else {}
    context = {"people": listed.rows, "country": country, "pager": paging.Pager.of("/people", filters, listed)}
    return templates.TemplateResponse(request, "people.html", context)


@router.get("/people/{name_or_id:path}", response_class=HTMLResponse)
def person_page(name_or_id: str, request: Request, store: StoreDep, templates: TemplatesDep) -> HTMLResponse:
    person = store.person(name_or_id)
    if person is None:
        raise NotFound(f"no person {name_or_id!r}")
    context = {"person": person, "agreements": _agreement_events(person["events"])}
    return templates.TemplateResponse(request, "person.html", context)


@router.get("/organizations", response_class=HTMLResponse)
def organization_list(
    request: Request,
    store: StoreDep,
    templates: TemplatesDep,
    page: Annotated[int, Query(ge=1, le=paging.MAX_PAGE)] = 1,
) -> HTMLResponse:
    listed = paging.organizations(store, paging.Window.of_page(page))
    context = {"organizations": listed.rows, "pager": paging.Pager.of("/organizations", {}, listed)}
    return templates.TemplateResponse(request, "organizations.html", context)


@router.get("/organizations/{name_or_id:path}", response_class=HTMLResponse)
def organization_page(name_or_id: str, request: Request, store: StoreDep, templates: TemplatesDep) -> HTMLResponse:
    organization = store.organization(name_or_id)
    if organization is None:
        raise NotFound(f"no organization {name_or_id!r}")
    return templates.TemplateResponse(request, "organization.html", {"organization": organization})


@router.get("/countries/{code}", response_class=HTMLResponse)
def country_page(code: str, request: Request, store: StoreDep, templates: TemplatesDep) -> HTMLResponse:
    country = store.country(code, events_limit=COUNTRY_EVENTS)
    if country is None:
        raise NotFound(f"no country {code!r}")
    return templates.TemplateResponse(request, "country.html", {"country": country})


@router.get("/agreements", response_class=HTMLResponse)
def agreement_list(
    request: Request, store: StoreDep, templates: TemplatesDep, party: Annotated[str | None, Query()] = None
) -> HTMLResponse:
    context = {"agreements": store.agreements(party=party or None), "party": party}
    return templates.TemplateResponse(request, "agreements.html", context)


@router.get("/actors/{name:path}")
def actor(name: str, store: StoreDep) -> RedirectResponse:
    """An event participant, which may be a person, an organization or a country."""
    if (person := store.person(name)) is not None:
        return RedirectResponse(person_url(person["id"]), status_code=303)
    if (organization := store.organization(name)) is not None:
        return RedirectResponse(organization_url(organization["id"]), status_code=303)
    if (country := store.country(name)) is not None:
        return RedirectResponse(country_url(country["code"]), status_code=303)
    # A country by name, or a body by another spelling: the events it took part in say which.
    for event in store.events(actor=name, limit=ACTOR_EVENTS):
        for found in event.get("actors") or []:
            if found["name"].casefold() == name.casefold() and found["kind"] in LINKED_KINDS:
                return RedirectResponse(entity_url(found["kind"], found["id"], found["name"]), status_code=303)
    raise NotFound(f"no person, organization or country called {name!r}")


def _agreement_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The signings a person took part in: their events of type `agreement`."""
    return [e for e in events if e.get("type") == "agreement"]
