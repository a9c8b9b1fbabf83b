"""The web app through FastAPI's TestClient, on a real SQLite store built from the dev corpus.

Expectations are read from the data (the API's own answers, the pipeline's records),
never written in: the tests hold whatever the extractor finds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from accord.ingest import read_sources
from accord.pipeline import Pipeline
from accord.records import AGREEMENT_STATUSES, EVENT_TYPES, Article
from accord.settings import Settings
from accord.store import Store
from accord.web import create_app
from accord.web.security import CONTENT_SECURITY_POLICY

DEV = Path("/work/shared/corpus/dev")
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
def store(
    tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline, dev_articles: list[Article]
) -> Iterator[Store]:
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


# --- JSON API --------------------------------------------------------------------------


def test_stats_count_what_was_stored(client: TestClient, dev_articles: list[Article]) -> None:
    stats = client.get("/api/stats").json()
    assert stats["articles"] == len(dev_articles)
    assert stats["people"] > 0 and stats["events"] > 0
    assert len(client.get("/api/people").json()) == stats["people"]


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


def test_article_page_marks_every_mention_and_evidence(
    client: TestClient, dev_articles: list[Article]
) -> None:
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
