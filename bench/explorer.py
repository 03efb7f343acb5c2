"""The explorer page on a real graph: first-load weight, and search speed as a reader meets it.

Serves the API (GraphQL + explorer) over HTTP on the configured Neo4j, drives Debian's Chromium, and
for the graph's most mentioned entity names measures the time from the last keystroke to the results
being painted, beside the bare GraphQL search round trip in the same run (the ratio shows what the
page adds). Also: the time to open an entity view and its neighbourhood picture. Ingest the BBC
corpus first (`kg ingest ../shared/data/news/bbc_news_2225.jsonl`); the graph is only read.

    KG_NEO4J_URI=... KG_NEO4J_PASSWORD=... nice .venv/bin/python bench/explorer.py --names 10 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from playwright.sync_api import Page, sync_playwright

REPO = Path(__file__).resolve().parents[1]
# bench/graphql.py would shadow the graphql package that strawberry imports; the browser tests'
# harness is what this bench reuses.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO / "bench"]
sys.path.insert(0, str(REPO))

from api.app import create_app  # noqa: E402
from kg.settings import Settings  # noqa: E402
from testkit.browser_harness import CHROMIUM_ARGS, LiveServer, build_explorer, ensure_chromium  # noqa: E402
from testkit.corpus import seed_bbc  # noqa: E402
from testkit.explorer_measure import first_load, search_speed  # noqa: E402

TOP_NAMES = """query Top($n: Int!) {
  articles(first: 1) { totalCount }
  entities(sort: [{mentionCount: DESC}], first: $n, where: {types: {in: [Person, Organization, Country]}}) {
    edges { node { id name mentionCount } }
  }
}"""


def graphql(url: str, query: str, **variables: Any) -> dict[str, Any]:
    response = httpx.post(f"{url}/graphql", json={"query": query, "variables": variables}, timeout=120)
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    if body.get("errors"):
        raise SystemExit(f"GraphQL refused the bench's query: {body['errors']}")
    data: dict[str, Any] = body["data"]
    return data


def entity_and_picture_ms(page: Page, url: str, entity_id: str) -> tuple[float, float]:
    """Milliseconds to draw an entity view from its URL, then its neighbourhood picture from a click."""
    started = time.perf_counter()
    page.goto(f"{url}/#/entity/{quote(entity_id, safe='')}")
    page.locator("[data-view=entity]").wait_for(timeout=120_000)
    entity_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    page.get_by_role("button", name="Show neighbourhood").click()
    page.locator("#neighbourhood[data-drawn=done]").wait_for(timeout=120_000)
    return entity_ms, (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=10, help="how many top entity names to search for")
    parser.add_argument("--rounds", type=int, default=3, help="searches per name")
    parser.add_argument("--smoke", action="store_true", help="a scratch database seeded with 8 BBC articles")
    args = parser.parse_args()
    settings = Settings()
    if args.smoke:
        args.names, args.rounds = 2, 1
        seed_bbc(settings, 8)
    build_explorer()
    with LiveServer(create_app(settings)) as server, sync_playwright() as p:
        top = graphql(server.url, TOP_NAMES, n=args.names)
        names = [e["node"] for e in top["entities"]["edges"]]
        browser = p.chromium.launch(executable_path=str(ensure_chromium()), args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 860}).new_page()
        page.set_default_timeout(120_000)
        report: dict[str, Any] = {"graph_articles": top["articles"]["totalCount"]}
        report |= first_load(page, server.url)
        # Cycle through the names so no search repeats the one before it (a repeat would not be sent).
        phrases = [names[i % len(names)]["name"] for i in range(len(names) * args.rounds)]
        report |= search_speed(page, server.url, phrases)
        timings = [entity_and_picture_ms(page, server.url, n["id"]) for n in names[:5]]
        report["entity_view_ms_median"] = round(statistics.median(t[0] for t in timings), 1)
        report["neighbourhood_picture_ms_median"] = round(statistics.median(t[1] for t in timings), 1)
        report["target_search_ms"] = 300
        browser.close()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
