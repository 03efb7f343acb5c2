"""Fixtures for the real-browser tests: Debian's Chromium through Playwright, screenshots under
test-artifacts/browser/, the explorer built from web/, and a seeded graph."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest
from browser_seed import reference_extraction
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright

from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.model import ArticleExtraction
from testkit.browser_harness import ARTIFACTS, CHROMIUM_ARGS, build_explorer, ensure_chromium

# Two shared cores: give pages and assertions time on a busy machine (these are waits, not limits).
expect.set_options(timeout=30_000)
MEASUREMENTS = ARTIFACTS / "explorer-measurements.json"


@pytest.fixture(scope="session")
def chromium() -> Path:
    return ensure_chromium()


@pytest.fixture(scope="session")
def explorer_dist() -> Path:
    try:
        return build_explorer()
    except RuntimeError as exc:
        pytest.fail(str(exc))


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
    MEASUREMENTS.unlink(missing_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="module")
def reference_graph(driver: neo4j.Driver) -> ArticleExtraction:
    """The database emptied and holding only the reference article's gold graph, written by kg."""
    # CALL ... IN TRANSACTIONS needs an auto-commit transaction, which session.run gives.
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    apply_schema(driver)
    extraction = reference_extraction()
    GraphWriter(driver).ingest(extraction)
    return extraction


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the explorer's measured weight and speed (measured, never asserted) after the run."""
    if MEASUREMENTS.exists():
        report = json.loads(MEASUREMENTS.read_text(encoding="utf-8"))
        terminalreporter.write_sep("-", "explorer measurements (test-artifacts/browser/)")
        for key, value in report.items():
            terminalreporter.write_line(f"{key}: {value}")
