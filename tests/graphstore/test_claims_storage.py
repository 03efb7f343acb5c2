"""Claims in the real Neo4j: negated and hedged statements are evidence with polarity and modality, not facts;
they round-trip through export; a fact asserted in one article and negated in another is a contradiction."""

from __future__ import annotations

import neo4j
import pytest
from rdflib import Literal
from storage_samples import BREITBART, CHINA, KIRBY, UKRAINE, dated, extraction, fact
from test_roundtrip import assert_isomorphic, rdf_of

from api.app import create_app
from kg.errors import InvalidInputError
from kg.graphstore.export import export_article
from kg.graphstore.writer import GraphWriter
from kg.rdf import add_article, new_dataset
from kg.settings import Settings
from kg.vocab import KG
from testkit.served import CONTRADICTIONS, ask_graphql

pytestmark = pytest.mark.neo4j

NEGATED_MEETING = fact(KIRBY, KG.metWith, CHINA, 50, reported_by=BREITBART, polarity="negated")
HEDGED_VISIT = fact(KIRBY, KG.visited, UKRAINE, 90, modality="hedged")


def support(driver: neo4j.Driver, rel: str) -> list[int]:
    records, _, _ = driver.execute_query(
        f"MATCH (:Resource {{uri: $s}})-[r:{rel}]->() RETURN r.articleCount AS n", s=str(KIRBY)
    )
    return [r["n"] for r in records]


def test_claims_are_evidence_with_polarity_and_modality_and_no_fact(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    ext = extraction(claims=[NEGATED_MEETING, HEDGED_VISIT])
    result = writer.ingest(ext)
    assert (result.facts, result.evidence) == (2, 4)
    assert support(driver, "MET_WITH") == [] and support(driver, "VISITED") == []
    records, _, _ = driver.execute_query(
        "MATCH (e:Evidence) RETURN e.predicate AS p, e.polarity AS pol, e.modality AS mod ORDER BY p"
    )
    assert [(r["p"], r["pol"], r["mod"]) for r in records] == [
        ("memberOf", "asserted", "stated"),
        ("metWith", "negated", "stated"),
        ("urges", "asserted", "stated"),
        ("visited", "asserted", "hedged"),
    ]


def test_claims_round_trip_isomorphic_through_export(writer: GraphWriter, driver: neo4j.Driver) -> None:
    ext = extraction(claims=[NEGATED_MEETING, HEDGED_VISIT])
    graph = rdf_of(ext)
    assert (KIRBY, KG.metWith, CHINA) not in graph  # a claim is its evidence alone
    assert len(list(graph.subjects(KG.polarity, Literal("negated")))) == 1
    writer.ingest(ext)
    exported = export_article(driver, ext.article.iri)
    assert exported is not None
    assert_isomorphic(graph, exported)


def test_a_negation_neither_supports_a_fact_nor_keeps_it_alive(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    asserting = extraction(url="https://news.example/met", facts=[fact(KIRBY, KG.metWith, CHINA, 3)])
    writer.ingest(asserting)
    negating = extraction(url="https://news.example/not-met", facts=[], claims=[NEGATED_MEETING])
    writer.ingest(negating)
    assert support(driver, "MET_WITH") == [1]
    writer.delete_article(asserting.article.iri)  # the recount sees only the negation: the fact goes
    assert support(driver, "MET_WITH") == []


def test_a_polarity_outside_the_ontology_is_refused_by_name(writer: GraphWriter) -> None:
    ext = extraction(facts=[], claims=[fact(KIRBY, KG.metWith, CHINA, 3, polarity="doubtful")])
    with pytest.raises(InvalidInputError, match="kg:polarity 'doubtful' is none of asserted, negated"):
        writer.write_graph(add_article(new_dataset(), ext), ext.article.iri)


def test_contradiction_across_two_articles(writer: GraphWriter, settings: Settings) -> None:
    met = extraction(
        url="https://news.example/met", published=dated(20), facts=[fact(CHINA, KG.metWith, KIRBY, 3)]
    )
    not_met = extraction(
        url="https://news.example/not-met", published=dated(22), facts=[], claims=[NEGATED_MEETING]
    )
    hedged = extraction(url="https://news.example/may-meet", facts=[], claims=[HEDGED_VISIT])
    for ext in (met, not_met, hedged):
        writer.ingest(ext)
    app = create_app(settings)
    found = ask_graphql(app, CONTRADICTIONS, id=str(KIRBY))["entity"]["contradictions"]
    said = [(c["subject"]["id"], c["predicate"], c["object"]["id"]) for c in found]
    assert said == [(str(KIRBY), "metWith", str(CHINA))]
    (only,) = found
    # metWith is symmetric: China met Kirby (one article) contradicts Kirby did not meet China (the other)
    assert [e["article"]["id"] for e in only["asserted"]] == [str(met.article.iri)]
    negated = [(e["article"]["id"], e["reportedBy"]["id"]) for e in only["negated"]]
    assert negated == [(str(not_met.article.iri), str(BREITBART))]
    hedged_only = ask_graphql(create_app(settings), CONTRADICTIONS, id=str(UKRAINE))["entity"]
    assert hedged_only["contradictions"] == []  # a hedged visit contradicts nothing
