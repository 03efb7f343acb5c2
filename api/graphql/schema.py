"""The Strawberry schema and its protection: limits checked before execution, internal errors masked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from graphql import ASTValidationRule, GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from api.graphql.mutations import Mutation
from api.graphql.plain_fields import PlainFieldsExecutionContext
from api.graphql.root import Query
from kg.errors import KGError
from kg.settings import Settings


def should_mask(error: GraphQLError) -> bool:
    """Our own errors (KGError) are written for users; anything else is an internal detail."""
    original = error.original_error
    return original is not None and not isinstance(original, KGError)


class CypherRoundTrips(SchemaExtension):
    """Reports the request's Cypher round trips under ``extensions.cypherRoundTrips``."""

    def get_results(self) -> dict[str, Any]:
        context = self.execution_context.context
        executor = getattr(context, "executor", None)
        return {"cypherRoundTrips": executor.round_trips if executor is not None else 0}


def build_schema(
    settings: Settings,
    execution_context_class: type[StrawberryGraphQLCoreExecutionContext] = PlainFieldsExecutionContext,
) -> strawberry.Schema:
    """The schema with the limits of ``settings``; documents over a limit never reach a resolver.

    ``execution_context_class`` is graphql-core's executor; the benchmark compares ours, which
    completes plain fields itself (api.graphql.plain_fields), with Strawberry's own.
    """
    # The limit rules are built once, so the validation cache (keyed by the rules) can hit; each
    # request gets fresh extension instances (factories), as Strawberry requires.
    rules: list[type[ASTValidationRule]] = [
        depth_rule(settings.api_max_depth, should_ignore=None),
        alias_rule(settings.api_max_aliases),
    ]
    extensions: list[Callable[[], SchemaExtension] | type[SchemaExtension]] = [
        lambda: MaxTokensLimiter(max_token_count=settings.api_max_tokens),
        lambda: AddValidationRules(rules),
        lambda: MaskErrors(should_mask_error=should_mask, error_message="Internal server error."),
        # Front ends send the same few documents over and over: parse and validate each once.
        lambda: ParserCache(maxsize=512),
        lambda: ValidationCache(maxsize=512),
        CypherRoundTrips,
    ]
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        execution_context_class=execution_context_class,
    )


def schema_sdl() -> str:
    """The schema's SDL (limits do not change it), as committed in schema/schema.graphql."""
    return build_schema(Settings()).as_str() + "\n"
