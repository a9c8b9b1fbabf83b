"""Agreements with their parties and status history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from accord.web.deps import StoreDep
from accord.web.models import Agreement

router = APIRouter(prefix="/agreements", tags=["agreements"])


@router.get("", response_model=list[Agreement])
def list_agreements(
    store: StoreDep, party: Annotated[str | None, Query(description="A party: country, organization.")] = None
) -> list[dict[str, Any]]:
    return store.agreements(party=party or None)
