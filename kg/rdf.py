"""From extraction results to RDF: one named graph per article (docs/data-model.md).

Inside an article's graph:
- the article: ``a kg:Article`` with schema:headline / url / datePublished / publisher /
  inLanguage / articleBody and kg:contentHash;
- each entity: ``a <class>``, ``rdfs:label``, ``skos:altLabel`` per alias, ``schema:tickerSymbol`` per stock
  symbol of a company, ``owl:sameAs`` wd:Q..; a place
  resolved in GeoNames also ``skos:exactMatch`` its GeoNames IRI, ``schema:addressCountry`` and, for a city,
  ``schema:latitude`` / ``schema:longitude``;
- each fact as a plain triple ``<s> kg:<predicate> <o>``; an open relation's predicate is minted under
  https://kg.example.org/relation/ and declared there (``rdfs:subPropertyOf kg:relatedTo``, its phrase as
  ``rdfs:label``);
- each mention of a fact as a ``kg:Evidence`` (an ``rdf:Statement``: rdf:subject/predicate/object)
  with ``prov:wasDerivedFrom`` the article, sentence, offsets, extractor, confidence, reportedBy,
  polarity, modality and eventDate (the day the sentence dates it, when it does); a claim (negated,
  hedged, conditional, future) is its Evidence alone, without the plain triple (docs/claims.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from kg.iri import mint_evidence_iri, open_phrase
from kg.model import Article, ArticleExtraction, Entity, Fact, GeoPlace
from kg.vocab import KG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD, XSD

#: The prefixes kg's RDF is written with.
PREFIXES = {
    "kg": str(KG),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "prov": str(PROV),
    "owl": str(OWL),
    "wd": str(WD),
}


def bind_prefixes(graph: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)


def new_dataset() -> Dataset:
    """An empty dataset with kg's prefixes and rdflib's core ones (rdf, rdfs, owl, xsd, xml) bound.

    Not rdflib's default set of some thirty vocabularies: binding them cost about 1 ms a dataset, and the
    writer builds one per article; kg's RDF uses none of the others, and rdflib's writers declare only
    the prefixes a document uses, so what is written is the same."""
    dataset = Dataset()
    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="core")
    bind_prefixes(dataset)
    return dataset


def add_article(dataset: Dataset, extraction: ArticleExtraction) -> Graph:
    """Add one article's named graph (named by the article IRI) to the dataset and return it."""
    graph = dataset.graph(extraction.article.iri)
    _add_article_node(graph, extraction.article)
    for entity in extraction.entities:
        _add_entity(graph, entity, extraction.article.language)
    for fact in (*extraction.facts, *extraction.claims):
        _add_fact(graph, extraction.article.iri, fact)
    return graph


def to_dataset(extractions: Iterable[ArticleExtraction]) -> Dataset:
    dataset = new_dataset()
    for extraction in extractions:
        add_article(dataset, extraction)
    return dataset


def _add_article_node(graph: Graph, article: Article) -> None:
    node = article.iri
    graph.add((node, RDF.type, KG.Article))
    graph.add((node, KG.contentHash, Literal(article.content_hash)))
    graph.add((node, SCHEMA.articleBody, Literal(article.text)))
    if article.title:
        graph.add((node, SCHEMA.headline, Literal(article.title)))
    if article.url:
        graph.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.published is not None:
        kind = XSD.dateTime if isinstance(article.published, datetime) else XSD.date
        graph.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=kind)))
    if article.source:
        graph.add((node, SCHEMA.publisher, Literal(article.source)))
    if article.language:
        graph.add((node, SCHEMA.inLanguage, Literal(article.language)))


# The terms every entity and Evidence node repeats, read from the namespaces once: a namespace attribute is
# looked up (a DefinedNamespace's also checked) and its URIRef made anew at each read, some twenty a fact.
_TYPE, _EVIDENCE, _DERIVED_FROM = RDF.type, KG.Evidence, PROV.wasDerivedFrom
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = RDF.subject, RDF.predicate, RDF.object
_SENTENCE, _SENTENCE_START = KG.sentence, KG.sentenceStart
_SUBJECT_START, _SUBJECT_END, _CUE_START, _CUE_END = KG.subjectStart, KG.subjectEnd, KG.cueStart, KG.cueEnd
_OBJECT_START, _OBJECT_END = KG.objectStart, KG.objectEnd
_EXTRACTOR, _CONFIDENCE, _POLARITY, _MODALITY = KG.extractor, KG.confidence, KG.polarity, KG.modality
_EVENT_DATE, _REPORTED_BY, _RELATED_TO = KG.eventDate, KG.reportedBy, KG.relatedTo
_SUB_PROPERTY_OF, _LABEL, _DOUBLE, _DATE = RDFS.subPropertyOf, RDFS.label, XSD.double, XSD.date
_QUOTE, _TEXT, _ALT_LABEL, _SAME_AS = KG.Quote, KG.text, SKOS.altLabel, OWL.sameAs
_EXACT_MATCH, _COUNTRY = SKOS.exactMatch, SCHEMA.addressCountry
_LATITUDE, _LONGITUDE = SCHEMA.latitude, SCHEMA.longitude
_TICKER = SCHEMA.tickerSymbol


# Literals that recur across facts and articles (offsets, extractor names, polarity, modality, confidences,
# names, coordinates) are made once: rdflib works out a Literal's datatype and normal form at each
# construction. A Literal is immutable, so one object may sit in any number of triples; typed=True keeps
# 1 and 1.0 (and True) apart.
@lru_cache(maxsize=4096, typed=True)
def _literal(value: str | int) -> Literal:
    return Literal(value)


@lru_cache(maxsize=1024)
def _double(value: float) -> Literal:
    return Literal(value, datatype=_DOUBLE)


def _add_entity(graph: Graph, entity: Entity, language: str | None) -> None:
    graph.add((entity.iri, _TYPE, entity.cls))
    if entity.cls == _QUOTE:
        # Quoted words are natural-language text, so they carry the article's language tag.
        graph.add((entity.iri, _TEXT, Literal(entity.label, lang=language or None)))
        return
    graph.add((entity.iri, _LABEL, _literal(entity.label)))
    for alias in sorted(entity.aliases - {entity.label}):
        graph.add((entity.iri, _ALT_LABEL, _literal(alias)))
    for ticker in sorted(entity.tickers):
        graph.add((entity.iri, _TICKER, _literal(ticker)))
    if entity.wikidata:
        graph.add((entity.iri, _SAME_AS, WD[entity.wikidata]))
    if entity.geo is not None:
        _add_geo(graph, entity.iri, entity.geo)


def _add_geo(graph: Graph, node: URIRef, geo: GeoPlace) -> None:
    # skos:exactMatch, not owl:sameAs: a GeoNames feature is the same place, but its own statements (its
    # population, its boundaries) are not ours to assert. Latitude and longitude sit on the place itself
    # (schema.org allows them on a Place): a schema:geo node would be a blank node, which the lossless
    # Neo4j mapping does not store.
    graph.add((node, _EXACT_MATCH, geo.iri))
    graph.add((node, _COUNTRY, _literal(geo.country)))
    if geo.latitude is not None and geo.longitude is not None:
        graph.add((node, _LATITUDE, _double(geo.latitude)))
        graph.add((node, _LONGITUDE, _double(geo.longitude)))


def _add_fact(graph: Graph, article: URIRef, fact: Fact) -> None:
    ev = fact.evidence
    if ev.states_fact:
        graph.add((fact.subject, fact.predicate, fact.object))
    phrase = open_phrase(str(fact.predicate))
    if phrase is not None:  # an open relation declares itself where it is used
        graph.add((fact.predicate, _SUB_PROPERTY_OF, _RELATED_TO))
        graph.add((fact.predicate, _LABEL, Literal(phrase)))
    node = mint_evidence_iri(
        article, fact.subject, fact.predicate, fact.object, ev.subject.start, ev.cue.start, ev.object.start
    )
    evidence: list[tuple[Node, Node]] = [
        (_TYPE, _EVIDENCE),
        (_RDF_SUBJECT, fact.subject),
        (_RDF_PREDICATE, fact.predicate),
        (_RDF_OBJECT, fact.object),
        (_DERIVED_FROM, article),
        (_SENTENCE, Literal(ev.sentence)),
        (_SENTENCE_START, _literal(ev.sentence_start)),
        (_SUBJECT_START, _literal(ev.subject.start)),
        (_SUBJECT_END, _literal(ev.subject.end)),
        (_CUE_START, _literal(ev.cue.start)),
        (_CUE_END, _literal(ev.cue.end)),
        (_OBJECT_START, _literal(ev.object.start)),
        (_OBJECT_END, _literal(ev.object.end)),
        (_EXTRACTOR, _literal(ev.extractor)),
        (_CONFIDENCE, _double(float(ev.confidence))),
        (_POLARITY, _literal(ev.polarity)),
        (_MODALITY, _literal(ev.modality)),
    ]
    if ev.event_date is not None:
        evidence.append((_EVENT_DATE, Literal(ev.event_date.isoformat(), datatype=_DATE)))
    if ev.reported_by is not None:
        evidence.append((_REPORTED_BY, ev.reported_by))
    graph.addN((node, p, o, graph) for p, o in evidence)
