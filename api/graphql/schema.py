"""The Strawberry schema and its protection: limits checked before execution, internal errors masked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)

from api.graphql.mutations import Mutation
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


def build_schema(settings: Settings) -> strawberry.Schema:
    """The schema with the limits of ``settings``; documents over a limit never reach a resolver."""
    # Factories, so every request gets fresh extension instances carrying the configured limits.
    extensions: list[Callable[[], SchemaExtension] | type[SchemaExtension]] = [
        lambda: MaxTokensLimiter(max_token_count=settings.api_max_tokens),
        lambda: QueryDepthLimiter(max_depth=settings.api_max_depth),
        lambda: MaxAliasesLimiter(max_alias_count=settings.api_max_aliases),
        lambda: MaskErrors(should_mask_error=should_mask, error_message="Internal server error."),
        CypherRoundTrips,
    ]
    return strawberry.Schema(query=Query, mutation=Mutation, extensions=extensions)


def schema_sdl() -> str:
    """The schema's SDL (limits do not change it), as committed in schema/schema.graphql."""
    return build_schema(Settings()).as_str() + "\n"
