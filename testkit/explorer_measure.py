"""Measuring the explorer as a reader meets it: first-load weight, and the time from typing a search
to its results being painted, beside the bare GraphQL search round trip in the same run."""

from __future__ import annotations

import gzip
import json
import statistics
import time
from typing import Any

import httpx
from playwright.sync_api import Page, Response

# The query the page sends (web/src/queries.js SEARCH), for the bare round-trip baseline.
SEARCH = """query Search($phrase: String!) {
  search(phrase: $phrase, first: 12) { score entity { id name types aliases mentionCount } }
}"""
TYPING_PAUSE_MS = 100  # web/src/main.js SEARCH_DELAY_MS


def search(page: Page, phrase: str) -> None:
    """Type into the search box key by key, as a person does, and wait for the results to be drawn."""
    box = page.get_by_role("searchbox", name="Search entities")
    box.fill("")
    box.press_sequentially(phrase, delay=40)
    page.locator(f"[data-view=search][data-phrase={json.dumps(phrase)}][data-drawn]").wait_for()


def first_load(page: Page, url: str) -> dict[str, int]:
    """Bytes of HTML, JS and CSS fetched to show the start page (raw and gzip-compressed)."""
    loaded: list[Response] = []
    page.on("response", lambda response: loaded.append(response))
    page.goto(url + "/")
    page.locator("[data-view=home]").wait_for()
    bodies = [r.body() for r in loaded if r.request.resource_type in {"document", "script", "stylesheet"}]
    return {
        "first_load_bytes": sum(map(len, bodies)),
        "first_load_gzip_bytes": sum(len(gzip.compress(b)) for b in bodies),
        "first_load_files": len(bodies),
    }


def api_search_ms(client: httpx.Client, url: str, phrase: str) -> float:
    """One bare GraphQL search over HTTP (kept-alive connection), in milliseconds."""
    started = time.perf_counter()
    body = {"query": SEARCH, "variables": {"phrase": phrase}}
    response = client.post(f"{url}/graphql", json=body, timeout=60)
    response.raise_for_status()
    return (time.perf_counter() - started) * 1000


def search_speed(page: Page, url: str, phrases: list[str]) -> dict[str, Any]:
    """Median and worst typed-to-drawn time over `phrases`, beside the bare API round trip."""
    for phrase in phrases:
        search(page, phrase)
    drawn = [t["ms"] for t in page.evaluate("() => window.kgTimings")]
    with httpx.Client() as client:
        api_search_ms(client, url, phrases[0])  # open the connection outside the timing
        api = [api_search_ms(client, url, p) for p in phrases]
    median_drawn, median_api = statistics.median(drawn), statistics.median(api)
    return {
        "searches": len(drawn),
        "typed_to_drawn_ms_median": round(median_drawn, 1),
        "typed_to_drawn_ms_max": round(max(drawn), 1),
        "typed_to_drawn_minus_typing_pause_ms_median": round(median_drawn - TYPING_PAUSE_MS, 1),
        "bare_graphql_search_ms_median": round(median_api, 1),
        "ratio_drawn_to_bare_api": round(median_drawn / median_api, 2),
        "note": f"from the last keystroke ({TYPING_PAUSE_MS} ms typing pause included) to results painted",
    }
