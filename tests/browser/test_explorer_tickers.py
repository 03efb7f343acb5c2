"""A company's stock symbols on the explorer's entity page, in headless Chromium against the real API and
Neo4j: shown as its stock symbol, apart from the names it is also called (a ticker is no name), and found
by it in the search box."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import quote

import neo4j
import pytest
from playwright.sync_api import Page, expect

from api.app import create_app
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article, ArticleExtraction, Entity
from kg.settings import Settings
from kg.vocab import KG
from testkit.browser_harness import LiveServer

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

FIRM = Entity(
    mint_entity_iri(KG.Organization, "Nordvik Papper AB"),
    KG.Organization,
    "Nordvik Papper AB",
    frozenset({"Nordvik"}),
    tickers=frozenset({"NVPB ST"}),
)
TEXT = "Nordvik Papper AB <NVPB ST> said it bought a mill. Nordvik said so."


@pytest.fixture(scope="module")
def firm_graph(driver: neo4j.Driver, settings: Settings, explorer_dist: Path) -> Iterator[LiveServer]:
    """The app on an emptied graph holding one article about a listed company."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    apply_schema(driver)
    url = "https://news.example/tickers/nordvik"
    article = Article(
        mint_article_iri(url, TEXT), TEXT, content_hash(TEXT), "Nordvik buys", url, date(2024, 2, 1)
    )
    GraphWriter(driver).ingest(ArticleExtraction(article, [FIRM]))
    with LiveServer(create_app(settings)) as server:
        yield server


def test_a_company_page_shows_its_stock_symbol_apart_from_its_names(
    page: Page, firm_graph: LiveServer
) -> None:
    page.goto(f"{firm_graph.url}/#/entity/{quote(str(FIRM.iri), safe='')}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Nordvik Papper AB")
    expect(page.locator(".entity-head .tickers")).to_have_text("Stock symbol NVPB ST")
    expect(page.locator(".entity-head .aliases")).to_have_text("Also called Nordvik")


def test_the_search_box_finds_a_company_by_its_stock_symbol_and_says_so(
    page: Page, firm_graph: LiveServer
) -> None:
    page.goto(f"{firm_graph.url}/")
    page.locator("[data-view=home]").wait_for()
    box = page.get_by_role("searchbox", name="Search entities")
    box.fill("NVPB")
    box.press("Enter")
    hit = page.locator("[data-view=search] .hit").first
    expect(hit.locator(".hit-name a")).to_have_text("Nordvik Papper AB")
    expect(hit.locator(".tickers")).to_have_text("stock symbol NVPB ST")
