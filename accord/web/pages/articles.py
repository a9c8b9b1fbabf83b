"""Articles: the list, and one article's text with its record beside it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from accord.errors import NotFound
from accord.web.deps import StoreDep, TemplatesDep
from accord.web.highlight import event_label, highlight

router = APIRouter()

PAGE = 50


@router.get("/articles", response_class=HTMLResponse)
def article_list(
    request: Request, store: StoreDep, templates: TemplatesDep, page: Annotated[int, Query(ge=1)] = 1
) -> HTMLResponse:
    # One extra row tells whether there is a next page.
    rows = store.articles(limit=PAGE + 1, offset=(page - 1) * PAGE)
    context = {"articles": rows[:PAGE], "page": page, "has_next": len(rows) > PAGE}
    return templates.TemplateResponse(request, "articles.html", context)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(article_id: str, request: Request, store: StoreDep, templates: TemplatesDep) -> HTMLResponse:
    article = store.article(article_id)
    if article is None:
        raise NotFound(f"no article {article_id!r}")
    record = article.get("record") or {}
    context = {
        "article": article,
        "record": record,
        "body": highlight(article.get("text") or "", record),
        "events": [(event, event_label(event)) for event in record.get("events") or []],
    }
    return templates.TemplateResponse(request, "article.html", context)
