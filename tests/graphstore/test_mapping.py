"""The RDF -> rows mapping without a database: the table, literals, and refusals of what it cannot keep."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from rdflib import Graph, Literal, URIRef
from storage_samples import BREITBART, BRI, CHINA, KIRBY, extraction, with_quote

from kg.errors import InvalidInputError
from kg.graphstore.mapping import (
    PREDICATE_OF_TYPE,
    TYPE_OF_PREDICATE,
    article_rows,
    literal_from_value,
    relationship_type,
    value_from_literal,
)
from kg.rdf import add_article, new_dataset
from kg.vocab import FACT_PREDICATES, KG, RDFS, SCHEMA, XSD


def test_relationship_types_are_upper_snake_and_reversible() -> None:
    assert relationship_type(KG.seeksTalksWith) == "SEEKS_TALKS_WITH"
    assert relationship_type(KG.memberOf) == "MEMBER_OF"
    assert len(TYPE_OF_PREDICATE) == len(FACT_PREDICATES) == len(PREDICATE_OF_TYPE)
    assert all(PREDICATE_OF_TYPE[TYPE_OF_PREDICATE[p]] == p for p in FACT_PREDICATES)


@pytest.mark.parametrize(
    "literal",
    [
        Literal("plain"),
        Literal("0", datatype=XSD.integer),
        Literal(120),
        Literal(0.8, datatype=XSD.double),
        Literal("2023-03-22", datatype=XSD.date),
        Literal("2023-03-22T10:30:00+02:00", datatype=XSD.dateTime),
        Literal("2023-03-22T10:30:00", datatype=XSD.dateTime),
    ],
)
def test_literals_round_trip_through_property_values(literal: Literal) -> None:
    assert literal_from_value(value_from_literal(literal, "test")) == literal


def test_temporal_values_become_native_types() -> None:
    assert value_from_literal(Literal("2023-03-22", datatype=XSD.date), "t") == date(2023, 3, 22)
    value = value_from_literal(Literal("2023-03-22T10:30:00+02:00", datatype=XSD.dateTime), "t")
    assert value == datetime(2023, 3, 22, 10, 30, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(
    ("literal", "problem"),
    [
        (Literal("0120", datatype=XSD.integer, normalize=False), "canonical"),
        (Literal("x", lang="en"), "language tag"),
        (Literal("x", datatype=XSD.string), "unexpected datatype"),
        (Literal("true", datatype=XSD.boolean), "not supported"),
        (Literal("soon", datatype=XSD.date), "not a valid"),
        (URIRef("https://x.example"), "expected a literal"),
    ],
)
def test_literals_that_would_not_round_trip_are_refused(literal: Literal, problem: str) -> None:
    with pytest.raises(InvalidInputError, match=problem):
        value_from_literal(literal, "article X <p>")


def graph_of() -> tuple[Graph, URIRef]:
    ext = with_quote(extraction(), "words said")
    return add_article(new_dataset(), ext), ext.article.iri


def test_rows_are_grouped_by_label_and_relationship_type() -> None:
    graph, iri = graph_of()
    rows = article_rows(graph, iri)
    assert rows.uri == str(iri)
    assert set(rows.entities) == {"Person", "Country", "Organization", "Quote"}
    assert sorted(rows.entities["Organization"]) == sorted([str(BRI), str(BREITBART)])
    assert set(rows.facts) == {"URGES", "MEMBER_OF", "SAYS"}
    assert rows.facts["URGES"] == [{"s": str(KIRBY), "o": str(CHINA), "predicate": "urges"}]
    china = next(m for m in rows.mentions if m["uri"] == str(CHINA))
    assert china == {"uri": str(CHINA), "name": "China", "aliases": ["Beijing"], "wikidata": "Q148"}
    urges = next(e for e in rows.evidence if e["props"]["predicate"] == "urges")
    assert urges["reportedBy"] == str(BREITBART) and urges["props"]["confidence"] == 0.8
    quote = rows.quotes[0]
    assert (quote["text"], quote["lang"]) == ("words said", "en")


def test_unknown_triples_are_refused_naming_them() -> None:
    graph, iri = graph_of()
    graph.add((KIRBY, SCHEMA.birthDate, Literal("1963")))
    with pytest.raises(InvalidInputError, match="birthDate"):
        article_rows(graph, iri)


def test_a_second_label_is_refused_rather_than_lost() -> None:
    graph, iri = graph_of()
    graph.add((KIRBY, RDFS.label, Literal("Admiral Kirby")))
    with pytest.raises(InvalidInputError, match="label"):
        article_rows(graph, iri)


def test_a_fact_without_evidence_is_refused() -> None:
    graph, iri = graph_of()
    graph.add((KIRBY, KG.visited, CHINA))
    with pytest.raises(InvalidInputError, match="do not match"):
        article_rows(graph, iri)


def test_a_graph_without_its_article_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="no triples about the article"):
        article_rows(Graph(), URIRef("https://kg.example.org/article/x"))
