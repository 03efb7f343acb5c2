"""The explorer page in headless Chromium against the real API and Neo4j: search "Kirby", open John
Kirby, read "urges → China" with its sentence, open the neighbourhood picture and the article;
bad input (no results, unknown id, API down); phone width; keyboard only; first-load weight and
search speed (printed, never asserted). Screenshots go to test-artifacts/browser/."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import neo4j
import pytest
from explorer_server import TOKEN, ingest_reference
from playwright.sync_api import Browser, Page, expect
from pydantic import SecretStr

from api.app import create_app
from cli.api_cmd import PipelineExtractor
from kg.graphstore.schema import apply_schema
from kg.settings import Settings
from testkit.browser_harness import LiveServer
from testkit.explorer_measure import first_load, search, search_speed

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

KIRBY_SAYS = "John Kirby said that China should reach out"


@pytest.fixture(scope="module")
def api_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"api_token": SecretStr(TOKEN)})


@pytest.fixture(scope="module")
def explorer(driver: neo4j.Driver, api_settings: Settings, explorer_dist: Path) -> Iterator[LiveServer]:
    """The app on an emptied graph holding only the reference article, ingested for real."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    apply_schema(driver)
    with LiveServer(create_app(api_settings, extractor=PipelineExtractor(api_settings))) as server:
        ingest_reference(server.url)
        yield server


def open_kirby(page: Page, explorer: LiveServer) -> None:
    page.goto(explorer.url + "/")
    search(page, "Kirby")
    page.get_by_role("link", name="John Kirby").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("John Kirby")


def test_search_kirby_then_facts_neighbourhood_and_article(
    page: Page, explorer: LiveServer, artifacts: Path
) -> None:
    open_kirby(page, explorer)
    urges = page.locator("[data-predicate=urges] .fact").filter(has_text="China")
    expect(urges.locator(".fact-head")).to_contain_text("urges → China")
    expect(urges.locator(".sentence").first).to_contain_text(KIRBY_SAYS)
    page.screenshot(path=artifacts / "explorer-entity.png", full_page=True)

    page.get_by_role("button", name="Show neighbourhood").click()
    page.locator("#neighbourhood[data-drawn=done] canvas").first.wait_for()
    picture = page.get_by_role("img", name="Neighbourhood of John Kirby")
    assert "China" in (picture.get_attribute("aria-label") or "")
    page.wait_for_timeout(500)  # the layout animates into place; let it land for the picture
    page.locator(".neighbourhood").screenshot(path=artifacts / "explorer-neighbourhood.png")

    urges.locator(".source a").first.click()
    page.locator("[data-view=article]").wait_for()
    expect(page.locator("mark.evidence").filter(has_text="should reach out").first).to_be_visible()
    expect(page.locator(".article-facts")).to_contain_text("John Kirby urges China")
    page.screenshot(path=artifacts / "explorer-article.png", full_page=True)


def test_search_with_no_results_says_so(page: Page, explorer: LiveServer) -> None:
    page.goto(explorer.url + "/")
    search(page, "Zzyzx Qwerty")
    expect(page.locator("[data-state=no-results]")).to_contain_text("No entity's name or alias matches")


def test_unknown_entity_shows_not_found(page: Page, explorer: LiveServer, artifacts: Path) -> None:
    missing = "https://kg.example.org/id/Person/nobody-at-all"
    page.goto(f"{explorer.url}/#/entity/{quote(missing, safe='')}")
    expect(page.locator("[data-view=not-found] h1")).to_have_text("Entity not found")
    expect(page.locator("[data-view=not-found]")).to_contain_text(missing)
    page.screenshot(path=artifacts / "explorer-not-found.png")


def test_api_down_shows_error_banner(
    page: Page, explorer: LiveServer, api_settings: Settings, artifacts: Path
) -> None:
    # A server of its own, stopped for real after the page has loaded from it.
    with LiveServer(create_app(api_settings)) as doomed:
        page.goto(doomed.url + "/")
        page.locator("[data-view=home]").wait_for()
    box = page.get_by_role("searchbox", name="Search entities")
    box.fill("Kirby")
    box.press("Enter")
    banner = page.get_by_role("alert")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("cannot be reached")
    expect(page.locator("[data-view=unavailable]")).to_be_visible()
    page.screenshot(path=artifacts / "explorer-api-down.png")


def test_phone_width_has_no_sideways_scrolling(
    browser: Browser, explorer: LiveServer, artifacts: Path
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        open_kirby(page, explorer)
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the entity view is {overflow}px wider than a phone screen"
        page.screenshot(path=artifacts / "explorer-phone.png", full_page=True)
    finally:
        context.close()


def test_keyboard_only_search_and_open(page: Page, explorer: LiveServer) -> None:
    page.goto(explorer.url + "/")
    page.locator("[data-view=home]").wait_for()
    page.keyboard.press("/")  # jumps to the search box
    page.keyboard.type("Kirby")
    page.keyboard.press("Enter")
    page.locator("[data-view=search][data-drawn]").wait_for()
    page.keyboard.press("Tab")  # from the box past the Search button...
    page.keyboard.press("Tab")  # ...to the first result
    focused = page.evaluate("() => document.activeElement.textContent")
    assert "Kirby" in focused
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("John Kirby")
    page.get_by_role("button", name="Show neighbourhood").focus()
    page.keyboard.press("Enter")
    page.locator("#neighbourhood[data-drawn=done]").wait_for()


def test_first_load_weight_and_search_speed(page: Page, explorer: LiveServer, artifacts: Path) -> None:
    report = first_load(page, explorer.url)
    # The graph library (about 430 KB) is fetched only when a picture is opened, not on first load.
    assert report["first_load_bytes"] < 100_000, report
    report |= search_speed(page, explorer.url, ["Kirby", "China", "Xi Jinping", "Ukraine", "Belt and Road"])
    report["graph"] = "the reference article (tests); bench/explorer.py measures the BBC graph"
    (artifacts / "explorer-measurements.json").write_text(json.dumps(report, indent=2))
    print("explorer measurements:", json.dumps(report))
