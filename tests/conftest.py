"""Shared fixtures. Tests marked `neo4j` use the real server that `make test` starts (never a mock)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from kg.errors import ConfigError, StoreUnavailableError
from kg.graphstore.connection import open_driver
from kg.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def driver(settings: Settings) -> Iterator[neo4j.Driver]:
    """A driver for the configured server (the one `make test` starts, or KG_NEO4J_URI's).

    Without a server, tests that need it are skipped, so `pytest -m "not neo4j"` and quick local runs work;
    under `make test` (REQUIRE_NEO4J=1) a missing server fails them instead, so nothing passes by skipping.
    """
    try:
        drv = open_driver(settings)
    except (StoreUnavailableError, ConfigError) as exc:
        if os.environ.get("REQUIRE_NEO4J") == "1":
            pytest.fail(f"Neo4j is required (REQUIRE_NEO4J=1) but unusable: {exc}")
        pytest.skip(f"no Neo4j for this test (start one with `kg neo4j start`): {exc}")
    yield drv
    drv.close()


@pytest.fixture
def empty_graph(driver: neo4j.Driver) -> neo4j.Driver:
    """The real database, emptied before the test (constraints and indexes are kept)."""
    # CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not execute_query.
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    return driver
