"""Search the stored article texts."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape

from accord.web.deps import StoreDep, TemplatesDep

router = APIRouter()


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    store: StoreDep,
    templates: TemplatesDep,
    q: Annotated[str, Query(max_length=500)] = "",
) -> HTMLResponse:
    q = q.strip()
    hits = store.search(q, limit=50) if q else []
    results = [(hit, mark_words(hit.get("snippet") or "", q)) for hit in hits]
    return templates.TemplateResponse(request, "search.html", {"q": q, "results": results})


def mark_words(snippet: str, query: str) -> Markup:
    """The snippet, escaped, with each word of the query in <mark>."""
    words = sorted({w for w in re.findall(r"\w+", query) if len(w) > 1}, key=len, reverse=True)
    if not words:
        return escape(snippet)
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out: list[str] = []
    last = 0
    for match in pattern.finditer(snippet):
        out.append(escape(snippet[last : match.start()]))
        out.append(Markup("<mark>{}</mark>").format(match.group()))
        last = match.end()
    out.append(escape(snippet[last:]))
    return Markup("").join(out)
