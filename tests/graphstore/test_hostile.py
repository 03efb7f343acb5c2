"""Hostile data: Cypher-looking names, quotes, braces, emoji and 10,000-character strings round-trip
unchanged and change nothing else in the graph."""

from __future__ import annotations

import io

import neo4j
import pytest
from rdflib import Dataset, URIRef
from storage_samples import extraction, fact, with_quote
from test_roundtrip import assert_isomorphic, rdf_of, snapshot

from kg.graphstore.export import export_article, write_export
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


@pytest.mark.parametrize("fmt", ["nquads", "ntriples"])
def test_line_formats_are_what_rdflib_writes_for_the_same_graphs(
    writer: GraphWriter, driver: neo4j.Driver, fmt: str
) -> None:
    """N-Quads and N-Triples are written from the rows without rdflib: the very lines rdflib would
    write (escapes, language tags, datatypes), for hostile strings and a plain article alike."""
    articles = [hostile_extraction(), extraction(), with_quote(extraction(url="https://news.example/q"), "q")]
    for ext in articles:
        writer.ingest(ext)
    buffer = io.BytesIO()
    stats = write_export(driver, buffer, fmt, page_size=2)
    rdflib_lines: list[bytes] = []
    for ext in articles:
        graph = export_article(driver, ext.article.iri)
        assert graph is not None
        if fmt == "nquads":
            dataset = Dataset()
            for triple in graph:
                dataset.graph(ext.article.iri).add(triple)
            written = dataset.serialize(format="nquads", encoding="utf-8")
        else:
            written = graph.serialize(format="nt", encoding="utf-8")
        rdflib_lines += [line for line in written.splitlines() if line]
    assert sorted(buffer.getvalue().splitlines()) == sorted(rdflib_lines)
    assert stats.triples == len(rdflib_lines) and stats.articles == len(articles)
