"""Reading the graph back out of Neo4j as the very RDF that kg.rdf produced, in constant memory.

Articles are read in pages (keyset paging on their IRIs, one round trip a page, the next page read
on a thread while this one is written) and each is written at once, so memory holds a page or two,
never the dataset. N-Quads and N-Triples are written straight from the rows as text
(kg.graphstore.triples, byte for byte rdflib's terms); the other formats go through an rdflib
Graph per article. Public functions:

- ``export_article(driver, iri)``: one article's named graph (None when absent);
- ``iter_article_graphs(driver)``: every article as ``(iri, Graph)``, streamed;
- ``iter_article_ntriples(driver)``: every article as ``(iri, N-Triples text)``, streamed;
- ``write_export(driver, out, fmt)``: a whole-dataset (or one-article) dump to a binary stream.

Quad formats (nquads, trig, jsonld) keep one named graph per article; triple formats (turtle,
ntriples) give the default graph as the union of the articles' graphs.
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

import neo4j
from rdflib import Dataset, Graph, URIRef

from kg.errors import InvalidInputError, StoreError, StoreUnavailableError
from kg.graphstore import queries as q
from kg.graphstore.triples import ArticleTriples, NTriplesTerms, add_record
from kg.rdf import bind_prefixes

__all__ = [
    "FORMATS",
    "ByteSink",
    "ExportStats",
    "export_article",
    "iter_article_graphs",
    "iter_article_ntriples",
    "write_export",
]

#: Export format -> (rdflib serializer name, keeps named graphs).
FORMATS: Final = {
    "nquads": ("nquads", True),
    "trig": ("trig", True),
    "jsonld": ("json-ld", True),
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
}
#: Formats written line by line from the rows, without rdflib.
_LINE_FORMATS: Final = frozenset({"nquads", "ntriples"})
DEFAULT_PAGE_SIZE: Final = 200

Record = Mapping[str, Any]


class ByteSink(Protocol):
    """Where an export goes: anything with ``write(bytes)`` (a file opened "wb", sys.stdout.buffer, ...)."""

    def write(self, data: bytes, /) -> int: ...


@dataclass(frozen=True, slots=True)
class ExportStats:
    articles: int
    triples: int


def export_article(driver: neo4j.Driver, article_iri: str, database: str = "neo4j") -> Graph | None:
    """The named graph of one article, rebuilt from Neo4j; None when the article is not stored."""
    records = _read(driver, q.article_contents_query([str(article_iri)]), database)
    return _graph(records[0]) if records else None


def iter_article_graphs(
    driver: neo4j.Driver, database: str = "neo4j", page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[tuple[URIRef, Graph]]:
    """Every stored article as (IRI, named graph), in IRI order, reading ``page_size`` at a time."""
    for record in _records(driver, database, page_size):
        graph = _graph(record)
        yield URIRef(str(graph.identifier)), graph


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
    records: Iterable[Record]
    if article is not None:
        records = _read(driver, q.article_contents_query([article]), database)
        if not records:
            raise InvalidInputError(f"article {article} is not in the graph")
    else:
        records = _records(driver, database, page_size)
    if fmt in _LINE_FORMATS:
        return _write_lines(records, out, quads=fmt == "nquads")
    return _serialise(((URIRef(r["article"]["uri"]), _graph(r)) for r in records), out, fmt)


def iter_article_ntriples(
    driver: neo4j.Driver, database: str = "neo4j", page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[tuple[str, str]]:
    """Every stored article as (IRI, its named graph as N-Triples text), in IRI order, streamed:
    what a store that loads N-Triples needs (the SPARQL mirror's rebuild), without rdflib."""
    triples = ArticleTriples(NTriplesTerms())
    for record in _records(driver, database, page_size):
        yield record["article"]["uri"], "".join(_lines(triples, record, " .\n"))


def _lines(triples: ArticleTriples[str], record: Record, end: str) -> set[str]:
    # A set: a fact stated twice in an article is one triple of its graph, as in an rdflib Graph.
    return {f"{s} {p} {o}{end}" for s, p, o in triples.record(record)}


def _write_lines(records: Iterable[Record], out: ByteSink, quads: bool) -> ExportStats:
    """N-Quads (each article's triples in its named graph) or N-Triples, one article at a time."""
    triples = ArticleTriples(NTriplesTerms())
    articles = count = 0
    for record in records:
        lines = _lines(triples, record, " <" + record["article"]["uri"] + "> .\n" if quads else " .\n")
        out.write("".join(lines).encode("utf-8", "replace"))
        articles += 1
        count += len(lines)
    return ExportStats(articles, count)


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


def _graph(record: Record) -> Graph:
    graph = Graph(identifier=URIRef(record["article"]["uri"]))
    bind_prefixes(graph)
    add_record(graph, record)
    return graph


def _records(driver: neo4j.Driver, database: str, page_size: int) -> Iterator[Record]:
    """Every article's row, in IRI order; the next page is read while this one is consumed."""
    for page in _read_ahead(_pages(driver, database, page_size)):
        yield from page


def _pages(driver: neo4j.Driver, database: str, page_size: int) -> Iterator[list[Record]]:
    after = ""
    while page := _read(driver, q.article_contents_page_query(after, page_size), database):
        yield page
        after = page[-1]["article"]["uri"]


_END: Final = object()


def _read_ahead(pages: Iterator[list[Record]]) -> Iterator[list[Record]]:
    """``pages``, produced on a thread one page ahead of the consumer (at most two pages in memory).

    Neo4j finds the next page while this process writes the current one. An error reading is raised
    here, in order; a consumer that stops early stops the reading.
    """
    ready: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def produce() -> None:
        try:
            for page in pages:
                if stop.is_set():
                    return
                ready.put(page)
            ready.put(_END)
        except BaseException as exc:  # handed to the consumer, which raises it
            ready.put(exc)

    thread = threading.Thread(target=produce, name="kg-export-reader", daemon=True)
    thread.start()
    try:
        while (item := ready.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # unblock a producer waiting to put, then let it see ``stop``
            with contextlib.suppress(queue.Empty):
                ready.get(timeout=0.1)


def _read(driver: neo4j.Driver, query: q.Query, database: str) -> list[Any]:
    try:
        records, _, _ = driver.execute_query(*query, database_=database, routing_=neo4j.RoutingControl.READ)
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, OSError) as exc:
        raise StoreUnavailableError(f"Neo4j became unreachable during an export: {exc}") from exc
    except neo4j.exceptions.Neo4jError as exc:
        raise StoreError(f"Neo4j refused an export read: {exc.code}: {exc.message}") from exc
    return list(records)
