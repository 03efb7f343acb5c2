"""The Strawberry schema, its graphql-core twin, and the compiled answers, built together.

Strawberry declares the schema (its SDL is schema/schema.graphql); graphql-core parses and validates
documents against a ``GraphQLSchema`` built from that very SDL (``graphql_schema``: public APIs only,
custom scalars keeping Strawberry's own functions), which the compiler also reads its types from.
"""

from __future__ import annotations

from dataclasses import dataclass

import graphql
import strawberry
from graphql import GraphQLScalarType, GraphQLSchema, is_specified_scalar_type

from api.graphql.execute import Answers
from api.graphql.guard import Guards
from api.graphql.limits import rules
from api.graphql.mutations import Mutation
from api.graphql.root import Query
from kg.settings import Settings


@dataclass(frozen=True, slots=True)
class GraphQLApi:
    """The schema Strawberry serves, the compiled answers, and the extension's shared state."""

    schema: strawberry.Schema
    answers: Answers
    guards: Guards


def build_api(settings: Settings, compiled: bool = True) -> GraphQLApi:
    """The schema with the limits of ``settings``; documents over a limit never reach the compiler.

    ``compiled=False`` leaves every operation to Strawberry's executor, root fields reading their
    compiled values one by one: the reference the compiled answers are compared with.
    """
    guards = Guards(settings.api_max_tokens, rules(settings.api_max_depth, settings.api_max_aliases))
    schema = strawberry.Schema(query=Query, mutation=Mutation, extensions=[guards])
    twin = graphql_schema(schema)
    answers = Answers(twin, settings)
    guards.bind(twin, answers if compiled else None)
    return GraphQLApi(schema, answers, guards)


def build_schema(settings: Settings) -> strawberry.Schema:
    return build_api(settings).schema


def graphql_schema(schema: strawberry.Schema) -> GraphQLSchema:
    """graphql-core's schema of ``schema``, from its SDL; custom scalars parse and serialize with
    Strawberry's functions. Checked: printing it gives the SDL again."""
    sdl = schema.as_str()
    twin = graphql.build_schema(sdl)
    for name, type_ in twin.type_map.items():
        if isinstance(type_, GraphQLScalarType) and not is_specified_scalar_type(type_):
            definition = schema.get_type_by_name(name)  # Strawberry's scalar definition
            if definition is None or not hasattr(definition, "parse_value"):
                raise TypeError(f"scalar {name} has no Strawberry definition")
            for hook in ("serialize", "parse_value", "parse_literal"):
                function = getattr(definition, hook, None)
                if function is not None:
                    setattr(type_, hook, function)
    # graphql-core leaves the specified @oneOf directive out of the printed SDL; Strawberry writes it.
    if graphql.print_schema(twin) != sdl.replace("directive @oneOf on INPUT_OBJECT\n\n", ""):
        raise RuntimeError("the schema built from the SDL does not print the SDL back")
    return twin


def schema_sdl() -> str:
    """The schema's SDL (limits do not change it), as committed in schema/schema.graphql."""
    return build_schema(Settings()).as_str() + "\n"
