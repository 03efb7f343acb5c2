"""Fixtures for the storage tests: a database prepared for writing."""

from __future__ import annotations

import neo4j
import pytest

from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter


@pytest.fixture
def empty_graph(driver: neo4j.Driver) -> neo4j.Driver:
    """The real database, emptied before the test (constraints and indexes are kept).

    Overrides the shared fixture: ``CALL {} IN TRANSACTIONS`` needs an auto-commit transaction
    (session.run); driver.execute_query runs an explicit one, which Neo4j refuses for it.
    """
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    return driver


@pytest.fixture
def writer(empty_graph: neo4j.Driver) -> GraphWriter:
    """A writer over an emptied database with the project's schema (constraints and indexes)."""
    apply_schema(empty_graph)
    return GraphWriter(empty_graph)
