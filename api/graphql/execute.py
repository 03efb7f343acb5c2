"""Answering queries with compiled Cypher: one query per root field, its rows the response data.

A query operation whose root fields all have compiler rules is answered here (``Answers.execute``,
called from the schema extension's execute hook, so Strawberry's own execution is skipped): its
variables coerced by graphql-core, its selection resolved into ``Field`` trees (api.graphql.selection)
and compiled (kg.graphstore.compiler), and each root field's query sent, all at once, under the
request's deadline. Anything else (mutations, introspection) runs through Strawberry's executor, in
which a root field's resolver asks ``Answers.read_field`` for its value and the objects of that value
are read by response key (``CompiledData``).

Compiled operations are kept by query text, operation name and the values of the variables that
shape the Cypher. A variable used only as a value the query takes as ``item`` (an entity's name, a
search phrase) does not shape it, so every request of a front end's entity page reuses one compiled
query, and concurrent ones share its round trip (kg.graphstore.reads.Reads.shared).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    GraphQLError,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    OperationDefinitionNode,
    VariableNode,
    VariableValues,
    Visitor,
    get_operation_ast,
    get_variable_values,
    parse,
    visit,
)

from api.graphql.order import Orderer, orderer
from api.graphql.selection import InputLimits, Selections, SelectionTooLarge, check_input
from kg.errors import InvalidInputError, KGError, StoreError
from kg.graphstore.compiler import CompiledRead, Cost, CostError, Field, Limits, compile_root, compiles
from kg.graphstore.compiler.cypher import frozen
from kg.graphstore.reads import Reads, Rows
from kg.settings import Settings

#: Distinct documents (and, per document, variable shapes) whose compiled queries are kept.
DOCUMENTS_KEPT = 512
SHAPES_KEPT = 64


class RoundTripCounter:
    """Queries sent to Neo4j for the whole app (a shared query counts once per request in it)."""

    def __init__(self) -> None:
        self.total = 0


class RequestReads:
    """One request's reads: its deadline, and the count ``cypherRoundTrips`` reports."""

    def __init__(self, reads: Reads, counter: RoundTripCounter, timeout: float) -> None:
        self._reads, self._counter = reads, counter
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.round_trips = 0

    def rows(self, compiled: CompiledRead) -> asyncio.Future[Rows]:
        """The rows of a root field's query (a shared read: no task of its own)."""
        self.round_trips += 1
        self._counter.total += 1  # only the event loop's thread counts, so no race
        return self._reads.shared(compiled.read, self.deadline)

    async def value(self, compiled: CompiledRead) -> Any:
        """The root field's value: its query's one ``data`` row, or null when it has none."""
        return _value(await self.rows(compiled))


def _value(rows: Rows) -> Any:
    return rows[0]["data"] if rows else None


@dataclass
class _Root:
    """One root response key of an operation, compiled (or refused)."""

    key: str
    nodes: list[FieldNode]
    non_null: bool
    read: CompiledRead | None = None  # None for __typename
    error: Exception | None = None  # a KGError (shown) or a bug (masked)
    args: dict[str, Any] = field(default_factory=dict)  # the root field's arguments when compiled
    order: Orderer | None = None  # puts the value's maps in selection order
    variables: dict[str, str] = field(default_factory=dict)  # bound argument -> the variable it is


@dataclass
class _Compiled:
    roots: list[_Root]
    refused: GraphQLError | None = None  # the whole request (cost, size): nothing runs


@dataclass
class _Document:
    document: DocumentNode
    operation: OperationDefinitionNode
    fragments: dict[str, FragmentDefinitionNode]
    value_variables: frozenset[str] | None = None  # known after the first compile
    shapes: OrderedDict[Hashable, _Compiled] = field(default_factory=OrderedDict)


class Answers:
    """The app's compiled answers: the schema (graphql-core's, from the SDL), limits, kept compilations."""

    def __init__(self, schema: GraphQLSchema, settings: Settings) -> None:
        self.schema = schema
        self.limits = Limits(settings.api_max_page_size, settings.api_max_cost)
        self.input_limits = InputLimits(
            settings.api_max_fields, settings.api_max_input_values, settings.api_max_input_depth
        )
        self._documents: OrderedDict[tuple[str, str | None], _Document] = OrderedDict()

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
        entry = self._document(query, lambda: document, operation_name)
        if entry is None or entry.operation.operation.value != "query":
            return None
        try:
            check_input(dict(raw_variables or {}), "variables", self.input_limits)
            variables = dict(raw_variables or {})
            coerced = get_variable_values(self.schema, entry.operation.variable_definitions or (), variables)
            if isinstance(coerced, list):
                return ExecutionResult(None, coerced)
            found = self._compiled(entry, coerced)
        except Exception as exc:  # SelectionTooLarge, or a bug: the request's error either way
            return ExecutionResult(None, [GraphQLError(str(exc), original_error=exc)])
        if found is None:
            return None
        compiled, fresh = found
        if compiled.refused is not None:
            return ExecutionResult(None, [compiled.refused])
        return await _run(reads, compiled, coerced.coerced, fresh)

    def compile(
        self, query: str, variables: Mapping[str, Any] | None = None, operation_name: str | None = None
    ) -> dict[str, CompiledRead]:
        """The compiled query of each root field of a query (for tests, and the bench's bare endpoint).

        Raises:
            KGError: the query is not one the compiler answers, or is refused (the first error).
        """
        entry = self._document(query, lambda: parse(query), operation_name)
        if entry is None:
            raise InvalidInputError(f"no operation {operation_name!r} in the document")
        coerced = get_variable_values(
            self.schema, entry.operation.variable_definitions or (), dict(variables or {})
        )
        if isinstance(coerced, list):
            raise InvalidInputError(coerced[0].message)
        compiled = self._compile(entry, coerced)
        if compiled is None:
            raise InvalidInputError("not a query the compiler answers (introspection?)")
        if compiled.refused is not None:
            raise InvalidInputError(compiled.refused.message)
        for root in compiled.roots:
            if root.error is not None:
                raise root.error
        return {root.key: root.read for root in compiled.roots if root.read is not None}

    def _document(
        self, query: str, parsed: Callable[[], DocumentNode], operation_name: str | None
    ) -> _Document | None:
        """The kept entry of a query text's operation (``parsed`` gives its document when new)."""
        key = (query, operation_name)
        entry = self._documents.get(key)
        if entry is None:
            document = parsed()
            operation = get_operation_ast(document, operation_name)
            if operation is None:
                return None
            fragments = {
                d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
            }
            entry = self._documents[key] = _Document(document, operation, fragments)
            if len(self._documents) > DOCUMENTS_KEPT:
                self._documents.popitem(last=False)
        else:
            self._documents.move_to_end(key)
        return entry

    def _compiled(self, entry: _Document, variables: VariableValues) -> tuple[_Compiled, bool] | None:
        """The operation compiled for these variables: kept, or compiled now (``True``: fresh)."""
        shape = _shape(variables.coerced, entry.value_variables)
        kept = entry.shapes.get(shape)
        if kept is not None:
            entry.shapes.move_to_end(shape)
            return kept, False
        compiled = self._compile(entry, variables)
        if compiled is None:
            return None
        if compiled.refused is None and not any(root.error for root in compiled.roots):
            # Errors are not kept: an item value (an empty name) may have caused them.
            if entry.value_variables is None:
                entry.value_variables = _value_variables(entry, compiled)
            entry.shapes[_shape(variables.coerced, entry.value_variables)] = compiled
            if len(entry.shapes) > SHAPES_KEPT:
                entry.shapes.popitem(last=False)
        return compiled, True

    def _compile(self, entry: _Document, variables: VariableValues) -> _Compiled | None:
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
            return _Compiled([], GraphQLError(str(exc), original_error=exc))
        return _Compiled(roots)

    def _root(
        self,
        selections: Selections,
        query_type: GraphQLObjectType,
        key: str,
        nodes: list[FieldNode],
        cost: Cost,
    ) -> _Root:
        name = nodes[0].name.value
        if name == "__typename":
            return _Root(key, nodes, non_null=True)
        root = _Root(key, nodes, isinstance(query_type.fields[name].type, GraphQLNonNull))
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
        entry = self._document(query, lambda: parse(query), name) if query else None
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


class _Uses(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.uses: Counter[str] = Counter()

    def enter_variable(self, node: VariableNode, *_: Any) -> None:
        self.uses[node.name.value] += 1


def _value_variables(entry: _Document, compiled: _Compiled) -> frozenset[str]:
    """The variables whose every use is a root argument the query takes as an ``item`` value: they
    do not shape the compiled text, only the item."""
    counted = _Uses()
    for definition in (entry.operation, *entry.fragments.values()):
        visit(definition.selection_set, counted)
    bound: Counter[str] = Counter()
    for root in compiled.roots:
        for variable in root.variables.values():
            bound[variable] += len(root.nodes)
    return frozenset(v for v, n in bound.items() if counted.uses[v] == n)


def _shape(coerced: Mapping[str, Any], value_variables: frozenset[str] | None) -> Hashable:
    """What a request's variables give the compiled text: the values of the variables that shape it,
    and whether each value variable is given."""
    values = value_variables or frozenset()
    return tuple(
        (name, value is None) if name in values else (name, frozen(value))
        for name, value in sorted(coerced.items())
    )


async def _run(
    reads: RequestReads, compiled: _Compiled, coerced: Mapping[str, Any], fresh: bool
) -> ExecutionResult:
    """Send every root field's query at once, under the request's deadline; assemble the data."""
    tasks: dict[str, asyncio.Future[Rows]] = {}
    errors: dict[str, Exception] = {}
    for root in compiled.roots:
        if root.read is None or root.error is not None:
            continue
        try:
            read = root.read
            if root.variables and not fresh:
                read = read.rebind({**root.args, **{a: coerced[v] for a, v in root.variables.items()}})
        except KGError as exc:
            errors[root.key] = exc
            continue
        tasks[root.key] = reads.rows(read)
    if tasks:
        _, pending = await asyncio.wait(tasks.values(), timeout=max(0.0, reads.deadline - time.monotonic()))
        for future in pending:
            future.cancel()  # the shared read goes on for the others that asked for it
    return _result(compiled.roots, tasks, errors, reads.timeout)


def _result(
    roots: list[_Root],
    tasks: dict[str, asyncio.Future[Rows]],
    errors: dict[str, Exception],
    timeout: float,
) -> ExecutionResult:
    data: dict[str, Any] | None = {}
    found: list[GraphQLError] = []
    for root in roots:
        value: Any = None
        error: Exception | None = root.error or errors.get(root.key)
        if root.read is None and error is None:
            value = "Query"  # __typename
        elif error is None:
            task = tasks[root.key]
            if task.cancelled():
                error = StoreError(
                    f"the request took longer than {timeout:g} s (KG_API_REQUEST_TIMEOUT); narrow it down"
                )
            elif task.exception() is not None:
                error = _exception(task)
            else:
                value = _value(task.result())
                if root.order is not None:
                    value = root.order(value)
        if error is not None:
            found.append(GraphQLError(str(error), root.nodes, path=[root.key], original_error=error))
        if data is not None:
            data[root.key] = value
            if value is None and root.non_null:
                data = None  # a non-null root field's null reaches the response's data
    return ExecutionResult(data, found or None)


def _exception(task: asyncio.Future[Any]) -> Exception:
    exc = task.exception()
    if not isinstance(exc, Exception):
        raise exc or RuntimeError("a read finished without a result")  # KeyboardInterrupt and the like
    return exc
