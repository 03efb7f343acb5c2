"""Shared fixtures. Tests marked `neo4j` use the real server that `make test` starts (never a mock)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

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
    drv = open_driver(settings)
    yield drv
    drv.close()


@pytest.fixture
def empty_graph(driver: neo4j.Driver) -> neo4j.Driver:
    """The real database, emptied before the test (constraints and indexes are kept)."""
    driver.execute_query("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
    return driver
