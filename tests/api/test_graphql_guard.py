"""api.graphql.guard on a small schema of its own: limits, the document cache, masking, round trips."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
import strawberry

from api.graphql.guard import MASKED_MESSAGE, Guards
from api.graphql.limits import max_depth_rule
from api.graphql.schema import graphql_schema
from kg.errors import StoreError


@strawberry.type
class Node:
    name: str

    @strawberry.field
    def child(self) -> Node:
        return Node(name=self.name + "'")


@strawberry.type
class Query:
    @strawberry.field
    def node(self) -> Node:
        return Node(name="n")

    @strawberry.field
    def internal(self) -> str:
        raise RuntimeError("password=hunter2 at db-7")

    @strawberry.field
    def ours(self) -> str:
        raise StoreError("the graph database refused the query (Neo.ClientError.Statement.SyntaxError)")


@dataclass
class Counted:
    round_trips: int


@pytest.fixture
def guards() -> Guards:
    return Guards(max_tokens=40, rules=[max_depth_rule(3)])


@pytest.fixture
def schema(guards: Guards) -> strawberry.Schema:
    schema = strawberry.Schema(query=Query, extensions=[guards])
    guards.bind(graphql_schema(schema), answers=None)  # no compiled answers: Strawberry executes
    return schema


def run(schema: strawberry.Schema, query: str) -> strawberry.types.ExecutionResult:
    context = SimpleNamespace(reads=Counted(round_trips=7))
    return asyncio.run(schema.execute(query, context_value=context))


def test_internal_errors_are_masked_keeping_path_and_location(schema: strawberry.Schema) -> None:
    result = run(schema, "{ internal }")
    assert result.errors is not None
    error = result.errors[0].formatted
    assert error == {"message": MASKED_MESSAGE, "locations": [{"line": 1, "column": 3}], "path": ["internal"]}


def test_our_errors_are_shown_as_written(schema: strawberry.Schema) -> None:
    result = run(schema, "{ ours }")
    assert result.errors is not None
    assert result.errors[0].message.startswith("the graph database refused the query")


def test_a_document_is_parsed_and_validated_once_per_text(schema: strawberry.Schema, guards: Guards) -> None:
    assert run(schema, "{ node { name } }").data == {"node": {"name": "n"}}
    assert run(schema, "{ node { name } }").data == {"node": {"name": "n"}}
    assert (guards.checked.cache_info().hits, guards.checked.cache_info().misses) == (1, 1)


def test_a_rejected_document_is_rejected_again_from_the_cache(
    schema: strawberry.Schema, guards: Guards
) -> None:
    deep = "{ node { child { child { child { name } } } } }"
    first, second = run(schema, deep), run(schema, deep)
    assert first.data is None and first.errors is not None and second.errors is not None
    assert "exceeds maximum operation depth of 3" in first.errors[0].message
    assert [e.formatted for e in first.errors] == [e.formatted for e in second.errors]
    assert guards.checked.cache_info().hits == 1
    unknown = run(schema, "{ node { nope } }")
    assert unknown.errors is not None and "Cannot query field 'nope'" in unknown.errors[0].message


def test_syntax_errors_and_token_limits_are_reported_not_cached(
    schema: strawberry.Schema, guards: Guards
) -> None:
    broken = run(schema, "{ node { name }")
    assert broken.errors is not None and broken.errors[0].message.startswith("Syntax Error")
    assert broken.errors[0].formatted["locations"] == [{"line": 1, "column": 16}]
    many = run(schema, "{ " + " ".join(["__typename"] * 50) + " }")
    assert many.errors is not None
    assert "Document contains more than 40 tokens" in many.errors[0].message
    assert guards.checked.cache_info().currsize == 0


def test_round_trips_are_reported(schema: strawberry.Schema) -> None:
    assert run(schema, "{ node { name } }").extensions == {"cypherRoundTrips": 7}
