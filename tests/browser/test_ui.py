"""Click through the UI in Chromium: home -> article -> person -> network -> timeline.

Screenshots go to tests/artifacts/. Every page is watched for script errors and
Content-Security-Policy violations: either means a page relies on something the policy
forbids, or something got in that should not have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect

pytestmark = pytest.mark.browser


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

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield Watched(page)
    context.close()


def test_click_from_home_to_article_person_network_timeline(served: Any, watched: Watched) -> None:
    page = watched.page
    shots = served.artifacts
    stats = httpx.get(f"{served.url}/api/stats").json()

    page.goto(served.url)
    expect(page.locator('[data-stat="articles"] .n')).to_have_text(str(stats["articles"]))
    page.screenshot(path=shots / "home.png", full_page=True)

    # Home -> the first dev article in the list (not the hostile one).
    link = page.locator(".article-list a.title").filter(has_not_text="<script>").first
    title = link.inner_text()
    link.click()
    expect(page).to_have_url(re.compile(r"/articles/[0-9a-f]+$"))
    expect(page.locator("h1.article-title")).to_have_text(title)
    mentions = page.locator(".article-text a.mention-person")
    assert mentions.count() > 0
    assert page.locator(".article-text mark.evidence").count() > 0
    page.screenshot(path=shots / "article.png", full_page=True)

    # Article -> the person behind the first highlighted name.
    name = mentions.first.inner_text()
    mentions.first.click()
    expect(page).to_have_url(re.compile(r"/people/"))
    expect(page.locator(".kicker")).to_have_text("Person")
    heading = page.locator("h1").inner_text()
    person = httpx.get(f"{served.url}/api/people/{name}").json()
    assert heading == person["name"]
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
    expect(page.locator("#widget-status")).to_contain_text(f"{len(dated)} events")
    items = page.locator("#timeline .vis-item.vis-range, #timeline .vis-item.vis-box")
    expect(items.first).to_be_visible()
    items.first.click()
    expect(page.locator("#selection")).to_be_visible()
    assert page.locator("#selection ul a[href^='/articles/']").count() > 0
    page.screenshot(path=shots / "timeline.png", full_page=True)

    assert watched.problems == []
    assert watched.dialogs == []


def test_timeline_filters_by_type(served: Any, watched: Watched) -> None:
    page = watched.page
    events = httpx.get(f"{served.url}/api/events").json()
    kind = max({e["type"] for e in events if e["date"]}, key=lambda t: sum(e["type"] == t for e in events))
    page.goto(f"{served.url}/timeline")
    page.select_option("select[name=type]", kind)
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(rf"type={kind}"))
    wanted = [e for e in events if e["type"] == kind and e["date"]]
    expect(page.locator("#widget-status")).to_contain_text(f"{len(wanted)} events")
    expect(page.locator("#timeline .vis-label")).to_have_text([kind])
    assert watched.problems == []


def test_hostile_article_renders_inert(served: Any, watched: Watched) -> None:
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


def test_api_docs_work_under_the_policy(served: Any, watched: Watched) -> None:
    page = watched.page
    page.goto(f"{served.url}/docs")
    expect(page.locator(".opblock-summary-path").filter(has_text="/api/articles").first).to_be_visible()
    page.screenshot(path=served.artifacts / "docs.png")
    assert watched.problems == []
