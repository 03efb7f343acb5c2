"""Fixtures for the hostile-client suite: a seeded Neo4j, `kg serve` against it, and a listener that
records any connection the server makes to it (what an SSRF would reach)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from hostile_seed import hostile_extraction
from hostile_server import KgServer, Listener, kg_serve

from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter

ARTICLES = 30


@pytest.fixture(scope="module")
def seeded(driver: neo4j.Driver) -> neo4j.Driver:
    """The database emptied and holding the hostile seed (30 articles)."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    apply_schema(driver)
    GraphWriter(driver).ingest_many([hostile_extraction(n) for n in range(ARTICLES)])
    return driver


@pytest.fixture(scope="module")
def server(seeded: neo4j.Driver, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KgServer]:
    """`kg serve` with the default limits, over the seeded graph."""
    with kg_serve(tmp_path_factory.mktemp("serve")) as running:
        yield running


@pytest.fixture
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.sock.close()


@pytest.fixture
def tmp(tmp_path: Path) -> Path:
    return tmp_path
