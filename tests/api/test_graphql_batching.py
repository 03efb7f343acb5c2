"""No N+1: a query costs one Cypher round trip per root field, however deep and wide its selection,
with fragments or without; the entity page (facts with their evidence) is one."""

from __future__ import annotations

import pytest
from api_served import Served

pytestmark = pytest.mark.neo4j

NESTED = """
query($first: Int!) {
  entities(where: {name: {startsWith: "Person "}}, first: $first) {
    edges { node { name
      facts(first: 5) { totalCount edges { node { predicate object { name }
        evidence(first: 5) { totalCount edges { node { sentence article { title published } } } }
      } } }
      articles(first: 3) { edges { node { title } } }
    } }
  }
}"""


def _round_trips(served: Served, first: int) -> tuple[int, int, int]:
    with served.client() as session:
        from gql import GraphQLRequest

        result = session.execute(
            GraphQLRequest(NESTED, variable_values={"first": first}), get_execution_result=True
        )
    assert result.data is not None and result.extensions is not None
    entities = result.data["entities"]["edges"]
    evidence = sum(len(f["node"]["evidence"]["edges"]) for e in entities for f in e["node"]["facts"]["edges"])
    return int(result.extensions["cypherRoundTrips"]), len(entities), evidence


def test_nested_query_costs_one_round_trip_whatever_its_rows(served: Served) -> None:
    trips_50, entities_50, evidence_50 = _round_trips(served, 50)
    trips_5, entities_5, _ = _round_trips(served, 5)
    assert entities_50 == 50 and entities_5 == 5 and evidence_50 >= 50
    # entities, their facts with their counts, the facts' evidence with theirs, articles: one query.
    assert trips_50 == trips_5 == 1


FRAGMENTED = """
query { entities(where: {name: {startsWith: "Person "}}, first: 50) {
  edges { node { facts(first: 5) { edges { node { ...evidence } } } } } } }
fragment evidence on Fact { evidence(first: 5) { edges { node { sentence } } } }
"""


def test_fragments_are_compiled_into_the_same_one_query(served: Served) -> None:
    with served.client() as session:
        from gql import GraphQLRequest

        result = session.execute(GraphQLRequest(FRAGMENTED), get_execution_result=True)
    assert result.extensions is not None and result.extensions["cypherRoundTrips"] == 1


PLAIN = """{ entity(name: "Kirby") { name facts(direction: OUT, first: 10) { edges { node {
    predicate object { name }
    evidence(first: 3) { edges { node { sentence article { title } } } } } } } } }"""
VIA_FRAGMENTS = """{ entity(name: "Kirby") { name ...facts } }
fragment facts on Entity {
  facts(direction: OUT, first: 10) { edges { node { predicate object { name } ...ev } } } }
fragment ev on Fact { evidence(first: 3) { edges { node { sentence article { title } } } } }"""


def test_entity_with_facts_and_evidence_is_one_round_trip_and_same_answer(served: Served) -> None:
    from gql import GraphQLRequest

    with served.client() as session:
        ahead = session.execute(GraphQLRequest(PLAIN), get_execution_result=True)
        batched = session.execute(GraphQLRequest(VIA_FRAGMENTS), get_execution_result=True)
    assert ahead.extensions is not None and batched.extensions is not None
    assert ahead.extensions["cypherRoundTrips"] == batched.extensions["cypherRoundTrips"] == 1
    assert ahead.data == batched.data and ahead.data is not None and ahead.data["entity"]["facts"]["edges"]


def test_entity_with_neighbours_is_one_round_trip_and_same_answer(served: Served) -> None:
    from gql import GraphQLRequest

    plain = '{ entity(name: "Ukraine") { name neighbors(depth: 2, first: 10) { name } } }'
    fragments = '{ entity(name: "Ukraine") { ...n } } '
    fragments += "fragment n on Entity { name neighbors(depth: 2, first: 10) { name } }"
    with served.client() as session:
        ahead = session.execute(GraphQLRequest(plain), get_execution_result=True)
        batched = session.execute(GraphQLRequest(fragments), get_execution_result=True)
    assert ahead.extensions is not None and batched.extensions is not None
    assert (ahead.extensions["cypherRoundTrips"], batched.extensions["cypherRoundTrips"]) == (1, 1)
    assert ahead.data == batched.data and ahead.data is not None and ahead.data["entity"]["neighbors"]


BENCH_PAGE = """query($name: String!) { entity(name: $name) { name
    facts(first: 20) { edges { node { predicate object { name }
      evidence(first: 1) { edges { node { sentence article { title } } } } } } } } }"""


def test_the_bench_entity_page_is_one_round_trip(served: Served) -> None:
    # bench/graphql.py's entity page: up to 20 facts (Org 1 has 10 members here), each with its
    # newest evidence and that one's article.
    from gql import GraphQLRequest

    with served.client() as session:
        result = session.execute(
            GraphQLRequest(BENCH_PAGE, variable_values={"name": "Org 1"}), get_execution_result=True
        )
    assert result.data is not None and result.extensions is not None
    facts = result.data["entity"]["facts"]["edges"]
    assert len(facts) == 10 and all(f["node"]["evidence"]["edges"] for f in facts)
    assert result.extensions["cypherRoundTrips"] == 1
