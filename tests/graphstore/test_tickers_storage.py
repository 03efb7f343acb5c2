"""A company's stock symbols in the real Neo4j: schema:tickerSymbol in RDF, ``tickers`` on each article's
MENTIONS (so export gives back exactly what the article said) and on the node (the union over its articles,
absent when none), through writes, deletes and the round trip. A ticker is no name: aliases never hold it."""

from __future__ import annotations

import neo4j
import pytest
from rdflib import Literal
from storage_samples import extraction
from test_roundtrip import assert_isomorphic, rdf_of

from kg.graphstore.export import export_article
from kg.graphstore.writer import GraphWriter
from kg.iri import mint_entity_iri
from kg.model import Entity
from kg.vocab import KG, SCHEMA

pytestmark = pytest.mark.neo4j

FIRM = mint_entity_iri(KG.Organization, "Nordvik Papper AB")
PERSON = mint_entity_iri(KG.Person, "Anna Berg")


def firm(*tickers: str) -> list[Entity]:
    return [
        Entity(
            FIRM, KG.Organization, "Nordvik Papper AB", frozenset({"Nordvik"}), tickers=frozenset(tickers)
        ),
        Entity(PERSON, KG.Person, "Anna Berg"),
    ]


def node(driver: neo4j.Driver, uri: object) -> dict[str, object]:
    records, _, _ = driver.execute_query(
        "MATCH (n:Resource {uri: $uri}) RETURN n {.aliases, .tickers} AS n", uri=str(uri)
    )
    return dict(records[0]["n"])


def test_a_ticker_round_trips_and_sits_on_its_firm_apart_from_the_names(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    ext = extraction(entities=firm("NVPB ST"), facts=[])
    graph = rdf_of(ext)
    assert (FIRM, SCHEMA.tickerSymbol, Literal("NVPB ST")) in graph
    writer.ingest(ext)
    assert_isomorphic(graph, export_article(driver, ext.article.iri) or graph.__class__())
    assert node(driver, FIRM) == {"aliases": ["Nordvik"], "tickers": ["NVPB ST"]}
    assert node(driver, PERSON) == {"aliases": [], "tickers": None}  # no empty list on every other node


def test_tickers_fold_over_articles_and_are_recomputed_when_one_goes(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    stockholm = extraction(url="https://news.example/stockholm", entities=firm("NVPB ST"), facts=[])
    adr = extraction(url="https://news.example/adr", entities=firm("NVPBY"), facts=[])
    plain = extraction(url="https://news.example/plain", entities=firm(), facts=[])
    for ext in (stockholm, adr, plain):
        writer.ingest(ext)  # the same name each time: the fast path folds the batch's tickers in
    assert node(driver, FIRM)["tickers"] == ["NVPB ST", "NVPBY"]
    for ext in (stockholm, adr, plain):  # each article's export gives its own tickers back, and only those
        assert_isomorphic(rdf_of(ext), export_article(driver, ext.article.iri) or rdf_of(ext).__class__())
    writer.delete_article(stockholm.article.iri)  # recomputed from the MENTIONS left
    assert node(driver, FIRM)["tickers"] == ["NVPBY"]
    writer.delete_article(adr.article.iri)
    assert node(driver, FIRM) == {"aliases": ["Nordvik"], "tickers": None}
