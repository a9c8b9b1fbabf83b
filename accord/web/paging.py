"""Pages of long lists and bounded graph views, for the JSON API and the HTML pages alike.

A page is fetched with one row more than it shows: that row says whether there is a next
page without counting the whole table. `Store` takes no offsets yet, so these run the
store's own query functions on its engine; the filters reaching them were checked first
as `Store` would (deps.event_filters), so the answers are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request, Response

from accord.store import Store, queries
from accord.web.deps import EventFilters
from accord.web.urls import with_query

Json = dict[str, Any]

PAGE_SIZE = 50  # rows per page when the caller does not say
MAX_PAGE_SIZE = 500  # larger limits are refused (422): one response stays small
MAX_OFFSET = 2**62  # one past any table's size; databases take 64-bit integers only
MAX_PAGE = MAX_OFFSET // PAGE_SIZE  # the HTML lists' ?page=, bounded likewise
TIMELINE_EVENTS = 500  # events per timeline response, the default and the most
NETWORK_LINKS = 200  # links a network view shows when the caller does not say
MAX_NETWORK_LINKS = 1000  # and the most it may ask for: vis-network stays responsive


@dataclass(frozen=True)
class Window:
    """Which rows of a list to return: `limit` of them, from the `offset`th on."""

    limit: int
    offset: int = 0

    @classmethod
    def of_page(cls, page: int) -> Window:
        """The rows of 1-based page `page` of an HTML list (?page=N)."""
        return cls(PAGE_SIZE, (page - 1) * PAGE_SIZE)


@dataclass(frozen=True)
class Page:
    rows: list[Json]
    window: Window
    has_next: bool


@dataclass(frozen=True)
class Pager:
    """What an HTML list says around its rows: which they are (1-based), and the URLs of the
    previous and next pages (None at either end), which keep the list's filters."""

    first: int
    last: int
    previous: str | None
    next: str | None

    @classmethod
    def of(cls, path: str, filters: Mapping[str, str], page: Page) -> Pager:
        number = page.window.offset // page.window.limit + 1

        def at(n: int) -> str:
            return with_query(path, {**filters, "page": str(n)} if n > 1 else filters)

        offset = page.window.offset
        return cls(
            offset + 1,
            offset + len(page.rows),
            at(number - 1) if number > 1 else None,
            at(number + 1) if page.has_next else None,
        )


def window_of(default: int) -> Callable[..., Window]:
    """A dependency reading ?limit= and ?offset=, `default` rows when no limit is given."""

    def window(
        limit: Annotated[
            int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"Rows per response, at most {MAX_PAGE_SIZE}.")
        ] = default,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")] = 0,
    ) -> Window:
        return Window(limit, offset)

    return window


PageDep = Annotated[Window, Depends(window_of(PAGE_SIZE))]
# The timeline draws one response: its default page is all it will draw.
TimelineDep = Annotated[Window, Depends(window_of(TIMELINE_EVENTS))]


# The response header that says where the neighbouring pages are (RFC 8288).
LINK_HEADER = {
    "Link": {
        "description": 'The next page (`rel="next"`, absent on the last page) and the previous one '
        '(`rel="prev"`), as URLs relative to this server.',
        "schema": {"type": "string"},
    }
}


def respond(request: Request, response: Response, page: Page) -> list[Json]:
    """The page's rows, with a `Link` header to its neighbours when it has any."""
    link(request, response, page)
    return page.rows


def link(request: Request, response: Response, page: Page) -> None:
    """A `Link` header to the page's neighbours, when it has any (for responses that are
    more than the page's rows)."""
    if links := _links(request, page):
        response.headers["Link"] = links


def _links(request: Request, page: Page) -> str:
    """`<url>; rel="next"` and `<url>; rel="prev"` for `page`, keeping the request's other parameters."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in ("limit", "offset")]
    limit, offset = page.window.limit, page.window.offset

    def at(start: int) -> str:
        return with_query(request.url.path, [*kept, ("limit", str(limit)), ("offset", str(start))])

    links = [f'<{at(offset + limit)}>; rel="next"'] if page.has_next else []
    links += [f'<{at(max(0, offset - limit))}>; rel="prev"'] if offset else []
    return ", ".join(links)


def _page(rows: list[Json], window: Window) -> Page:
    """`rows` fetched with one more than the window's limit."""
    return Page(rows[: window.limit], window, len(rows) > window.limit)


def articles(store: Store, window: Window) -> Page:
    return _page(store.articles(limit=window.limit + 1, offset=window.offset), window)


def people(store: Store, window: Window, country: str | None = None) -> Page:
    with store.engine.connect() as db:
        return _page(queries.people(db, country, window.limit + 1, window.offset), window)


def organizations(store: Store, window: Window) -> Page:
    with store.engine.connect() as db:
        return _page(queries.organizations(db, window.limit + 1, window.offset), window)


def events(store: Store, window: Window, filters: EventFilters, between: tuple[str, str] | None) -> Page:
    """Events by date, then undated ones; only the shown ones are built into dicts."""
    with store.engine.connect() as db:
        pks = queries.event_pks(
            db,
            filters.actor,
            between,
            filters.date_from,
            filters.date_to,
            filters.type,
            window.limit + 1,
            window.offset,
        )
        return Page(queries.event_dicts(db, pks[: window.limit]), window, len(pks) > window.limit)


def relations(store: Store, polity: str, window: Window) -> tuple[Json, Page] | None:
    """A polity's overview with the window's counterparts, and those as a page; None when
    it is no polity. The overview counts them all, which says whether there is a next."""
    found = store.relations(polity, window.limit, window.offset)
    if found is None:
        return None
    shown = found["counterparts"]
    return found, Page(shown, window, window.offset + len(shown) < found["total"])


def network(store: Store, filters: EventFilters, links: int, by: str = "actor") -> Json:
    """The `links` strongest links matching the filters, saying whether others were left out;
    between actors, or (`by` "country") between the polities they stood for."""
    with store.engine.connect() as db:
        return queries.bounded_network(db, links, filters.actor, filters.date_from, filters.date_to, filters.type, by)
