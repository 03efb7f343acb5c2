"""Keeping the SPARQL store in step with Neo4j, the system of record.

The store is stale when its articles differ from Neo4j's: compared as {article IRI: content hash},
read from both sides (in the store, each article graph's own ``kg:contentHash``), so no marker file
can drift from the data. A sync replaces what differs; an empty store is rebuilt in bulk.

After each ingest or delete, the writer calls ``SparqlEngine.replace_article`` / ``delete_article``
itself; this module is the safety net at startup and the `kg sparql-index` command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import neo4j
from rdflib import Graph, URIRef

from kg.errors import StoreError, StoreUnavailableError
from kg.graphstore.export import export_article, iter_article_graphs, iter_article_ntriples
from kg.sparqlstore.engine import SparqlEngine


class ArticleSource(Protocol):
    """Where the truth is: every article's content hash and named graph."""

    def fingerprints(self) -> dict[str, str]: ...

    def article_graphs(self, iris: Iterable[str]) -> Iterator[tuple[str, Graph]]: ...

    def all_article_graphs(self) -> Iterator[tuple[str, Graph]]: ...

    def all_article_ntriples(self) -> Iterator[tuple[str, str]]: ...


@dataclass(frozen=True, slots=True)
class SyncReport:
    rebuilt: bool
    replaced: int
    removed: int
    quads: int

    def __str__(self) -> str:
        if self.rebuilt:
            return f"rebuilt: {self.replaced} articles, {self.quads} quads"
        return f"{self.replaced} articles replaced, {self.removed} removed"


def is_stale(engine: SparqlEngine, source: ArticleSource) -> bool:
    return engine.fingerprints() != source.fingerprints()


def sync(
    engine: SparqlEngine,
    source: ArticleSource,
    *,
    rebuild: bool = False,
    progress: Callable[[int], None] | None = None,
) -> SyncReport:
    """Bring the store in line with ``source``; ``rebuild`` forces emptying and reloading it all."""
    wanted = source.fingerprints()
    have = {} if rebuild else engine.fingerprints()
    stale = sorted(iri for iri, digest in wanted.items() if have.get(iri) != digest)
    # Reading articles one by one costs a round trip each; past half the dataset, a paged full read wins.
    if not have or len(stale) > len(wanted) // 2:
        quads = engine.rebuild(source.all_article_ntriples(), progress=progress)
        return SyncReport(True, len(wanted), 0, quads)
    gone = [iri for iri in have if iri not in wanted]
    for iri in gone:
        engine.delete_article(iri)
    for iri, graph in source.article_graphs(stale):
        engine.replace_article(iri, graph)
        if progress is not None:
            progress(1)
    return SyncReport(False, len(stale), len(gone), 0)


class Neo4jArticles:
    """Neo4j as the ``ArticleSource``, read through kg.graphstore's export."""

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j") -> None:
        self._driver = driver
        self._database = database

    def fingerprints(self) -> dict[str, str]:
        try:
            records, _, _ = self._driver.execute_query(
                *article_fingerprints_query(), database_=self._database, routing_=neo4j.RoutingControl.READ
            )
        except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, OSError) as exc:
            raise StoreUnavailableError(
                f"Neo4j is unreachable, cannot check the SPARQL store: {exc}"
            ) from exc
        except neo4j.exceptions.Neo4jError as exc:
            raise StoreError(f"Neo4j refused to list articles: {exc.code}: {exc.message}") from exc
        return {r["uri"]: r["hash"] for r in records}

    def article_graphs(self, iris: Iterable[str]) -> Iterator[tuple[str, Graph]]:
        for iri in iris:
            graph = export_article(self._driver, iri, self._database)
            if graph is not None:
                yield iri, graph

    def all_article_graphs(self) -> Iterator[tuple[str, Graph]]:
        for iri, graph in iter_article_graphs(self._driver, self._database):
            yield str(iri), graph

    def all_article_ntriples(self) -> Iterator[tuple[str, str]]:
        # Straight from Neo4j's rows to text: no rdflib Graph per article (most of a rebuild's time).
        return iter_article_ntriples(self._driver, self._database)


def article_fingerprints_query() -> tuple[str, dict[str, object]]:
    """Every article's IRI and content hash."""
    return "MATCH (a:Resource:Article) RETURN a.uri AS uri, a.contentHash AS hash", {}


def in_memory_source(graphs: Iterable[tuple[str, Graph]]) -> ArticleSource:
    """An ``ArticleSource`` over graphs in hand (tests, benchmarks, `kg extract` output)."""
    return _GraphsSource({str(iri): graph for iri, graph in graphs})


class _GraphsSource:
    def __init__(self, graphs: dict[str, Graph]) -> None:
        self._graphs = graphs

    def fingerprints(self) -> dict[str, str]:
        from kg.vocab import KG

        return {iri: str(g.value(URIRef(iri), KG.contentHash)) for iri, g in self._graphs.items()}

    def article_graphs(self, iris: Iterable[str]) -> Iterator[tuple[str, Graph]]:
        return ((iri, self._graphs[iri]) for iri in iris if iri in self._graphs)

    def all_article_graphs(self) -> Iterator[tuple[str, Graph]]:
        return iter(self._graphs.items())

    def all_article_ntriples(self) -> Iterator[tuple[str, str]]:
        return ((iri, graph.serialize(format="nt")) for iri, graph in self._graphs.items())
