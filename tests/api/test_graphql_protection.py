"""Bad input over real HTTP: each is refused with a clear error, and refused documents send no Cypher."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from api_served import Served, free_port, serve
from conftest import TOKEN
from pydantic import SecretStr

from api.app import create_app
from kg.settings import Settings

pytestmark = pytest.mark.neo4j


def post(served: Served, query: str, token: str | None = None, **variables: Any) -> httpx.Response:
    headers = {"X-API-Token": token} if token else {}
    body = {"query": query, "variables": variables}
    return httpx.post(f"{served.url}/graphql", json=body, headers=headers, timeout=30)


def test_syntax_error_is_200_with_its_location(served: Served) -> None:
    before = served.round_trips
    response = post(served, '{ entity(name: "Kirby" { id } }')
    # GraphQL over HTTP with application/json responses: errors in the body, status 200.
    assert response.status_code == 200 and response.json()["data"] is None
    error = response.json()["errors"][0]
    assert error["message"].startswith("Syntax Error") and error["locations"] == [{"line": 1, "column": 24}]
    assert served.round_trips == before


def test_too_deep_query_is_rejected_before_any_cypher(served: Served, api_settings: Settings) -> None:
    nested = "name"
    for _ in range(api_settings.api_max_depth):
        nested = f"facts {{ edges {{ node {{ object {{ {nested} }} }} }} }}"
    before = served.round_trips
    response = post(served, f'{{ entity(name: "Kirby") {{ {nested} }} }}')
    assert response.status_code == 200
    body = response.json()
    assert body["data"] is None
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]
    assert served.round_trips == before


def test_too_many_aliases_are_rejected(served: Served, api_settings: Settings) -> None:
    aliases = " ".join(f"a{i}: stats {{ articles }}" for i in range(api_settings.api_max_aliases + 1))
    before = served.round_trips
    body = post(served, f"{{ {aliases} }}").json()
    assert "aliases found" in body["errors"][0]["message"] and served.round_trips == before


def test_too_many_tokens_are_rejected(served: Served, api_settings: Settings) -> None:
    fields = " ".join(["__typename"] * api_settings.api_max_tokens)
    before = served.round_trips
    response = post(served, f"{{ {fields} }}")
    message = response.json()["errors"][0]["message"]
    assert (
        message
        == f"Syntax Error: Document contains more than {api_settings.api_max_tokens} tokens. Parsing aborted."
    )
    assert served.round_trips == before


def test_huge_page_is_rejected_naming_the_limit(served: Served, api_settings: Settings) -> None:
    before = served.round_trips
    body = post(served, "{ entities(first: 100000) { edges { node { id } } } }").json()
    assert body["data"] is None
    message = body["errors"][0]["message"]
    assert message == f"first: 100000 exceeds the maximum page size of {api_settings.api_max_page_size}"
    assert served.round_trips == before


def test_bad_cursor_is_rejected(served: Served) -> None:
    body = post(served, '{ entities(after: "bm9wZQ==") { edges { cursor } } }').json()
    assert body["errors"][0]["message"] == "after: 'bm9wZQ==' is not a cursor returned by this API"


def test_unknown_id_is_null_not_an_error(served: Served) -> None:
    body = post(
        served, '{ entity(id: "https://kg.example.org/id/Person/nobody") { name } article(id: "x") { id } }'
    )
    assert body.json() == {"data": {"entity": None, "article": None}, "extensions": body.json()["extensions"]}


def test_unknown_name_is_null(served: Served) -> None:
    assert served.execute('{ entity(name: "Nobody Atall") { id } }') == {"entity": None}


def test_mutations_without_or_with_a_wrong_token_are_refused(served: Served) -> None:
    query = """mutation { deleteArticle(id: "https://kg.example.org/article/x") {
        __typename ... on NotAuthorized { message } } }"""
    for token in (None, "wrong-token"):
        before = served.round_trips
        result = post(served, query, token=token).json()["data"]["deleteArticle"]
        assert result["__typename"] == "NotAuthorized" and "X-API-Token" in result["message"]
        assert served.round_trips == before


def test_delete_unknown_article_with_the_token_is_not_found(served: Served) -> None:
    query = 'mutation { deleteArticle(id: "https://kg.example.org/article/none") { __typename } }'
    assert served.execute(query, token=TOKEN)["deleteArticle"] == {"__typename": "NotFound"}


def test_ingest_without_text_or_url_names_the_field(served: Served) -> None:
    query = 'mutation { ingestArticle(title: "t") { __typename ... on InvalidInput { field message } } }'
    result = served.execute(query, token=TOKEN)["ingestArticle"]
    assert result == {
        "__typename": "InvalidInput",
        "field": "url",
        "message": "text: give the article text or a url",
    }


@pytest.fixture(scope="module")
def neo4j_down(api_settings: Settings) -> Iterator[Served]:
    """The app pointed at a port where no Neo4j listens."""
    down = api_settings.model_copy(
        update={"neo4j_uri": f"bolt://127.0.0.1:{free_port()}", "neo4j_password": SecretStr("x")}
    )
    yield from serve(create_app(down))


def test_neo4j_down_gives_a_clear_error_and_readyz_503(neo4j_down: Served) -> None:
    assert httpx.get(f"{neo4j_down.url}/healthz", timeout=30).json() == {"status": "ok"}
    ready = httpx.get(f"{neo4j_down.url}/readyz", timeout=30)
    assert ready.status_code == 503 and ready.json()["status"] == "unavailable"
    body = post(neo4j_down, '{ entity(name: "Kirby") { id } }').json()
    assert body["errors"][0]["message"] == "the graph database (Neo4j) is unavailable; try again later"


def test_readyz_is_200_when_schema_applied(served: Served) -> None:
    ready = httpx.get(f"{served.url}/readyz", timeout=30)
    assert ready.status_code == 200 and ready.json() == {"status": "ready"}
