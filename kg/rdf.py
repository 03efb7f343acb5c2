"""From extraction results to RDF: one named graph per article (docs/data-model.md).

Inside an article's graph:
- the article: ``a kg:Article`` with schema:headline / url / datePublished / publisher /
  inLanguage / articleBody and kg:contentHash;
- each entity: ``a <class>``, ``rdfs:label``, ``skos:altLabel`` per alias, ``owl:sameAs`` wd:Q..; a place
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

from rdflib import Dataset, Graph, Literal, URIRef

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
    dataset = Dataset()
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


def _add_entity(graph: Graph, entity: Entity, language: str | None) -> None:
    graph.add((entity.iri, RDF.type, entity.cls))
    if entity.cls == KG.Quote:
        # Quoted words are natural-language text, so they carry the article's language tag.
        graph.add((entity.iri, KG.text, Literal(entity.label, lang=language or None)))
        return
    graph.add((entity.iri, RDFS.label, Literal(entity.label)))
    for alias in sorted(entity.aliases - {entity.label}):
        graph.add((entity.iri, SKOS.altLabel, Literal(alias)))
    if entity.wikidata:
        graph.add((entity.iri, OWL.sameAs, WD[entity.wikidata]))
    if entity.geo is not None:
        _add_geo(graph, entity.iri, entity.geo)


def _add_geo(graph: Graph, node: URIRef, geo: GeoPlace) -> None:
    # skos:exactMatch, not owl:sameAs: a GeoNames feature is the same place, but its own statements (its
    # population, its boundaries) are not ours to assert. Latitude and longitude sit on the place itself
    # (schema.org allows them on a Place): a schema:geo node would be a blank node, which the lossless
    # Neo4j mapping does not store.
    graph.add((node, SKOS.exactMatch, geo.iri))
    graph.add((node, SCHEMA.addressCountry, Literal(geo.country)))
    if geo.latitude is not None and geo.longitude is not None:
        graph.add((node, SCHEMA.latitude, Literal(geo.latitude, datatype=XSD.double)))
        graph.add((node, SCHEMA.longitude, Literal(geo.longitude, datatype=XSD.double)))


def _add_fact(graph: Graph, article: URIRef, fact: Fact) -> None:
    ev = fact.evidence
    if ev.states_fact:
        graph.add((fact.subject, fact.predicate, fact.object))
    phrase = open_phrase(str(fact.predicate))
    if phrase is not None:  # an open relation declares itself where it is used
        graph.add((fact.predicate, RDFS.subPropertyOf, KG.relatedTo))
        graph.add((fact.predicate, RDFS.label, Literal(phrase)))
    node = mint_evidence_iri(
        article, fact.subject, fact.predicate, fact.object, ev.subject.start, ev.cue.start, ev.object.start
    )
    for p, o in (
        (RDF.type, KG.Evidence),
        (RDF.subject, fact.subject),
        (RDF.predicate, fact.predicate),
        (RDF.object, fact.object),
        (PROV.wasDerivedFrom, article),
        (KG.sentence, Literal(ev.sentence)),
        (KG.sentenceStart, Literal(ev.sentence_start)),
        (KG.subjectStart, Literal(ev.subject.start)),
        (KG.subjectEnd, Literal(ev.subject.end)),
        (KG.cueStart, Literal(ev.cue.start)),
        (KG.cueEnd, Literal(ev.cue.end)),
        (KG.objectStart, Literal(ev.object.start)),
        (KG.objectEnd, Literal(ev.object.end)),
        (KG.extractor, Literal(ev.extractor)),
        (KG.confidence, Literal(float(ev.confidence), datatype=XSD.double)),
        (KG.polarity, Literal(ev.polarity)),
        (KG.modality, Literal(ev.modality)),
    ):
        graph.add((node, p, o))
    if ev.event_date is not None:
        graph.add((node, KG.eventDate, Literal(ev.event_date.isoformat(), datatype=XSD.date)))
    if ev.reported_by is not None:
        graph.add((node, KG.reportedBy, ev.reported_by))
