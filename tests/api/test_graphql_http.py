"""The HTTP surface: GraphiQL, CORS from settings, and the mutations' round trip with the token."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from api_served import Served, serve
from conftest import TOKEN

from api.app import create_app
from kg.settings import Settings

pytestmark = pytest.mark.neo4j

ORIGIN = "https://explorer.example"


def test_graphiql_is_served_at_graphql(served: Served) -> None:
    page = httpx.get(f"{served.url}/graphql", headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200 and "graphiql" in page.text.lower()


@pytest.fixture(scope="module")
def with_cors(api_settings: Settings) -> Iterator[Served]:
    yield from serve(create_app(api_settings.model_copy(update={"cors_origins": [ORIGIN]})))


def test_cors_allows_only_the_configured_origins(with_cors: Served) -> None:
    def preflight(origin: str) -> httpx.Response:
        headers = {
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type,x-api-token",
        }
        return httpx.options(f"{with_cors.url}/graphql", headers=headers, timeout=30)

    allowed = preflight(ORIGIN)
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == ORIGIN
    refused = preflight("https://elsewhere.example")
    assert "access-control-allow-origin" not in refused.headers


INGEST = """mutation($text: String!, $url: String!) {
  ingestArticle(text: $text, url: $url, title: "Paris talks", source: "Example") {
    __typename ... on IngestSuccess { status entities facts article { id title } } } }"""
DELETE = """mutation($id: ID!) { deleteArticle(id: $id) {
    __typename ... on DeleteSuccess { evidenceRemoved entitiesRemoved } } }"""


def test_ingest_then_delete_with_the_token(served: Served) -> None:
    text = "French President Emmanuel Macron met with Olaf Scholz in Paris on Monday."
    url = "https://news.example/paris-talks"
    first = served.execute(INGEST, TOKEN, 600, text=text, url=url)["ingestArticle"]
    assert first["__typename"] == "IngestSuccess" and first["status"] == "new" and first["entities"] >= 2
    again = served.execute(INGEST, TOKEN, 600, text=text, url=url)["ingestArticle"]
    assert again["status"] == "unchanged"
    article_id = first["article"]["id"]
    assert served.execute("query($id: ID!) { article(id: $id) { title } }", id=article_id) == {
        "article": {"title": "Paris talks"}
    }
    deleted = served.execute(DELETE, TOKEN, id=article_id)["deleteArticle"]
    assert deleted["__typename"] == "DeleteSuccess" and deleted["entitiesRemoved"] >= 1
    assert served.execute("query($id: ID!) { article(id: $id) { title } }", id=article_id) == {
        "article": None
    }


URL_INGEST = """mutation($url: String!) { ingestArticle(url: $url) {
    __typename ... on InvalidInput { field message } } }"""


def test_url_ingest_refuses_local_files_and_the_servers_own_network(served: Served) -> None:
    # Checked before any connection: nothing needs to listen on these.
    local = served.execute(URL_INGEST, TOKEN, url="http://127.0.0.1:9/admin")["ingestArticle"]
    assert local["__typename"] == "InvalidInput" and local["field"] == "url"
    assert "refused: host '127.0.0.1' is a loopback address" in local["message"]
    metadata = served.execute(URL_INGEST, TOKEN, url="http://169.254.169.254/latest/")["ingestArticle"]
    assert "link-local address" in metadata["message"]
    path = served.execute(URL_INGEST, TOKEN, url="/etc/passwd")["ingestArticle"]
    scheme = "/etc/passwd: unsupported URL scheme ':' (only http and https are fetched)"
    assert path == {"__typename": "InvalidInput", "field": "url", "message": scheme}
