"""Full-text search and the counts of what is stored."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from accord.web.deps import StoreDep
from accord.web.models import SearchHit, Stats

router = APIRouter(tags=["search"])


@router.get("/search", response_model=list[SearchHit])
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find in article texts.")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[dict[str, Any]]:
    return store.search(q, limit=limit)


@router.get("/stats", response_model=Stats)
def stats(store: StoreDep) -> dict[str, Any]:
    """How many articles, people, organizations, events and agreements are stored."""
    return store.stats()
