"""Evidence and article bodies reached through nested fields give what a plain Cypher reading gives."""

from __future__ import annotations

import neo4j
import pytest
from api_served import Served
from gql import GraphQLRequest

pytestmark = pytest.mark.neo4j

FACTS = """{ facts(first: 100) { edges { node { subject { id } predicate object { id }
    evidence(first: 100) { totalCount edges { node { id } } } } } } }"""

# Every fact's evidence, found the obvious way, with which end has fewer evidence links.
NAIVE = """
MATCH (s)<-[:SUBJECT]-(ev:Evidence)-[:OBJECT]->(o)
RETURN s.uri AS s, ev.predicate AS p, o.uri AS o, collect(ev.uri) AS evidence,
       COUNT { (s)<-[:SUBJECT]-() } <= COUNT { (o)<-[:OBJECT]-() } AS fromSubject
"""


def test_fact_evidence_matches_a_plain_reading_from_either_end(
    served: Served, seeded_graph: neo4j.Driver
) -> None:
    # The API walks each fact's evidence from whichever end has fewer links; both ways must agree
    # with the plain pattern, and the seeded graph must exercise both ways.
    edges = served.execute(FACTS)["facts"]["edges"]
    got = {
        (e["node"]["subject"]["id"], e["node"]["predicate"], e["node"]["object"]["id"]): sorted(
            ev["node"]["id"] for ev in e["node"]["evidence"]["edges"]
        )
        for e in edges
    }
    counts = {
        (e["node"]["subject"]["id"], e["node"]["predicate"], e["node"]["object"]["id"]): e["node"][
            "evidence"
        ]["totalCount"]
        for e in edges
    }
    records = seeded_graph.execute_query(NAIVE).records
    expected = {(r["s"], r["p"], r["o"]): sorted(r["evidence"]) for r in records}
    ways = {(r["s"], r["p"], r["o"]): r["fromSubject"] for r in records}
    assert len(got) == len(edges) < 100, "the page must hold every fact for this comparison"
    assert got == {k: v for k, v in expected.items() if k in got}
    assert counts == {k: len(v) for k, v in got.items()}
    assert {ways[k] for k in got} == {True, False}


ENTITY_ARTICLES = """{ entity(name: "Kirby") { facts(direction: OUT, first: 5) { edges { node {
    evidence(first: 2) { edges { node { article { id title text } } } } } } } } }"""


def test_article_text_under_a_list_comes_in_the_same_query(served: Served) -> None:
    # An article's body is read only when selected, and then with the rest of the page.
    with served.client() as session:
        result = session.execute(GraphQLRequest(ENTITY_ARTICLES), get_execution_result=True)
        assert result.data is not None and result.extensions is not None
        facts = result.data["entity"]["facts"]["edges"]
        articles = [ev["node"]["article"] for f in facts for ev in f["node"]["evidence"]["edges"]]
        assert len(articles) >= 2
        assert result.extensions["cypherRoundTrips"] == 1
        one = session.execute(
            GraphQLRequest(
                "query($id: ID!) { article(id: $id) { text } }", variable_values={"id": articles[0]["id"]}
            )
        )
    assert all(a["text"] and "Kirby" in a["text"] for a in articles)
    assert articles[0]["text"] == one["article"]["text"]
