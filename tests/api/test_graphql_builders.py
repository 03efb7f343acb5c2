"""Pure parts without a server: Cypher builders as strings, cursors, error masking."""

from __future__ import annotations

import pytest
from graphql import GraphQLError

from api.graphql import batches, queries
from api.graphql.filters import Params, entity_condition, fact_condition
from api.graphql.guard import should_mask
from api.graphql.inputs import (
    ClassFilter,
    Direction,
    EntityWhere,
    FactEdgeWhere,
    FactRelationFilter,
    FactWhere,
    PredicateFilter,
    StringFilter,
)
from api.graphql.pagination import decode_cursor, encode_cursor, page_args
from api.graphql.vocabulary import EntityClass, Predicate, relationship_type
from kg.errors import InvalidInputError, StoreError


def test_relationship_types_follow_the_data_model() -> None:
    assert relationship_type("memberOf") == "MEMBER_OF"
    assert relationship_type("seeksTalksWith") == "SEEKS_TALKS_WITH"


def test_values_are_parameters_never_text() -> None:
    params = Params()
    where = EntityWhere(
        name=StringFilter(eq="x' OR 1=1 //"),
        types=ClassFilter(in_=[EntityClass.Person]),
        OR=[
            EntityWhere(name=StringFilter(starts_with="Jo")),
            EntityWhere(NOT=EntityWhere(name=StringFilter(contains="y"))),
        ],
    )
    text = entity_condition("n", where, params)
    assert "OR 1=1" not in text and "x'" not in text
    assert (
        text == "(n.name = $w1) AND (n:Person) AND ((n.name STARTS WITH $w2) OR (NOT (n.name CONTAINS $w3)))"
    )
    assert params.values == {"w1": "x' OR 1=1 //", "w2": "Jo", "w3": "y"}


def test_relationship_filter_becomes_an_exists_subquery() -> None:
    params = Params()
    some = FactEdgeWhere(
        predicate=PredicateFilter(eq=Predicate.memberOf),
        direction=Direction.OUT,
        node=EntityWhere(name=StringFilter(eq="NATO")),
    )
    text = entity_condition("n", EntityWhere(facts=FactRelationFilter(some=some)), params)
    assert text == "EXISTS { MATCH (n)-[:MEMBER_OF]->(m1) WHERE m1.name = $w2 }"


def test_fact_filter_restricts_relationship_types() -> None:
    rels, cond = fact_condition(
        FactWhere(predicate=PredicateFilter(in_=[Predicate.urges, Predicate.memberOf])), Params()
    )
    assert rels == "MEMBER_OF|URGES" and cond == "true"


def test_lucene_phrase_is_escaped() -> None:
    assert (
        queries.lucene_phrase_query('Belt and "Road"')
        == '"belt and \\"road\\""^4 OR (belt AND and AND \\"road\\"*)'
    )
    with pytest.raises(ValueError, match="empty"):
        queries.lucene_phrase_query("   ")


def test_batched_builders_take_every_parent_at_once() -> None:
    text, params = batches.entity_facts_query(["a", "b"], Direction.OUT, ["urges"], 0, 6)
    assert text.startswith("UNWIND $keys AS key") and "(n)-[r:URGES]->(m)" in text
    assert params == {"keys": ["a", "b"], "skip": 0, "limit": 6}


def test_hop_bounds_are_checked_ints() -> None:
    with pytest.raises(ValueError, match="maxHops"):
        queries.path_query("a", "b", 5)
    with pytest.raises(ValueError, match="depth"):
        batches.neighbors_query(["a"], 4, None, 10)


def test_cursors_round_trip_and_bad_ones_are_named() -> None:
    assert decode_cursor(encode_cursor(41)) == 41
    assert page_args(10, encode_cursor(9), 100).skip == 10
    with pytest.raises(InvalidInputError, match="not a cursor"):
        decode_cursor("garbage!")
    with pytest.raises(InvalidInputError, match="exceeds the maximum page size of 100"):
        page_args(101, None, 100)


def test_only_internal_errors_are_masked() -> None:
    assert should_mask(GraphQLError("boom", original_error=RuntimeError("secret detail")))
    assert not should_mask(GraphQLError("the graph database refused", original_error=StoreError("x")))
    assert not should_mask(GraphQLError("Syntax Error"))
