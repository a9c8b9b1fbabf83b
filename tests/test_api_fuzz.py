"""Hostile requests against the JSON API, in process (ASGI), over a real SQLite store built
from a few dev-corpus articles.

- schemathesis generates requests from the app's own OpenAPI document, valid ones and
  invalid ones, for every operation: none may get a 5xx, every one carries the
  Content-Security-Policy header. POST /api/articles is fuzzed once as anyone (generated
  Authorization headers) and once with the right token, so the extractor and the store see
  the generated bodies.
- The HTML pages (not in the OpenAPI document) get generated path and query values: no 5xx.
- Writing: no token or a wrong one is 401 and stores nothing, the right one (from settings,
  or from ACCORD_TOKEN) stores; a body over the limit is 413, declared or streamed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.ingest import read_sources
from accord.pipeline import Pipeline
from accord.records import Article
from accord.settings import Settings
from accord.store import Store
from accord.web import create_app
from accord.web.security import CONTENT_SECURITY_POLICY

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
TOKEN = "fuzz-token-3c9e"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MAX_BODY = 20_000
fuzzing = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)

# Invented for these tests.
ARTICLE = (
    "Estonia and Uruguay open talks on digital trade\n\n4 June 2024\n\n"
    "Foreign Minister Kaija Tamm of Estonia met Foreign Minister Bruno Etcheverry of Uruguay in "
    "Tallinn on 4 June 2024. They signed a memorandum on digital trade.\n"
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[Store]:
    paths = sorted(str(p) for p in DEV.glob("*.txt"))[:5]
    articles = [item for _, item in read_sources(paths) if isinstance(item, Article)]
    assert len(articles) == 5, "the dev corpus is missing"
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'kb.db'}")
    assert [outcome for _, outcome in pipeline.run(articles, store)] == ["stored"] * 5
    yield store
    store.close()


def settings_for(**overrides: Any) -> Settings:
    return Settings(**{"db_url": "sqlite:///unused.db", "token": TOKEN, "max_request_bytes": MAX_BODY, **overrides})


@pytest.fixture(scope="module")
def app(store: Store, pipeline: Pipeline) -> FastAPI:
    return create_app(settings_for(), store, pipeline=pipeline)


def _openapi() -> dict[str, Any]:
    """The app's OpenAPI document; it does not depend on what the store holds."""
    with Store("sqlite://") as empty:
        return create_app(settings_for(), empty).openapi()


# Loaded when the module is, as schemathesis needs to parametrize; the requests go to `app`.
# (schemathesis.pytest.from_fixture would load it lazily, but 4.32 does not run on pytest 9.)
OPENAPI = _openapi()
schema = schemathesis.openapi.from_dict(OPENAPI)


def check_response(case: Any, response: Any) -> None:
    assert response.status_code < 500, f"{response.status_code} for {case.as_curl_command()}: {response.text[:500]}"
    # schemathesis gives each header as the list of its values
    assert response.headers.get("content-security-policy") == [CONTENT_SECURITY_POLICY], case.as_curl_command()


@schema.parametrize()
@fuzzing
def test_no_request_gets_a_server_error(app: FastAPI, case: Any) -> None:
    check_response(case, case.call(app=app))


@schema.include(method="POST", path="/api/articles").parametrize()
@fuzzing
def test_no_authorised_post_gets_a_server_error(app: FastAPI, case: Any) -> None:
    generated = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
    case.headers = {**generated, **AUTH}
    check_response(case, case.call(app=app))


# --- pages (not in the OpenAPI document) and every GET, with hostile values --------------------

# Each page with the path parameters and query parameters it reads.
PAGES = (
    ("/", (), ()),
    ("/search", (), ("q",)),
    ("/people", (), ("country",)),
    ("/people/{}", ("x",), ()),
    ("/organizations", (), ()),
    ("/organizations/{}", ("x",), ()),
    ("/countries/{}", ("x",), ()),
    ("/agreements", (), ("party",)),
    ("/actors/{}", ("x",), ()),
    ("/articles", (), ("page",)),
    ("/articles/{}", ("x",), ()),
    ("/network", (), ("actor", "date_from", "date_to", "type")),
    ("/timeline", (), ("actor", "date_from", "date_to", "type")),
    ("/relations", (), ("a", "b")),
    ("/relations/{}/{}", ("a", "b"), ()),
    ("/docs", (), ()),
)


def api_gets() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each GET operation of the API like PAGES: a path template, its path and query parameters."""
    found = []
    for path, operations in OPENAPI["paths"].items():
        if "get" in operations:
            query = tuple(p["name"] for p in operations["get"].get("parameters", []) if p["in"] == "query")
            found.append((re.sub(r"\{[^}]+\}", "{}", path), tuple(re.findall(r"\{([^}]+)\}", path)), query))
    return found


HOSTILE = (
    "\x00",
    "a\x00b",
    "0",
    "-1",
    "9" * 20,
    "2023-13-45",
    "2024-02-30",
    "0000",
    "'; DROP TABLE articles; --",
    '"',
    "*",
    "NEAR(",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%",
    "_",
    "KZ",
    "p1",
    "e1",
)
values = st.sampled_from(HOSTILE) | st.text(max_size=30) | st.integers().map(str)


def page_url(template: str, path_params: tuple[str, ...], query: dict[str, str]) -> str:
    path = template.format(*(quote(v, safe="") for v in path_params))
    return f"{path}?{urlencode(query)}" if query else path


@st.composite
def page_requests(draw: st.DrawFn) -> str:
    template, path_params, query_params = draw(st.sampled_from(PAGES))
    query = {name: draw(values) for name in query_params if draw(st.booleans())}
    return page_url(template, tuple(draw(values) for _ in path_params), query)


def server_errors(app: FastAPI, urls: list[str]) -> list[str]:
    client = TestClient(app, raise_server_exceptions=False)
    failures = []
    for url in urls:
        response = client.get(url)
        if response.status_code >= 500:
            failures.append(f"{response.status_code} for GET {url}")
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, url
    return failures


def hostile_urls() -> list[str]:
    """Each value of HOSTILE in each parameter of each page and API operation in turn."""
    urls = []
    for template, path_params, query_params in (*PAGES, *api_gets()):
        benign = ("KZ",) * len(path_params)
        for v in HOSTILE:
            urls += [page_url(template, benign[:i] + (v,) + benign[i + 1 :], {}) for i in range(len(path_params))]
            urls += [page_url(template, benign, {name: v}) for name in query_params]
    return urls


def test_no_hostile_value_gives_a_server_error(app: FastAPI) -> None:
    failures = server_errors(app, hostile_urls())
    assert not failures, "\n".join(failures)


@fuzzing
@given(url=page_requests())
def test_no_page_request_gets_a_server_error(app: FastAPI, url: str) -> None:
    failures = server_errors(app, [url])
    assert not failures, failures


# --- writing: the token and the body limit ------------------------------------------------------


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": TOKEN},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": f"Bearer {TOKEN}x"},
        {"Authorization": f"Bearer {TOKEN[:-1]}"},
    ],
)
def test_posting_without_the_token_is_401(client: TestClient, store: Store, headers: dict[str, str]) -> None:
    before = store.stats()
    response = client.post("/api/articles", json={"text": ARTICLE}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert store.stats() == before


def test_with_no_token_configured_nobody_writes(
    store: Store, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACCORD_TOKEN", raising=False)
    with TestClient(create_app(Settings(db_url="sqlite:///unused.db"), store, pipeline=pipeline)) as client:
        for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer None"}):
            assert client.post("/api/articles", json={"text": ARTICLE}, headers=headers).status_code == 401


def test_the_right_token_stores_the_article(client: TestClient, store: Store) -> None:
    text = ARTICLE.replace("digital trade.", "digital trade and maritime research.")
    response = client.post("/api/articles", json={"text": text, "published": "2024-06-04"}, headers=AUTH)
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "stored"
    assert store.article(response.json()["id"]) is not None
    again = client.post("/api/articles", json={"text": text, "published": "2024-06-04"}, headers=AUTH)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"


def test_the_token_can_come_from_the_environment(
    store: Store, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCORD_TOKEN", "from-the-environment")
    monkeypatch.setenv("ACCORD_DB", "sqlite:///unused.db")
    with TestClient(create_app(Settings(), store, pipeline=pipeline)) as client:
        text = ARTICLE.replace("Tallinn", "Tartu")
        assert client.post("/api/articles", json={"text": text}, headers=AUTH).status_code == 401
        good = {"Authorization": "Bearer from-the-environment"}
        assert client.post("/api/articles", json={"text": text}, headers=good).status_code == 201


def test_an_oversized_body_is_413(client: TestClient, store: Store) -> None:
    before = store.stats()
    text = ARTICLE + "The talks went on. " * (MAX_BODY // 10)
    declared = client.post("/api/articles", json={"text": text}, headers=AUTH)
    assert declared.status_code == 413
    assert declared.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    body = ('{"text": "' + "x" * (MAX_BODY * 2) + '"}').encode()
    chunks = (body[i : i + 4096] for i in range(0, len(body), 4096))  # no Content-Length: chunked
    streamed = client.post("/api/articles", content=chunks, headers={**AUTH, "Content-Type": "application/json"})
    assert streamed.status_code == 413
    assert store.stats() == before


@pytest.mark.parametrize(
    "path",
    [
        "/api/stats",
        "/",
        "/articles",
        "/no-such-page",
        "/api/no-such-thing",
        "/openapi.json",
        "/docs",
        "/static/no-such-file.js",
    ],
)
def test_every_response_carries_the_content_security_policy(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
