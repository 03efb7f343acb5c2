"""Open facts through GraphQL: left out by default, read where a predicate filter names relatedTo.

An article with two open relations and a vocabulary fact between the same two companies is written
through kg's GraphWriter into the served graph for this module, and deleted after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import neo4j
import pytest
from api_seed import article, evidence
from api_served import Served

from kg.graphstore.writer import GraphWriter
from kg.iri import mint_entity_iri, mint_open_predicate
from kg.model import ArticleExtraction, Entity, Fact
from kg.vocab import KG

pytestmark = pytest.mark.neo4j

TEXT = "Acme Open Corp awarded a contract to Beta Open Ltd. Acme Open Corp also courted Beta Open Ltd."
FIRST, SECOND = TEXT.split(". ")
ACME = Entity(mint_entity_iri(KG.Organization, "Acme Open Corp"), KG.Organization, "Acme Open Corp")
BETA = Entity(mint_entity_iri(KG.Organization, "Beta Open Ltd"), KG.Organization, "Beta Open Ltd")


@pytest.fixture(scope="module")
def open_article(served: Served, seeded_graph: neo4j.Driver) -> Iterator[str]:
    facts = [
        Fact(
            ACME.iri,
            mint_open_predicate("award contract to"),
            BETA.iri,
            evidence(TEXT, FIRST, "Acme", "awarded", "Beta"),
        ),
        Fact(
            ACME.iri,
            mint_open_predicate("court"),
            BETA.iri,
            evidence(TEXT, SECOND, "Acme", "courted", "Beta"),
        ),
        Fact(ACME.iri, KG.acquired, BETA.iri, evidence(TEXT, SECOND, "Acme", "courted", "Beta")),
    ]
    written = article("https://news.example/open-facts", TEXT, date(2024, 2, 1))
    writer = GraphWriter(seeded_graph)
    writer.ingest(ArticleExtraction(written, [ACME, BETA], facts))
    yield str(written.iri)
    writer.delete_article(str(written.iri))


FACTS = """query($predicates: [Predicate!]) { entity(name: "Acme Open Corp") {
  facts(predicates: $predicates) { totalCount edges { node {
    predicate predicateIri label open object { name }
    evidence { totalCount edges { node { predicate sentence } } } } } } } }"""


def _facts(served: Served, **variables: object) -> list[dict[str, object]]:
    page = served.execute(FACTS, **variables)["entity"]["facts"]
    nodes = [edge["node"] for edge in page["edges"]]
    assert page["totalCount"] == len(nodes)
    return sorted(nodes, key=lambda n: str(n["label"]))


def test_vocabulary_facts_only_by_default(served: Served, open_article: str) -> None:
    (fact,) = _facts(served)
    assert (fact["predicate"], fact["label"], fact["open"]) == ("acquired", "acquired", False)
    assert fact["predicateIri"] == str(KG.acquired)


def test_open_facts_are_read_when_relatedTo_is_named(served: Served, open_article: str) -> None:
    award, court = _facts(served, predicates=["relatedTo"])
    assert (award["label"], award["open"], award["predicate"]) == ("award contract to", True, "relatedTo")
    assert award["predicateIri"] == str(mint_open_predicate("award contract to"))
    assert court["label"] == "court"
    # Each open fact has its own evidence, not the other open fact's between the same two.
    assert award["evidence"]["totalCount"] == court["evidence"]["totalCount"] == 1
    (said,) = [edge["node"] for edge in award["evidence"]["edges"]]
    assert said == {"predicate": "relatedTo", "sentence": FIRST}
    both = _facts(served, predicates=["relatedTo", "acquired"])
    assert [f["open"] for f in both] == [False, True, True]


def test_fact_filters_and_stats_count_open_facts_apart(served: Served, open_article: str) -> None:
    query = """{ facts(where: {predicate: {eq: relatedTo}, subject: {name: {eq: "Acme Open Corp"}}}) {
      totalCount } stats { predicates { predicate count } } }"""
    data = served.execute(query)
    assert data["facts"]["totalCount"] == 2
    counts = {row["predicate"]: row["count"] for row in data["stats"]["predicates"]}
    assert counts["relatedTo"] == 2
    default = served.execute(
        '{ facts(where: {subject: {name: {eq: "Acme Open Corp"}}}) { edges { node { open } } } }'
    )
    assert [edge["node"]["open"] for edge in default["facts"]["edges"]] == [False]
