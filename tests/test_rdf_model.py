"""kg.rdf: the RDF shape of docs/data-model.md, and that it survives every serialisation."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Dataset, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.iri import content_hash, mint_article_iri, mint_entity_iri, slugify
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, Span
from kg.rdf import new_dataset, to_dataset
from kg.vocab import KG, RDF, RDFS, SKOS, XSD


def _extraction() -> ArticleExtraction:
    text = "Kirby said China should talk to Ukraine."
    article = Article(
        mint_article_iri("https://news.example/a1", text),
        text,
        content_hash(text),
        title="Kirby",
        url="https://news.example/a1",
        published=date(2023, 3, 22),
        source="Example News",
        language="en",
    )
    kirby = Entity(mint_entity_iri(KG.Person, "John Kirby"), KG.Person, "John Kirby", frozenset({"Kirby"}))
    china = Entity(mint_entity_iri(KG.Country, "China"), KG.Country, "China", wikidata="Q148")
    ev = Evidence(text, 0, Span(0, 5), Span(6, 10), Span(11, 16), "kg_facts_v1:speech", 0.8)
    return ArticleExtraction(article, [kirby, china], [Fact(kirby.iri, KG.urges, china.iri, ev)])


def test_entity_iris_depend_on_class_and_normalised_name_only() -> None:
    assert mint_entity_iri(KG.Person, "Xi Jinping") == mint_entity_iri(KG.Person, "xi  jinping")
    assert mint_entity_iri(KG.Person, "Xi Jinping") != mint_entity_iri(KG.Organization, "Xi Jinping")
    assert slugify("Volodymyr Zelenskyy") == "volodymyr-zelenskyy"
    assert slugify("Владимир").startswith("h-")
    long_a, long_b = slugify("a" * 10_000), slugify("a" * 10_001)
    assert len(long_a) <= 120 and long_a.startswith("aaaa") and long_a != long_b


def test_article_iri_prefers_the_url_so_an_edited_text_keeps_its_iri() -> None:
    assert mint_article_iri("https://x.example/a", "one") == mint_article_iri("https://x.example/a", "two")
    assert mint_article_iri(None, "one") != mint_article_iri(None, "two")
    # Without a URL, the source's own id keeps the IRI when the text is edited; ids are scoped by source.
    assert mint_article_iri(None, "one", "a-1", "BBC") == mint_article_iri(None, "two", "a-1", "BBC")
    assert mint_article_iri(None, "one", "a-1", "BBC") != mint_article_iri(None, "one", "a-1", "Reuters")


def test_article_graph_holds_entities_fact_and_reified_evidence() -> None:
    extraction = _extraction()
    graph = to_dataset([extraction]).graph(extraction.article.iri)
    kirby = extraction.entities[0].iri
    assert (kirby, RDF.type, KG.Person) in graph
    assert (kirby, RDFS.label, Literal("John Kirby")) in graph
    assert (kirby, SKOS.altLabel, Literal("Kirby")) in graph
    assert (kirby, KG.urges, extraction.entities[1].iri) in graph
    (evidence,) = graph.subjects(RDF.type, KG.Evidence)
    assert graph.value(evidence, RDF.predicate) == KG.urges
    assert graph.value(evidence, KG.confidence) == Literal(0.8, datatype=XSD.double)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_dataset_round_trips_through_quad_formats(fmt: str) -> None:
    dataset = to_dataset([_extraction()])
    again = Dataset()
    again.parse(data=dataset.serialize(format=fmt), format=fmt)
    for graph in dataset.graphs():
        if len(graph) == 0:
            continue
        other = again.graph(graph.identifier)
        if not isomorphic(graph, other):
            _, only_in_first, only_in_second = graph_diff(to_isomorphic(graph), to_isomorphic(other))
            pytest.fail(f"{fmt}: lost {sorted(only_in_first)} gained {sorted(only_in_second)}")


def test_evidence_literals_are_typed_as_rdflib_makes_them_when_values_repeat() -> None:
    # kg.rdf makes each recurring Literal once; a value shared by two facts, or an integer equal to a
    # float (offset 1, confidence 1.0), must still give each triple its own datatype.
    first = _extraction()
    ev = Evidence("A b.", 1, Span(1, 2), Span(1, 2), Span(1, 2), "kg_facts_v1:speech", 1.0)
    fact = first.facts[0]
    again = ArticleExtraction(
        first.article, first.entities, [*first.facts, Fact(fact.subject, fact.predicate, fact.object, ev)]
    )
    graph = to_dataset([again]).graph(first.article.iri)
    for evidence in graph.subjects(RDF.type, KG.Evidence):
        start = graph.value(evidence, KG.sentenceStart)
        assert isinstance(start, Literal) and start.datatype == XSD.integer
        confidence = graph.value(evidence, KG.confidence)
        assert isinstance(confidence, Literal) and confidence.datatype == XSD.double
        assert graph.value(evidence, KG.extractor) == Literal("kg_facts_v1:speech")
    assert {graph.value(e, KG.confidence) for e in graph.subjects(RDF.type, KG.Evidence)} == {
        Literal(0.8, datatype=XSD.double),
        Literal(1.0, datatype=XSD.double),
    }


def test_new_dataset_binds_kg_prefixes_and_rdflib_core_ones() -> None:
    prefixes = {prefix: str(ns) for prefix, ns in new_dataset().namespaces()}
    assert prefixes["kg"] == str(KG) and prefixes["schema"] == "https://schema.org/"
    assert prefixes["xsd"] == str(XSD) and prefixes["wd"] == "http://www.wikidata.org/entity/"
    trig = to_dataset([_extraction()]).serialize(format="trig")
    assert "@prefix kg: <https://kg.example.org/ontology#> ." in trig
