"""Writing articles into Neo4j: one article per managed write transaction, idempotent by content hash.

An article's named graph (kg.rdf) is mapped to rows (kg.graphstore.mapping) and sent as a handful of
``UNWIND $rows`` statements grouped by label and relationship type, all inside one transaction
function that the driver retries on transient errors. So an article is either wholly in the graph
or not at all, and a rerun after a crash simply writes what was not committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import neo4j
from rdflib import Graph, URIRef

from kg.errors import StoreError, StoreUnavailableError
from kg.graphstore import queries as q
from kg.graphstore.mapping import PREDICATE_OF_TYPE, ArticleRows, article_rows, kg_term, relationship_type
from kg.model import ArticleExtraction
from kg.rdf import add_article, new_dataset

__all__ = ["DeleteResult", "GraphWriter", "WriteResult", "WriteStatus"]

WriteStatus = Literal["new", "unchanged", "replaced"]
T = TypeVar("T")
FactKey = tuple[str, str, str]  # (relationship type, subject IRI, object IRI)


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

    Args:
        driver: an open neo4j driver.
        database: the Neo4j database to write to.
    """

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j") -> None:
        self._driver = driver
        self._database = database

    def ensure_constraint(self) -> None:
        """Create the uniqueness constraint on (:Resource {uri}) if absent (MERGE relies on it)."""
        with _translated():
            self._driver.execute_query(*q.uniqueness_constraint_query(), database_=self._database)

    def ingest(self, extraction: ArticleExtraction) -> WriteResult:
        """Write one extracted article (its RDF as kg.rdf builds it)."""
        graph = add_article(new_dataset(), extraction)
        return self.write_graph(graph, extraction.article.iri)

    def write_graph(self, graph: Graph, article_iri: URIRef) -> WriteResult:
        """Write one article's named graph: unchanged hash -> nothing; changed -> replaced atomically."""
        rows = article_rows(graph, article_iri)
        return self._in_transaction(_write_article, rows)

    def delete_article(self, article_iri: str) -> DeleteResult:
        """Retract an article: its evidence, facts left without support, entities left with nothing."""
        return self._in_transaction(_delete_article, str(article_iri))

    def stored_hashes(self, article_iris: Iterable[str]) -> dict[str, str]:
        """Content hash of each given article already in the graph (absent ones are left out)."""
        with _translated():
            records, _, _ = self._driver.execute_query(
                *q.content_hashes_query([str(i) for i in article_iris]),
                database_=self._database,
                routing_=neo4j.RoutingControl.READ,
            )
        return {r["uri"]: r["hash"] for r in records}

    def _in_transaction(self, work: Callable[[neo4j.ManagedTransaction, Any], T], arg: Any) -> T:
        with _translated(), self._driver.session(database=self._database) as session:
            return session.execute_write(work, arg)


@contextmanager
def _translated() -> Any:
    """Driver exceptions become the project's error tree."""
    try:
        yield
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, OSError) as exc:
        raise StoreUnavailableError(f"Neo4j became unreachable during a write: {exc}") from exc
    except neo4j.exceptions.Neo4jError as exc:
        raise StoreError(f"Neo4j refused the write: {exc.code}: {exc.message}") from exc
    except neo4j.exceptions.DriverError as exc:
        raise StoreError(f"the Neo4j driver failed: {exc}") from exc


def _run(tx: neo4j.ManagedTransaction, query: q.Query) -> list[neo4j.Record]:
    return list(tx.run(*query))


def _write_article(tx: neo4j.ManagedTransaction, rows: ArticleRows) -> WriteResult:
    stored = _run(tx, q.check_and_retract_query(rows.uri, rows.article["contentHash"]))
    if stored and stored[0]["unchanged"]:
        return WriteResult(rows.uri, "unchanged")
    old = _retracted(stored[0]) if stored else _Retracted()
    new_facts = {(rel, f["s"], f["o"]) for rel, fs in rows.facts.items() for f in fs}
    mentioned = {m["uri"] for m in rows.mentions}
    _run(tx, q.write_article_query(
        rows.article, rows.entities, rows.quotes, rows.resources, rows.mentions, rows.evidence, rows.facts,
        support=_by_type(new_facts | old.facts), refresh=sorted(mentioned | old.entities),
        orphans=sorted(old.entities - mentioned - set(rows.resources)),
    ))  # fmt: skip
    status: WriteStatus = "replaced" if stored else "new"
    return WriteResult(rows.uri, status, len(mentioned), len(new_facts), len(rows.evidence))


def _by_type(facts: set[FactKey]) -> dict[str, list[dict[str, str]]]:
    grouped: dict[str, list[dict[str, str]]] = {}
    for rel, s, o in sorted(facts):
        grouped.setdefault(rel, []).append({"s": s, "o": o})
    return grouped


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
        retracted.facts.add((relationship_type(kg_term(ev["predicate"])), ev["s"], ev["o"]))
        retracted.entities.update(u for u in (ev["s"], ev["o"], ev["r"]) if u is not None)
    return retracted


def _refresh_support(tx: neo4j.ManagedTransaction, facts: set[FactKey]) -> int:
    removed = 0
    for rel in sorted({f[0] for f in facts} & PREDICATE_OF_TYPE.keys()):
        rows = [{"s": s, "o": o} for r, s, o in sorted(facts) if r == rel]
        removed += sum(r["removed"] for r in _run(tx, q.refresh_support_query(rel, rows)))
    return removed


def _refresh_entities(tx: neo4j.ManagedTransaction, uris: set[str]) -> None:
    if uris:
        _run(tx, q.refresh_entities_query(sorted(uris)))


def _delete_orphans(tx: neo4j.ManagedTransaction, uris: set[str] | Sequence[str]) -> int:
    if not uris:
        return 0
    return sum(r["removed"] for r in _run(tx, q.delete_orphans_query(sorted(uris))))
