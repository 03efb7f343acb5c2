"""The SPARQL store: a persistent pyoxigraph (RocksDB) dataset, one named graph per article.

Queries see the default graph as the union of the named graphs, so a plain ``?s ?p ?o`` spans every
article and ``GRAPH ?g`` names the article that says it. The union is kept materialised, deduplicated, in
the store's own default graph (an RDF merge, as SPARQL means it) rather than computed per query with
pyoxigraph's ``use_default_graph_as_union``: that yields a triple once per article saying it, and joins over
popular entities then multiply (a two-hop query on the BBC graph ran past 10 minutes instead of 0.1 s).
The store is written only through this class (replace/delete one article, bulk load, clear); SPARQL
Update from users is never executed.

This class runs in-process and cannot stop a runaway query; ``kg.sparqlstore.engine.SparqlEngine`` runs
it in a child process that it can kill, and that is what the API and CLI use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final, TypeVar

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import StoreError
from kg.sparqlstore.errors import (
    ResultTooLargeError,
    SparqlStoreLockedError,
    SparqlSyntaxError,
    UnknownGraphError,
    UpdateRefusedError,
)
from kg.sparqlstore.formats import (
    GRAPH_TYPES,
    RDF_FORMATS,
    RESULTS_TYPES,
    negotiate,
    write_boolean,
    write_solutions,
)
from kg.sparqlstore.lexer import first_keyword_after_prologue, keywords
from kg.vocab import KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD

#: Declared for every query (a query may redeclare them) and used when writing Turtle/TriG.
PREFIXES: Final = {
    "kg": str(KG),
    "schema": str(SCHEMA),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "prov": str(PROV),
    "owl": str(OWL),
    "wd": str(WD),
    "xsd": str(XSD),
}

_UPDATE_VERBS: Final = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)

_FINGERPRINT_QUERY: Final = f"""
SELECT ?article ?hash WHERE {{ GRAPH ?article {{ ?article a <{KG.Article}> ; <{KG.contentHash}> ?hash }} }}
"""


#: A result row (a list of pyoxigraph terms, None where unbound) or a triple: iterating either gives terms.
_Item = TypeVar("_Item", bound=Iterable[Any])


_COUNT_QUERY: Final = (
    "SELECT (COUNT(*) AS ?quads) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }"
)


def _retract_update(name: str) -> str:
    """Drop an article graph, and from the merged default graph the triples no other article has."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {name}) }} }} ;\n"
        f"DROP SILENT GRAPH {name}"
    )


@dataclass(frozen=True, slots=True)
class QueryAnswer:
    """A query's result, already written in the negotiated media type."""

    media_type: str
    body: bytes
    count: int  # rows, triples, or 1 for ASK


class SparqlStore:
    """A pyoxigraph store on disk (or in memory when ``path`` is None).

    Raises:
        SparqlStoreLockedError: another process has the store open (RocksDB allows one writer).
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        try:
            self._store = ox.Store(str(path) if path is not None else None)
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise SparqlStoreLockedError(
                    f"the SPARQL store at {path} is open in another process (a running `kg serve`?): {exc}"
                ) from exc
            raise StoreError(f"cannot open the SPARQL store at {path}: {exc}") from exc

    # --- writes -------------------------------------------------------------------------------

    def replace_article(self, iri: str, graph: Graph) -> None:
        """Make the article's named graph exactly ``graph`` (atomically: readers see old or new)."""
        self.replace_article_ntriples(iri, graph.serialize(format="nt"))

    def replace_article_ntriples(self, iri: str, ntriples: str) -> None:
        # One update, so one transaction: readers see the old article or the new, never a mix.
        name = _graph_name(iri)
        self._store.update(
            f"{_retract_update(name)} ;\n"
            f"INSERT DATA {{ GRAPH {name} {{\n{ntriples}\n}} }} ;\nINSERT DATA {{\n{ntriples}\n}}"
        )

    def delete_article(self, iri: str) -> bool:
        """Remove the article's named graph (and its triples no other article has); False when absent."""
        name = ox.NamedNode(iri)
        present = bool(self._store.contains_named_graph(name))
        if present:
            self._store.update(_retract_update(str(name)))
        return present

    def load_articles(self, articles: Iterable[tuple[str, str]]) -> int:
        """Bulk-load (article IRI, N-Triples) pairs, for rebuilds; returns the number of quads loaded.

        Bulk loading writes straight to new files, bypassing transactions: meant for an empty store.
        """
        quads: list[ox.Quad] = []
        default = ox.DefaultGraph()
        for iri, ntriples in articles:
            graph = ox.NamedNode(iri)
            for t in ox.parse(ntriples, ox.RdfFormat.N_TRIPLES):
                quads.append(ox.Quad(t.subject, t.predicate, t.object, graph))
                quads.append(ox.Quad(t.subject, t.predicate, t.object, default))  # a set: no duplicates
        self._store.bulk_extend(quads)
        return len(quads) // 2

    def clear(self) -> None:
        self._store.clear()

    def optimize(self) -> None:
        self._store.optimize()

    # --- reads --------------------------------------------------------------------------------

    def fingerprints(self) -> dict[str, str]:
        """Article IRI → content hash, for every article graph in the store (staleness checks)."""
        return {row["article"].value: row["hash"].value for row in self._query_solutions(_FINGERPRINT_QUERY)}

    def counts(self) -> tuple[int, int]:
        """(quads in the article graphs, article graphs) in the store."""
        rows = list(self._query_solutions(_COUNT_QUERY))
        return int(rows[0]["quads"].value), int(rows[0]["graphs"].value)

    def has_article(self, iri: str) -> bool:
        return bool(self._store.contains_named_graph(ox.NamedNode(iri)))

    def answer(
        self,
        query: str,
        *,
        accept: str | None = None,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        max_results: int = 10_000,
        max_bytes: int = 20_000_000,
    ) -> QueryAnswer:
        """Evaluate a SPARQL query and write its result in the media type ``accept`` prefers.

        Raises:
            UpdateRefusedError: the text is a SPARQL Update, or asks for a SERVICE.
            SparqlSyntaxError: the query does not parse; the parser's message is kept.
            NotAcceptableError: no offered type matches ``accept``.
            ResultTooLargeError: more than ``max_results`` rows or triples, or ``max_bytes`` bytes.
        """
        check_query_text(query)
        result = self._evaluate(query, default_graphs, named_graphs)
        cap = _Cap(max_results, max_bytes)
        if isinstance(result, ox.QueryBoolean):
            media_type = negotiate(accept, RESULTS_TYPES)
            return QueryAnswer(media_type, write_boolean(bool(result), media_type), 1)
        if isinstance(result, ox.QuerySolutions):
            media_type = negotiate(accept, RESULTS_TYPES)
            variables = [v.value for v in result.variables]
            rows = cap.take(([solution[v] for v in variables] for solution in result), "rows")
            return QueryAnswer(media_type, cap.body(write_solutions(variables, rows, media_type)), len(rows))
        media_type = negotiate(accept, GRAPH_TYPES)
        triples = cap.take(result, "triples")
        body = ox.serialize(triples, format=RDF_FORMATS[media_type], prefixes=PREFIXES)
        return QueryAnswer(media_type, cap.body(body or b""), len(triples))

    def dump(self, output: IO[bytes], media_type: str, graph: str | None = None) -> None:
        """Write the whole dataset, or one article's graph, in an RDF media type.

        Triple formats without a graph get the union of all article graphs, duplicates removed.

        Raises:
            UnknownGraphError: ``graph`` names no article graph in the store.
            SparqlSyntaxError: ``graph`` is not an IRI.
        """
        fmt = RDF_FORMATS[media_type]
        if graph is not None:
            name = _named_node(graph, "graph")
            if not self._store.contains_named_graph(name):
                raise UnknownGraphError(f"no article graph named <{graph}> in the SPARQL store")
            self._store.dump(output, fmt, from_graph=name, prefixes=PREFIXES)
        elif fmt.supports_datasets:
            # The article graphs only: the default graph is their merge, which a reader rebuilds.
            quads = (q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph))
            ox.serialize(quads, output, fmt, prefixes=PREFIXES)
        else:
            self._store.dump(output, fmt, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)

    # --- helpers ------------------------------------------------------------------------------

    def _evaluate(
        self, query: str, default_graphs: Sequence[str], named_graphs: Sequence[str]
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        # Without default-graph-uri the store's default graph is used: the merge of the article graphs.
        options: dict[str, object] = {"prefixes": PREFIXES}
        if default_graphs:
            options["default_graph"] = [_named_node(g, "default-graph-uri") for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [_named_node(g, "named-graph-uri") for g in named_graphs]
        try:
            return self._store.query(query, **options)  # type: ignore[arg-type]
        except SyntaxError as exc:
            raise SparqlSyntaxError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"the SPARQL store failed to evaluate the query: {exc}") from exc

    def _query_solutions(self, query: str) -> ox.QuerySolutions:
        result = self._store.query(query)
        assert isinstance(result, ox.QuerySolutions)
        return result


def check_query_text(query: str) -> None:
    """Refuse what the read-only endpoint never runs: updates, and SERVICE (it would fetch over HTTP).

    Raises:
        UpdateRefusedError: the text is an update or asks for a remote SERVICE.
        SparqlSyntaxError: the text is empty.
    """
    if not query.strip():
        raise SparqlSyntaxError("SPARQL syntax error: the query is empty")
    verb = first_keyword_after_prologue(query)
    if verb in _UPDATE_VERBS:
        raise UpdateRefusedError(
            f"this SPARQL endpoint is read-only: {verb} (SPARQL Update) is refused; "
            "the graph changes only through kg ingest/delete"
        )
    if "SERVICE" in keywords(query):
        raise UpdateRefusedError("SERVICE (federated query) is refused: this endpoint fetches no remote data")


class _Cap:
    """The result caps: rows (or triples), and bytes, counted while reading so a huge term stops early."""

    def __init__(self, max_items: int, max_bytes: int) -> None:
        self.max_items = max_items
        self.max_bytes = max_bytes

    def take(self, items: Iterable[_Item], what: str) -> list[_Item]:
        """The items (rows as lists of terms, or triples), refused past either cap."""
        taken: list[_Item] = []
        size = 0
        for item in items:
            if len(taken) == self.max_items:
                raise ResultTooLargeError(
                    f"the result has more than {self.max_items} {what} (KG_SPARQL_MAX_RESULTS); add a LIMIT, "
                    "or page with LIMIT/OFFSET"
                )
            size += sum(len(term.value) for term in item if term is not None)
            if size > self.max_bytes:
                raise self._too_big()
            taken.append(item)
        return taken

    def body(self, body: bytes) -> bytes:
        if len(body) > self.max_bytes:
            raise self._too_big()
        return body

    def _too_big(self) -> ResultTooLargeError:
        return ResultTooLargeError(
            f"the result is larger than {self.max_bytes:,} bytes (KG_SPARQL_MAX_RESULT_BYTES); select fewer "
            "or shorter values, or page with LIMIT/OFFSET"
        )


def _graph_name(iri: str) -> str:
    return str(_named_node(iri, "article IRI"))


def _named_node(iri: str, what: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise SparqlSyntaxError(f"{what} {iri!r} is not a valid IRI: {exc}") from exc
