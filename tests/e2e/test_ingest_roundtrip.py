"""Acceptance on the real server with the real pipeline: what `kg extract` gives is what `kg export`
gives after `kg ingest` (reference article, 50 BBC articles); idempotence, change and delete."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
from itertools import islice
from pathlib import Path
from typing import Any

import neo4j
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.graphstore.export import export_article, iter_article_graphs, write_export
from kg.graphstore.writer import GraphWriter
from kg.iri import content_hash
from kg.model import Article, ArticleExtraction
from kg.rdf import add_article, new_dataset, to_dataset
from kg.settings import Settings
from loaders.ingest import ExtractBatch, ingest, pipeline_extractor
from loaders.sources import read_sources

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
REFERENCE = DATA / "seed" / "xi-zelenskyy-kirby.txt"
BBC = DATA / "news" / "bbc_news_2225.jsonl"
KG = str(Path(sys.executable).parent / "kg")


def assert_isomorphic(expected: Graph, actual: Graph, what: str) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(
            f"{what}: graphs differ\nonly in extraction:\n{only_expected.serialize(format='nt')}"
            f"\nonly in export:\n{only_actual.serialize(format='nt')}"
        )


def assert_same_dataset(expected: Dataset, actual: Dataset) -> None:
    names = {g.identifier for g in expected.graphs() if len(g)}
    assert names == {g.identifier for g in actual.graphs() if len(g)}
    for name in names:
        assert_isomorphic(expected.graph(name), actual.graph(name), str(name))


@pytest.fixture(scope="module")
def extract() -> ExtractBatch:
    """The project's pipeline, spaCy loaded once for the module."""
    return pipeline_extractor(Settings())


@pytest.fixture
def writer(driver: neo4j.Driver) -> GraphWriter:
    with driver.session() as session:  # CALL IN TRANSACTIONS needs an auto-commit transaction
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    store = GraphWriter(driver)
    store.ensure_constraint()
    return store


@pytest.fixture(scope="module")
def bbc50(extract: ExtractBatch) -> list[ArticleExtraction]:
    items = read_sources([str(BBC)], Settings())
    articles = [a for a in islice(items, 50) if isinstance(a, Article)]
    items.close()  # type: ignore[attr-defined]  # a generator: closing it closes the file
    assert len(articles) == 50
    return list(extract(articles))


def exported_dataset(driver: neo4j.Driver) -> Dataset:
    dataset = Dataset()
    for iri, graph in iter_article_graphs(driver, page_size=7):
        named = dataset.graph(iri)
        for triple in graph:
            named.add(triple)
    return dataset


def counts(driver: neo4j.Driver) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "RETURN nodes, rels"
    )
    return records[0]["nodes"], records[0]["rels"]


def state(driver: neo4j.Driver) -> tuple[list[Any], list[Any]]:
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props ORDER BY uri"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.uri AS a, type(r) AS t, b.uri AS b, properties(r) AS props"
    )
    return (
        [(r["uri"], sorted(r["labels"]), r["props"]) for r in nodes],
        sorted((r["a"], r["t"], r["b"], sorted(r["props"].items())) for r in rels),
    )


def write_all(writer: GraphWriter, extractions: list[ArticleExtraction]) -> list[str]:
    return [writer.ingest(e).status for e in extractions]


def test_reference_article_cli_extract_equals_export_after_ingest(
    writer: GraphWriter, tmp_path: Path
) -> None:
    env = {**os.environ}
    extracted = subprocess.run(
        [KG, "extract", str(REFERENCE), "--format", "nquads"],
        env=env,
        cwd=REPO,
        capture_output=True,
        check=True,
        timeout=600,
    ).stdout
    ingested = subprocess.run(
        [KG, "ingest", str(REFERENCE)], env=env, cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert ingested.returncode == 0, ingested.stderr
    assert "1 new, 0 unchanged, 0 replaced, 0 failed" in ingested.stdout
    out = tmp_path / "export.nq"
    subprocess.run(
        [KG, "export", "--format", "nquads", "-o", str(out)],
        env=env,
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=600,
    )
    expected, actual = Dataset(), Dataset()
    expected.parse(data=extracted, format="nquads")
    actual.parse(out, format="nquads")
    assert len(actual) > 50
    assert_same_dataset(expected, actual)
    again = subprocess.run(
        [KG, "ingest", str(REFERENCE)], env=env, cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert "0 new, 1 unchanged" in again.stdout


def test_bbc50_round_trip_and_idempotence(
    writer: GraphWriter, driver: neo4j.Driver, bbc50: list[ArticleExtraction]
) -> None:
    assert set(write_all(writer, bbc50)) == {"new"}
    expected = to_dataset(bbc50)
    assert_same_dataset(expected, exported_dataset(driver))
    buffer = io.BytesIO()
    write_export(driver, buffer, "trig", page_size=9)
    # The TriG export keeps every double exactly (0.7999999999999999 stays so; rdflib's own TriG
    # writer would round it to 8e-01), so it equals the extraction itself.
    assert_same_dataset(expected, Dataset().parse(data=buffer.getvalue(), format="trig"))
    before = counts(driver)
    assert set(write_all(writer, bbc50)) == {"unchanged"}
    assert counts(driver) == before
    assert_same_dataset(expected, exported_dataset(driver))


def changed(extraction: ArticleExtraction, extract: ExtractBatch) -> ArticleExtraction:
    """The same article (same IRI, as for the same URL) with one more paragraph."""
    old = extraction.article
    text = old.text + "\n\nThe minister met Tony Blair in London on Tuesday, officials said."
    article = dataclasses.replace(old, text=text, content_hash=content_hash(text))
    return next(iter(extract([article])))


def test_bbc50_changed_article_replaces_only_its_facts_and_delete_restores(
    writer: GraphWriter, driver: neo4j.Driver, bbc50: list[ArticleExtraction], extract: ExtractBatch
) -> None:
    target = bbc50[7]
    others = bbc50[:7] + bbc50[8:]
    write_all(writer, others)
    without = state(driver)
    write_all(writer, [target])
    new_version = changed(target, extract)
    assert writer.ingest(new_version).status == "replaced"
    expected = to_dataset([*others, new_version])
    assert_same_dataset(expected, exported_dataset(driver))
    result = writer.delete_article(target.article.iri)
    assert result.found
    assert state(driver) == without


def test_ingest_orchestration_counts_and_resumes(
    writer: GraphWriter, extract: ExtractBatch, tmp_path: Path
) -> None:
    with BBC.open(encoding="utf-8") as bbc:
        lines = list(islice(bbc, 6))
    partial, full = tmp_path / "first3.jsonl", tmp_path / "all6.jsonl"
    partial.write_text("".join(lines[:3]), encoding="utf-8")
    full.write_text("".join(lines) + "{not json\n", encoding="utf-8")
    first = ingest([str(partial)], Settings(), writer, extract)
    assert (first.new, first.unchanged, first.failed) == (3, 0, [])
    second = ingest([str(full)], Settings(), writer, extract, chunk_size=4)
    assert (second.new, second.unchanged) == (3, 3)
    assert len(second.failed) == 1 and "all6.jsonl:7" in second.failed[0]


def test_export_of_one_article_and_of_a_missing_one(
    writer: GraphWriter, driver: neo4j.Driver, bbc50: list[ArticleExtraction]
) -> None:
    write_all(writer, bbc50[:3])
    graph = export_article(driver, bbc50[1].article.iri)
    assert graph is not None
    assert_isomorphic(add_article(new_dataset(), bbc50[1]), graph, "article 1")
    assert export_article(driver, "https://kg.example.org/article/missing") is None
