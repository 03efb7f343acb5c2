"""Writing articles into Neo4j: one article per managed write transaction, idempotent by content hash.

An article's named graph (kg.rdf) is mapped to rows (kg.graphstore.mapping) and sent as ``UNWIND``
rows, labels and relationship types checked against the ontology, inside one transaction function
that the driver retries on transient errors: check hashes and retract changed articles, write,
refresh support and names. So an article is either wholly in the graph or not at all, and a rerun
after a crash simply writes what was not committed. ``ingest`` writes one article per transaction;
``ingest_many`` puts a batch of distinct articles in one transaction (bulk ingest), still all or
nothing per article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import neo4j
from rdflib import Graph, URIRef

from kg.graphstore import queries as q
from kg.graphstore import write_queries as wq
from kg.graphstore.driver_errors import translated
from kg.graphstore.mapping import ArticleRows, article_rows, evidence_fact_key
from kg.graphstore.write_queries import FactKey
from kg.model import ArticleExtraction
from kg.rdf import add_article, new_dataset

__all__ = ["ArticleRows", "DeleteResult", "GraphWriter", "WriteResult", "WriteStatus", "extraction_rows"]

WriteStatus = Literal["new", "unchanged", "replaced"]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What writing one article did. Counts are of this article's own entities, facts and evidence."""

    article: str
    status: WriteStatus
    entities: int = 0
    facts: int = 0
    evidence: int = 0


@dataclass(frozen=True, slots=True)
class DeleteResult:
    """What retracting one article removed (``found`` is False when it was not in the graph)."""

    article: str
    found: bool
    evidence: int = 0
    facts_removed: int = 0
    entities_removed: int = 0


@dataclass
class _Retracted:
    """What an old version of an article pointed at, to be cleaned up once it is gone."""

    found: bool = False
    facts: set[FactKey] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    evidence: int = 0


class GraphWriter:
    """Writes and retracts articles. The driver is passed in and stays owned by the caller.

    Writes are managed transactions: the driver retries them on transient errors (a deadlock, a lock
    timeout, a lost connection, a cluster leader that moved), which is safe because each is idempotent.
    Their bookmarks go to ``bookmark_manager`` (by default the driver's own, which its
    ``execute_query`` reads use too), so a read after a write sees it on any cluster member.

    Args:
        driver: an open neo4j driver.
        database: the Neo4j database to write to.
        bookmark_manager: where committed writes' bookmarks go (kg.graphstore.bookmarks).
    """

    def __init__(
        self,
        driver: neo4j.Driver,
        database: str = "neo4j",
        bookmark_manager: neo4j.BookmarkManager | None = None,
    ) -> None:
        self._driver = driver
        self._database = database
        self._bookmarks = bookmark_manager or driver.execute_query_bookmark_manager

    def ensure_constraint(self) -> None:
        """Create the uniqueness constraint on (:Resource {uri}) if absent (MERGE relies on it)."""
        with translated("creating the uniqueness constraint"):
            self._driver.execute_query(*q.uniqueness_constraint_query(), database_=self._database)

    def ingest(self, extraction: ArticleExtraction) -> WriteResult:
        """Write one extracted article (its RDF as kg.rdf builds it) in a transaction of its own."""
        return self.ingest_many([extraction])[0]

    def write_graph(self, graph: Graph, article_iri: URIRef) -> WriteResult:
        """Write one article's named graph: unchanged hash -> nothing; changed -> replaced atomically."""
        return self.write_graphs([(graph, article_iri)])[0]

    def ingest_many(self, extractions: Sequence[ArticleExtraction]) -> list[WriteResult]:
        """Write several extracted articles; see ``write_graphs``."""
        return self.write_rows([extraction_rows(e) for e in extractions])

    def write_graphs(self, graphs: Sequence[tuple[Graph, URIRef]]) -> list[WriteResult]:
        """Write articles' named graphs, results in order; see ``write_rows``.

        Raises:
            InvalidInputError: an article's RDF cannot be stored losslessly (nothing is written).
            StoreError: Neo4j refused the transaction (none of its articles is written).
        """
        return self.write_rows([article_rows(graph, iri) for graph, iri in graphs])

    def write_rows(self, articles: Sequence[ArticleRows], replace: bool = False) -> list[WriteResult]:
        """Write articles already mapped to rows, results in order. Distinct articles share a transaction
        (each is wholly in it, so wholly committed or not at all); a repeated IRI starts a new one.
        ``replace`` rewrites articles whose stored content hash is the same (re-extraction).

        Raises:
            StoreError: Neo4j refused the transaction (none of its articles is written).
        """
        batches: list[list[ArticleRows]] = [[]]
        for rows in articles:
            if any(r.uri == rows.uri for r in batches[-1]):
                batches.append([])
            batches[-1].append(rows)
        return [
            res
            for batch in batches
            if batch
            for res in self._in_transaction(_write_articles, (batch, replace))
        ]

    def delete_article(self, article_iri: str) -> DeleteResult:
        """Retract an article: its evidence, facts left without support, entities left with nothing."""
        return self._in_transaction(_delete_article, str(article_iri))

    def stored_hashes(self, article_iris: Iterable[str]) -> dict[str, str]:
        """Content hash of each given article already in the graph (absent ones are left out)."""
        with translated("reading stored content hashes"):
            records, _, _ = self._driver.execute_query(
                *q.content_hashes_query([str(i) for i in article_iris]),
                database_=self._database,
                routing_=neo4j.RoutingControl.READ,
            )
        return {r["uri"]: r["hash"] for r in records}

    def _in_transaction(self, work: Callable[[neo4j.ManagedTransaction, Any], T], arg: Any) -> T:
        session = self._driver.session(database=self._database, bookmark_manager=self._bookmarks)
        with translated("writing"), session:
            return session.execute_write(work, arg)


def extraction_rows(extraction: ArticleExtraction) -> ArticleRows:
    """An extracted article as the rows the writer sends (its RDF as kg.rdf builds it, mapped).

    Raises:
        InvalidInputError: the article's RDF cannot be stored losslessly.
    """
    return article_rows(add_article(new_dataset(), extraction), extraction.article.iri)


def _run(tx: neo4j.ManagedTransaction, query: q.Query) -> list[neo4j.Record]:
    return list(tx.run(*query))


def _write_articles(tx: neo4j.ManagedTransaction, work: tuple[list[ArticleRows], bool]) -> list[WriteResult]:
    """Check, retract, write and refresh a batch of distinct articles: three round trips in all."""
    batch, replace = work
    checks = [{"uri": r.uri, "hash": r.article["contentHash"]} for r in batch]
    stored = {rec["uri"]: rec for rec in _run(tx, q.check_and_retract_query(checks, replace))}
    todo = [r for r in batch if not (r.uri in stored and stored[r.uri]["unchanged"])]
    old = [_retracted(stored[r.uri]) for r in todo if r.uri in stored]
    if todo:
        _run(tx, wq.write_batch_query(todo))
        old_entities = {u for o in old for u in o.entities}
        named = {m["uri"] for r in todo for m in r.mentions} | {u for r in todo for u in r.resources}
        refresh = wq.refresh_batch_query(
            sorted({f for o in old for f in o.facts}),
            sorted(old_entities),
            wq.mention_rows(todo, skip=old_entities),
            sorted(old_entities - named),
        )
        _run(tx, refresh)
    return [_result(r, stored.get(r.uri)) for r in batch]


def _facts(rows: ArticleRows) -> set[FactKey]:
    return {(rel, f["s"], f["o"], f["predicate"]) for rel, fs in rows.facts.items() for f in fs}


def _result(rows: ArticleRows, stored: neo4j.Record | None) -> WriteResult:
    if stored is not None and stored["unchanged"]:
        return WriteResult(rows.uri, "unchanged")
    status: WriteStatus = "new" if stored is None else "replaced"
    entities = len({m["uri"] for m in rows.mentions})
    return WriteResult(rows.uri, status, entities, len(_facts(rows)), len(rows.evidence))


def _delete_article(tx: neo4j.ManagedTransaction, uri: str) -> DeleteResult:
    old = _retract(tx, uri)
    if not old.found:
        return DeleteResult(uri, found=False)
    facts_removed = _refresh_support(tx, old.facts)
    _refresh_entities(tx, old.entities)
    entities_removed = _delete_orphans(tx, old.entities)
    return DeleteResult(uri, True, old.evidence, facts_removed, entities_removed)


def _retract(tx: neo4j.ManagedTransaction, uri: str) -> _Retracted:
    records = _run(tx, q.retract_article_query(uri))
    return _retracted(records[0]) if records else _Retracted()


def _retracted(record: neo4j.Record) -> _Retracted:
    """What a retracted article's mentions and evidence pointed at."""
    retracted = _Retracted(found=True)
    retracted.entities.update(u for u in record["mentioned"] if u is not None)
    for ev in record["evidence"]:
        retracted.evidence += 1
        retracted.facts.add(evidence_fact_key(ev["predicate"], bool(ev["open"]), ev["s"], ev["o"]))
        retracted.entities.update(u for u in (ev["s"], ev["o"], ev["r"]) if u is not None)
    return retracted


def _refresh_support(tx: neo4j.ManagedTransaction, facts: set[FactKey]) -> int:
    removed = 0
    for rel, predicate in sorted({(f[0], f[3]) for f in facts}):
        rows = [{"s": s, "o": o} for r, s, o, p in sorted(facts) if (r, p) == (rel, predicate)]
        removed += sum(r["removed"] for r in _run(tx, q.refresh_support_query(rel, predicate, rows)))
    return removed


def _refresh_entities(tx: neo4j.ManagedTransaction, uris: set[str]) -> None:
    if uris:
        _run(tx, q.refresh_entities_query(sorted(uris)))


def _delete_orphans(tx: neo4j.ManagedTransaction, uris: set[str] | Sequence[str]) -> int:
    if not uris:
        return 0
    return sum(r["removed"] for r in _run(tx, q.delete_orphans_query(sorted(uris))))
