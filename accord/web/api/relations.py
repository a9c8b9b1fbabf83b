"""The relation between two actors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from accord.web.deps import StoreDep
from accord.web.models import Relation

router = APIRouter(prefix="/relations", tags=["relations"])


@router.get("/{a}/{b}", response_model=Relation)
def get_relation(a: str, b: str, store: StoreDep) -> dict[str, Any]:
    """Everything two actors did together: events, meetings, agreements, anniversaries."""
    return store.relation(a, b)
