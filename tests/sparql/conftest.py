"""Fixtures for the SPARQL tests: a store on disk and the endpoint served by uvicorn on a free port."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import neo4j
import pytest
from fastapi import FastAPI
from sparql_reference import article_graph, reference_extraction, second_extraction

from api.sparql import router, sparql_lifespan
from kg.settings import Settings
from kg.sparqlstore import SparqlEngine
from kg.sparqlstore.sync import in_memory_source, sync
from testkit.served import serve_app


@dataclass
class Endpoint:
    base: str
    engine: SparqlEngine
    settings: Settings

    @property
    def sparql(self) -> str:
        return self.base + "/sparql"


@pytest.fixture(scope="session")
def reference_graphs() -> list[tuple[str, object]]:
    return [article_graph(reference_extraction()), article_graph(second_extraction())]


def sparql_app(settings: Settings, graphs: list) -> FastAPI:  # type: ignore[type-arg]
    """The SPARQL router on its own app, its store synced from ``graphs`` at startup."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with sparql_lifespan(app, settings, lambda e: sync(e, in_memory_source(graphs), rebuild=True)):
            yield

    app = FastAPI(lifespan=lifespan)
    app.include_router(router)
    return app


@pytest.fixture(scope="session")
def endpoint(tmp_path_factory: pytest.TempPathFactory, reference_graphs: list) -> Iterator[Endpoint]:  # type: ignore[type-arg]
    settings = Settings(
        sparql_store_dir=tmp_path_factory.mktemp("sparql") / "store",
        sparql_timeout=2.0,
        sparql_max_results=100,
    )
    app = sparql_app(settings, reference_graphs)
    for base in serve_app(app):
        yield Endpoint(base, app.state.sparql_engine, settings)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def empty_graph(driver: neo4j.Driver) -> neo4j.Driver:
    """The real database, emptied (as tests/graphstore does: CALL IN TRANSACTIONS needs session.run)."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    return driver
