"""The network and timeline views: a filter form, and a vis.js widget fed from the JSON API."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from accord.records import EVENT_TYPES
from accord.web.deps import FiltersDep, TemplatesDep
from accord.web.urls import with_query

router = APIRouter()


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, filters: FiltersDep, templates: TemplatesDep) -> HTMLResponse:
    return _view(request, templates, filters.query(), "network.html", "/api/network")


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, filters: FiltersDep, templates: TemplatesDep) -> HTMLResponse:
    return _view(request, templates, filters.query(), "timeline.html", "/api/events")


def _view(
    request: Request, templates: TemplatesDep, query: dict[str, str], template: str, api: str
) -> HTMLResponse:
    context = {"filters": query, "event_types": EVENT_TYPES, "source": with_query(api, query)}
    return templates.TemplateResponse(request, template, context)
