"""A real `accord serve` on a free localhost port over a small store, and a real Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, sync_playwright

from accord.ingest import read_sources
from accord.pipeline import Pipeline
from accord.records import Article
from accord.store import Store

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
DEV = Path("/work/shared/corpus/dev")
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
