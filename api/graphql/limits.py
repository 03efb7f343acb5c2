"""Validation rules for the depth and the aliases of a document, linear in its size.

They say what Strawberry's QueryDepthLimiter and MaxAliasesLimiter say, but count each fragment once
(memoized) where those walk every spread of it again: a document of 20 fragments, each spreading the
next twice, cost them 2^20 walks (seconds of the event loop per request, from ~800 bytes).
"""

from __future__ import annotations

from collections.abc import Callable

from graphql import (
    ASTValidationRule,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
)


class _Walk:
    """One measure of selection sets (``field`` says what a field adds), fragments measured once."""

    def __init__(
        self,
        context: ValidationContext,
        field: Callable[[FieldNode, int], int],
        combine: Callable[[list[int]], int],
    ) -> None:
        self._fragments = {
            d.name.value: d for d in context.document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self._field, self._combine = field, combine
        self._memo: dict[str, int] = {}

    def of(self, selection_set: SelectionSetNode | None) -> int:
        if selection_set is None:
            return 0
        values = []
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                values.append(self._field(selection, self.of(selection.selection_set)))
            elif isinstance(selection, InlineFragmentNode):
                values.append(self.of(selection.selection_set))
            elif isinstance(selection, FragmentSpreadNode):
                values.append(self._fragment(selection.name.value))
        return self._combine(values)

    def _fragment(self, name: str) -> int:
        if name not in self._memo:
            self._memo[name] = 0  # a cycle (refused by NoFragmentCyclesRule) counts nothing more
            fragment = self._fragments.get(name)
            self._memo[name] = self.of(fragment.selection_set if fragment else None)
        return self._memo[name]


def _operations(context: ValidationContext) -> list[OperationDefinitionNode]:
    return [d for d in context.document.definitions if isinstance(d, OperationDefinitionNode)]


def max_depth_rule(max_depth: int) -> type[ASTValidationRule]:
    """Refuse operations nested deeper than ``max_depth`` fields (introspection fields not counted)."""

    def depth(field: FieldNode, below: int) -> int:
        if field.selection_set is None or field.name.value.startswith("__"):
            return 0
        return 1 + below

    class MaxDepthRule(ASTValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            walk = _Walk(context, depth, lambda values: max(values, default=0))
            for operation in _operations(context):
                if walk.of(operation.selection_set) > max_depth:
                    name = operation.name.value if operation.name else "anonymous"
                    message = f"'{name}' exceeds maximum operation depth of {max_depth}"
                    context.report_error(GraphQLError(message, operation))

    return MaxDepthRule


def max_aliases_rule(max_aliases: int) -> type[ASTValidationRule]:
    """Refuse documents whose operations hold more than ``max_aliases`` aliases, fragments expanded."""

    def aliases(field: FieldNode, below: int) -> int:
        return below + (1 if field.alias else 0)

    class MaxAliasesRule(ASTValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            walk = _Walk(context, aliases, sum)
            total = sum(walk.of(operation.selection_set) for operation in _operations(context))
            if total > max_aliases:
                context.report_error(GraphQLError(f"{total} aliases found. Allowed: {max_aliases}"))

    return MaxAliasesRule


def rules(max_depth: int, max_aliases: int) -> list[type[ASTValidationRule]]:
    return [max_depth_rule(max_depth), max_aliases_rule(max_aliases)]
