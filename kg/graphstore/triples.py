"""Rows read from Neo4j back to an article's RDF triples (the inverse half of kg.graphstore.mapping).

The triples are built once, term maker agnostic: ``RdflibTerms`` gives rdflib terms (to fill a
Graph, for the formats rdflib writes), ``NTriplesTerms`` gives each term already written as
N-Triples / N-Quads text, byte for byte what rdflib's serialiser would write, so ``kg export`` can
stream those formats without building a Graph per article (most of an export's time went there).

Public: ``ArticleTriples(terms).record(row)``, all triples of one row of
``queries.article_contents_query``; ``add_record(graph, row)``, the same into an rdflib Graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, Final, Generic, Protocol, TypeVar

from rdflib import Graph, Literal, URIRef

from kg.graphstore.mapping import (
    ARTICLE_PROPERTIES,
    EVIDENCE_DATES,
    EVIDENCE_OFFSETS,
    EVIDENCE_STRINGS,
    class_of_label,
    evidence_states_fact,
    kg_term,
    literal_from_value,
    predicate_from,
)
from kg.model import GEONAMES
from kg.vocab import KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD

__all__ = ["ArticleTriples", "NTriplesTerms", "RdflibTerms", "Terms", "add_record"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
_EVIDENCE_LITERALS: Final = (*EVIDENCE_OFFSETS, *EVIDENCE_STRINGS, *EVIDENCE_DATES, "confidence")
_INTEGER: Final = f'"^^<{XSD.integer}>'
_DATE: Final = f'"^^<{XSD.date}>'
_DATETIME: Final = f'"^^<{XSD.dateTime}>'


class Terms(Protocol[T_co]):
    """Makes the terms of one kind (rdflib objects, or N-Triples text)."""

    def iri(self, value: str) -> T_co: ...

    def const(self, node: URIRef) -> T_co: ...

    def literal(self, value: Any, datatype: URIRef | None = None, lang: str | None = None) -> T_co: ...


class RdflibTerms:
    """rdflib terms."""

    def iri(self, value: str) -> URIRef:
        return URIRef(value)

    def const(self, node: URIRef) -> URIRef:
        return node

    def literal(self, value: Any, datatype: URIRef | None = None, lang: str | None = None) -> Literal:
        return literal_from_value(value, datatype, lang)


class NTriplesTerms:
    """Terms as N-Triples text, as rdflib's nt/nquads serialisers write them (IRIs as given, literals
    with \\\\, \\n, \\" and \\r escaped). Constants and non-string literals are cached: they repeat."""

    def __init__(self) -> None:
        self._consts: dict[URIRef, str] = {}
        self._others: dict[tuple[Any, URIRef | None, str | None], str] = {}

    def iri(self, value: str) -> str:
        return "<" + value + ">"

    def const(self, node: URIRef) -> str:
        text = self._consts.get(node)
        if text is None:
            text = self._consts[node] = "<" + str(node) + ">"
        return text

    def literal(self, value: Any, datatype: URIRef | None = None, lang: str | None = None) -> str:
        if type(value) is str:
            quoted = _quote(value)
            if lang:
                return quoted + "@" + lang
            return quoted if datatype is None else quoted + "^^<" + str(datatype) + ">"
        if type(value) is int:  # offsets: as literal_from_value writes them, without an rdflib Literal
            return '"' + str(value) + _INTEGER
        to_native = getattr(value, "to_native", None)
        if to_native is not None:  # a Neo4j date or datetime: each article has its own, so no cache
            native = to_native()
            kind = _DATETIME if isinstance(native, datetime) else _DATE
            return '"' + str(native.isoformat()) + kind
        key = (value, datatype, lang)
        text = self._others.get(key)
        if text is None:
            term = literal_from_value(value, datatype, lang)
            text = _quote(str(term)) + (f"@{term.language}" if term.language else f"^^<{term.datatype}>")
            self._others[key] = text
        return text


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return '"' + escaped + '"'


class ArticleTriples(Generic[T]):
    """Articles' triples from their rows, as ``terms`` makes them (``record``: one row's)."""

    def __init__(self, terms: Terms[T]) -> None:
        self.t = terms
        c = terms.const
        self.type, self.article, self.evidence = c(RDF.type), c(KG.Article), c(KG.Evidence)
        self.subject, self.predicate, self.object = c(RDF.subject), c(RDF.predicate), c(RDF.object)
        self.derived, self.reported = c(PROV.wasDerivedFrom), c(KG.reportedBy)
        self.label, self.alias, self.ticker = c(RDFS.label), c(SKOS.altLabel), c(SCHEMA.tickerSymbol)
        self.same, self.text = c(OWL.sameAs), c(KG.text)
        self.exact, self.country = c(SKOS.exactMatch), c(SCHEMA.addressCountry)
        self.coordinates = (("latitude", c(SCHEMA.latitude)), ("longitude", c(SCHEMA.longitude)))
        self.refines, self.related = c(RDFS.subPropertyOf), c(KG.relatedTo)
        self.literal_predicates = {name: c(kg_term(name)) for name in _EVIDENCE_LITERALS}
        self.predicates: dict[str, T] = {}  # fact predicates by local name

    def article_node(self, props: Mapping[str, Any]) -> Iterator[tuple[T, T, T]]:
        node = self.t.iri(props["uri"])
        yield node, self.type, self.article
        for name, (predicate, datatype) in ARTICLE_PROPERTIES.items():
            if props.get(name) is not None:
                yield node, self.t.const(predicate), self.t.literal(props[name], datatype)

    def mention(
        self, uri: str, labels: Iterable[str], mention: Mapping[str, Any]
    ) -> Iterator[tuple[T, T, T]]:
        """An entity's triples as one article gave them (type from labels, names from MENTIONS)."""
        node = self.t.iri(uri)
        classes = [c for c in map(class_of_label, labels) if c is not None]
        for cls in classes:
            yield node, self.type, self.t.const(cls)
        name = mention.get("name")
        if classes == [KG.Quote]:
            if name is not None:
                yield node, self.text, self.t.literal(name, lang=mention.get("lang"))
            return
        if name is not None:
            yield node, self.label, self.t.literal(name)
        for alias in mention.get("aliases") or ():
            yield node, self.alias, self.t.literal(alias)
        for ticker in mention.get("tickers") or ():
            yield node, self.ticker, self.t.literal(ticker)
        if mention.get("wikidata"):
            yield node, self.same, self.t.iri(str(WD) + mention["wikidata"])
        if mention.get("geonames") is not None:
            yield node, self.exact, self.t.iri(f"{GEONAMES}{mention['geonames']}/")
            yield node, self.country, self.t.literal(mention["country"])
            for name, term in self.coordinates:
                if mention.get(name) is not None:
                    yield node, term, self.t.literal(float(mention[name]))

    def evidence_record(self, article: T, row: Mapping[str, Any]) -> Iterator[tuple[T, T, T]]:
        """One evidence record and the fact it supports. ``row``: uri, s, o, reportedBy, props."""
        node, s, o = self.t.iri(row["uri"]), self.t.iri(row["s"]), self.t.iri(row["o"])
        props = row["props"]
        is_open = bool(props.get("open"))
        predicate = self.predicates.get(props["predicate"])
        if predicate is None:
            iri = predicate_from(props["predicate"], is_open)
            predicate = self.predicates[props["predicate"]] = self.t.const(iri)
        if evidence_states_fact(props):  # a claim (negated, hedged, ...) is its evidence alone
            yield s, predicate, o
        if is_open:  # an open relation declares itself where it is used (as mapping.open_declaration)
            yield predicate, self.refines, self.related
            yield predicate, self.label, self.t.literal(props["predicate"].replace("-", " "))
        yield node, self.type, self.evidence
        yield node, self.subject, s
        yield node, self.predicate, predicate
        yield node, self.object, o
        yield node, self.derived, article
        for name, term in self.literal_predicates.items():
            value = props.get(name)
            if value is not None:
                yield node, term, self.t.literal(value)
        if row.get("reportedBy"):
            yield node, self.reported, self.t.iri(row["reportedBy"])

    def record(self, record: Mapping[str, Any]) -> Iterator[tuple[T, T, T]]:
        """Every triple of one row of ``queries.article_contents_query`` (repeats possible: a fact
        stated twice in an article has two evidence records)."""
        yield from self.article_node(record["article"])
        for mention in record["mentions"]:
            yield from self.mention(mention["uri"], mention["labels"], mention["m"])
        article = self.t.iri(record["article"]["uri"])
        for evidence in record["evidence"]:
            yield from self.evidence_record(article, evidence)


_RDFLIB: Final = ArticleTriples(RdflibTerms())


def add_record(graph: Graph, record: Mapping[str, Any]) -> URIRef:
    """Add one article row's triples to ``graph``; returns the article IRI."""
    for triple in _RDFLIB.record(record):
        graph.add(triple)
    return URIRef(record["article"]["uri"])
