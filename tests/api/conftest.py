"""Fixtures for the API tests: a real Neo4j seeded through kg's writer, the app served by uvicorn
on a free port in a background thread, and a real GraphQL client (gql over httpx)."""

from __future__ import annotations

from collections.abc import Iterator

import neo4j
import pytest
from api_seed import reference_extraction, wide_extractions
from api_served import Served, serve
from pydantic import SecretStr

from api.app import create_app
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.ports import Extractor
from kg.settings import Settings

TOKEN = "test-token"


@pytest.fixture(scope="session")
def api_settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"api_token": SecretStr(TOKEN), "api_max_page_size": 100})


def empty_database(driver: neo4j.Driver) -> None:
    # CALL {} IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


@pytest.fixture(scope="session")
def reference_graph(driver: neo4j.Driver) -> neo4j.Driver:
    """The database holding the reference article and the wide sample (schema applied)."""
    empty_database(driver)
    apply_schema(driver)
    writer = GraphWriter(driver)
    for extraction in [reference_extraction(), *wide_extractions()]:
        writer.ingest(extraction)
    return driver


def extractor_for_tests() -> Extractor | None:
    """The real extractor when loaders provides one (cli's wiring), else None."""
    try:
        from cli.api_cmd import build_extractor
    except ImportError:
        return None
    return build_extractor(Settings())


@pytest.fixture(scope="session")
def served(reference_graph: neo4j.Driver, api_settings: Settings) -> Iterator[Served]:
    yield from serve(create_app(api_settings))
