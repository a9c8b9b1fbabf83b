"""Click through the UI in Chromium: home -> article -> person -> network -> timeline, and
country -> relation (the seed and dev corpus: who stood for Kazakhstan and the EU).

The fixtures start a real `accord serve` on a free localhost port over a small store
(a few dev articles and an invented hostile one) and a real Chromium. They live here
rather than in a conftest.py: a second module named `conftest` would shadow the one
tests/ imports from.
Screenshots go to tests/artifacts/. Every page is watched for script errors and
Content-Security-Policy violations: either means a page relies on something the policy
forbids, or something got in that should not have.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, expect, sync_playwright

from accord.ingest import read_sources
from accord.pipeline import Pipeline
from accord.records import Article
from accord.store import Store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
# Enough articles for shared actors and a network, few enough to extract in seconds.
DEV_ARTICLES = 6

# Invented: an article whose title and text try to run script in the reader's browser.
HOSTILE_TITLE = "Envoys meet <script>alert('title')</script> <img src=x onerror=alert(1)> in Valletta"
HOSTILE_TEXT = (
    f"{HOSTILE_TITLE}\n\n14 May 2025\n\n"
    "VALLETTA, 14 May — Foreign Minister Ana Ribeiro of Portugal met Foreign Minister Karl Brandt "
    "of Austria in Valletta on Wednesday <script>document.body.dataset.pwned = 'yes'</script>. "
    'They signed a memorandum on port inspections <img src=x onerror="alert(2)"> '
    "<svg onload=alert(3)></svg>.\n"
)


@dataclass(frozen=True)
class Served:
    url: str
    hostile_id: str
    artifacts: Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_up(url: str, server: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"accord serve exited with {server.returncode}")
        try:
            if httpx.get(f"{url}/api/stats", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("accord serve did not come up")


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    db = tmp_path_factory.mktemp("browser") / "accord.db"
    sources = sorted(str(p) for p in DEV.glob("*.txt"))[:DEV_ARTICLES]
    articles = [item for _, item in read_sources(sources) if isinstance(item, Article)]
    hostile = Article(text=HOSTILE_TEXT, title=HOSTILE_TITLE, published="2025-05-14")
    store = Store(f"sqlite:///{db}")
    try:
        for _ in Pipeline().run([*articles, hostile], store):
            pass
    finally:
        store.close()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k != "ACCORD_TOKEN"}
    accord = Path(sys.executable).with_name("accord")
    server = subprocess.Popen(
        [str(accord), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)], env=env
    )
    try:
        _wait_until_up(url, server)
        ARTIFACTS.mkdir(exist_ok=True)
        yield Served(url, hostile.id, ARTIFACTS)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("needs Chromium at /usr/bin/chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page plus everything it complained about or tried to pop up."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("dialog", self._dialog)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error" or "Content Security Policy" in message.text:
            self.problems.append(message.text)

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def counted(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield Watched(page)
    context.close()


def _article_and_person(url: str) -> tuple[dict[str, Any], str]:
    """A stored article (not the hostile one) naming a person who took part in events."""
    for summary in httpx.get(f"{url}/api/articles", params={"limit": 10}).json():
        record = httpx.get(f"{url}/api/articles/{summary['id']}").json()["record"]
        for person in record["people"]:
            known = httpx.get(f"{url}/api/people/{person['name']}")
            if "<" not in (summary["title"] or "<") and known.status_code == 200 and known.json()["events"]:
                return summary, person["name"]
    raise AssertionError("no article names a person with events")


def test_click_from_home_to_article_person_network_timeline(served: Served, watched: Watched) -> None:
    page = watched.page
    shots = served.artifacts
    stats = httpx.get(f"{served.url}/api/stats").json()
    article, name = _article_and_person(served.url)

    page.goto(served.url)
    expect(page.locator('[data-stat="articles"] .n')).to_have_text(str(stats["articles"]))
    page.screenshot(path=shots / "home.png", full_page=True)

    # Home -> the article, its text marked up in place.
    page.locator(".article-list a.title").filter(has_text=article["title"]).click()
    expect(page).to_have_url(f"{served.url}/articles/{article['id']}")
    expect(page.locator("h1.article-title")).to_have_text(article["title"])
    assert page.locator(".article-text mark.evidence").count() > 0
    mention = (
        page.locator(".article-text a.mention-person")
        .filter(has_text=re.compile(r"\w"))
        .and_(page.locator(f'[title="person: {name}"]'))
    )
    assert mention.count() > 0
    page.screenshot(path=shots / "article.png", full_page=True)

    # Article -> the person behind a highlighted name.
    mention.first.click()
    expect(page).to_have_url(re.compile(r"/people/"))
    expect(page.locator(".kicker")).to_have_text("Person")
    person = httpx.get(f"{served.url}/api/people/{name}").json()
    expect(page.locator("h1")).to_have_text(person["name"])
    for role in person["roles"]:
        expect(page.locator("table.roles")).to_contain_text(role["title"])
    page.screenshot(path=shots / "person.png", full_page=True)

    # Person -> their network, drawn by vis-network from the JSON API.
    page.get_by_role("link", name="Network", exact=True).last.click()
    expect(page).to_have_url(re.compile(r"/network\?actor="))
    network = httpx.get(f"{served.url}/api/network", params={"actor": person["name"]}).json()
    expect(page.locator("#widget-status")).to_have_text(
        f"{len(network['nodes'])} actors, {len(network['edges'])} links"
    )
    expect(page.locator("#network canvas")).to_be_visible()
    expect(page.locator(".top-actors a").filter(has_text=person["name"])).to_have_count(1)
    page.wait_for_selector("#network[data-ready=true]")
    page.screenshot(path=shots / "network.png", full_page=True)

    # Network -> the whole timeline, drawn by vis-timeline; selecting an item shows its sources.
    page.locator("header nav").get_by_role("link", name="Timeline").click()
    events = httpx.get(f"{served.url}/api/events").json()
    dated = [e for e in events if e["date"]]
    expect(page.locator("#widget-status")).to_contain_text(counted(len(dated), "event"))
    items = page.locator("#timeline .vis-item.vis-range, #timeline .vis-item.vis-box")
    expect(items.first).to_be_visible()
    items.first.click()
    expect(page.locator("#selection")).to_be_visible()
    assert page.locator("#selection ul a[href^='/articles/']").count() > 0
    page.screenshot(path=shots / "timeline.png", full_page=True)

    assert watched.problems == []
    assert watched.dialogs == []


def test_relation_between_two_people(served: Served, watched: Watched) -> None:
    page = watched.page
    people = httpx.get(f"{served.url}/api/people").json()
    person = httpx.get(f"{served.url}/api/people/{max(people, key=lambda p: p['n_events'])['id']}").json()
    other = person["neighbours"][0]["name"]
    page.goto(f"{served.url}/people/{person['id']}")
    page.locator(".neighbours li").filter(has_text=other).get_by_role("link", name="relation").click()
    expect(page.locator("h1")).to_have_text(f"{person['name']} and {other}")
    relation = httpx.get(f"{served.url}/api/relations/{person['name']}/{other}").json()
    assert relation["events"]
    dated = [e for e in relation["events"] if e["date"]]
    expect(page.locator("#widget-status")).to_contain_text(counted(len(dated), "event"))
    expect(page.locator("#timeline .vis-item").first).to_be_visible()
    meetings = page.locator("h2:has-text('Meetings') + table tbody tr")
    expect(meetings).to_have_count(len(relation["meetings"]))
    page.screenshot(path=served.artifacts / "relation.png", full_page=True)
    assert watched.problems == []


def test_timeline_filters_by_type(served: Served, watched: Watched) -> None:
    page = watched.page
    events = httpx.get(f"{served.url}/api/events").json()
    kind = max({e["type"] for e in events if e["date"]}, key=lambda t: sum(e["type"] == t for e in events))
    page.goto(f"{served.url}/timeline")
    page.select_option("select[name=type]", kind)
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(rf"type={kind}"))
    wanted = [e for e in events if e["type"] == kind and e["date"]]
    expect(page.locator("#widget-status")).to_contain_text(counted(len(wanted), "event"))
    expect(page.locator("#timeline .vis-label")).to_have_text([kind])
    assert watched.problems == []


def test_bounded_views_say_what_they_left_out(served: Served, watched: Watched) -> None:
    page = watched.page
    status = page.locator("#widget-status")
    network = httpx.get(f"{served.url}/api/network", params={"limit": 3}).json()
    assert network["truncated"] and len(network["edges"]) == 3
    page.goto(f"{served.url}/network?limit=3")
    expect(status).to_have_text(
        f"{len(network['nodes'])} actors, 3 links: the 3 strongest of more that match; narrow the filters to see others"
    )
    expect(page.locator("input[name=limit]")).to_have_value("3")

    page.goto(f"{served.url}/timeline?limit=5")
    expect(status).to_contain_text("5 events: the first 5 by date of more that match")
    expect(page.locator("#timeline .vis-item").first).to_be_visible()
    # Asking the form for the most a response holds shows every event, and the notice goes.
    page.fill("input[name=limit]", "500")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"limit=500"))
    events = httpx.get(f"{served.url}/api/events", params={"limit": 500})
    assert 'rel="next"' not in events.headers.get("link", "")
    expect(status).to_contain_text(counted(len([e for e in events.json() if e["date"]]), "event"))
    expect(status).not_to_contain_text("more that match")
    assert watched.problems == []


def test_hostile_article_renders_inert(served: Served, watched: Watched) -> None:
    page = watched.page
    for path in (f"/articles/{served.hostile_id}", "/", "/articles", "/search?q=Valletta"):
        page.goto(served.url + path)
        page.wait_for_load_state("load")
        assert page.locator("main img, main svg, main script").count() == 0, path
        assert page.evaluate("document.body.dataset.pwned") is None, path
    page.goto(f"{served.url}/articles/{served.hostile_id}")
    expect(page.locator("h1.article-title")).to_contain_text("<script>alert('title')</script>")
    expect(page.locator(".article-text")).to_contain_text('<img src=x onerror="alert(2)">')
    page.screenshot(path=served.artifacts / "hostile-article.png", full_page=True)
    assert watched.dialogs == []
    assert watched.problems == []


def test_api_docs_work_under_the_policy(served: Served, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{served.url}/docs")
    expect(page.locator(".opblock-summary-path").filter(has_text="/api/articles").first).to_be_visible()
    page.screenshot(path=served.artifacts / "docs.png")
    assert watched.problems == []


# --- the Kazakhstan–EU relation: from the country page to the relation page ------------------

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="module")
def relation_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    db = tmp_path_factory.mktemp("relation") / "accord.db"
    sources = sorted(str(p) for folder in (SHARED / "seed", SHARED / "corpus" / "dev") for p in folder.glob("*.txt"))
    articles = [item for _, item in read_sources(sources) if isinstance(item, Article)]
    with Store(f"sqlite:///{db}") as store:
        for _ in Pipeline().run(articles, store):
            pass
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k != "ACCORD_TOKEN"}
    accord = Path(sys.executable).with_name("accord")
    server = subprocess.Popen(
        [str(accord), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)], env=env
    )
    try:
        _wait_until_up(url, server)
        ARTIFACTS.mkdir(exist_ok=True)
        yield Served(url, "", ARTIFACTS)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_from_the_country_page_to_the_relation_with_the_eu(relation_site: Served, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{relation_site.url}/countries/KZ")
    page.locator("ul.counterparts a").filter(has_text="European Union").click()
    expect(page).to_have_url(f"{relation_site.url}/relations/KZ/EU")
    expect(page.locator("h1")).to_contain_text("Kazakhstan and European Union")

    meetings = page.locator("table.relation").first
    for name in ("Luc Devigne", "Eamon Gilmore", "Nacho Sanchez Amor", "Andrius Kubilius", "Charles Michel"):
        expect(meetings.locator("td.side-b").filter(has_text=name).first).to_be_visible()
    brussels = meetings.locator("tr").filter(has=page.locator("td.side-b", has_text="Luc Devigne"))
    expect(brussels.locator("td.side-a")).to_contain_text("Roman Vassilenko")
    expect(brussels.locator("td.side-a")).to_contain_text("Deputy Minister of Foreign Affairs")
    expect(brussels.locator("td.evidence")).to_contain_text("Luc Devigne")
    presidents = meetings.locator("tr").filter(has=page.locator("td.side-b", has_text="Ursula von der Leyen")).first
    expect(presidents.locator("td.side-a")).to_contain_text("Kassym-Jomart Tokayev")
    expect(presidents.locator("td.side-b")).to_contain_text("President of the European Commission")
    expect(page.locator("td.date").filter(has_text="2023-02-02").first).to_be_visible()

    # The timeline draws the relation's events from the API.
    expect(page.locator("#timeline .vis-item").first).to_be_visible()
    assert page.locator("#timeline .vis-item").count() >= 8
    page.screenshot(path=relation_site.artifacts / "relation-kz-eu.png", full_page=True)
    assert watched.problems == [] and watched.dialogs == []
