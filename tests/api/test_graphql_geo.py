"""Places through GraphQL: ``Entity.geo`` gives a resolved place's GeoNames id, country and point.

A city, a country (no point) and a person (not a place) are written through kg's GraphWriter into the
served graph for this module (and deleted after it), as the pipeline writes resolved places.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import neo4j
import pytest
from api_seed import article
from api_served import Served

from kg.graphstore.writer import GraphWriter
from kg.iri import mint_entity_iri
from kg.model import ArticleExtraction, Entity, GeoPlace
from kg.vocab import KG

pytestmark = pytest.mark.neo4j

LYON = Entity(
    mint_entity_iri(KG.City, "Geotest Lyon"),
    KG.City,
    "Geotest Lyon",
    geo=GeoPlace(2996944, "FR", 45.74846, 4.84671),
)
FRANCE = Entity(
    mint_entity_iri(KG.Country, "Geotest France"), KG.Country, "Geotest France", geo=GeoPlace(3017382, "FR")
)
NOBODY = Entity(mint_entity_iri(KG.Person, "Geotest Person"), KG.Person, "Geotest Person")
TEXT = "Geotest Person flew from Geotest Lyon, in Geotest France."


@pytest.fixture(scope="module")
def places(served: Served, seeded_graph: neo4j.Driver) -> Iterator[None]:
    extraction = ArticleExtraction(
        article("https://news.example/geo/lyon", TEXT, date(2024, 5, 1)), [LYON, FRANCE, NOBODY]
    )
    writer = GraphWriter(seeded_graph)
    writer.ingest(extraction)
    yield
    writer.delete_article(str(extraction.article.iri))


GEO = "geo { geonamesId country latitude longitude }"


def test_a_city_has_its_geonames_id_country_and_point(served: Served, places: None) -> None:
    entity = served.execute(f'{{ entity(name: "Geotest Lyon") {{ name {GEO} }} }}')["entity"]
    assert entity["geo"] == {
        "geonamesId": "2996944",
        "country": "FR",
        "latitude": pytest.approx(45.74846),
        "longitude": pytest.approx(4.84671),
    }


def test_a_country_has_no_point_and_an_unresolved_entity_no_geo(served: Served, places: None) -> None:
    query = f"""{{ c: entity(name: "Geotest France") {{ {GEO} }}
      p: entity(name: "Geotest Person") {{ name {GEO} }} }}"""
    data = served.execute(query)
    assert data["c"]["geo"] == {"geonamesId": "3017382", "country": "FR", "latitude": None, "longitude": None}
    assert data["p"] == {"name": "Geotest Person", "geo": None}


def test_geo_of_an_articles_entities(served: Served, places: None) -> None:
    query = """{ articles(where: {url: {eq: "https://news.example/geo/lyon"}}) { edges { node {
      entities { edges { node { name geo { country latitude } } } } } } } }"""
    (edge,) = served.execute(query)["articles"]["edges"]
    found = {e["node"]["name"]: e["node"]["geo"] for e in edge["node"]["entities"]["edges"]}
    assert found == {
        "Geotest Lyon": {"country": "FR", "latitude": pytest.approx(45.74846)},
        "Geotest France": {"country": "FR", "latitude": None},
        "Geotest Person": None,
    }
