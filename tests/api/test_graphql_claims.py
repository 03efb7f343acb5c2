"""Claims through GraphQL: every statement with its polarity and modality, facts asserted-only, and a
contradiction across two articles.

Three articles about two people are written through kg's GraphWriter into the served graph for this
module (and deleted after it): one says they met, one (reported) that they did not, one that they may.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import neo4j
import pytest
from api_seed import article, evidence
from api_served import Served

from kg.graphstore.writer import GraphWriter
from kg.iri import mint_entity_iri
from kg.model import ArticleExtraction, Entity, Fact
from kg.vocab import KG

pytestmark = pytest.mark.neo4j

ANNA = Entity(mint_entity_iri(KG.Person, "Anna Claimant"), KG.Person, "Anna Claimant")
BORIS = Entity(mint_entity_iri(KG.Person, "Boris Claimant"), KG.Person, "Boris Claimant")
OFFICE = Entity(mint_entity_iri(KG.Organization, "Claims Office"), KG.Organization, "Claims Office")
MET = "Anna Claimant met Boris Claimant in Vienna."
NOT_MET = "Anna Claimant has not met Boris Claimant, officials said."
MAY_MEET = "Anna Claimant could meet Boris Claimant next week."


def _extraction(url: str, text: str, day: int, polarity: str, modality: str) -> ArticleExtraction:
    reporter = OFFICE if modality == "reported" else None  # the reported one is the Claims Office's
    cue = "met" if "met" in text else "meet"
    said = evidence(text, text, "Anna", cue, "Boris", polarity, modality, reporter and reporter.iri)
    fact = Fact(ANNA.iri, KG.metWith, BORIS.iri, said)
    makes_fact = said.states_fact
    return ArticleExtraction(
        article(url, text, date(2024, 3, day)),
        [ANNA, BORIS, *([reporter] if reporter else [])],
        facts=[fact] if makes_fact else [],
        claims=[] if makes_fact else [fact],
    )


@pytest.fixture(scope="module")
def claims(served: Served, seeded_graph: neo4j.Driver) -> Iterator[list[str]]:
    extractions = [
        _extraction("https://news.example/claims/met", MET, 1, "asserted", "stated"),
        _extraction("https://news.example/claims/not-met", NOT_MET, 2, "negated", "reported"),
        _extraction("https://news.example/claims/may-meet", MAY_MEET, 3, "asserted", "hedged"),
    ]
    writer = GraphWriter(seeded_graph)
    for extraction in extractions:
        writer.ingest(extraction)
    yield [str(e.article.iri) for e in extractions]
    for extraction in extractions:
        writer.delete_article(str(extraction.article.iri))


STATEMENT = "sentence polarity modality subject { name } object { name } article { published }"


def test_claims_list_every_statement_with_its_polarity_and_modality(
    served: Served, claims: list[str]
) -> None:
    query = f"""{{ entity(name: "Anna Claimant") {{
      claims {{ totalCount edges {{ node {{ {STATEMENT} }} }} }}
      negated: claims(polarity: negated) {{ totalCount }}
      hedged: claims(modalities: [hedged, future]) {{ edges {{ node {{ sentence }} }} }}
      facts {{ edges {{ node {{ predicate
        evidence {{ totalCount edges {{ node {{ sentence }} }} }} }} }} }} }} }}"""
    entity = served.execute(query)["entity"]
    said = [edge["node"] for edge in entity["claims"]["edges"]]
    assert entity["claims"]["totalCount"] == 3
    assert [(s["sentence"], s["polarity"], s["modality"]) for s in said] == [  # newest article first
        (MAY_MEET, "asserted", "hedged"),
        (NOT_MET, "negated", "reported"),
        (MET, "asserted", "stated"),
    ]
    assert {(s["subject"]["name"], s["object"]["name"]) for s in said} == {
        ("Anna Claimant", "Boris Claimant")
    }
    assert entity["negated"]["totalCount"] == 1
    assert [e["node"]["sentence"] for e in entity["hedged"]["edges"]] == [MAY_MEET]
    # The fact layer stays asserted-only: the fact's evidence is the one stated meeting.
    (fact,) = [edge["node"] for edge in entity["facts"]["edges"]]
    assert fact["predicate"] == "metWith"
    assert fact["evidence"]["totalCount"] == 1
    assert fact["evidence"]["edges"][0]["node"]["sentence"] == MET


def test_a_contradiction_across_two_articles(served: Served, claims: list[str]) -> None:
    query = f"""{{ entity(name: "Boris Claimant") {{ contradictions {{
      subject {{ name }} predicate object {{ name }}
      asserted {{ {STATEMENT} }} negated {{ {STATEMENT} }} }} }} }}"""
    (found,) = served.execute(query)["entity"]["contradictions"]
    assert (found["subject"]["name"], found["predicate"], found["object"]["name"]) == (
        "Anna Claimant",
        "metWith",
        "Boris Claimant",
    )
    assert [s["sentence"] for s in found["asserted"]] == [MET]  # the hedged one asserts nothing
    assert [(s["sentence"], s["modality"]) for s in found["negated"]] == [(NOT_MET, "reported")]


def test_a_fact_nobody_negates_is_no_contradiction(served: Served, claims: list[str]) -> None:
    query = '{ entity(name: "Person 3") { facts { totalCount } contradictions { predicate } } }'
    entity = served.execute(query)["entity"]
    assert entity["facts"]["totalCount"] > 0 and entity["contradictions"] == []


def test_statements_counted_by_publisher_and_by_reporting_source(served: Served, claims: list[str]) -> None:
    query = """{ entity(name: "Boris Claimant") {
      sources { source statements negated } reporters { reporter { name } statements negated } } }"""
    entity = served.execute(query)["entity"]
    assert entity["sources"] == [{"source": "Example", "statements": 3, "negated": 1}]
    assert entity["reporters"] == [{"reporter": {"name": "Claims Office"}, "statements": 1, "negated": 1}]
