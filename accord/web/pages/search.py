"""Search the stored article texts."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from accord.web.deps import StoreDep, TemplatesDep

router = APIRouter()

# The store marks matched words in a snippet with brackets.
_MATCHED = re.compile(r"\[([^\[\]]+)\]")


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    store: StoreDep,
    templates: TemplatesDep,
    q: Annotated[str, Query(max_length=500)] = "",
) -> HTMLResponse:
    q = q.strip()
    hits = store.search(q, limit=50) if q else []
    results = [(hit, mark_matches(hit.get("snippet") or "")) for hit in hits]
    return templates.TemplateResponse(request, "search.html", {"q": q, "results": results})


def mark_matches(snippet: str) -> Markup:
    """The snippet, escaped, with the words the store matched ([like this]) in <mark>."""
    out: list[str] = []
    last = 0
    for match in _MATCHED.finditer(snippet):
        out.append(escape(snippet[last : match.start()]))
        out.append(Markup("<mark>{}</mark>").format(match.group(1)))
        last = match.end()
    out.append(escape(snippet[last:]))
    return Markup("").join(out)
