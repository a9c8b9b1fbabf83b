"""Home: counts, the latest articles, what is coming up."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from accord.web.deps import StoreDep, TemplatesDep

router = APIRouter()

LATEST = 10
UPCOMING = 12


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep, templates: TemplatesDep) -> HTMLResponse:
    context = {
        "stats": store.stats(),
        "articles": store.articles(limit=LATEST),
        "upcoming": store.upcoming()[:UPCOMING],
    }
    return templates.TemplateResponse(request, "home.html", context)
