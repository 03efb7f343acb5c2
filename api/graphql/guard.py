"""The schema's one extension: limits, cached parsing and validation, masked errors, the round-trip count.

Strawberry builds every extension's hooks anew for every request (a context manager per hook per
stage), and its stock extensions each add a hook: MaxTokensLimiter, AddValidationRules,
ParserCache, ValidationCache and MaskErrors, plus a counter, cost more per request than a small
query's resolvers. ``Guard`` does what those six did, in three hooks:

- a document is parsed under the token limit and validated under the API's rules once per query
  text (front ends send the same few documents over and over), and the answer kept in an LRU keyed
  by the text, which hashes once; graphql-core's document nodes rehash their whole tree per lookup;
- a document that fails to parse is left to Strawberry's own parse, which reports it as usual;
- errors not raised as KGError (written for users) are masked in the response.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from functools import lru_cache
from typing import Any

from graphql import ASTValidationRule, DocumentNode, GraphQLError, GraphQLSchema, parse, validate
from strawberry.extensions import SchemaExtension

from kg.errors import KGError

#: Distinct query texts whose parsed and validated documents are kept.
DOCUMENTS_KEPT = 512
MASKED_MESSAGE = "Internal server error."

Checked = tuple[DocumentNode, list[GraphQLError]]


def should_mask(error: GraphQLError) -> bool:
    """Our own errors (KGError) are written for users; anything else is an internal detail."""
    original = error.original_error
    return original is not None and not isinstance(original, KGError)


def masked(error: GraphQLError) -> GraphQLError:
    """``error`` with an internal detail replaced by a generic message (location and path kept)."""
    if not should_mask(error):
        return error
    return GraphQLError(
        MASKED_MESSAGE, nodes=error.nodes, source=error.source, positions=error.positions, path=error.path
    )


class Guards:
    """Makes each request's ``Guard`` (Strawberry wants a factory); holds the document cache they share."""

    def __init__(self, max_tokens: int, rules: Sequence[type[ASTValidationRule]]) -> None:
        self._max_tokens = max_tokens
        self._rules = tuple(rules)
        self.checked = lru_cache(maxsize=DOCUMENTS_KEPT)(self._check)

    def __call__(self) -> Guard:
        return Guard(self._max_tokens, self.checked)

    def _check(
        self, query: str, schema: GraphQLSchema, base_rules: tuple[type[ASTValidationRule], ...]
    ) -> Checked:
        # A GraphQLError (syntax, too many tokens) propagates, and is not cached.
        document = parse(query, max_tokens=self._max_tokens)
        return document, validate(schema, document, base_rules + self._rules)


class Guard(SchemaExtension):
    """One request's limits, document cache, error masking and ``cypherRoundTrips`` extension."""

    def __init__(self, max_tokens: int, checked: Callable[..., Checked]) -> None:
        self._max_tokens = max_tokens
        self._checked = checked
        self._errors: list[GraphQLError] | None = None

    def on_operation(self) -> Iterator[None]:
        context = self.execution_context
        # Strawberry's own parse (only reached for a document the cache could not take) keeps the limit.
        context.parse_options["max_tokens"] = self._max_tokens
        yield
        result = context.result
        errors = getattr(result, "errors", None)
        if errors:
            result.errors = [masked(e) for e in errors]  # type: ignore[union-attr]

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if context.query is not None and context.graphql_document is None:
            # On a GraphQLError Strawberry parses the text again, and reports it as it reports syntax errors.
            with suppress(GraphQLError):
                context.graphql_document, self._errors = self._checked(
                    context.query, context.schema._schema, tuple(context.validation_rules)
                )
        yield

    def on_validate(self) -> Iterator[None]:
        if self._errors is not None:
            self.execution_context.pre_execution_errors = list(self._errors)  # the cached list stays as is
        yield

    def get_results(self) -> dict[str, Any]:
        executor = getattr(self.execution_context.context, "executor", None)
        return {"cypherRoundTrips": executor.round_trips if executor is not None else 0}
