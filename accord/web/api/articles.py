"""Articles: list, one with its record, and posting a new one (token required)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response, status

from accord.errors import NotFound
from accord.web import paging
from accord.web.deps import Authorized, IntakeDep, StoreDep
from accord.web.models import ArticleDetail, ArticleIn, ArticleSummary, Stored

router = APIRouter(prefix="/articles", tags=["articles"])


@router.get("", response_model=list[ArticleSummary], responses={200: {"headers": paging.LINK_HEADER}})
def list_articles(
    request: Request, response: Response, store: StoreDep, window: paging.PageDep
) -> list[dict[str, Any]]:
    """Stored articles, newest first, a page at a time: the `Link` header's `rel="next"` is the next page."""
    return paging.respond(request, response, paging.articles(store, window))


@router.get("/{article_id}", response_model=ArticleDetail)
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """One article: its text and its accord.record/1 record."""
    article = store.article(article_id)
    if article is None:
        raise NotFound(f"no article {article_id!r}")
    return article


@router.post(
    "",
    response_model=Stored,
    status_code=status.HTTP_201_CREATED,
    dependencies=[Authorized],
    responses={200: {"description": "Already stored with the same record."}, 401: {}, 413: {}},
)
def post_article(posted: ArticleIn, store: StoreDep, intake: IntakeDep, response: Response) -> Stored:
    """Extract an article and store it. Needs `Authorization: Bearer <ACCORD_TOKEN>`."""
    extraction, outcome = intake.submit(posted, store)
    if outcome == "unchanged":
        response.status_code = status.HTTP_200_OK
    return Stored.model_validate({"id": extraction.article.id, "status": outcome, "record": extraction.to_dict()})
