"""The whole API app (GraphQL + explorer) served over real HTTP, holding the reference article
ingested through the real pipeline by the ingestArticle mutation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "xi-zelenskyy-kirby.txt"
REFERENCE_URL = "https://www.breitbart.com/politics/2023/03/22/white-house-pushes-xi-jinping/"
TOKEN = "explorer-test-token-0123456789abcd"

INGEST = """
mutation($text: String!, $title: String!, $url: String!, $published: Date!, $source: String!) {
  ingestArticle(text: $text, title: $title, url: $url, published: $published, source: $source) {
    __typename
    ... on IngestSuccess { status facts article { id } }
    ... on InvalidInput { field message }
    ... on Unavailable { message }
  }
}"""


def graphql(base_url: str, query: str, token: str | None = None, **variables: Any) -> dict[str, Any]:
    headers = {"X-API-Token": token} if token else {}
    # The first ingest loads spaCy, which takes a while on a busy machine.
    response = httpx.post(
        f"{base_url}/graphql", json={"query": query, "variables": variables}, headers=headers, timeout=600
    )
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    assert not body.get("errors"), body
    data: dict[str, Any] = body["data"]
    return data


def ingest_reference(base_url: str) -> str:
    """Ingest the reference article through the API; returns its article id."""
    title, text = REFERENCE.read_text(encoding="utf-8").split("\n", 1)
    result = graphql(
        base_url,
        INGEST,
        TOKEN,
        text=text,
        title=title,
        url=REFERENCE_URL,
        published="2023-03-22",
        source="Breitbart",
    )["ingestArticle"]
    assert result["__typename"] == "IngestSuccess", result
    article_id: str = result["article"]["id"]
    return article_id
