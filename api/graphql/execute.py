"""Answering queries with compiled Cypher: one query per root field, its rows the response data.

A query operation whose root fields all have compiler rules is answered here (``Answers.execute``,
called from the schema extension's execute hook, so Strawberry's own execution is skipped): its
variables coerced by graphql-core, its selection resolved into ``Field`` trees (api.graphql.selection)
and compiled (kg.graphstore.compiler), and each root field's query sent, all at once, under the
request's deadline. Anything else (mutations, introspection) runs through Strawberry's executor, in
which a root field's resolver asks ``Answers.read_field`` for its value and the objects of that value
are read by response key (the Guard's resolve hook).

Compiled operations are kept (api.graphql.kept), so every request of a front end's entity page
reuses one compiled query, and concurrent ones share its round trip (kg.graphstore.reads.Reads.shared);
they run in api.graphql.requests.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    GraphQLError,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    OperationDefinitionNode,
    VariableNode,
    VariableValues,
    get_variable_values,
    parse,
)

from api.graphql.kept import Document, Kept
from api.graphql.order import orderer
from api.graphql.requests import Operation, RequestReads, Root, run
from api.graphql.selection import InputLimits, Selections, SelectionTooLarge, check_input
from kg.errors import InvalidInputError, KGError
from kg.graphstore.compiler import CompiledRead, Cost, CostError, Field, Limits, compile_root, compiles
from kg.settings import Settings


class Answers:
    """The app's compiled answers: the schema (graphql-core's, from the SDL), limits, kept compilations."""

    def __init__(self, schema: GraphQLSchema, settings: Settings) -> None:
        self.schema = schema
        self.limits = Limits(settings.api_max_page_size, settings.api_max_cost)
        self.input_limits = InputLimits(
            settings.api_max_fields, settings.api_max_input_values, settings.api_max_input_depth
        )
        self.kept = Kept()

    async def execute(
        self,
        reads: RequestReads,
        query: str,
        document: DocumentNode,
        operation_name: str | None,
        raw_variables: Mapping[str, Any] | None,
    ) -> ExecutionResult | None:
        """The result of a query operation, or None when it is not one the compiler answers.

        A failure of the compiler itself (a bug) is the request's error, logged and masked as any
        internal error is (api.graphql.guard), never a fall back to another way of answering.
        """
        entry = self.kept.document(query, lambda: document, operation_name)
        if entry is None or entry.operation.operation.value != "query":
            return None
        try:
            check_input(dict(raw_variables or {}), "variables", self.input_limits)
            variables = dict(raw_variables or {})
            coerced = get_variable_values(self.schema, entry.operation.variable_definitions or (), variables)
            if isinstance(coerced, list):
                return ExecutionResult(None, coerced)
            operation = self.kept.operation(query, operation_name, entry, coerced.coerced)
            fresh = operation is None
            if operation is None:
                operation = self.compile_operation(entry, coerced)
                if (
                    operation is not None
                    and operation.refused is None
                    and not any(r.error for r in operation.roots)
                ):
                    # Errors are not kept: an item value (an empty name) may have caused them.
                    self.kept.keep(query, operation_name, entry, coerced.coerced, operation)
        except Exception as exc:  # SelectionTooLarge, or a bug: the request's error either way
            return ExecutionResult(None, [GraphQLError(str(exc), original_error=exc)])
        if operation is None:
            return None
        if operation.refused is not None:
            return ExecutionResult(None, [operation.refused])
        return await run(reads, operation, coerced.coerced, fresh)

    def compile(
        self, query: str, variables: Mapping[str, Any] | None = None, operation_name: str | None = None
    ) -> dict[str, CompiledRead]:
        """The compiled query of each root field of a query (for tests, and the bench's bare endpoint).

        Raises:
            KGError: the query is not one the compiler answers, or is refused (the first error).
        """
        entry = self.kept.document(query, lambda: parse(query), operation_name)
        if entry is None:
            raise InvalidInputError(f"no operation {operation_name!r} in the document")
        coerced = get_variable_values(
            self.schema, entry.operation.variable_definitions or (), dict(variables or {})
        )
        if isinstance(coerced, list):
            raise InvalidInputError(coerced[0].message)
        operation = self.compile_operation(entry, coerced)
        if operation is None:
            raise InvalidInputError("not a query the compiler answers (introspection?)")
        if operation.refused is not None:
            raise InvalidInputError(operation.refused.message)
        for root in operation.roots:
            if root.error is not None:
                raise root.error
        return {root.key: root.read for root in operation.roots if root.read is not None}

    def compile_operation(self, entry: Document, variables: VariableValues) -> Operation | None:
        """The operation of ``entry`` compiled for ``variables``; None when the compiler does not
        answer it (introspection)."""
        query_type = self.schema.query_type
        assert query_type is not None
        selections = Selections(self.schema, entry.fragments, variables, self.input_limits)
        grouped = selections.collect(query_type, [entry.operation.selection_set])
        if not all(_compiles(nodes[0].name.value) for nodes in grouped.values()):
            return None  # introspection: Strawberry's executor answers it
        cost = Cost(self.limits.max_cost)
        try:
            roots = [self._root(selections, query_type, key, nodes, cost) for key, nodes in grouped.items()]
        except (SelectionTooLarge, CostError) as exc:
            return Operation([], GraphQLError(str(exc), original_error=exc))
        return Operation(roots)

    def _root(
        self,
        selections: Selections,
        query_type: GraphQLObjectType,
        key: str,
        nodes: list[FieldNode],
        cost: Cost,
    ) -> Root:
        name = nodes[0].name.value
        if name == "__typename":
            return Root(key, nodes, non_null=True)
        root = Root(key, nodes, isinstance(query_type.fields[name].type, GraphQLNonNull))
        try:
            field = selections.field(query_type, key, nodes)
            root.args = dict(field.args)
            root.read = compile_root(field, self.limits, cost)
            root.order = orderer(self.schema, field, query_type.fields[name].type)
        except (SelectionTooLarge, CostError):
            raise
        except Exception as exc:  # an argument's error (KGError), or a bug: this root field's error
            root.error = exc
            return root
        root.variables = {
            arg.name.value: arg.value.name.value
            for arg in nodes[0].arguments or ()
            if isinstance(arg.value, VariableNode) and arg.name.value in root.read.bound()
        }
        return root

    async def read_field(
        self, info: Any, reads: RequestReads, as_root: str | None = None, **args: Any
    ) -> Any:
        """The value of the field ``info`` resolves, for Strawberry's executor: a root field of
        ``Query``, or (``as_root``) a field compiled as that root field with ``args`` (a mutation's
        ``article``)."""
        operation = info.operation
        name = operation.name.value if operation.name else None
        query = info.query
        entry = self.kept.document(query, lambda: parse(query), name) if query else None
        if entry is None:
            raise KGError("the query's document is not available")
        variables = VariableValues({}, _plain(info.variable_values))
        selections = Selections(self.schema, entry.fragments, variables, self.input_limits)
        parent, key, nodes = _field_at(selections, entry.operation, info.path)
        field = selections.field(parent, key, nodes)
        if as_root is not None:
            field = Field(field.key, as_root, field.type, args, field.fields)
        return await reads.value(compile_root(field, self.limits))


def _plain(value: Any) -> Any:
    """Variables as graphql-core coerces them against the SDL's schema: Strawberry's executor gives
    its enums' members where that gives their values (the names)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _compiles(root_field: str) -> bool:
    return root_field == "__typename" or compiles("Query", root_field)


def _field_at(
    selections: Selections, operation: OperationDefinitionNode, path: Any
) -> tuple[GraphQLObjectType, str, list[FieldNode]]:
    """The parent type, response key and field nodes of the field at ``path`` (graphql-core's Path)."""
    steps = []
    while path is not None:
        if isinstance(path.key, str):
            steps.append((path.key, path.typename))
        path = path.prev
    sets = [operation.selection_set]
    parent: GraphQLObjectType | None = None
    key, nodes = "", []
    for key, typename in reversed(steps):
        found = selections.schema.get_type(typename)
        assert isinstance(found, GraphQLObjectType)
        parent, nodes = found, selections.collect(found, sets)[key]
        sets = [n.selection_set for n in nodes if n.selection_set is not None]
    assert parent is not None
    return parent, key, nodes
