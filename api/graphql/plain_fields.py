"""Completing plain fields without graphql-core's per-field machinery.

A *plain* field is one Strawberry resolves by reading an attribute of its parent: no resolver, no
field extensions or permissions (Strawberry marks the resolver it builds for such a field with
``_is_default``, and itself skips Info and schema-extension hooks for it). A front end's page is
mostly plain fields: the entity page resolves ~150 fields, ~125 of them plain (edges, nodes,
names, sentences, titles), and graphql-core spends ~20 µs on each (a Path, a ResolveInfo, argument
and awaitable checks, completion dispatched by type), which made it the API's main CPU cost.

Here, when a plain field's whole subtree is plain, graphql-core's executor asks a *plan* compiled
once per request and selection: read the attribute, serialize leaves with the type's own
serializer, build dicts and lists. The plan gives up (:class:`_GiveUp`) on anything whose handling
the spec spells out and graphql-core does properly: null where the type says non-null, a value the
serializer refuses, an awaitable, a non-list for a list. graphql-core then runs that field again
from the start and produces exactly the data and error it always would; running it again is safe
because plain fields only read attributes. Subtrees holding a field with a resolver, an abstract
type, an ``is_type_of`` check, ``__typename`` on a union or deferred fragments are never planned.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from operator import attrgetter
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    Undefined,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetailsList
from graphql.pyutils import AwaitableOrValue, Path
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

Plan = Callable[[Any], Any]


class _GiveUp(Exception):
    """A plan met a value graphql-core must handle (and report) itself."""


def is_plain(field: GraphQLField) -> bool:
    """Whether Strawberry resolves ``field`` by reading an attribute (its resolver marked default)."""
    return getattr(field.resolve, "_is_default", False) is True


class PlainFieldsExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's execution context, completing all-plain subtrees through compiled plans."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Keyed like graphql-core's own subfield memo, by the identity of the field group, which is
        # kept alive beside its plan so that the id cannot be reused while the request runs.
        self._field_plans: dict[tuple[GraphQLObjectType, int], tuple[FieldDetailsList, Plan | None]] = {}
        self._type_plans: dict[tuple[GraphQLOutputType, int], tuple[FieldDetailsList, Plan | None]] = {}

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> AwaitableOrValue[Any]:
        """A plain field with a plain subtree: read and complete it here, with no Path or Info."""
        key = (parent_type, id(field_details_list))
        cached = self._field_plans.get(key)
        if cached is None:
            cached = (field_details_list, self._field_plan(parent_type, field_details_list))
            self._field_plans[key] = cached
        plan = cached[1]
        if plan is not None:
            try:
                return plan(source)
            except Exception:
                pass
        return super().execute_field(parent_type, source, field_details_list, path, position_context)

    def complete_value(
        self,
        return_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        result: Any,
        position_context: Any,
    ) -> AwaitableOrValue[Any]:
        """A resolver's result whose subtree is plain (a page of search hits): complete it here."""
        if not isinstance(result, Exception):
            plan = self._plan_for_type(return_type, field_details_list)
            if plan is not None:
                try:
                    return plan(result)
                except Exception:
                    pass
        return super().complete_value(return_type, field_details_list, info, path, result, position_context)

    def _plan_for_type(self, type_: GraphQLOutputType, field_details_list: FieldDetailsList) -> Plan | None:
        key = (type_, id(field_details_list))
        cached = self._type_plans.get(key)
        if cached is None:
            cached = (field_details_list, self._type_plan(type_, field_details_list))
            self._type_plans[key] = cached
        return cached[1]

    def _is_plain(self, field: GraphQLField) -> bool:
        """Plain, and no middleware (a schema extension's ``resolve`` hook) wraps its resolver."""
        manager = self.middleware_manager
        return is_plain(field) and (
            manager is None or manager.get_field_resolver(field.resolve) is field.resolve  # type: ignore[arg-type]
        )

    def _field_plan(
        self, parent_type: GraphQLObjectType, field_details_list: FieldDetailsList
    ) -> Plan | None:
        field = self.schema.get_field(parent_type, field_details_list[0].node.name.value)
        if field is None or not self._is_plain(field):
            return None
        complete = self._plan_for_type(field.type, field_details_list)
        if complete is None:
            return None
        read = _reader(field)

        def plain_field(source: Any) -> Any:
            return complete(read(source))

        return plain_field

    def _type_plan(self, type_: GraphQLOutputType, field_details_list: FieldDetailsList) -> Plan | None:
        """How to complete a value of ``type_`` selected by ``field_details_list``; None: not plain."""
        if isinstance(type_, GraphQLNonNull):
            inner = self._type_plan(type_.of_type, field_details_list)
            return None if inner is None else _non_null(inner)
        if isinstance(type_, GraphQLList):
            inner = self._type_plan(type_.of_type, field_details_list)
            return None if inner is None else _list_of(inner)
        if isinstance(type_, GraphQLEnumType) and isinstance(getattr(type_, "wrapped_cls", None), type):
            return _strawberry_enum(type_, self.is_awaitable)
        if is_leaf_type(type_):
            return _leaf(type_.serialize, self.is_awaitable)
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
                entries.append((response_name, _constant(type_.name), _same))
                continue
            field = self.schema.get_field(type_, name)
            if field is None or not self._is_plain(field):
                return None
            complete = self._plan_for_type(field.type, sub_list)
            if complete is None:
                return None
            entries.append((response_name, _reader(field), complete))
        is_awaitable = self.is_awaitable

        def plain_object(value: Any) -> Any:
            if value is None:
                return None
            if is_awaitable(value):
                raise _GiveUp
            return {name: complete(read(value)) for name, read, complete in entries}

        return plain_object


def _reader(field: GraphQLField) -> Plan:
    """How a plain field reads its parent: ``attrgetter`` when Strawberry's resolver would call
    ``getattr`` (its default), else that resolver, which ignores the Info it is given."""
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if isinstance(definition, StrawberryField) and definition.default_resolver is getattr:
        return attrgetter(definition.python_name)
    resolve = field.resolve
    assert resolve is not None  # a plain field carries Strawberry's attribute reader
    return lambda source: resolve(source, None)


def _same(value: Any) -> Any:
    return value


def _non_null(inner: Plan) -> Plan:
    def non_null(value: Any) -> Any:
        completed = inner(value)
        if completed is None:
            raise _GiveUp  # graphql-core raises the spec's "Cannot return null" error
        return completed

    return non_null


def _list_of(inner: Plan) -> Plan:
    def list_of(value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, list | tuple):
            raise _GiveUp  # other iterables, async ones included, are graphql-core's to walk
        return [inner(item) for item in value]

    return list_of


def _leaf(serialize: Callable[[Any], Any], is_awaitable: Callable[[Any], bool]) -> Plan:
    def leaf(value: Any) -> Any:
        if value is None:
            return None
        if is_awaitable(value):
            raise _GiveUp
        serialized = serialize(value)
        if serialized is None or serialized is Undefined:
            raise _GiveUp  # graphql-core reports the serializer's refusal
        return serialized

    return leaf


def _strawberry_enum(type_: GraphQLEnumType, is_awaitable: Callable[[Any], bool]) -> Plan:
    """Strawberry's enum serializer looks a member up by scanning every value of the enum (~20 for
    the predicates); the same lookup from a table, first name winning as in that scan."""
    members: type[Enum] = type_.wrapped_cls  # type: ignore[attr-defined]
    names: dict[Any, str] = {}
    for name, value in type_.values.items():
        names.setdefault(value.value, name)
    other = _leaf(type_.serialize, is_awaitable)

    def strawberry_enum(value: Any) -> Any:
        if isinstance(value, members):
            name = names.get(value.value)
            if name is None:
                raise _GiveUp  # Strawberry's serializer raises the error
            return name
        return other(value)

    return strawberry_enum


def _constant(value: str) -> Plan:
    return lambda _: value
