"""A validated document's selection as the compiler takes it: ``kg.graphstore.compiler.Field`` trees.

GraphQL's field collection (the spec's CollectFields) with graphql-core's public functions: fragments
inlined where their type condition holds, ``@skip``/``@include`` applied, fields of one response key
merged, arguments coerced with the request's variables (``get_argument_values``). Limits are kept
while the trees are built, so an oversized request is refused before any Cypher is written: the
fields a selection expands to (fragment bombs), and the size and nesting of input values (a
10,000-item ``OR``, deep ``facts.some.node``), variables included.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLIncludeDirective,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLSkipDirective,
    InlineFragmentNode,
    SelectionSetNode,
    VariableValues,
    get_argument_values,
    get_directive_values,
    get_named_type,
    is_abstract_type,
    type_from_ast,
)

from kg.errors import InvalidInputError
from kg.graphstore.compiler import Field


@dataclass(frozen=True, slots=True)
class InputLimits:
    """Limits on what one request may ask for (settings ``KG_API_MAX_FIELDS``, ``KG_API_MAX_INPUT_*``)."""

    max_fields: int = 1000
    max_input_values: int = 1000
    max_input_depth: int = 12


class SelectionTooLarge(InvalidInputError):
    """The request asks for more than its limits allow; refused before any Cypher is written."""


def check_input(value: Any, name: str, limits: InputLimits) -> None:
    """Refuse an input ``value`` (an argument or a variable, named ``name``) with more values or more
    levels of nesting than the limits allow. Walks at most ``max_input_values`` values."""
    count, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        count += 1
        if count > limits.max_input_values:
            raise SelectionTooLarge(
                f"{name}: more than {limits.max_input_values} values in one request "
                "(KG_API_MAX_INPUT_VALUES); split it"
            )
        if depth > limits.max_input_depth:
            raise SelectionTooLarge(
                f"{name}: nested deeper than {limits.max_input_depth} levels (KG_API_MAX_INPUT_DEPTH)"
            )
        if isinstance(item, Mapping):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list | tuple):
            stack.extend((v, depth + 1) for v in item)


class Selections:
    """Builds ``Field`` trees for one operation: its schema, fragments and variables, and the budget
    of fields and input values the whole request may use."""

    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: VariableValues,
        limits: InputLimits,
    ) -> None:
        self.schema, self.fragments, self.variables, self.limits = schema, fragments, variables, limits
        self._fields = 0

    def collect(
        self, type_: GraphQLObjectType, selection_sets: Sequence[SelectionSetNode]
    ) -> dict[str, list[FieldNode]]:
        """The spec's CollectFields: the field nodes of each response key, in response order."""
        grouped: dict[str, list[FieldNode]] = {}
        visited: set[str] = set()
        for selection_set in selection_sets:
            self._collect(type_, selection_set, grouped, visited)
        return grouped

    def _collect(
        self,
        type_: GraphQLObjectType,
        selection_set: SelectionSetNode,
        grouped: dict[str, list[FieldNode]],
        visited: set[str],
    ) -> None:
        for selection in selection_set.selections:
            if not self._included(selection):
                continue
            if isinstance(selection, FieldNode):
                key = selection.alias.value if selection.alias else selection.name.value
                grouped.setdefault(key, []).append(selection)
            elif isinstance(selection, InlineFragmentNode):
                if self._applies(selection.type_condition, type_):
                    self._collect(type_, selection.selection_set, grouped, visited)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if name in visited or fragment is None:
                    continue
                visited.add(name)
                if self._applies(fragment.type_condition, type_):
                    self._collect(type_, fragment.selection_set, grouped, visited)

    def _included(self, node: FieldNode | InlineFragmentNode | FragmentSpreadNode | Any) -> bool:
        if not node.directives:
            return True
        skip = get_directive_values(GraphQLSkipDirective, node, self.variables)
        if skip and skip["if"]:
            return False
        include = get_directive_values(GraphQLIncludeDirective, node, self.variables)
        return not (include and not include["if"])

    def _applies(self, condition: Any, type_: GraphQLObjectType) -> bool:
        if condition is None:
            return True
        conditional = type_from_ast(self.schema, condition)
        if conditional is type_:
            return True
        return is_abstract_type(conditional) and self.schema.is_sub_type(conditional, type_)

    def field(self, parent: GraphQLObjectType, key: str, nodes: list[FieldNode]) -> Field:
        """The ``Field`` of response ``key`` on ``parent``, selected by ``nodes`` (merged)."""
        self._fields += 1
        if self._fields > self.limits.max_fields:
            raise SelectionTooLarge(
                f"the query selects more than {self.limits.max_fields} fields once its fragments are "
                "expanded (KG_API_MAX_FIELDS)"
            )
        name = nodes[0].name.value
        if name == "__typename":
            return Field(key, name, parent.name)
        definition: GraphQLField = parent.fields[name]
        args = get_argument_values(definition, nodes[0], self.variables) if definition.args else {}
        for arg_name, value in args.items():
            if isinstance(value, Mapping | list):
                check_input(value, f"{name}({arg_name}:)", self.limits)
        type_ = get_named_type(definition.type)
        fields: tuple[Field, ...] = ()
        if isinstance(type_, GraphQLObjectType):
            sets = [n.selection_set for n in nodes if n.selection_set is not None]
            fields = tuple(self.field(type_, k, ns) for k, ns in self.collect(type_, sets).items())
        return Field(key, name, type_.name, args, fields)
