"""loaders.ingest against the real Neo4j: writing overlaps extraction, a bad article is named and the
rest written, a rerun skips what was committed, and Neo4j going away stops the run."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import neo4j
import pytest
from storage_samples import KIRBY, extraction

from kg.errors import StoreUnavailableError
from kg.graphstore.writer import ArticleRows, GraphWriter, WriteResult
from kg.model import Article, ArticleExtraction, Entity
from kg.settings import Settings
from kg.vocab import KG
from loaders.ingest import ingest
from testkit.served import free_port

pytestmark = pytest.mark.neo4j


def jsonl(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": f"a{n}", "title": f"Title {n}", "text": f"Kirby said that China should act ({n})."})
        for n in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def extract(articles: list[Article]) -> list[ArticleExtraction]:
    """The storage samples' entities and facts, over the articles read from the file."""
    out = []
    for article in articles:
        sample = extraction()
        entities = sample.entities
        if "(3)" in article.text:  # a type outside the ontology: the writer refuses this article
            entities = [*entities, Entity(KIRBY, KG.Agent, "Kirby")]
        if "(5)" in article.text:  # a value no code expects (a stored date read back as text, once)
            article = replace(article, published="5 May")  # type: ignore[arg-type]
        out.append(ArticleExtraction(article, entities, sample.facts))
    return out


def test_a_refused_article_is_named_and_the_rest_of_its_chunk_written(
    writer: GraphWriter, tmp_path: Path
) -> None:
    source = jsonl(tmp_path, 7)
    seen: list[WriteResult | str] = []
    summary = ingest([str(source)], Settings(), writer, extract, on_result=seen.append, chunk_size=3)
    assert (summary.new, summary.unchanged, len(summary.failed)) == (5, 0, 2)
    refused, broken = summary.failed
    assert "articles.jsonl" not in refused and "'Title 3'" in refused
    assert "type outside the ontology" in refused
    assert "'Title 5'" in broken and "AttributeError" in broken
    assert len(seen) == 7 and summary.wait_seconds <= summary.total_seconds
    again = ingest([str(source)], Settings(), writer, extract, chunk_size=3)
    assert (again.new, again.unchanged, len(again.failed)) == (0, 5, 2)  # resumable: stored ones skipped


class GatedWriter:
    """The real writer, whose first write may only finish once the next chunk is being extracted."""

    def __init__(self, writer: GraphWriter, extracting_next: threading.Event) -> None:
        self.writer = writer
        self.extracting_next = extracting_next
        self.overlapped = False

    def write_rows(self, rows: Sequence[ArticleRows], replace: bool = False) -> list[WriteResult]:
        self.overlapped = self.overlapped or self.extracting_next.wait(timeout=30)
        return self.writer.write_rows(rows, replace)

    def stored_hashes(self, iris: Iterable[str]) -> dict[str, str]:
        return self.writer.stored_hashes(iris)


def test_a_chunk_is_written_while_the_next_is_extracted(writer: GraphWriter, tmp_path: Path) -> None:
    extracting_next = threading.Event()
    gated = GatedWriter(writer, extracting_next)
    chunks = []

    def extract_and_signal(articles: list[Article]) -> list[ArticleExtraction]:
        chunks.append(len(articles))
        if len(chunks) == 2:
            extracting_next.set()
        return extract(articles)

    summary = ingest([str(jsonl(tmp_path, 3))], Settings(), gated, extract_and_signal, chunk_size=2)
    assert gated.overlapped and chunks == [2, 1] and summary.new == 3


class UnreachableOnWrite:
    """Reads from the real server; writes through a driver to a port where nothing listens."""

    def __init__(self, reads: GraphWriter, dead: GraphWriter) -> None:
        self.reads, self.dead = reads, dead

    def write_rows(self, rows: Sequence[ArticleRows], replace: bool = False) -> list[WriteResult]:
        return self.dead.write_rows(rows, replace)

    def stored_hashes(self, iris: Iterable[str]) -> dict[str, str]:
        return self.reads.stored_hashes(iris)


def test_neo4j_unreachable_while_writing_stops_the_run(
    writer: GraphWriter, driver: neo4j.Driver, tmp_path: Path
) -> None:
    extracted: list[int] = []

    def counting(articles: list[Article]) -> list[ArticleExtraction]:
        extracted.append(len(articles))
        return extract(articles)

    dead_driver = neo4j.GraphDatabase.driver(
        f"bolt://127.0.0.1:{free_port()}", connection_timeout=1, max_transaction_retry_time=0
    )
    try:
        gone = UnreachableOnWrite(writer, GraphWriter(dead_driver))
        with pytest.raises(StoreUnavailableError):
            ingest([str(jsonl(tmp_path, 20))], Settings(), gone, counting, chunk_size=2)
    finally:
        dead_driver.close()
    assert len(extracted) < 10  # stopped early, not after extracting everything
    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n")
    assert records[0]["n"] == 0
