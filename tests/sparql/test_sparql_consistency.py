"""The SPARQL store mirrors Neo4j: synced from it, and kept in step by the API's ingest and delete."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import httpx
import neo4j
import pytest
from pydantic import SecretStr
from rdflib import Graph
from rdflib.compare import isomorphic
from sparql_reference import reference_extraction, second_extraction

from kg.graphstore.export import export_article
from kg.graphstore.writer import GraphWriter
from kg.model import ArticleExtraction
from kg.settings import Settings
from kg.sparqlstore import SparqlEngine
from kg.sparqlstore.sync import Neo4jArticles, is_stale, sync

pytestmark = pytest.mark.neo4j

MEMBER_ASK = "ASK { GRAPH ?g { ?s kg:memberOf ?o . ?o rdfs:label 'Belt and Road Initiative' } }"


def _ask(engine: SparqlEngine, query: str) -> bool:
    return engine.query(query).body.endswith(b"true}")


def test_sync_rebuilds_replaces_and_removes(empty_graph: neo4j.Driver, tmp_path: Path) -> None:
    writer = GraphWriter(empty_graph)
    writer.ensure_constraint()
    reference = reference_extraction()
    writer.ingest(reference)
    source = Neo4jArticles(empty_graph)
    with SparqlEngine(tmp_path / "store") as engine:
        first = sync(engine, source)
        assert first.rebuilt and first.replaced == 1
        assert not is_stale(engine, source)
        iri = str(reference.article.iri)
        dumped = engine.dump_graph("application/n-triples", iri)
        exported = export_article(empty_graph, iri)
        assert exported is not None
        assert isomorphic(Graph().parse(data=dumped, format="nt"), exported)

        writer.ingest(second_extraction())
        assert is_stale(engine, source)
        assert sync(engine, source).replaced == 1
        writer.delete_article(iri)
        report = sync(engine, source)
        assert (report.rebuilt, report.removed) == (False, 1)
        assert not _ask(engine, MEMBER_ASK)
        assert engine.counts()[1] == 1


class HandMadeExtractor:
    """Extraction by lookup of hand-made results (the real pipeline is tested in tests/loaders)."""

    def __init__(self, extractions: list[ArticleExtraction]) -> None:
        self._by_text = {e.article.text: e for e in extractions}

    def extract_text(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        published: date | datetime | None = None,
        source: str | None = None,
    ) -> ArticleExtraction:
        return self._by_text[text]

    def extract_url(self, url: str) -> ArticleExtraction:
        raise NotImplementedError(url)


TOKEN = "sparql-test-token-0123456789abcdef"


@pytest.fixture
def served_api(empty_graph: neo4j.Driver, tmp_path: Path) -> Iterator[str]:
    from conftest import serve_app

    from api.app import create_app
    from api.sparql import neo4j_mirror

    settings = Settings(sparql_store_dir=tmp_path / "store", api_token=SecretStr(TOKEN))
    app = create_app(
        settings, HandMadeExtractor([reference_extraction()]), lifespans=[neo4j_mirror(settings)]
    )
    yield from serve_app(app)


INGEST = "mutation($text: String!) { ingestArticle(text: $text) { __typename } }"
DELETE = "mutation($id: ID!) { deleteArticle(id: $id) { __typename } }"


def _graphql(base: str, query: str, **variables: str) -> dict:  # type: ignore[type-arg]
    response = httpx.post(
        base + "/graphql",
        json={"query": query, "variables": variables},
        headers={"X-API-Token": TOKEN},
        timeout=60,
    )
    response.raise_for_status()
    return response.json()  # type: ignore[no-any-return]


def test_ingest_then_query_present_delete_then_gone(served_api: str) -> None:
    reference = reference_extraction()
    query = f"ASK {{ GRAPH <{reference.article.iri}> {{ ?s kg:memberOf ?o }} }}"
    sparql = served_api + "/sparql"
    assert httpx.get(sparql, params={"query": query}).json()["boolean"] is False
    ingested = _graphql(served_api, INGEST, text=reference.article.text)
    assert ingested["data"]["ingestArticle"]["__typename"] == "IngestSuccess", ingested
    assert httpx.get(sparql, params={"query": query}).json()["boolean"] is True
    deleted = _graphql(served_api, DELETE, id=str(reference.article.iri))
    assert deleted["data"]["deleteArticle"]["__typename"] == "DeleteSuccess", deleted
    assert httpx.get(sparql, params={"query": query}).json()["boolean"] is False


def test_writes_outside_the_api_are_caught_up(empty_graph: neo4j.Driver, tmp_path: Path) -> None:
    from conftest import serve_app

    from api.app import create_app
    from api.sparql import neo4j_mirror

    settings = Settings(sparql_store_dir=tmp_path / "store", sparql_sync_interval=0.5)
    app = create_app(settings, None, lifespans=[neo4j_mirror(settings)])
    second = second_extraction()
    query = f"ASK {{ GRAPH <{second.article.iri}> {{ ?s kg:urges ?o }} }}"
    for base in serve_app(app):
        assert httpx.get(base + "/sparql", params={"query": query}).json()["boolean"] is False
        writer = GraphWriter(empty_graph)
        writer.ensure_constraint()
        writer.ingest(second)  # as `kg ingest` does, beside the running server
        deadline = time.monotonic() + 60
        while not httpx.get(base + "/sparql", params={"query": query}).json()["boolean"]:
            assert time.monotonic() < deadline, "the server never caught up with Neo4j"
            time.sleep(0.2)
