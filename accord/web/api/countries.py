"""Countries, by ISO 3166-1 alpha-2 code (EU for the European Union) or name."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from accord.errors import NotFound
from accord.web.deps import StoreDep
from accord.web.models import CountryDetail

router = APIRouter(prefix="/countries", tags=["countries"])


@router.get("/{code}", response_model=CountryDetail)
def get_country(code: str, store: StoreDep) -> dict[str, Any]:
    """A country's events, agreements and the people who serve it."""
    country = store.country(code)
    if country is None:
        raise NotFound(f"no country {code!r}")
    return country
