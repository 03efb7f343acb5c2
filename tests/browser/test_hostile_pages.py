"""The API's pages in Chromium with the network cut off (every request to another origin is blocked and
recorded): GraphiQL at /graphql and YASGUI at /sparql load from the project's own bundle, run a query,
break no rule of the Content-Security-Policy, and GraphiQL keeps no pasted token; an article whose URL
is `javascript:` gets no link in the explorer."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from browser_seed import reference_extraction
from playwright.sync_api import Browser, BrowserContext, Page, Route, expect
from pydantic import SecretStr

from api.app import create_app
from api.sparql import neo4j_mirror
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.settings import Settings
from testkit.browser_harness import LiveServer

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

SCRIPT_URL = "javascript:document.title='pwned'"
SECRET_TOKEN = "pasted-secret-token-0123456789abcdef"


@pytest.fixture(scope="module")
def server(
    driver: neo4j.Driver, settings: Settings, explorer_dist: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The whole app (GraphQL, SPARQL, explorer) over the reference article, stored with a script URL."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    apply_schema(driver)
    reference = reference_extraction()
    hostile = dataclasses.replace(reference, article=dataclasses.replace(reference.article, url=SCRIPT_URL))
    GraphWriter(driver).ingest(hostile)
    served = settings.model_copy(
        update={
            "api_token": SecretStr(SECRET_TOKEN),
            "sparql_store_dir": tmp_path_factory.mktemp("pages") / "sparql",
        }
    )
    with LiveServer(create_app(served, lifespans=[neo4j_mirror(served)])) as live:
        yield live


class Offline:
    """A browser context where only the server's own origin answers; what else was asked is kept."""

    def __init__(self, browser: Browser, origin: str) -> None:
        self.context: BrowserContext = browser.new_context(viewport={"width": 1280, "height": 860})
        self.context.set_default_timeout(30_000)
        self.origin = origin
        self.blocked: list[str] = []
        self.violations: list[str] = []
        self.context.route("**/*", self._route)
        self.page: Page = self.context.new_page()
        self.page.on("console", self._console)

    def _route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(self.origin) or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("internetdisconnected")

    def _console(self, message: object) -> None:
        text = getattr(message, "text", "")
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            self.violations.append(text)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def offline(browser: Browser, server: LiveServer) -> Iterator[Offline]:
    cut = Offline(browser, server.url)
    yield cut
    cut.close()


def test_graphiql_runs_offline_and_keeps_no_pasted_token(
    offline: Offline, server: LiveServer, artifacts: Path
) -> None:
    page = offline.page
    page.goto(server.url + "/graphql")
    page.locator(".graphiql-container").wait_for()
    page.get_by_role("button", name="Headers").click()
    headers = page.locator(".graphiql-editor-tool .CodeMirror").last
    headers.click()
    page.keyboard.type('{"X-API-Token": "' + SECRET_TOKEN + '"}')
    query = page.locator(".graphiql-query-editor .CodeMirror").first
    query.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("{ __typename }")
    page.locator(".graphiql-execute-button").click()
    expect(page.locator(".graphiql-response")).to_contain_text('"__typename": "Query"')
    page.screenshot(path=artifacts / "graphiql-offline.png")
    page.reload()
    page.locator(".graphiql-container").wait_for()
    stored = page.evaluate("() => JSON.stringify({...localStorage}) + JSON.stringify({...sessionStorage})")
    assert SECRET_TOKEN not in stored, "GraphiQL persisted the pasted token"
    assert offline.blocked == [], offline.blocked
    assert offline.violations == [], "\n".join(offline.violations)


def test_yasgui_runs_offline_with_the_prefixes_and_an_example(
    offline: Offline, server: LiveServer, artifacts: Path
) -> None:
    page = offline.page
    page.goto(server.url + "/sparql")
    editor = page.locator(".yasqe .CodeMirror").first
    editor.wait_for()
    text = page.evaluate("() => window.kgYasgui.getTab().getYasqe().getValue()")
    assert "PREFIX kg: <https://kg.example.org/ontology#>" in text
    assert "kg:urges" in text
    page.locator(".yasqe_queryButton").click()
    results = page.locator(".yasr")
    expect(results).to_contain_text("John Kirby")
    expect(results).to_contain_text("China")
    page.screenshot(path=artifacts / "yasgui-offline.png")
    assert offline.blocked == [], offline.blocked
    assert offline.violations == [], "\n".join(offline.violations)


def test_a_script_url_never_becomes_a_link(offline: Offline, server: LiveServer) -> None:
    page = offline.page
    article = str(reference_extraction().article.iri)
    page.goto(f"{server.url}/#/article/{article}")
    page.locator("[data-view=article]").wait_for()
    page.goto(f"{server.url}/#/entity/https://kg.example.org/id/Person/john-kirby")
    page.locator("[data-view=entity]").wait_for()
    page.locator(".source").first.wait_for()
    hrefs = page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h and h.lower().startswith(("javascript:", "data:"))], hrefs
    page.goto(f"{server.url}/#/article/{article}")
    page.locator("[data-view=article]").wait_for()
    hrefs = page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h and h.lower().startswith(("javascript:", "data:"))], hrefs
    assert page.title() != "pwned"
