"""The JSON API under /api: one router per resource."""

from fastapi import APIRouter

from accord.web.api import agreements, articles, countries, events, organizations, people, relations, search

router = APIRouter(prefix="/api")
for module in (articles, people, organizations, countries, events, agreements, relations, search):
    router.include_router(module.router)
