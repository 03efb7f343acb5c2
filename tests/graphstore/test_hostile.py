"""Hostile data: Cypher-looking names, quotes, braces, emoji and 10,000-character strings round-trip
unchanged and change nothing else in the graph."""

from __future__ import annotations

import neo4j
import pytest
from rdflib import URIRef
from storage_samples import extraction, fact, with_quote
from test_roundtrip import assert_isomorphic, rdf_of, snapshot

from kg.graphstore.export import export_article
from kg.graphstore.writer import GraphWriter
from kg.iri import mint_entity_iri
from kg.model import ArticleExtraction, Entity
from kg.vocab import KG

pytestmark = pytest.mark.neo4j

NASTY = [
    "}) DETACH DELETE n //",
    "`backtick` Person`) MATCH (n) DETACH DELETE n //",
    "quote \" and ' and \\ backslash",
    "{braces: $rows} [brackets] (parens)",
    "emoji 🦆🇺🇦 and \u200b zero-width and e\u0301",
    "line\nbreaks\r\nand\ttabs",
    "long name " + "y" * 2_000,
    "x" * 10_000,
]
#: 10,000 characters: in the article text, a sentence, an alias, a quote (and a name, above).
LONG = "z" * 10_000


def hostile_extraction(url: str = "https://news.example/hostile") -> ArticleExtraction:
    entities = [
        Entity(mint_entity_iri(KG.Person, f"nasty {i}"), KG.Person, name, frozenset({name[::-1], LONG}))
        for i, name in enumerate(NASTY)
    ]
    facts = [
        fact(entities[i].iri, KG.criticizes, entities[i + 1].iri, 20 * i, sentence=NASTY[i])
        for i in range(len(entities) - 1)
    ]
    facts.append(fact(entities[0].iri, KG.accuses, entities[1].iri, 500, sentence=LONG))
    text = "\n".join([*NASTY, LONG])
    ext = extraction(url=url, text=text, title=NASTY[0], source=NASTY[1], entities=entities, facts=facts)
    return with_quote(ext, LONG + NASTY[0])


def test_hostile_strings_round_trip_and_touch_nothing_else(writer: GraphWriter, driver: neo4j.Driver) -> None:
    bystander = extraction()
    writer.ingest(bystander)
    before = snapshot(driver)
    hostile = hostile_extraction()
    writer.ingest(hostile)
    exported = export_article(driver, hostile.article.iri)
    assert exported is not None
    assert_isomorphic(rdf_of(hostile), exported)
    assert_isomorphic(rdf_of(bystander), export_article(driver, bystander.article.iri) or exported)
    names, _, _ = driver.execute_query(
        "MATCH (n:Person) WHERE n.name IN $names RETURN n.name AS name", names=NASTY
    )
    assert sorted(r["name"] for r in names) == sorted(NASTY)
    writer.delete_article(hostile.article.iri)
    assert snapshot(driver) == before


def test_an_article_iri_full_of_cypher_is_only_a_value(writer: GraphWriter, driver: neo4j.Driver) -> None:
    writer.ingest(extraction())
    before = snapshot(driver)
    result = writer.delete_article(str(URIRef("x'}) MATCH (n) DETACH DELETE n //")))
    assert result.found is False
    assert snapshot(driver) == before
