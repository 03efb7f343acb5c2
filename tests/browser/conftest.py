"""Fixtures for the real-browser tests: Debian's Chromium through Playwright, screenshots under
test-artifacts/browser/, the API served by uvicorn on a free port, and a seeded graph."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
import uvicorn
from browser_seed import reference_extraction, write_with_cypher
from fastapi import FastAPI
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright

from kg.model import ArticleExtraction
from kg.settings import Settings

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "browser"
CHROMIUM = Path("/usr/bin/chromium")
# Keep Chromium off the (closed) network and working as root (../shared/design/browser-tests.md).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


# Two shared cores: give pages and assertions time on a busy machine (these are waits, not limits).
expect.set_options(timeout=30_000)


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium, installed by scripts/ensure-chromium.sh when missing."""
    if not CHROMIUM.exists():
        subprocess.run(["bash", str(REPO / "scripts" / "ensure-chromium.sh")], check=True)
    return CHROMIUM


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright, chromium: Path) -> Iterator[Browser]:
    b = playwright.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
    yield b
    b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    context.set_default_timeout(30_000)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go for a person to look at (gitignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LiveServer:
    """An ASGI app served by uvicorn over real HTTP in a background thread."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start on {self.url}")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def neo4j_http_url(settings: Settings) -> str:
    """Neo4j's HTTP address (where Browser is served), beside the Bolt one from settings."""
    return f"http://127.0.0.1:{settings.neo4j_http_port}"


@pytest.fixture(scope="module")
def reference_graph(driver: neo4j.Driver) -> ArticleExtraction:
    """The database emptied and holding only the reference article's graph (see browser_seed)."""
    # CALL ... IN TRANSACTIONS needs an auto-commit transaction, which session.run gives.
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    extraction = reference_extraction()
    write_with_cypher(driver, extraction)
    return extraction
