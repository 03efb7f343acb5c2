"""The Strawberry schema and its protection: limits checked before execution, internal errors masked."""

from __future__ import annotations

import strawberry
from graphql import ASTValidationRule
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from api.graphql.guard import Guards
from api.graphql.mutations import Mutation
from api.graphql.plain_fields import PlainFieldsExecutionContext
from api.graphql.root import Query
from kg.settings import Settings


def build_schema(
    settings: Settings,
    execution_context_class: type[StrawberryGraphQLCoreExecutionContext] = PlainFieldsExecutionContext,
) -> strawberry.Schema:
    """The schema with the limits of ``settings``; documents over a limit never reach a resolver.

    ``execution_context_class`` is graphql-core's executor; the benchmark compares ours, which
    completes plain fields itself (api.graphql.plain_fields), with Strawberry's own.
    """
    # The limit rules are built once, so the document cache (keyed by the rules) can hit.
    rules: list[type[ASTValidationRule]] = [
        depth_rule(settings.api_max_depth, should_ignore=None),
        alias_rule(settings.api_max_aliases),
    ]
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        extensions=[Guards(settings.api_max_tokens, rules)],
        execution_context_class=execution_context_class,
    )


def schema_sdl() -> str:
    """The schema's SDL (limits do not change it), as committed in schema/schema.graphql."""
    return build_schema(Settings()).as_str() + "\n"
