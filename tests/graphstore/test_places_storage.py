"""Places' GeoNames entries in the real Neo4j: on each article's MENTIONS (so export gives back exactly what
the article said) and on the node (latitude, longitude, country, geonames), through the round trip."""

from __future__ import annotations

import neo4j
import pytest
from rdflib import Literal, URIRef
from storage_samples import extraction
from test_roundtrip import assert_isomorphic, rdf_of

from kg.errors import InvalidInputError
from kg.graphstore.export import export_article
from kg.graphstore.writer import GraphWriter
from kg.iri import mint_entity_iri
from kg.model import Entity, GeoPlace
from kg.rdf import add_article, new_dataset
from kg.vocab import KG, SCHEMA, SKOS

pytestmark = pytest.mark.neo4j

LONDON = mint_entity_iri(KG.City, "London")
UK = mint_entity_iri(KG.Country, "United Kingdom")
LONDON_GB = GeoPlace(2643743, "GB", 51.50853, -0.12574)
LONDON_CA = GeoPlace(6058560, "CA", 42.98339, -81.23304)  # London, Ontario


def places(london: GeoPlace) -> list[Entity]:
    return [
        Entity(LONDON, KG.City, "London", geo=london),
        Entity(UK, KG.Country, "United Kingdom", geo=GeoPlace(2635167, "GB")),
    ]


def node(driver: neo4j.Driver, uri: URIRef) -> dict[str, object]:
    records, _, _ = driver.execute_query(
        "MATCH (n:Resource {uri: $uri}) RETURN n {.geonames, .country, .latitude, .longitude} AS n",
        uri=str(uri),
    )
    return dict(records[0]["n"])


def test_places_round_trip_and_their_nodes_carry_the_point(writer: GraphWriter, driver: neo4j.Driver) -> None:
    ext = extraction(entities=places(LONDON_GB), facts=[])
    graph = rdf_of(ext)
    assert (LONDON, SKOS.exactMatch, URIRef("https://sws.geonames.org/2643743/")) in graph
    assert (UK, SCHEMA.addressCountry, Literal("GB")) in graph
    writer.ingest(ext)
    assert_isomorphic(graph, export_article(driver, ext.article.iri) or graph.__class__())
    assert node(driver, LONDON) == {
        "geonames": 2643743,
        "country": "GB",
        "latitude": 51.50853,
        "longitude": -0.12574,
    }
    assert node(driver, UK) == {"geonames": 2635167, "country": "GB", "latitude": None, "longitude": None}


def test_two_articles_placing_a_name_differently_keep_their_own_and_the_node_is_order_free(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    canada = extraction(url="https://news.example/ontario", entities=places(LONDON_CA), facts=[])
    england = extraction(url="https://news.example/england", entities=places(LONDON_GB), facts=[])
    writer.ingest(canada)
    writer.ingest(england)  # the fast path folds the new mention into the node
    assert node(driver, LONDON)["geonames"] == 2643743  # the smallest id, whatever the order
    for ext in (canada, england):  # each article's export gives its own London back
        assert_isomorphic(rdf_of(ext), export_article(driver, ext.article.iri) or rdf_of(ext).__class__())
    writer.delete_article(england.article.iri)  # recomputed from the MENTIONS left
    assert node(driver, LONDON) == {
        "geonames": 6058560,
        "country": "CA",
        "latitude": 42.98339,
        "longitude": -81.23304,
    }


def test_a_malformed_geonames_iri_is_refused_by_name(writer: GraphWriter) -> None:
    ext = extraction(entities=places(LONDON_GB), facts=[])
    graph = add_article(new_dataset(), ext)
    graph.remove((LONDON, SKOS.exactMatch, None))
    graph.add((LONDON, SKOS.exactMatch, URIRef("https://sws.geonames.org/02643743")))
    with pytest.raises(InvalidInputError, match=r"london.*exactMatch.*not storable"):
        writer.write_graph(graph, ext.article.iri)
