"""The schema's one extension: limits, cached parsing and validation, compiled answers, masked errors.

Strawberry builds every extension's hooks anew for every request, and its stock extensions each add
hooks (MaxTokensLimiter, AddValidationRules, ParserCache, ValidationCache, MaskErrors), so ``Guard``
does their work in its own hooks, with Strawberry's public extension API only:

- a document is parsed under the token limit and validated under the API's rules (api.graphql.limits)
  once per query text, kept in an LRU keyed by the text (graphql-core's document nodes rehash their
  whole tree per lookup); a document that fails to parse is left to Strawberry's own parse;
- a query operation the compiler answers is answered in the execute hook (``Answers.execute``), which
  sets the result, so Strawberry skips its executor;
- in Strawberry's executor (mutations, introspection), an object that is compiled data (a dict from
  the compiled query) has its fields read by response key (the resolve hook);
- errors not raised as KGError (written for users) are masked in the response.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import suppress
from functools import lru_cache
from typing import Any

from graphql import ASTValidationRule, DocumentNode, GraphQLError, GraphQLSchema, parse, validate
from strawberry.extensions import SchemaExtension

from api.graphql.execute import Answers
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
    """Makes each request's ``Guard`` (Strawberry wants a factory); holds what they share: the
    document cache, the schema documents are validated against, and the compiled answers."""

    def __init__(self, max_tokens: int, rules: Sequence[type[ASTValidationRule]]) -> None:
        self._max_tokens = max_tokens
        self._rules = tuple(rules)
        self.checked = lru_cache(maxsize=DOCUMENTS_KEPT)(self._check)
        self.schema: GraphQLSchema | None = None
        self.answers: Answers | None = None

    def bind(self, schema: GraphQLSchema, answers: Answers | None) -> None:
        """Validate against ``schema``; answer compiled queries with ``answers`` (None: Strawberry's
        executor answers everything, the reference the compiled answers are tested against)."""
        self.schema, self.answers = schema, answers
        self.checked.cache_clear()

    def __call__(self) -> Guard:
        return Guard(self._max_tokens, self.checked, self.answers)

    def _check(self, query: str, base_rules: tuple[type[ASTValidationRule], ...]) -> Checked:
        # A GraphQLError (syntax, too many tokens) propagates, and is not cached.
        document = parse(query, max_tokens=self._max_tokens)
        if self.schema is None:
            raise RuntimeError("Guards.bind was not called: no schema to validate against")
        return document, validate(self.schema, document, base_rules + self._rules)


class Guard(SchemaExtension):
    """One request's limits, document cache, compiled answer, error masking and round-trip count."""

    def __init__(self, max_tokens: int, checked: Callable[..., Checked], answers: Answers | None) -> None:
        self._max_tokens = max_tokens
        self._checked = checked
        self._answers = answers
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
                    context.query, tuple(context.validation_rules)
                )
        yield

    def on_validate(self) -> Iterator[None]:
        if self._errors is not None:
            self.execution_context.pre_execution_errors = list(self._errors)  # the cached list stays as is
        yield

    async def on_execute(self) -> AsyncIterator[None]:
        context = self.execution_context
        reads = getattr(context.context, "reads", None)
        if self._answers is not None and reads is not None and context.query and context.graphql_document:
            result = await self._answers.execute(
                reads, context.query, context.graphql_document, context.operation_name, context.variables
            )
            if result is not None:
                context.result = result  # Strawberry's executor is skipped
        yield

    def resolve(self, _next: Callable[..., Any], root: Any, info: Any, *args: Any, **kwargs: Any) -> Any:
        # Compiled data (maps from the compiled query) holds each field's value under its response key;
        # graphql-core names the type itself.
        if type(root) is dict and info.field_name != "__typename":
            return root[info.path.key]
        return _next(root, info, *args, **kwargs)

    def get_results(self) -> dict[str, Any]:
        reads = getattr(self.execution_context.context, "reads", None)
        return {"cypherRoundTrips": reads.round_trips if reads is not None else 0}
