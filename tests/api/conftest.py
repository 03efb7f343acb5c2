"""Fixtures for the API tests: a real Neo4j seeded through kg's writer, the app served by uvicorn
on a free port in a background thread, and a real GraphQL client (gql over httpx)."""

from __future__ import annotations

from collections.abc import Iterator

import neo4j
import pytest
from api_seed import REFERENCE, REFERENCE_URL, wide_extractions
from api_served import Served, serve
from pydantic import SecretStr

from api.app import create_app
from cli.api_cmd import PipelineExtractor
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.settings import Settings

TOKEN = "api-test-token-0123456789abcdefgh"


@pytest.fixture(scope="session")
def api_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"api_token": SecretStr(TOKEN), "api_max_page_size": 100})


def empty_database(driver: neo4j.Driver) -> None:
    # CALL {} IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


@pytest.fixture(scope="session")
def seeded_graph(driver: neo4j.Driver) -> neo4j.Driver:
    """The emptied database with its schema and the wide sample, written through kg's GraphWriter."""
    empty_database(driver)
    apply_schema(driver)
    writer = GraphWriter(driver)
    for extraction in wide_extractions():
        writer.ingest(extraction)
    return driver


INGEST = """
mutation($text: String!, $title: String!, $url: String!, $published: Date!, $source: String!) {
  ingestArticle(text: $text, title: $title, url: $url, published: $published, source: $source) {
    __typename
    ... on IngestSuccess { status entities facts evidence article { id title } }
    ... on InvalidInput { field message }
    ... on Unavailable { message }
  }
}"""


@pytest.fixture(scope="session")
def served(seeded_graph: neo4j.Driver, api_settings: Settings) -> Iterator[Served]:
    """The app (with the real extraction pipeline) serving the seeded graph plus the reference article,
    ingested through the ingestArticle mutation: real pipeline, real writer."""
    for running in serve(create_app(api_settings, extractor=PipelineExtractor(api_settings))):
        # The first ingest loads spaCy, which takes a while on a busy machine.
        title, body = REFERENCE.read_text(encoding="utf-8").split("\n", 1)
        variables = {"text": body, "title": title, "url": REFERENCE_URL, "published": "2023-03-22"}
        result = running.execute(INGEST, TOKEN, 600, source="Breitbart", **variables)["ingestArticle"]
        assert result["__typename"] == "IngestSuccess", result
        yield running
