"""Request dependencies, as `Annotated` aliases the routers put in their signatures."""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from fastapi.templating import Jinja2Templates

from accord.errors import Unauthorized, UsageError
from accord.event_types import EventType, registry
from accord.settings import Settings
from accord.store import Store
from accord.web.intake import Intake

_ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


def get_intake(request: Request) -> Intake:
    intake: Intake = request.app.state.intake
    return intake


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
IntakeDep = Annotated[Intake, Depends(get_intake)]


def require_token(
    settings: SettingsDep,
    authorization: Annotated[str | None, Header(description="`Bearer <ACCORD_TOKEN>`")] = None,
) -> None:
    """Writes need the configured token; with none configured, nobody may write."""
    scheme, _, given = (authorization or "").partition(" ")
    if settings.token is None:
        raise Unauthorized("writing is disabled: no ACCORD_TOKEN is configured")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise Unauthorized("missing or wrong bearer token")


Authorized = Depends(require_token)


@dataclass(frozen=True)
class EventFilters:
    """The filters shared by the event list, the network and the timeline (API and pages)."""

    actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None

    def query(self) -> dict[str, str]:
        """The filters that are set, as query parameters."""
        return {k: v for k, v in vars(self).items() if v}


def _is_date(value: str) -> bool:
    """An ISO date at any precision that is on the calendar: 2024-02-30 is not.
    (The same check `Store` makes; the paged reads run the store's queries without it.)"""
    m = _ISO_DATE.fullmatch(value)
    try:
        return m is not None and date(int(m[1]), int(m[2] or 1), int(m[3] or 1)) is not None
    except ValueError:
        return False


def event_filters(
    actor: Annotated[str | None, Query(description="Person, organization or country (name, acronym, code).")] = None,
    date_from: Annotated[str | None, Query(description="Earliest date, ISO: 2023, 2023-03, 2023-03-19.")] = None,
    date_to: Annotated[str | None, Query(description="Latest date, ISO.")] = None,
    # The built-in types: naming the installed ones here would load them when the app is imported.
    type: Annotated[
        str | None, Query(description=f"Event type: {', '.join(EventType)} or one an installed plugin adds.")
    ] = None,
) -> EventFilters:
    # Forms send empty fields as "": they mean "no filter".
    filters = EventFilters(actor or None, date_from or None, date_to or None, type or None)
    for name in ("date_from", "date_to"):
        value = getattr(filters, name)
        if value is not None and not _is_date(value):
            raise UsageError(f"{name} must be an ISO date (2023, 2023-03 or 2023-03-19), not {value!r}")
    if filters.type is not None and filters.type not in registry().types:
        raise UsageError(f"type must be one of {', '.join(registry().names)}, not {filters.type!r}")
    return filters


FiltersDep = Annotated[EventFilters, Depends(event_filters)]
