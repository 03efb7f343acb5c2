"""Reading an RDF export back into Neo4j through the one writer (`kg load`): an export is a backup.

``kg export`` in a quad format (nquads, trig, jsonld) writes one named graph per article; each is
written back as that article by ``GraphWriter.write_graphs``, exactly as an ingest writes it, so an
export restores into any Neo4j (Aura included) and loading it twice changes nothing (same content
hashes). Quads are read as a stream (pyoxigraph's parser; JSON-LD is read whole) and written a batch
of articles at a time, so memory holds one batch. An article's quads are contiguous in what ``kg
export`` writes; a file where an article comes back after another is refused, not half-loaded.

A triple format (turtle, ntriples) holds the union of the articles' graphs: which article gave an
entity which name cannot be told apart again, so only a one-article file (``kg export --article``)
is loaded from one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Final

import neo4j
import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from kg.errors import InvalidInputError
from kg.graphstore.writer import GraphWriter, WriteResult
from kg.rdf import bind_prefixes
from kg.rdfterms import from_oxigraph
from kg.vocab import KG, RDF

#: ``kg export``'s format names -> the parser's formats; the first three keep one graph per article.
FORMATS: Final = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}
QUAD_FORMATS: Final = ("nquads", "trig", "jsonld")
SUFFIXES: Final = {
    ".nq": "nquads",
    ".nquads": "nquads",
    ".trig": "trig",
    ".jsonld": "jsonld",
    ".json": "jsonld",
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "ntriples",
}
DEFAULT_BATCH: Final = 50


@dataclass
class LoadStats:
    """What a load did: articles read, and how the writer took them."""

    articles: int = 0
    triples: int = 0
    statuses: dict[str, int] = field(default_factory=dict)

    def add(self, graph: Graph, result: WriteResult) -> None:
        self.articles += 1
        self.triples += len(graph)
        self.statuses[result.status] = self.statuses.get(result.status, 0) + 1


def format_of(path: Path, fmt: str | None = None) -> str:
    """The export format named, or the one the file's suffix says.

    Raises:
        InvalidInputError: an unknown format, or a suffix that names none.
    """
    if fmt is not None:
        if fmt not in FORMATS:
            raise InvalidInputError(f"format {fmt!r} is unknown; choose one of {', '.join(FORMATS)}")
        return fmt
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        known = ", ".join(sorted(SUFFIXES))
        raise InvalidInputError(f"{path}: cannot tell the format from {suffix!r} ({known}); pass --format")
    return SUFFIXES[suffix]


def load_export(
    driver: neo4j.Driver,
    path: Path,
    fmt: str | None = None,
    database: str = "neo4j",
    batch: int = DEFAULT_BATCH,
    progress: Callable[[int], object] | None = None,
) -> LoadStats:
    """Write every article of the export at ``path`` into Neo4j, ``batch`` articles per transaction.

    Raises:
        InvalidInputError: the file is unreadable, not the format, or not an export kg can restore
            (quads outside article graphs, an article split in two, a triple file of many articles);
            batches before the problem are written, and the message names the article or line.
        StoreError: Neo4j refused a write.
    """
    writer = GraphWriter(driver, database)
    stats = LoadStats()
    pending: list[tuple[Graph, URIRef]] = []
    for iri, graph in article_graphs(path, format_of(path, fmt)):
        pending.append((graph, iri))
        if len(pending) == batch:
            _write(writer, pending, stats, progress)
    if pending:
        _write(writer, pending, stats, progress)
    return stats


def _write(
    writer: GraphWriter,
    pending: list[tuple[Graph, URIRef]],
    stats: LoadStats,
    progress: Callable[[int], object] | None,
) -> None:
    for (graph, _), result in zip(pending, writer.write_graphs(pending), strict=True):
        stats.add(graph, result)
    if progress is not None:
        progress(len(pending))
    pending.clear()


def article_graphs(path: Path, fmt: str) -> Iterator[tuple[URIRef, Graph]]:
    """Each article's IRI and graph in the file, in file order."""
    try:
        with path.open("rb") as stream:
            if fmt in QUAD_FORMATS:
                yield from _grouped(_quads(stream, FORMATS[fmt], path))
            else:
                yield _only_article(_triples(stream, FORMATS[fmt], path), path)
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _quads(stream: IO[bytes], fmt: ox.RdfFormat, path: Path) -> Iterator[tuple[Node, ...]]:
    try:
        for quad in ox.parse(stream, fmt):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                raise InvalidInputError(
                    f"{path}: a triple outside any article's graph ({quad.subject} {quad.predicate} ...); "
                    "kg export puts every triple in its article's named graph"
                )
            terms = (quad.subject, quad.predicate, quad.object, quad.graph_name)
            yield tuple(from_oxigraph(term) for term in terms)
    except SyntaxError as exc:
        raise InvalidInputError(f"{path}: not valid {fmt.name}: {exc}") from exc


def _grouped(quads: Iterator[tuple[Node, ...]]) -> Iterator[tuple[URIRef, Graph]]:
    """Runs of quads in one graph, as (article IRI, graph); a graph that comes back is an error."""
    done: set[Node] = set()
    current: Graph | None = None
    for subject, predicate, obj, name in quads:
        if current is None or name != current.identifier:
            if current is not None:
                done.add(current.identifier)
                yield _article(current)
            if name in done:
                raise InvalidInputError(
                    f"the quads of article graph <{name}> are not together in the file; "
                    "load a file written by kg export (one article after the other)"
                )
            current = _new_graph(name)
        current.add((subject, predicate, obj))
    if current is not None:
        yield _article(current)


def _article(graph: Graph) -> tuple[URIRef, Graph]:
    iri = graph.identifier
    if not isinstance(iri, URIRef) or (iri, RDF.type, KG.Article) not in graph:
        raise InvalidInputError(f"graph <{iri}> is not an article's graph: it says no <{iri}> a kg:Article")
    return iri, graph


def _triples(stream: IO[bytes], fmt: ox.RdfFormat, path: Path) -> Graph:
    graph = Graph()
    try:
        for quad in ox.parse(stream, fmt):
            graph.add(tuple(from_oxigraph(t) for t in (quad.subject, quad.predicate, quad.object)))  # type: ignore[arg-type]
    except SyntaxError as exc:
        raise InvalidInputError(f"{path}: not valid {fmt.name}: {exc}") from exc
    return graph


def _only_article(graph: Graph, path: Path) -> tuple[URIRef, Graph]:
    articles = sorted(str(s) for s in graph.subjects(RDF.type, KG.Article))
    if len(articles) != 1:
        raise InvalidInputError(
            f"{path} holds {len(articles)} articles in one graph: a triple format merges the articles' "
            "graphs, which cannot be split back exactly; export with --format nquads, trig or jsonld "
            "(or one article with --article)"
        )
    named = _new_graph(URIRef(articles[0]))
    for triple in graph:
        named.add(triple)
    return _article(named)


def _new_graph(name: Node) -> Graph:
    graph = Graph(identifier=name)  # type: ignore[arg-type]
    bind_prefixes(graph)
    return graph
