"""Compiled operations kept between requests (api.graphql.kept): by shape, within a budget of text."""

from __future__ import annotations

from typing import Any

from graphql import get_variable_values, parse

from api.graphql.kept import Kept, shape
from api.graphql.requests import Operation
from api.graphql.schema import build_api
from kg.settings import Settings

ANSWERS = build_api(Settings()).answers

PAGE = """query($name: String!, $first: Int!) { entity(name: $name) { name facts(first: $first) {
    edges { node { predicate } } } } }"""


def compiled(kept: Kept, query: str, **variables: Any) -> tuple[Operation | None, Operation]:
    """What ``kept`` had for this request, and the operation compiled for it (then kept)."""
    entry = kept.document(query, lambda: parse(query), None)
    assert entry is not None
    coerced = get_variable_values(ANSWERS.schema, entry.operation.variable_definitions or (), variables)
    assert not isinstance(coerced, list)
    before = kept.operation(query, None, entry, coerced.coerced)
    operation = ANSWERS.compile_operation(entry, coerced)  # what a miss runs
    assert operation is not None
    kept.keep(query, None, entry, coerced.coerced, operation)
    return before, operation


def test_a_value_variable_does_not_shape_the_operation_but_first_does() -> None:
    kept = Kept()
    assert compiled(kept, PAGE, name="Kirby", first=3)[0] is None
    assert compiled(kept, PAGE, name="China", first=3)[0] is not None  # another name: kept
    assert compiled(kept, PAGE, name="China", first=4)[0] is None  # another page size: compiled


def test_a_variable_also_used_as_a_structure_shapes_it() -> None:
    query = """query($n: String!) { entity(name: $n) { name }
        entities(where: {name: {eq: $n}}) { totalCount } }"""
    kept = Kept()
    compiled(kept, query, n="Kirby")
    assert compiled(kept, query, n="China")[0] is None


def test_the_oldest_operations_go_past_the_budget() -> None:
    _, one = compiled(Kept(), PAGE, name="a", first=1)
    kept = Kept(cypher=int(2.5 * one.size))
    for first in (1, 2, 3):
        compiled(kept, PAGE, name="a", first=first)
    assert compiled(kept, PAGE, name="a", first=3)[0] is not None
    assert compiled(kept, PAGE, name="a", first=1)[0] is None  # dropped for the third


def test_shapes_keep_values_but_only_the_presence_of_value_variables() -> None:
    assert shape({"name": "x", "first": 3}, frozenset({"name"})) == (("first", 3), ("name", False))
    assert shape({"name": None}, frozenset({"name"})) == (("name", True),)
