"""Completing plain fields without graphql-core's per-field machinery.

A *plain* field is one Strawberry resolves by reading an attribute of its parent: no resolver, no
field extensions or permissions, no exception handlers (Strawberry itself then skips Info and
schema-extension hooks for it, through its "basic field" resolver). A front end's page is
mostly plain fields: the entity page resolves ~150 fields, ~125 of them plain (edges, nodes,
names, sentences, titles), and graphql-core spends ~20 µs on each (a Path, a ResolveInfo, argument
and awaitable checks, completion dispatched by type), which made it the API's main CPU cost.

Here, when a plain field's whole subtree is plain, graphql-core's executor asks a *plan*
(api.graphql.plans, compiled once per selection and kept between requests of an operation): read the
attribute, serialize leaves with the type's own serializer, build dicts and lists. The plan gives
up (:class:`~api.graphql.plans.GiveUp`) on anything whose handling
the spec spells out and graphql-core does properly: null where the type says non-null, a value the
serializer refuses, an awaitable, a non-list for a list. graphql-core then runs that field again
from the start and produces exactly the data and error it always would; running it again is safe
because plain fields only read attributes. Subtrees holding a field with a resolver, an abstract
type, an ``is_type_of`` check, ``__typename`` on a union or deferred fragments are never planned.

A field with a resolver whose value the parent's query may already have fetched (``Entity.facts``
under ``entity``, ``Fact.evidence(first: 1)`` twenty times under those facts) names a *primed hook*
(api.graphql.plans.PRIMED): the resolver's first half, which returns the fetched value or
``NOT_PRIMED``. A plan reads such a field through its hook, with one Info and one set of converted
arguments per field per request (:meth:`PlainFieldsExecutionContext._primed_reader`), so the
entity page is one plan from the entity down; a field that was not primed gives up, and
graphql-core calls the resolver, which loads it. Per fact, that skips a resolver call with its
Path, Info and argument conversion, and the execution of the fact's fields one by one.

The fields with a resolver that remain cost as much in Strawberry's per-call wrapper and argument
conversion as in the resolver itself. A sync resolver with no field extensions, under a schema
without exception handlers, is called here directly (:class:`_ResolverCall`): the same Info, the
same converted arguments (converted once per request when they are plain immutable values), the
same error handling and completion as graphql-core's ``execute_field`` gives, without the wrapper's
layers.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from enum import Enum
from typing import Any, NamedTuple

from graphql import (
    ExecutionResult,
    GraphQLEnumType,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.execution.executor import to_nodes
from graphql.execution.values import get_argument_values
from graphql.pyutils import AwaitableOrValue, Path
from strawberry.schema.schema import Schema, StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.arguments import convert_arguments
from strawberry.types.field import StrawberryField
from strawberry.types.fields.resolver import StrawberryResolver

from api.graphql.plans import (
    NOT_PRIMED,
    SHARED_PLANS,
    GiveUp,
    Plan,
    constant,
    definition_of,
    is_plain,
    leaf,
    list_of,
    non_null,
    primed_hook,
    reader,
    same,
    scalar_fast_path,
    strawberry_enum,
)

#: The execution context of the request running in this task: plans are kept between requests, so
#: a primed field's reader finds the request's variables and context here, not in its closure.
_RUNNING: ContextVar[PlainFieldsExecutionContext | None] = ContextVar("kg_plain_fields_running", default=None)


class PlainFieldsExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context, completing all-plain subtrees through compiled plans."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Keyed like graphql-core's own subfield memo, by the identity of the field group, which is
        # kept alive beside its plan so that the id cannot be reused while the request runs.
        self._field_plans: dict[
            tuple[GraphQLObjectType, int], tuple[FieldDetailsList, Plan | _MixedRead | _ResolverCall | None]
        ] = {}
        self._type_plans: dict[tuple[GraphQLOutputType, int], tuple[FieldDetailsList, Plan | None]] = {}
        self._objects: dict[tuple[GraphQLOutputType, int], tuple[FieldDetailsList, _Object | None]] = {}
        # A primed field's Info and converted arguments, made once per request (see _primed_reader).
        self._primed_calls: dict[object, tuple[Any, dict[str, Any]]] = {}
        self._shared = SHARED_PLANS.of(self.schema, self.operation, self.fragment_definitions)
        _RUNNING.set(self)

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> AwaitableOrValue[Any]:
        """A plain field with a plain subtree is read and completed here, with no Path or Info; a sync
        resolver is called directly (``_call_resolver``); anything else goes graphql-core's way."""
        key = (parent_type, id(field_details_list))
        cached = self._field_plans.get(key)
        if cached is None:
            found: Plan | _MixedRead | _ResolverCall | None = self._field_plan(
                parent_type, field_details_list
            )
            cached = (field_details_list, found or self._resolver_call(parent_type, field_details_list))
            self._field_plans[key] = cached
        plan = cached[1]
        if isinstance(plan, _ResolverCall):
            return self._call_resolver(plan, parent_type, source, field_details_list, path, position_context)
        if isinstance(plan, _MixedRead):
            return self._read_mixed(plan, parent_type, source, field_details_list, path, position_context)
        if plan is not None:
            try:
                return plan(source)
            except Exception:
                pass
        return super().execute_field(parent_type, source, field_details_list, path, position_context)

    def build_response(self, data: dict[str, Any] | None) -> Any:
        """The response, and the plans dropped: graphql-core's context sits in a reference cycle, so
        what it holds is otherwise freed only by the cyclic collector, whose pauses (15-60 ms under
        load, walking every in-flight request's objects) were the search's slowest requests."""
        response = super().build_response(data)
        self._field_plans.clear()
        self._type_plans.clear()
        self._objects.clear()
        self._primed_calls.clear()
        if isinstance(response, ExecutionResult):  # complete: no deferred part will run on this context
            # graphql-core's resolver helpers are bound methods of the context: the cycle that keeps
            # it, and everything a request built, waiting for the cyclic collector.
            self.async_helpers = None  # type: ignore[assignment]
        return response

    def _resolver_call(
        self, parent_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> _ResolverCall | None:
        """A field whose sync resolver can be called without Strawberry's wrapper (see the module)."""
        field = self.schema.get_field(parent_type, field_details_list[0].node.name.value)
        definition = definition_of(field) if field is not None else None
        if field is None or definition is None or not self._unwrapped(field):
            return None
        resolver = definition.base_resolver
        if resolver is None or definition.extensions or definition.is_async or definition.is_subscription:
            return None
        schema = self.schema.extensions[GraphQLCoreConverter.DEFINITION_BACKREF]
        return _ResolverCall(field, definition, schema, resolver)

    def _call_resolver(
        self,
        call: _ResolverCall,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> AwaitableOrValue[Any]:
        """What graphql-core's ``execute_field`` and Strawberry's resolver wrapper do for this field:
        the resolver called with the Info and converted arguments Strawberry would give it, its
        result completed, an error reported at this field's path (null, or raised when non-null)."""
        return_type = call.field.type
        info = self.build_resolve_info(call.field, to_nodes(field_details_list), parent_type, path)
        try:
            strawberry_info = call.schema.config.info_class(_raw_info=info, _field=call.definition)
            kwargs = self._arguments(call, field_details_list, strawberry_info)
            args = [source] if call.pass_self else []
            for name in call.pass_source_as:
                kwargs[name] = source
            if call.pass_info_as is not None:
                kwargs[call.pass_info_as] = strawberry_info
            result = call.definition.get_result(source, info=strawberry_info, args=args, kwargs=kwargs)
            if self.is_awaitable(result):
                return self.complete_awaitable_value(
                    return_type, field_details_list, info, path, result, position_context
                )
            completed = self.complete_value(
                return_type, field_details_list, info, path, result, position_context
            )
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, field_details_list, path)
            return None
        if self.is_awaitable(completed):
            return self._completed_later(completed, return_type, field_details_list, path)
        return completed

    async def _completed_later(
        self, completed: Any, return_type: GraphQLOutputType, field_details_list: FieldDetailsList, path: Path
    ) -> Any:
        try:
            return await completed
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, field_details_list, path)
            return None

    def _arguments(
        self, call: _ResolverCall, field_details_list: FieldDetailsList, info: Any
    ) -> dict[str, Any]:
        """The resolver's keyword arguments as Strawberry converts them; kept for the rest of the
        request when every value is immutable (a page size, a cursor, an enum), so the twenty
        ``evidence(first: 1)`` calls of a page convert once."""
        if call.kwargs is not None:
            return dict(call.kwargs)
        kwargs = self._converted_arguments(call.field, call.definition, call.schema, field_details_list, info)
        if all(isinstance(value, _IMMUTABLE) for value in kwargs.values()):
            call.kwargs = kwargs
        return dict(kwargs)

    def _converted_arguments(
        self,
        field: GraphQLField,
        definition: StrawberryField,
        schema: Schema,
        field_details_list: FieldDetailsList,
        info: Any,
    ) -> dict[str, Any]:
        """The field's arguments in this request, converted as Strawberry converts them for its resolver."""
        details = field_details_list[0]
        raw = (
            get_argument_values(
                field,
                details.node,
                self.variable_values,
                details.fragment_variable_values,
                self.hide_suggestions,
            )
            if field.args or details.node.arguments
            else {}
        )
        return convert_arguments(
            raw,
            definition.arguments,
            scalar_registry=schema.schema_converter.scalar_registry,
            config=schema.config,
            info=info,
        )

    def complete_value(
        self,
        return_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        result: Any,
        position_context: Any,
    ) -> AwaitableOrValue[Any]:
        """A resolver's result whose subtree is plain (a page of search hits) is completed by its plan;
        an object with fields of its own to resolve has them executed without the dispatch by type."""
        if not isinstance(result, Exception):
            plan = self._plan_for_type(return_type, field_details_list)
            if plan is not None:
                try:
                    return plan(result)
                except Exception:
                    pass
            elif result is not None and position_context is None:
                found = self._object(return_type, field_details_list)
                if found is not None:
                    # What graphql-core reaches after dispatching on the type (non-null, object, no
                    # is_type_of, nothing deferred): the object's fields, some of them plain.
                    return self.execute_fields(found.type, result, path, found.fields, None)
        return super().complete_value(return_type, field_details_list, info, path, result, position_context)

    def _object(self, type_: GraphQLOutputType, field_details_list: FieldDetailsList) -> _Object | None:
        """An object type (non-null or not) whose fields graphql-core would execute as they are."""
        key = (type_, id(field_details_list))
        cached = self._objects.get(key)
        if cached is None:
            object_type = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
            found = None
            if isinstance(object_type, GraphQLObjectType) and object_type.is_type_of is None:
                fields, deferred, _ = self.collect_subfields(object_type, field_details_list)
                found = None if deferred else _Object(object_type, fields)
            cached = self._objects[key] = (field_details_list, found)
        return cached[1]

    def _read_mixed(
        self,
        read: _MixedRead,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> AwaitableOrValue[Any]:
        """A plain field whose object has fields of its own to resolve (a connection's node): read,
        then those fields executed, errors reported at this field as graphql-core's execute_field
        reports them. Anything else (null, a failing read) is graphql-core's, which reads again."""
        try:
            value = read.read(source)
        except Exception:
            value = None
        if value is None or position_context is not None or self.is_awaitable(value):
            return super().execute_field(parent_type, source, field_details_list, path, position_context)
        try:
            completed = self.execute_fields(read.object.type, value, path, read.object.fields, None)
        except Exception as raw_error:
            self.handle_field_error(raw_error, read.return_type, field_details_list, path)
            return None
        if self.is_awaitable(completed):
            return self._completed_later(completed, read.return_type, field_details_list, path)
        return completed

    def _plan_for_type(self, type_: GraphQLOutputType, field_details_list: FieldDetailsList) -> Plan | None:
        key = (type_, id(field_details_list))
        cached = self._type_plans.get(key)
        if cached is None:
            cached = (field_details_list, self._shared_plan(type_, field_details_list))
            self._type_plans[key] = cached
        return cached[1]

    def _shared_plan(self, type_: GraphQLOutputType, field_details_list: FieldDetailsList) -> Plan | None:
        """The plan of an earlier request of the same operation, or a new one kept for later ones.

        Field groups are new lists in every request, but their field nodes are the same objects
        whenever the parser cache hands out the same document, so shared plans are found by those.
        """
        shared = self._shared
        if shared is None or any(d.fragment_variable_values is not None for d in field_details_list):
            return self._type_plan(type_, field_details_list)
        key = (type_, tuple(id(d.node) for d in field_details_list))
        if key in shared:
            return shared[key]
        plan = shared[key] = self._type_plan(type_, field_details_list)
        return plan

    def _unwrapped(self, field: GraphQLField) -> bool:
        """No middleware (a schema extension's ``resolve`` hook) wraps the field's resolver, and the
        schema has no exception handlers (which turn errors into results)."""
        manager = self.middleware_manager
        if manager is not None and manager.get_field_resolver(field.resolve) is not field.resolve:  # type: ignore[arg-type]
            return False
        schema = self.schema.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
        return isinstance(schema, Schema) and not schema.exception_handlers

    def _reader(
        self, parent_type: GraphQLObjectType, field: GraphQLField | None, field_details_list: FieldDetailsList
    ) -> Plan | None:
        """How a plan reads ``field`` of its parent: plain fields by attribute, fields with a primed
        hook by that hook; None for any other field (graphql-core resolves it)."""
        if field is None or not self._unwrapped(field):
            return None
        if is_plain(field):
            return reader(field)
        hook = primed_hook(field)
        return self._primed_reader(parent_type, field, hook, field_details_list) if hook else None

    def _primed_reader(
        self,
        parent_type: GraphQLObjectType,
        field: GraphQLField,
        hook: Callable[..., Any],
        field_details_list: FieldDetailsList,
    ) -> Plan:
        """Reads a field with a resolver through its primed hook (api.graphql.plans.PRIMED), called
        with the Info and arguments the resolver would get, made once per request for all parents
        (twenty facts share one for their evidence): when the parent's query fetched the value, the
        resolver's call, Info and completion per parent are skipped. Anything else gives up, and
        graphql-core calls the resolver, which loads the value."""
        definition = definition_of(field)
        assert definition is not None  # primed_hook found the hook on it
        schema = self.schema.extensions[GraphQLCoreConverter.DEFINITION_BACKREF]
        node = field_details_list[0].node
        response_path = Path(None, node.alias.value if node.alias else node.name.value, parent_type.name)
        nodes = to_nodes(field_details_list)
        slot = object()  # this field's entry in each request's cache of primed calls

        def call_of(running: PlainFieldsExecutionContext) -> tuple[Any, dict[str, Any]]:
            raw_info = running.build_resolve_info(field, nodes, parent_type, response_path)
            info = schema.config.info_class(_raw_info=raw_info, _field=definition)
            kwargs = running._converted_arguments(field, definition, schema, field_details_list, info)
            made = running._primed_calls[slot] = (info, kwargs)
            return made

        def primed(source: Any) -> Any:
            running = _RUNNING.get()
            if running is None:
                raise GiveUp
            info, kwargs = running._primed_calls.get(slot) or call_of(running)
            value = hook(source, info, **kwargs)
            if value is NOT_PRIMED:
                raise GiveUp
            return value

        return primed

    def _field_plan(
        self, parent_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> Plan | _MixedRead | None:
        field = self.schema.get_field(parent_type, field_details_list[0].node.name.value)
        read = self._reader(parent_type, field, field_details_list)
        if field is None or read is None:
            return None
        complete = self._plan_for_type(field.type, field_details_list)
        if complete is None:
            if not is_plain(field):
                return None  # a primed field with a subtree to resolve: its resolver's way
            found = self._object(field.type, field_details_list)
            return _MixedRead(field.type, found, read) if found is not None else None

        def plain_field(source: Any) -> Any:
            return complete(read(source))

        return plain_field

    def _type_plan(self, type_: GraphQLOutputType, field_details_list: FieldDetailsList) -> Plan | None:
        """How to complete a value of ``type_`` selected by ``field_details_list``; None: not plain."""
        if isinstance(type_, GraphQLNonNull):
            inner = self._type_plan(type_.of_type, field_details_list)
            return None if inner is None else scalar_fast_path(type_.of_type, non_null(inner))
        if isinstance(type_, GraphQLList):
            inner = self._type_plan(type_.of_type, field_details_list)
            return None if inner is None else list_of(inner)
        if isinstance(type_, GraphQLEnumType) and isinstance(getattr(type_, "wrapped_cls", None), type):
            return strawberry_enum(type_, self.is_awaitable)
        if is_leaf_type(type_):
            return scalar_fast_path(type_, leaf(type_.serialize, self.is_awaitable))
        if isinstance(type_, GraphQLObjectType) and type_.is_type_of is None:
            return self._object_plan(type_, field_details_list)
        return None  # interfaces, unions and types that check their values: graphql-core's way

    def _object_plan(self, type_: GraphQLObjectType, field_details_list: FieldDetailsList) -> Plan | None:
        grouped, deferred, _ = self.collect_subfields(type_, field_details_list)
        if deferred:
            return None
        entries: list[tuple[str, Plan, Plan]] = []
        for response_name, sub_list in grouped.items():
            name = sub_list[0].node.name.value
            if name == "__typename":
                entries.append((response_name, constant(type_.name), same))
                continue
            field = self.schema.get_field(type_, name)
            read = self._reader(type_, field, sub_list)
            if field is None or read is None:
                return None
            complete = self._plan_for_type(field.type, sub_list)
            if complete is None:
                return None
            entries.append((response_name, read, complete))
        is_awaitable = self.is_awaitable

        def plain_object(value: Any) -> Any:
            if value is None:
                return None
            if is_awaitable(value):
                raise GiveUp
            return {name: complete(read(value)) for name, read, complete in entries}

        return plain_object


_IMMUTABLE = (str, int, float, bool, type(None), Enum)


class _Object(NamedTuple):
    """An object type and the fields selected on it (graphql-core's grouped field set)."""

    type: GraphQLObjectType
    fields: Any


class _MixedRead(NamedTuple):
    """A plain field whose object type has fields that are not plain (see ``_read_mixed``)."""

    return_type: GraphQLOutputType
    object: _Object
    read: Plan


class _ResolverCall:
    """A field whose resolver ``_call_resolver`` calls directly, and how to call it."""

    __slots__ = ("definition", "field", "kwargs", "pass_info_as", "pass_self", "pass_source_as", "schema")

    def __init__(
        self,
        field: GraphQLField,
        definition: StrawberryField,
        schema: Schema,
        resolver: StrawberryResolver[Any],
    ) -> None:
        self.field, self.definition, self.schema = field, definition, schema
        # Which parameters the resolver declares, as Strawberry's get_arguments reads them.
        self.pass_self = resolver.self_parameter is not None
        self.pass_source_as = [p.name for p in (resolver.parent_parameter, resolver.root_parameter) if p]
        self.pass_info_as = resolver.info_parameter.name if resolver.info_parameter else None
        self.kwargs: dict[str, Any] | None = None
