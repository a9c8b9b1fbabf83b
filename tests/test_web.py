"""The web app through FastAPI's TestClient, on a real SQLite store built from the dev corpus.

Expectations are read from the data (the API's own answers, the pipeline's records),
never written in: the tests hold whatever the extractor finds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import Report
from fastapi.testclient import TestClient
from markupsafe import escape

from accord.event_types import EVENT_TYPES
from accord.ingest import read_sources
from accord.pipeline import Pipeline
from accord.records import AGREEMENT_STATUSES, Article, Extraction
from accord.settings import Settings
from accord.store import Store
from accord.web import create_app
from accord.web.paging import MAX_NETWORK_LINKS, MAX_PAGE_SIZE, NETWORK_LINKS, PAGE_SIZE, TIMELINE_EVENTS
from accord.web.security import CONTENT_SECURITY_POLICY
from accord.web.urls import organization_url, person_url, with_query

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
TOKEN = "test-token-6b1f"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# Invented for these tests: markup in the title and the body, around real-looking names.
HOSTILE_TITLE = "Ministers meet <script>alert('title')</script> in <img src=x onerror=alert(1)> Lisbon"
HOSTILE_TEXT = (
    f"{HOSTILE_TITLE}\n\n3 March 2025\n\n"
    "LISBON, 3 March — Foreign Minister Ana Ribeiro of Portugal met Foreign Minister Tomas Halvorsen "
    "of Norway in Lisbon on Monday <script>window.__pwned = 1; alert('body')</script>. "
    'The two ministers signed a memorandum on maritime research <img src=x onerror="alert(2)">. '
    "\"<b>bold</b>\" & 'quotes' stay text.\n"
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def dev_articles() -> list[Article]:
    found = read_sources(sorted(str(p) for p in DEV.glob("*.txt")))
    articles = [item for _, item in found if isinstance(item, Article)]
    assert articles, "the dev corpus is missing"
    return articles


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline, dev_articles: list[Article]) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'accord.db'}")
    outcomes = [outcome for _, outcome in pipeline.run(dev_articles, store)]
    assert outcomes.count("stored") == len(dev_articles)
    yield store
    store.close()


def settings_for(store_path: str = "sqlite:///unused.db", **overrides: Any) -> Settings:
    return Settings(**{"db_url": store_path, "token": TOKEN, **overrides})


@pytest.fixture(scope="module")
def client(store: Store, pipeline: Pipeline) -> TestClient:
    return TestClient(create_app(settings_for(), store, pipeline=pipeline))


def page_text(html: str) -> str:
    """The visible text of an HTML page, tags dropped, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", html))


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [(tag, name) for name, _ in attrs] or [(tag, "")]


def attributes(html: str) -> list[tuple[str, str]]:
    """(tag, attribute name) for every start tag the browser would build from `html`."""
    parser = _Attributes()
    parser.feed(html)
    return parser.found


def next_link(response: httpx.Response) -> str | None:
    """The URL of the next page, from the response's Link header."""
    found = re.search(r'<([^>]+)>;\s*rel="next"', response.headers.get("link", ""))
    return found[1] if found else None


def walk(client: TestClient, path: str, params: dict[str, str] | list[tuple[str, str]]) -> list[list[Any]]:
    """Every page of a paged API list, following rel="next" links from `path?params`."""
    pages: list[list[Any]] = []
    url: str | None = with_query(path, params)
    while url is not None:
        assert len(pages) < 1000, f"{path} never ends"
        response = client.get(url)
        assert response.status_code == 200, response.text
        pages.append(response.json())
        url = next_link(response)
    return pages


def every(client: TestClient, path: str, **params: str) -> list[Any]:
    """All rows of a paged API list."""
    return [row for page in walk(client, path, params) for row in page]


# --- JSON API --------------------------------------------------------------------------


def test_stats_count_what_was_stored(client: TestClient, dev_articles: list[Article]) -> None:
    stats = client.get("/api/stats").json()
    assert stats["articles"] == len(dev_articles)
    assert stats["people"] > 0 and stats["events"] > 0
    assert len(every(client, "/api/people")) == stats["people"]


def test_articles_list_pages_and_details(client: TestClient, dev_articles: list[Article]) -> None:
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert len(first) == 5 and len(second) == 5
    assert not {a["id"] for a in first} & {a["id"] for a in second}
    every = client.get("/api/articles", params={"limit": 500}).json()
    assert {a["id"] for a in every} == {a.id for a in dev_articles}


def test_article_detail_is_the_pipeline_record(
    client: TestClient, pipeline: Pipeline, dev_articles: list[Article]
) -> None:
    article = dev_articles[0]
    body = client.get(f"/api/articles/{article.id}").json()
    assert body["text"] == article.text
    expected = pipeline.process(article).to_dict()
    assert body["record"]["schema"] == "accord.record/1"
    assert body["record"]["events"] == expected["events"]
    assert body["record"]["people"] == expected["people"]


def test_unknown_article_is_404_json(client: TestClient) -> None:
    response = client.get("/api/articles/0000")
    assert response.status_code == 404
    assert response.json()["code"] == "E404"


def test_person_by_id_and_by_name(client: TestClient) -> None:
    people = client.get("/api/people").json()
    busiest = max(people, key=lambda p: p["n_events"])
    by_id = client.get(f"/api/people/{busiest['id']}").json()
    by_name = client.get(f"/api/people/{busiest['name']}").json()
    assert by_id["id"] == by_name["id"] == busiest["id"]
    assert len(by_id["events"]) == busiest["n_events"] > 0
    assert all(
        busiest["name"] in e["participants"] or set(busiest["aliases"]) & set(e["participants"])
        for e in by_id["events"]
    )
    assert client.get("/api/people/Nobody%20Atall%20Xyzzy").status_code == 404


def test_events_filter_by_type_and_dates(client: TestClient) -> None:
    events = client.get("/api/events").json()
    dates = sorted(e["date"] for e in events if e["date"])
    assert dates == [e["date"] for e in events if e["date"]], "events come ordered by date"
    kinds = {e["type"] for e in events}
    assert kinds <= set(EVENT_TYPES)
    for kind in kinds:
        chosen = client.get("/api/events", params={"type": kind}).json()
        assert chosen and {e["type"] for e in chosen} == {kind}
    middle = dates[len(dates) // 2][:7]
    window = client.get("/api/events", params={"date_from": middle, "date_to": middle}).json()
    # A date overlaps the window at any precision: "2024" overlaps "2024-07".
    assert window and all(e["date"].startswith(middle) or middle.startswith(e["date"]) for e in window)
    assert {e["id"] for e in events if (e["date"] or "").startswith(middle)} <= {e["id"] for e in window}


def test_events_between_two_actors(client: TestClient) -> None:
    events = client.get("/api/events").json()
    shared = next(e for e in events if len(e["participants"]) >= 2)
    a, b = shared["participants"][:2]
    between = client.get("/api/events", params=[("between", a), ("between", b)]).json()
    assert shared["id"] in {e["id"] for e in between}
    assert client.get("/api/events", params={"between": a}).status_code == 400


def test_bad_filters_are_400(client: TestClient) -> None:
    assert client.get("/api/events", params={"type": "picnic"}).status_code == 400
    assert client.get("/api/network", params={"date_from": "last week"}).status_code == 400


def test_network_edges_join_known_nodes(client: TestClient) -> None:
    network = client.get("/api/network").json()
    ids = {n["id"] for n in network["nodes"]}
    assert network["edges"] and all(e["source"] in ids and e["target"] in ids for e in network["edges"])
    hub = max(network["nodes"], key=lambda n: n["count"])
    around = client.get("/api/network", params={"actor": hub["name"]}).json()
    assert hub["id"] in {n["id"] for n in around["nodes"]}
    assert len(around["nodes"]) <= len(network["nodes"])


def test_agreements_have_valid_status(client: TestClient) -> None:
    agreements = client.get("/api/agreements").json()
    assert agreements
    assert all(g["status"] in (*AGREEMENT_STATUSES, None) for g in agreements)


def test_search_finds_an_article_by_its_words(client: TestClient, dev_articles: list[Article]) -> None:
    article = dev_articles[-1]
    word = max(re.findall(r"[A-Za-z]{6,}", article.title or ""), key=len)
    hits = client.get("/api/search", params={"q": word}).json()
    assert article.id in {h["article_id"] for h in hits}
    assert client.get("/api/search").status_code == 422


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/people",
        "/api/events",
        "/api/network",
        "/api/agreements",
        "/api/search",
        "/api/stats",
    ):
        assert path in paths
    assert "/people" not in paths, "pages stay out of the API schema"
    docs = client.get("/docs")
    assert docs.status_code == 200 and 'data-openapi-url="/openapi.json"' in docs.text


# --- writing ------------------------------------------------------------------------------


def test_post_needs_the_token(client: TestClient) -> None:
    article = {"title": "x", "text": "Some text."}
    assert client.post("/api/articles", json=article).status_code == 401
    wrong = client.post("/api/articles", json=article, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    basic = client.post("/api/articles", json=article, headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401


def test_post_refused_when_no_token_is_configured(store: Store, pipeline: Pipeline) -> None:
    app = create_app(settings_for(token=None), store, pipeline=pipeline)
    response = TestClient(app).post("/api/articles", json={"text": "Some text."}, headers=AUTH)
    assert response.status_code == 401


def test_post_extracts_stores_and_is_idempotent(client: TestClient) -> None:
    posted = {
        "title": HOSTILE_TITLE,
        "published": "2025-03-03",
        "url": "javascript:alert(3)",
        "text": HOSTILE_TEXT,
    }
    first = client.post("/api/articles", json=posted, headers=AUTH)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["status"] == "stored" and body["record"]["article"]["title"] == HOSTILE_TITLE
    again = client.post("/api/articles", json=posted, headers=AUTH)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    stored = client.get(f"/api/articles/{body['id']}").json()
    assert stored["text"] == HOSTILE_TEXT and stored["record"] == body["record"]


def test_post_loads_the_model_on_first_use(store: Store) -> None:
    """An app given no pipeline builds its own when the first article arrives."""
    client = TestClient(create_app(settings_for(), store))
    text = "Envoys talk\n\n2 June 2025\n\nForeign Minister Ana Ribeiro of Portugal met envoys in Porto.\n"
    response = client.post("/api/articles", json={"text": text}, headers=AUTH)
    assert response.status_code == 201 and response.json()["record"]["article"]["title"] == "Envoys talk"
    assert client.get(f"/api/articles/{response.json()['id']}").json()["text"] == text


def test_post_validates_the_body(client: TestClient) -> None:
    assert client.post("/api/articles", json={"title": "no text"}, headers=AUTH).status_code == 422
    bad_date = {"text": "Some text.", "published": "yesterday"}
    assert client.post("/api/articles", json=bad_date, headers=AUTH).status_code == 422


def test_request_size_limit(store: Store, pipeline: Pipeline) -> None:
    small = TestClient(create_app(settings_for(max_request_bytes=1000), store, pipeline=pipeline))
    big = json.dumps({"text": "word " * 400})
    declared = small.post("/api/articles", content=big, headers={**AUTH, "Content-Type": "application/json"})
    assert declared.status_code == 413
    assert declared.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    streamed = small.post(
        "/api/articles",
        content=iter([big[:600].encode(), big[600:].encode()]),
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert streamed.status_code == 413


# --- pages --------------------------------------------------------------------------------


def test_home_shows_counts_latest_and_upcoming(client: TestClient) -> None:
    html = client.get("/").text
    stats = client.get("/api/stats").json()
    for key, value in stats.items():
        assert re.search(rf'data-stat="{key}"><span class="n">{value}</span>', html)
    latest = client.get("/api/articles", params={"limit": 1}).json()[0]
    assert f'href="/articles/{latest["id"]}"' in html
    assert "Upcoming events and anniversaries" in html


def test_article_page_marks_every_mention_and_evidence(client: TestClient, dev_articles: list[Article]) -> None:
    article = max(dev_articles, key=lambda a: len(a.text))
    record = client.get(f"/api/articles/{article.id}").json()["record"]
    html = client.get(f"/articles/{article.id}").text
    body = html.split('<div class="article-text">', 1)[1].split("</div>", 1)[0]
    assert page_text(body) == article.text, "the marked-up text is the article text, unchanged"
    for person in record["people"]:
        for span in person["mentions"]:
            mention = re.escape(str(escape(article.text[span["start"] : span["end"]])))
            assert re.search(rf'class="mention mention-person"[^>]*>{mention}<', body)
    starts = {e["evidence"]["start"] for e in record["events"] if e.get("evidence")}
    assert {int(s) for s in re.findall(r'id="at-(\d+)"', body)} == starts
    assert body.count('<mark class="evidence"') >= len(starts)


def test_hostile_article_renders_inert(client: TestClient) -> None:
    posted = {"title": HOSTILE_TITLE, "text": HOSTILE_TEXT}
    article_id = client.post("/api/articles", json=posted, headers=AUTH).json()["id"]
    for path in (f"/articles/{article_id}", "/", "/search?q=Lisbon", "/articles"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<script>window" not in html, path
        assert "<img src=x" not in html, path
        built = attributes(html)
        assert not [(tag, name) for tag, name in built if name.startswith("on") or tag == "img"], path
    html = client.get(f"/articles/{article_id}").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


def test_person_page_shows_roles_events_and_neighbours(client: TestClient) -> None:
    people = client.get("/api/people").json()
    person = client.get(f"/api/people/{max(people, key=lambda p: p['n_events'])['id']}").json()
    text = page_text(client.get(f"/people/{person['id']}").text)
    assert person["name"] in text
    for role in person["roles"]:
        assert role["title"] in text
    for neighbour in person["neighbours"]:
        assert neighbour["name"] in text


def test_actor_links_resolve_to_the_right_page(client: TestClient) -> None:
    people = client.get("/api/people").json()
    response = client.get(f"/actors/{people[0]['name']}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/people/")
    events = client.get("/api/events").json()
    names = {n for e in events for n in e["participants"]}
    for name in names:
        target = client.get(f"/actors/{name}")
        assert target.status_code == 200, name
    assert client.get("/actors/Nothing%20Called%20This", follow_redirects=False).status_code == 404


def test_organization_and_country_pages(client: TestClient) -> None:
    organizations = client.get("/api/organizations").json()
    assert organizations
    organization = organizations[0]
    assert organization["name"] in page_text(client.get(f"/organizations/{organization['id']}").text)
    people = [p for p in client.get("/api/people").json() if p["country"]]
    code = people[0]["country"]
    country = client.get(f"/api/countries/{code}").json()
    html = client.get(f"/countries/{code}").text
    assert country["name"] in page_text(html) and people[0]["name"] in page_text(html)


def test_relation_page(client: TestClient) -> None:
    meetings = client.get("/api/events", params={"type": "meeting"}).json()
    a, b = next(e for e in meetings if len(e["participants"]) >= 2)["participants"][:2]
    relation = client.get(f"/api/relations/{a}/{b}").json()
    html = client.get(f"/relations/{a}/{b}").text
    assert relation["meetings"] and "No meetings recorded" not in html
    assert 'data-source="/api/events?between=' in html
    redirect = client.get("/relations", params={"a": a, "b": b}, follow_redirects=False)
    assert redirect.status_code == 303


def test_network_and_timeline_pages_point_at_the_api(client: TestClient) -> None:
    html = client.get("/network", params={"actor": "x", "date_from": "", "type": "meeting"}).text
    assert 'data-source="/api/network?actor=x&amp;type=meeting"' in html
    assert '<script src="/static/js/network.js"' in html
    html = client.get("/timeline", params={"date_from": "2023"}).text
    assert 'data-source="/api/events?date_from=2023"' in html
    assert client.get("/timeline", params={"type": "picnic"}).status_code == 400


def test_search_page_marks_the_words(client: TestClient, dev_articles: list[Article]) -> None:
    word = max(re.findall(r"[A-Za-z]{6,}", dev_articles[0].title or ""), key=len)
    html = client.get("/search", params={"q": word}).text
    assert f'href="/articles/{dev_articles[0].id}"' in html
    assert re.search(rf"<mark>{word}</mark>", html, re.IGNORECASE)


def test_unknown_pages_are_html_404(client: TestClient) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert client.get("/people/Nobody%20Atall%20Xyzzy").status_code == 404


# --- headers ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/api/stats", "/static/style.css", "/docs", "/nope", "/api/nope"])
def test_every_response_carries_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"


def test_pages_have_no_inline_scripts(client: TestClient, dev_articles: list[Article]) -> None:
    for path in ("/", f"/articles/{dev_articles[0].id}", "/network", "/timeline", "/docs", "/people"):
        html = client.get(path).text
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
        assert all('src="/static/' in attrs and not body.strip() for attrs, body in scripts), path
        assert not [(tag, name) for tag, name in attributes(html) if name.startswith("on")], path


# --- both databases -----------------------------------------------------------------------


def test_pages_and_api_on_each_backend(kb: Store, pipeline: Pipeline, dev_articles: list[Article]) -> None:
    """The same app over SQLite and PostgreSQL (the `kb` fixture runs on both)."""
    chosen = dev_articles[:3]
    for _ in pipeline.run(chosen, kb):
        pass
    client = TestClient(create_app(settings_for(), kb, pipeline=pipeline))
    assert client.get("/api/stats").json()["articles"] == len(chosen)
    word = max(re.findall(r"[A-Za-z]{6,}", chosen[1].title or ""), key=len)
    hits = client.get("/api/search", params={"q": word}).json()
    assert chosen[1].id in {h["article_id"] for h in hits}
    assert re.search(rf"<mark>{word}</mark>", client.get("/search", params={"q": word}).text, re.IGNORECASE)
    for article in chosen:
        page = client.get(f"/articles/{article.id}")
        assert page.status_code == 200 and 'class="mention mention-' in page.text
    events = client.get("/api/events").json()
    network = client.get("/api/network").json()
    assert {n for e in events for n in e["participants"] if len(e["participants"]) > 1} == {
        n["name"] for n in network["nodes"]
    }
    for path in ("/", "/people", "/organizations", "/agreements", "/timeline", "/network"):
        assert client.get(path).status_code == 200, path


# --- large stores: pages of long lists, bounded views -----------------------------------------

# Invented names, combined: more people and bodies than a page holds.
GIVEN = ("Ardo", "Belin", "Corvi", "Dasha", "Elko", "Ferin", "Galva", "Hesta", "Ilmo", "Jorun", "Kasso", "Lumi")
FAMILY = (
    "Tavren",
    "Ostrik",
    "Pellam",
    "Quorn",
    "Rasvik",
    "Sulden",
    "Tammor",
    "Ulvik",
    "Varro",
    "Wenzel",
    "Yastrel",
    "Zorand",
)
REGIONS = (
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Coastal",
    "Highland",
    "Central",
    "Island",
    "Lowland",
    "Border",
    "Delta",
)
BODIES = (
    "Fisheries Board",
    "Trade Council",
    "Water Authority",
    "Rail Agency",
    "Science Council",
    "Port Authority",
    "Energy Board",
    "Health Agency",
    "Customs Office",
    "Forestry Board",
    "Space Agency",
)
GENERATED = 300  # articles of two events each: more events than a timeline response holds


def generated(count: int) -> Iterator[Extraction]:
    """`count` invented articles: in each, one person meets another and calls a body; every
    tenth call is undated. Person i serves Norland (NL) when i is a multiple of 3, else Sudria (SD)."""
    people = [f"{given} {family}" for family in FAMILY for given in GIVEN]
    bodies = [f"{region} {body}" for region in REGIONS for body in BODIES]
    for i in range(count):
        host, guest, body = i % len(people), (7 * i + 3) % len(people), bodies[i % len(bodies)]
        day = (date(2020, 1, 1) + timedelta(days=3 * i)).isoformat()
        met, called = f"{people[host]} met {people[guest]}.", f"{people[host]} called the {body}."
        report = Report(f"Talks, round {i}\n\n{day}\n\n{met} {called}\n", day)
        for who in (host, guest):
            report.person(people[who], title="Foreign Minister", country="SD" if who % 3 else "NL")
        yield (
            report.organization(body)
            .event("meeting", people[host], people[guest], sentence=met, date=day)
            .event("call", people[host], body, sentence=called, date=None if i % 10 == 0 else day)
            .build()
        )


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('big') / 'accord.db'}")
    assert store.bulk_write(generated(GENERATED)) == GENERATED
    stats = store.stats()
    assert stats["people"] > 2 * PAGE_SIZE and stats["organizations"] > 2 * PAGE_SIZE
    assert stats["events"] > TIMELINE_EVENTS
    yield store
    store.close()


@pytest.fixture(scope="module")
def big_client(big: Store) -> TestClient:
    return TestClient(create_app(settings_for(), big))


@pytest.mark.parametrize(
    ("path", "params", "expected"),
    [
        ("/api/people", {}, lambda s: s.people()),
        ("/api/people", {"country": "SD"}, lambda s: s.people(country="SD")),
        ("/api/organizations", {}, lambda s: s.organizations()),
        ("/api/articles", {}, lambda s: s.articles(limit=10_000)),
        ("/api/events", {}, lambda s: s.events()),
        ("/api/events", {"type": "call"}, lambda s: s.events(type="call")),
        ("/api/events", {"actor": "Ardo Tavren"}, lambda s: s.events(actor="Ardo Tavren")),
    ],
)
def test_pages_walk_every_row_once_in_order(
    big_client: TestClient, big: Store, path: str, params: dict[str, str], expected: Any
) -> None:
    pages = walk(big_client, path, {**params, "limit": "7"})
    ids = [row["id"] for page in pages for row in page]
    assert ids == [row["id"] for row in expected(big)], "the pages, end to end, are the whole list"
    assert len(set(ids)) == len(ids)
    assert all(len(page) == 7 for page in pages[:-1]) and 0 < len(pages[-1]) <= 7
    assert len(pages) > 1


def test_page_links_keep_the_filters(big_client: TestClient, big: Store) -> None:
    first = big_client.get("/api/people", params={"country": "SD", "limit": 5})
    assert next_link(first) == "/api/people?country=SD&limit=5&offset=5"
    assert "prev" not in first.headers["link"]
    second = big_client.get(next_link(first) or "")
    assert '</api/people?country=SD&limit=5&offset=0>; rel="prev"' in second.headers["link"]
    a, b = "Ardo Tavren", big.events(actor="Ardo Tavren")[0]["participants"][1]
    pair = big_client.get("/api/events", params=[("between", a), ("between", b), ("limit", "1")])
    assert len(pair.json()) == 1 and len(big.events(between=(a, b))) > 1
    assert pair.json()[0]["id"] == big.events(between=(a, b))[0]["id"]
    rest = big_client.get(next_link(pair) or "").json()
    assert [e["id"] for e in rest] == [big.events(between=(a, b))[1]["id"]]


def test_an_offset_past_the_dated_events_goes_on_into_the_undated(big_client: TestClient, big: Store) -> None:
    everything = big.events()
    dated = sum(1 for e in everything if e["date"])
    assert 0 < dated < len(everything)
    page = big_client.get("/api/events", params={"offset": dated + 2, "limit": 3}).json()
    assert [e["id"] for e in page] == [e["id"] for e in everything[dated + 2 : dated + 5]]
    assert all(e["date"] is None for e in page)


def test_limits_are_enforced(big_client: TestClient, big: Store) -> None:
    for path, default in (
        ("/api/people", PAGE_SIZE),
        ("/api/organizations", PAGE_SIZE),
        ("/api/articles", PAGE_SIZE),
        ("/api/events", TIMELINE_EVENTS),
    ):
        response = big_client.get(path)
        assert len(response.json()) == default and next_link(response), path
        for bad in (
            {"limit": MAX_PAGE_SIZE + 1},
            {"limit": 0},
            {"offset": -1},
            {"offset": 2**62 + 1},
            {"limit": "many"},
        ):
            assert big_client.get(path, params=bad).status_code == 422, (path, bad)
        past = big_client.get(path, params={"offset": 10**9})
        assert past.json() == [] and next_link(past) is None and 'rel="prev"' in past.headers["link"], path
    assert len(big_client.get("/api/events", params={"limit": MAX_PAGE_SIZE}).json()) == MAX_PAGE_SIZE
    assert big_client.get("/api/network", params={"limit": MAX_NETWORK_LINKS + 1}).status_code == 422
    parameters = big_client.get("/openapi.json").json()["paths"]["/api/people"]["get"]["parameters"]
    limit = next(p for p in parameters if p["name"] == "limit")
    assert limit["schema"]["maximum"] == MAX_PAGE_SIZE and limit["schema"]["default"] == PAGE_SIZE


def test_network_keeps_the_strongest_links_and_says_it_cut(big_client: TestClient, big: Store) -> None:
    everything = big.network()
    assert len(everything["edges"]) > NETWORK_LINKS
    network = big_client.get("/api/network").json()
    assert network["truncated"] is True and network["limit"] == NETWORK_LINKS
    assert len(network["edges"]) == NETWORK_LINKS
    kept = sorted((e["count"] for e in network["edges"]), reverse=True)
    assert kept == sorted((e["count"] for e in everything["edges"]), reverse=True)[:NETWORK_LINKS]
    assert {n["id"] for n in network["nodes"]} == {x for e in network["edges"] for x in (e["source"], e["target"])}
    whole = big_client.get("/api/network", params={"limit": MAX_NETWORK_LINKS}).json()
    assert whole["truncated"] is False and len(whole["edges"]) == len(everything["edges"])


def test_network_filters_apply_before_the_cut(big_client: TestClient, big: Store) -> None:
    calls = big_client.get("/api/network", params={"type": "call", "limit": MAX_NETWORK_LINKS}).json()
    assert calls["truncated"] is False
    assert calls["edges"] == big.network(type="call")["edges"]
    actor = "Ardo Tavren"
    around = big.network(actor=actor)
    assert len(around["edges"]) > 2
    cut = big_client.get("/api/network", params={"actor": actor, "limit": 2}).json()
    assert cut["truncated"] is True and len(cut["edges"]) == 2
    assert cut["edges"] == around["edges"][:2]
    centre = next(n["id"] for n in around["nodes"] if n["name"] == actor)
    assert all(centre in (e["source"], e["target"]) for e in cut["edges"])
    assert len(cut["nodes"]) == 3
    assert big_client.get("/api/network", params={"actor": actor}).json()["truncated"] is False


def test_timeline_is_bounded_and_filters_apply_first(big_client: TestClient, big: Store) -> None:
    everything = big.events()
    timeline = big_client.get("/api/events")
    assert [e["id"] for e in timeline.json()] == [e["id"] for e in everything[:TIMELINE_EVENTS]]
    assert next_link(timeline), "the response says more events match"
    calls = big_client.get("/api/events", params={"type": "call"})
    assert [e["id"] for e in calls.json()] == [e["id"] for e in big.events(type="call")]
    assert next_link(calls) is None
    year = big_client.get("/api/events", params={"date_from": "2021", "date_to": "2021"})
    assert year.json() and all(e["date"].startswith("2021") for e in year.json())
    assert next_link(year) is None
    assert big_client.get("/api/events", params={"date_from": "2021-02-30"}).status_code == 400


def test_views_show_their_bound(big_client: TestClient) -> None:
    html = big_client.get("/timeline", params={"type": "call", "limit": "20"}).text
    assert 'data-source="/api/events?type=call&amp;limit=20"' in html
    assert 'name="limit" type="number" min="1" max="500" value="20" placeholder="500"' in html
    html = big_client.get("/network", params={"limit": ""}).text  # the form's empty field
    assert 'data-source="/api/network"' in html and f'placeholder="{NETWORK_LINKS}"' in html
    for path, bad in (("/network", str(MAX_NETWORK_LINKS + 1)), ("/timeline", "0"), ("/timeline", "1e3")):
        assert big_client.get(path, params={"limit": bad}).status_code == 400, (path, bad)


def html_walk(client: TestClient, url: str, kind: str) -> tuple[list[str], list[str]]:
    """The links to `kind` pages on each page of an HTML list, following its Next links; the
    URLs of the pages visited."""
    links: list[str] = []
    visited: list[str] = []
    next_url: str | None = url
    while next_url is not None:
        assert len(visited) < 100, f"{url} never ends"
        html = client.get(next_url).text
        visited.append(next_url)
        links += re.findall(rf'<td><a href="(/{kind}/[^"]+)">', html)
        found = re.search(r'<a href="([^"]+)" rel="next">', html)
        next_url = unescape(found[1]) if found else None
    return links, visited


def test_people_pages_step_through_everyone_keeping_the_filter(big_client: TestClient, big: Store) -> None:
    links, visited = html_walk(big_client, "/people?country=SD", "people")
    assert links == [person_url(p["id"]) for p in big.people(country="SD")]
    assert len(visited) > 1 and all("country=SD" in url for url in visited)
    second = big_client.get(visited[1]).text
    assert '<a href="/people?country=SD" rel="prev">' in second
    assert f"People {PAGE_SIZE + 1}–" in page_text(second)
    everyone, _ = html_walk(big_client, "/people", "people")
    assert everyone == [person_url(p["id"]) for p in big.people()]


def test_organization_pages_step_through_every_body(big_client: TestClient, big: Store) -> None:
    links, visited = html_walk(big_client, "/organizations", "organizations")
    assert links == [organization_url(o["id"]) for o in big.organizations()]
    assert len(visited) == -(-len(links) // PAGE_SIZE)
    past = big_client.get("/organizations", params={"page": len(visited) + 5})
    assert "No organizations on this page." in past.text and 'rel="prev"' in past.text
    assert big_client.get("/organizations", params={"page": 0}).status_code == 422


def test_pages_on_each_backend(kb: Store) -> None:
    """The paged reads run the store's SQL with offsets: the same pages on SQLite and PostgreSQL."""
    assert kb.bulk_write(generated(40)) == 40
    client = TestClient(create_app(settings_for(), kb))
    for path, expected in (
        ("/api/people", kb.people()),
        ("/api/events", kb.events()),
        ("/api/organizations", kb.organizations()),
    ):
        ids = [row["id"] for row in every(client, path, limit="6")]
        assert ids == [row["id"] for row in expected], path
    network = client.get("/api/network", params={"limit": 5}).json()
    assert network["truncated"] is True and network["edges"] == kb.network(limit=5)["edges"]


def test_relation_overview_pages_through_every_counterpart(big_client: TestClient, big: Store) -> None:
    everyone = big.relations("SD", limit=None)
    assert everyone is not None and everyone["total"] == len(everyone["counterparts"]) > PAGE_SIZE
    first = big_client.get("/api/relations/SD").json()
    assert (first["total"], first["offset"], first["limit"]) == (everyone["total"], 0, PAGE_SIZE)
    pages = walk(big_client, "/api/relations/SD", {"limit": "7"})
    shown = [c["polity"] for page in pages for c in page["counterparts"]]  # type: ignore[call-overload]
    assert shown == [c["polity"] for c in everyone["counterparts"]], "most events first, each once"
    assert big_client.get("/api/relations/SD", params={"limit": MAX_PAGE_SIZE + 1}).status_code == 422
    links, visited = html_walk(big_client, "/relations/SD", "relations")
    assert links == [f"/relations/SD/{c['polity']}" for c in everyone["counterparts"]]
    assert len(visited) > 1 and '<a href="/relations/SD" rel="prev">' in big_client.get(visited[1]).text
