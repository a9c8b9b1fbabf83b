"""The HTML pages: one router per resource, rendered from the same store queries as the API."""

from fastapi import APIRouter

from accord.web.pages import actors, articles, docs, graphs, home, relations, search

router = APIRouter(include_in_schema=False)
for module in (home, articles, actors, relations, graphs, search, docs):
    router.include_router(module.router)
