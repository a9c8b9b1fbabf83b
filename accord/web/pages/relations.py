"""Relations: a state's or body's counterparts, and what two of them did together."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from accord.errors import NotFound
from accord.web import paging
from accord.web.deps import StoreDep, TemplatesDep
from accord.web.urls import relation_url, with_query

router = APIRouter()


@router.get("/relations", response_class=HTMLResponse)
def relation_form(
    request: Request,
    templates: TemplatesDep,
    a: Annotated[str | None, Query()] = None,
    b: Annotated[str | None, Query()] = None,
) -> Response:
    if a and b:
        return RedirectResponse(relation_url(a.strip(), b.strip()), status_code=303)
    return templates.TemplateResponse(request, "relation_form.html", {"a": a or "", "b": b or ""})


@router.get("/relations/{a}", response_class=HTMLResponse)
def relations_page(
    a: str,
    request: Request,
    store: StoreDep,
    templates: TemplatesDep,
    page: Annotated[int, Query(ge=1, le=paging.MAX_PAGE)] = 1,
) -> HTMLResponse:
    """A state's or body's counterparts, most events first, a page at a time."""
    found = paging.relations(store, a, paging.Window.of_page(page))
    if found is None:
        raise NotFound(f"{a!r} is no state or body")
    overview, listed = found
    pager = paging.Pager.of(request.url.path, {}, listed)
    return templates.TemplateResponse(request, "relations.html", {"overview": overview, "pager": pager})


@router.get("/relations/{a}/{b}", response_class=HTMLResponse)
def relation_page(a: str, b: str, request: Request, store: StoreDep, templates: TemplatesDep) -> HTMLResponse:
    relation = store.relation(a, b)
    timeline_source = with_query("/api/events", [("between", a), ("between", b)])
    context = {"relation": relation, "a": a, "b": b, "timeline_source": timeline_source}
    return templates.TemplateResponse(request, "relation.html", context)
