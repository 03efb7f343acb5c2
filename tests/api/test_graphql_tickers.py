"""Stock symbols through GraphQL: ``Entity.tickers`` lists a company's, and ``entities(where: {tickers:
{includes}})`` and the search box's ``search(phrase)`` find a company by one (and search finds a product,
which the first full-text index left out). Written through kg's GraphWriter into the served graph for this
module (and deleted after it), as the pipeline writes a Reuters firm with its "<NVPB ST>"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import neo4j
import pytest
from api_seed import article
from api_served import Served

from kg.graphstore.writer import GraphWriter
from kg.iri import mint_entity_iri
from kg.model import ArticleExtraction, Entity
from kg.vocab import KG

pytestmark = pytest.mark.neo4j

FIRM = Entity(
    mint_entity_iri(KG.Organization, "Tickertest Papper AB"),
    KG.Organization,
    "Tickertest Papper AB",
    frozenset({"Tickertest"}),
    tickers=frozenset({"TTPB ST", "TTPBY"}),
)
NOBODY = Entity(mint_entity_iri(KG.Person, "Tickertest Person"), KG.Person, "Tickertest Person")
PRODUCT = Entity(mint_entity_iri(KG.Product, "Tickertest Walkman"), KG.Product, "Tickertest Walkman")
TEXT = "Tickertest Person said Tickertest Papper AB <TTPB ST> would sell the Tickertest Walkman."


@pytest.fixture(scope="module")
def firms(served: Served, seeded_graph: neo4j.Driver) -> Iterator[None]:
    extraction = ArticleExtraction(
        article("https://news.example/tickers/papper", TEXT, date(2024, 5, 2)), [FIRM, NOBODY, PRODUCT]
    )
    writer = GraphWriter(seeded_graph)
    writer.ingest(extraction)
    yield
    writer.delete_article(str(extraction.article.iri))


def test_a_company_lists_its_tickers_apart_from_its_names(served: Served, firms: None) -> None:
    query = """{ f: entity(name: "Tickertest Papper AB") { aliases tickers }
      p: entity(name: "Tickertest Person") { tickers } }"""
    data = served.execute(query)
    assert data["f"] == {"aliases": ["Tickertest"], "tickers": ["TTPB ST", "TTPBY"]}
    assert data["p"] == {"tickers": []}


def test_a_company_is_found_by_its_ticker_and_nothing_else_is(served: Served, firms: None) -> None:
    query = (
        """query ($t: String) { entities(where: {tickers: {includes: $t}}) { edges { node { name } } } }"""
    )
    found = served.execute(query, t="TTPBY")["entities"]["edges"]
    assert [edge["node"]["name"] for edge in found] == ["Tickertest Papper AB"]
    assert served.execute(query, t="Tickertest")["entities"]["edges"] == []  # a name is no ticker


def test_search_finds_a_company_by_its_ticker_and_a_product_by_its_name(served: Served, firms: None) -> None:
    query = "query ($p: String!) { search(phrase: $p) { entity { name types tickers } } }"
    hits = served.execute(query, p="TTPBY")["search"]
    assert hits[0]["entity"] == {
        "name": "Tickertest Papper AB",
        "types": ["Organization"],
        "tickers": ["TTPB ST", "TTPBY"],
    }
    hits = served.execute(query, p="tickertest walk")["search"]
    assert hits[0]["entity"]["name"] == "Tickertest Walkman" and hits[0]["entity"]["types"] == ["Product"]
    assert served.execute('{ entity(name: "TTPBY") { name } }')["entity"] is None  # a ticker is no name
