"""OpenAPI docs at /docs: Swagger UI from the vendored bundle, started by a static script."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from accord.web.deps import TemplatesDep

router = APIRouter()


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request, templates: TemplatesDep) -> HTMLResponse:
    # FastAPI's own page loads Swagger UI from a CDN with an inline script: both break
    # under our Content-Security-Policy and on machines without internet.
    return templates.TemplateResponse(request, "docs.html", {"openapi_url": request.app.openapi_url})
