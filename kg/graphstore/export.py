"""Reading the graph back out of Neo4j as the very RDF that kg.rdf produced, in constant memory.

Articles are read in pages (keyset paging on their IRIs) and each is turned back into its own named
graph and serialised at once, so memory holds one page, never the dataset. Public functions:

- ``export_article(driver, iri)``: one article's named graph (None when absent);
- ``iter_article_graphs(driver)``: every article as ``(iri, Graph)``, streamed;
- ``write_export(driver, out, fmt)``: a whole-dataset (or one-article) dump to a binary stream.

Quad formats (nquads, trig, jsonld) keep one named graph per article; triple formats (turtle,
ntriples) give the default graph as the union of the articles' graphs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol

import neo4j
from rdflib import Dataset, Graph, URIRef

from kg.errors import InvalidInputError, StoreError, StoreUnavailableError
from kg.graphstore import queries as q
from kg.graphstore.mapping import add_article_node, add_evidence, add_mention
from kg.rdf import bind_prefixes

__all__ = ["FORMATS", "ByteSink", "ExportStats", "export_article", "iter_article_graphs", "write_export"]

#: Export format -> (rdflib serializer name, keeps named graphs).
FORMATS: Final = {
    "nquads": ("nquads", True),
    "trig": ("trig", True),
    "jsonld": ("json-ld", True),
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
}
DEFAULT_PAGE_SIZE: Final = 50


class ByteSink(Protocol):
    """Where an export goes: anything with ``write(bytes)`` (a file opened "wb", sys.stdout.buffer, ...)."""

    def write(self, data: bytes, /) -> int: ...


@dataclass(frozen=True, slots=True)
class ExportStats:
    articles: int
    triples: int


def export_article(driver: neo4j.Driver, article_iri: str, database: str = "neo4j") -> Graph | None:
    """The named graph of one article, rebuilt from Neo4j; None when the article is not stored."""
    graphs = list(_graphs(driver, [str(article_iri)], database))
    return graphs[0][1] if graphs else None


def iter_article_graphs(
    driver: neo4j.Driver, database: str = "neo4j", page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[tuple[URIRef, Graph]]:
    """Every stored article as (IRI, named graph), in IRI order, reading ``page_size`` at a time."""
    after = ""
    while True:
        uris = [r["uri"] for r in _read(driver, q.article_page_query(after, page_size), database)]
        if not uris:
            return
        yield from _graphs(driver, uris, database)
        after = uris[-1]


def write_export(
    driver: neo4j.Driver,
    out: ByteSink,
    fmt: str = "nquads",
    article: str | None = None,
    database: str = "neo4j",
    page_size: int = DEFAULT_PAGE_SIZE,
) -> ExportStats:
    """Serialise the dataset (or one article) to ``out``, article by article.

    Raises:
        InvalidInputError: unknown format, or ``article`` is not in the graph.
    """
    if fmt not in FORMATS:
        raise InvalidInputError(f"export format {fmt!r} is unknown; choose one of {', '.join(FORMATS)}")
    if article is not None:
        graph = export_article(driver, article, database)
        if graph is None:
            raise InvalidInputError(f"article {article} is not in the graph")
        graphs: Iterable[tuple[URIRef, Graph]] = [(URIRef(article), graph)]
    else:
        graphs = iter_article_graphs(driver, database, page_size)
    return _serialise(graphs, out, fmt)


def _serialise(graphs: Iterable[tuple[URIRef, Graph]], out: ByteSink, fmt: str) -> ExportStats:
    serializer, quads = FORMATS[fmt]
    articles = triples = 0
    if fmt == "jsonld":
        out.write(b"[")
    for iri, graph in graphs:
        if fmt == "jsonld":
            out.write(_jsonld_chunk(iri, graph, first=articles == 0))
        elif quads:
            out.write(_as_dataset(iri, graph).serialize(format=serializer, encoding="utf-8"))
        else:
            out.write(graph.serialize(format=serializer, encoding="utf-8"))
        articles += 1
        triples += len(graph)
    if fmt == "jsonld":
        out.write(b"]\n")
    return ExportStats(articles, triples)


def _as_dataset(iri: URIRef, graph: Graph) -> Dataset:
    dataset = Dataset()
    bind_prefixes(dataset)
    named = dataset.graph(iri)
    for triple in graph:
        named.add(triple)
    return dataset


def _jsonld_chunk(iri: URIRef, graph: Graph, first: bool) -> bytes:
    # rdflib writes a dataset as a JSON array of graph objects; the export is one array, so each
    # article's objects are spliced in without their brackets.
    items = json.loads(_as_dataset(iri, graph).serialize(format="json-ld"))
    body = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)
    return (("" if first else ",\n") + body).encode("utf-8")


def _graphs(driver: neo4j.Driver, uris: Sequence[str], database: str) -> Iterator[tuple[URIRef, Graph]]:
    for record in _read(driver, q.article_contents_query(uris), database):
        graph = Graph(identifier=URIRef(record["article"]["uri"]))
        bind_prefixes(graph)
        iri = add_article_node(graph, record["article"])
        for mention in record["mentions"]:
            add_mention(graph, mention["uri"], mention["labels"], mention["m"])
        for evidence in record["evidence"]:
            add_evidence(graph, iri, evidence)
        yield iri, graph


def _read(driver: neo4j.Driver, query: q.Query, database: str) -> list[Any]:
    try:
        records, _, _ = driver.execute_query(*query, database_=database, routing_=neo4j.RoutingControl.READ)
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, OSError) as exc:
        raise StoreUnavailableError(f"Neo4j became unreachable during an export: {exc}") from exc
    except neo4j.exceptions.Neo4jError as exc:
        raise StoreError(f"Neo4j refused an export read: {exc.code}: {exc.message}") from exc
    return list(records)
