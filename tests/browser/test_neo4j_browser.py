"""Neo4j Browser, in headless Chromium: connect with kg's settings, load kg's style sheet and guide
from the API, run the guide's neighbourhood query and check what is drawn. Screenshots go to
test-artifacts/browser/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_files import guide_cypher
from fastapi import FastAPI
from neo4j_browser import connect, dismiss_banners, graph_nodes, graph_relationship_captions, run
from playwright.sync_api import Page

from api.explorer import router
from kg.model import ArticleExtraction
from kg.settings import Settings
from testkit.browser_harness import LiveServer, neo4j_http_url

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

# The style sheet's colours as the browser computes them.
PERSON = "rgb(59, 125, 216)"
COUNTRY = "rgb(59, 162, 114)"
ORGANIZATION = "rgb(232, 104, 74)"


@pytest.fixture(scope="module")
def files_server() -> Iterator[LiveServer]:
    """The explorer router (style sheet and guide) over real HTTP."""
    app = FastAPI()
    app.include_router(router)
    with LiveServer(app) as server:
        yield server


@pytest.fixture
def browser_page(page: Page, settings: Settings) -> Page:
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(f"{neo4j_http_url(settings)}/browser/")
    connect(page, settings)
    dismiss_banners(page)
    return page


def local_url(server: LiveServer, path: str) -> str:
    # "localhost" is on Neo4j's default remote-content allowlist; 127.0.0.1 only once configured.
    return f"http://localhost:{server.port}{path}"


def test_neighbourhood_reads_well_with_kg_style(
    browser_page: Page, reference_graph: ArticleExtraction, files_server: LiveServer, artifacts: Path
) -> None:
    page = browser_page
    run(page, f":style {local_url(files_server, '/browser-style.grass')}")
    page.get_by_text("node.Person").first.wait_for()
    neighbourhood = guide_cypher()[0].replace("John Kirby", "China")
    run(page, neighbourhood)
    page.wait_for_function(
        "() => document.querySelectorAll('[data-testid=\"frame\"] svg g.node').length >= 7", timeout=30_000
    )
    page.wait_for_timeout(2_000)  # let the force layout settle before the picture is taken
    page.get_by_test_id("frame").first.screenshot(path=artifacts / "neo4j-browser-neighbourhood.png")

    fills = {n["caption"]: n["fill"] for n in graph_nodes(page)}
    assert fills["China"] == COUNTRY
    assert fills["Xi Jinping"] == fills["John Kirby"] == PERSON
    assert fills["Global Times"] == ORGANIZATION
    # Browser shortens a caption that does not fit its edge ("LEADER_…"); each is still its type's start.
    # Browser also draws relationships between result nodes (Xi Jinping VISITED Russia).
    types = {"URGES", "LEADER_OF", "ALLIED_WITH", "BASED_IN", "ACCUSES", "LED_BY"}
    captions = graph_relationship_captions(page)
    assert len(captions) >= len(types)
    for caption in captions:
        whole_or_cut = (t == caption or (caption.endswith("…") and t.startswith(caption[:-1])) for t in types)
        assert caption == "VISITED" or any(whole_or_cut), caption
    assert sum(c in types for c in captions) >= len(types) // 2, f"most captions should be whole: {captions}"


def test_guide_plays_from_the_api(browser_page: Page, files_server: LiveServer, artifacts: Path) -> None:
    page = browser_page
    run(page, f":play {local_url(files_server, '/guide')}")
    page.get_by_text("kg: the news as a graph").wait_for()
    # The guide points back at the server it came from.
    page.get_by_text(f":style http://localhost:{files_server.port}/browser-style.grass").wait_for()
    page.get_by_test_id("frame").first.screenshot(path=artifacts / "neo4j-browser-guide.png")
