"""Driving Neo4j Browser (the app Neo4j serves at /browser/) from Playwright: connect, run, read."""

from __future__ import annotations

from playwright.sync_api import Page

from kg.graphstore.connection import bolt_uri, resolve_password
from kg.settings import Settings

CONNECT_TIMEOUT_MS = 60_000


def connect(page: Page, settings: Settings) -> None:
    """Fill Browser's connect form with kg's own settings (Bolt URI, user, password) and connect."""
    scheme, address = bolt_uri(settings).split("://", 1)
    page.get_by_test_id("boltaddress").wait_for(timeout=CONNECT_TIMEOUT_MS)
    # Browser's form only offers the routing and direct schemes; "bolt" is what kg's URI uses.
    page.get_by_test_id("bolt-scheme-select").select_option(f"{'neo4j' if 'neo4j' in scheme else 'bolt'}://")
    page.get_by_test_id("boltaddress").fill(address)
    page.get_by_test_id("authenticationMethod").select_option("NATIVE")
    page.get_by_test_id("username").fill(settings.neo4j_user)
    page.get_by_test_id("password").fill(resolve_password(settings))
    page.get_by_test_id("connect").click()
    page.get_by_text("You are connected as user").wait_for(timeout=CONNECT_TIMEOUT_MS)


def run(page: Page, command: str) -> None:
    """Type a command or query into the main editor and run it (Enter runs a one-line command)."""
    editor = page.get_by_test_id("activeEditor")
    editor.click()
    page.keyboard.insert_text(" ".join(command.split()))
    page.keyboard.press("Enter")


def graph_nodes(page: Page) -> list[dict[str, str]]:
    """Caption and fill colour of every node drawn in the newest result frame's graph view."""
    nodes: list[dict[str, str]] = page.evaluate(
        """() => {
            const frame = document.querySelector('[data-testid="frame"]');
            return Array.from(frame ? frame.querySelectorAll('svg g.node') : []).map(n => ({
                caption: n.textContent.trim(),
                fill: getComputedStyle(n.querySelector('circle.b-outline') || n.querySelector('circle')).fill,
            }));
        }"""
    )
    return nodes


def graph_relationship_captions(page: Page) -> list[str]:
    captions: list[str] = page.evaluate(
        """() => {
            const frame = document.querySelector('[data-testid="frame"]');
            return Array.from(frame ? frame.querySelectorAll('svg g.relationship') : [])
                .map(r => r.textContent.trim());
        }"""
    )
    return captions


def dismiss_banners(page: Page) -> None:
    """Close Browser's usage-data notice (its close control is the span after the text)."""
    notice = page.get_by_text("To help make Neo4j Browser better")
    if notice.count():
        notice.locator("xpath=following-sibling::span[1]").click(timeout=5_000)


def newest_frame_text(page: Page) -> str:
    text: str = page.evaluate("() => document.querySelector('[data-testid=\"frame\"]')?.innerText ?? ''")
    return text


def play_allowed(page: Page, url: str, title: str, attempts: int = 10) -> None:
    """`:play url` until the guide called ``title`` shows. Browser reads the server's remote-content
    allowlist some moments after connecting and uses its own default until then, so the first tries
    may be refused for a reason that is not the server's allowlist."""
    for _ in range(attempts):
        run(page, f":play {url}")
        page.wait_for_timeout(1_500)
        if title in newest_frame_text(page):
            return
    raise AssertionError(f"Browser never played {url}: {newest_frame_text(page)[:300]}")
