"""The explorer's newsroom views in headless Chromium against the real API and Neo4j, on a small
dated graph written with kg's GraphWriter (newsroom_seed): an entity's timeline chart (and its table),
its claims grouped by polarity with the contradiction marked, its world map (its places and its
articles' places), and the home page's latest articles, newest facts and most mentioned entities.
Screenshots go to test-artifacts/browser/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import neo4j
import pytest
from newsroom_seed import ANNA, MAY_MEET, MET, NOT_MET, newsroom_extractions
from playwright.sync_api import Page, expect

from api.app import create_app
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.settings import Settings
from testkit.browser_harness import LiveServer

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]


@pytest.fixture(scope="module")
def newsroom(driver: neo4j.Driver, settings: Settings, explorer_dist: Path) -> Iterator[LiveServer]:
    """The app on an emptied graph holding only the newsroom articles."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    apply_schema(driver)
    writer = GraphWriter(driver)
    for extraction in newsroom_extractions():
        writer.ingest(extraction)
    with LiveServer(create_app(settings)) as server:
        yield server


def open_anna(page: Page, server: LiveServer) -> None:
    page.goto(f"{server.url}/#/entity/{quote(str(ANNA.iri), safe='')}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Anna Claimant")


def test_class_colours_survive_the_content_security_policy(page: Page, newsroom: LiveServer) -> None:
    # The API's CSP allows no inline style attributes: colours must be set through the CSSOM.
    open_anna(page, newsroom)
    chip = page.locator(".entity-head .chip").first
    expect(chip).to_have_text("Person")
    expect(chip).to_have_css("background-color", "rgb(59, 125, 216)")  # #3B7DD8, as in the GraSS sheet
    expect(page.locator("[data-section=claims] .entity-link .dot").first).to_have_css(
        "background-color", "rgb(59, 125, 216)"
    )


def test_timeline_chart_has_a_bar_per_month_and_a_table(
    page: Page, newsroom: LiveServer, artifacts: Path
) -> None:
    open_anna(page, newsroom)
    chart = page.locator("[data-section=timeline] svg.chart")
    expect(chart).to_have_attribute("role", "img")
    expect(chart).to_have_attribute(
        "aria-label",
        "Timeline of Anna Claimant: 3 articles over 3 months, "
        "from Jan 2024 to Mar 2024; the table below has every month.",
    )
    mentions = chart.locator("rect.bar.mentions")
    # February has no article: its bar is there, empty, so the time axis is even.
    expect(mentions).to_have_count(3)
    assert [mentions.nth(i).get_attribute("data-value") for i in range(3)] == ["1", "0", "2"]
    facts = chart.locator("rect.bar.facts")
    assert [facts.nth(i).get_attribute("data-value") for i in range(3)] == ["2", "0", "0"]
    assert (
        float(mentions.nth(2).get_attribute("height") or 0)
        > float(mentions.nth(0).get_attribute("height") or 0)
        > 0
    )
    page.get_by_text("The timeline as a table").click()
    rows = page.locator("[data-section=timeline] tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_have_text("Jan 202412")
    page.locator("[data-section=timeline]").screenshot(path=artifacts / "explorer-timeline.png")


def test_claims_grouped_by_polarity_with_the_contradiction_marked(
    page: Page, newsroom: LiveServer, artifacts: Path
) -> None:
    open_anna(page, newsroom)
    asserted = page.locator("[data-polarity=asserted] .claim")
    negated = page.locator("[data-polarity=negated] .claim")
    expect(asserted).to_have_count(3)  # met, born in, may meet (hedged: a claim, not a fact)
    expect(negated).to_have_count(1)
    expect(negated.first.locator(".sentence")).to_have_text(NOT_MET)
    expect(negated.first.locator(".badge.modality")).to_have_text("reported")
    expect(negated.first).to_have_class("fact claim contradicted")
    met = asserted.filter(has_text=MET)
    expect(met.locator(".badge.contradicted-mark")).to_have_text("contradicted")
    may = asserted.filter(has_text=MAY_MEET)
    expect(may.locator(".badge.modality")).to_have_text("hedged")
    expect(may.locator(".badge.contradicted-mark")).to_have_count(0)  # a hedge contradicts nothing
    contradiction = page.locator("[data-section=contradictions] .contradiction")
    expect(contradiction).to_have_count(1)
    expect(contradiction).to_contain_text(MET)
    expect(contradiction).to_contain_text(NOT_MET)
    page.locator("[data-section=claims]").screenshot(path=artifacts / "explorer-claims.png")


def test_world_map_of_its_places_and_its_articles_places(
    page: Page, newsroom: LiveServer, artifacts: Path
) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_anna(page, newsroom)
    page.locator("[data-section=map] .map-body[data-drawn=done]").wait_for()
    world = page.locator("[data-section=map] svg.world")
    expect(world).to_have_attribute(
        "aria-label", "World map: 1 place of Anna Claimant and 2 places named in its articles"
    )
    expect(world.locator("path.country")).to_have_count(177)  # Natural Earth 1:110m, shipped by the build
    expect(world.locator("circle.place.own[data-place='Geotest Lyon']")).to_have_count(1)
    expect(world.locator("circle.place.article[data-place='Geotest Tokyo']")).to_have_count(1)
    expect(world.locator("path.country.article[data-country='250']")).to_have_count(
        1
    )  # France, a country: shaded
    expect(page.locator(".place-list li[data-place='Geotest France']")).to_contain_text("FR")
    assert all(url.startswith(newsroom.url) for url in requested), requested  # nothing from elsewhere
    page.locator("[data-section=map]").screenshot(path=artifacts / "explorer-map.png")


def test_home_lists_latest_articles_newest_facts_and_most_mentioned(
    page: Page, newsroom: LiveServer, artifacts: Path
) -> None:
    page.goto(newsroom.url + "/")
    latest = page.locator("[data-section=latest-articles] li")
    expect(latest).to_have_count(3)
    expect(latest.first).to_contain_text("Claimants may meet")
    expect(latest.last).to_contain_text("Claimants meet")
    facts = page.locator("[data-section=newest-facts] li")
    expect(facts.filter(has_text="met with")).to_contain_text("Anna Claimant met with Boris Claimant")
    # The newest week is the seven days up to the 20 March article: it alone names the claimants.
    expect(page.locator("[data-section=most-mentioned] li").first).to_contain_text("1 article")
    expect(page.locator("[data-section=most-mentioned] h2")).to_have_text("Most mentioned in the newest week")
    page.screenshot(path=artifacts / "explorer-home.png", full_page=True)
