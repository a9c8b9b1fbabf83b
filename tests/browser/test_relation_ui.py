"""The Kazakhstan–EU relation in Chromium: from the country page to the relation page, its
rows (who stood for each side, in which office, the sentence) and the drawn timeline.

Serves its own store (the seed and the dev corpus) with a real `accord serve`; the
browser and server helpers are test_ui.py's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect
from test_ui import ARTIFACTS, Served, Watched, _free_port, _wait_until_up, browser, watched

from accord.ingest import read_sources
from accord.pipeline import Pipeline
from accord.records import Article
from accord.store import Store

__all__ = ["browser", "watched"]  # fixtures this module uses from test_ui
pytestmark = pytest.mark.browser

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
