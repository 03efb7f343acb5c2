"""Plans: completing a plain field's value without graphql-core, and keeping them between requests.

A plan is a function of the value a plain field read (see api.graphql.plain_fields) that returns the
completed result: attributes read with ``attrgetter``, leaves serialized by their type's serializer,
dicts and lists built. It raises :class:`GiveUp` on anything graphql-core must handle and report
itself (null in a non-null place, a value the serializer refuses, an awaitable, a non-list).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from enum import Enum
from math import isfinite
from operator import attrgetter
from typing import Any

from graphql import (
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLField,
    GraphQLFloat,
    GraphQLID,
    GraphQLInt,
    GraphQLOutputType,
    GraphQLSchema,
    GraphQLString,
    GraphQLType,
    Undefined,
)
from graphql.language import FragmentDefinitionNode, OperationDefinitionNode
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

Plan = Callable[[Any], Any]


class GiveUp(Exception):
    """A plan met a value graphql-core must handle (and report) itself."""


#: The Strawberry field metadata key under which a field with a resolver names its *primed hook*:
#: a function called like the resolver (source, Info, the same keyword arguments) that returns the
#: field's value when the parent's query already fetched it, else ``NOT_PRIMED``. It must read
#: nothing but its arguments (no query, no loader, no ``info.path``: plain_fields calls it with one
#: Info per field per request), so that a plan may call it and, on ``NOT_PRIMED``, give up.
PRIMED = "kg.primed"


class _NotPrimed:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<not primed>"


NOT_PRIMED: Any = _NotPrimed()


def primed_hook(field: GraphQLField) -> Callable[..., Any] | None:
    """The primed hook of a field with a resolver and nothing wrapped around it (no extension,
    permission or subscription), or None."""
    definition = definition_of(field)
    if definition is None or definition.base_resolver is None or definition.extensions:
        return None
    if definition.is_subscription:  # its resolver yields events; a plan has no place for them
        return None
    hook: Callable[..., Any] | None = definition.metadata.get(PRIMED)
    return hook


def definition_of(field: GraphQLField) -> StrawberryField | None:
    """The Strawberry field behind a graphql-core field (None for introspection fields)."""
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    return definition if type(definition) is StrawberryField else None


def is_plain(field: GraphQLField) -> bool:
    """Whether Strawberry resolves ``field`` by reading an attribute: no resolver, no extensions.

    Strawberry's own mark (``_is_default``) is not enough: it is also set on fields with no
    resolver but with extensions, such as permission classes, which must run.
    """
    definition = definition_of(field)
    return definition is not None and definition.is_basic_field


SharedPlans = dict[tuple[GraphQLOutputType, tuple[int, ...]], Plan | None]


class PlansByOperation:
    """Plans kept from one request of an operation to the next (compiling them was ~7% of an
    entity page's CPU): by operation node, which the parser cache hands to every request of the same
    document, and only for operations without directives (an ``@include(if: $x)`` would make the
    fields collected, hence the plans, depend on the variables). The entries hold their schema and
    operation, so the ids in the key stay theirs; the oldest are dropped past ``limit``."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._entries: OrderedDict[tuple[int, int], tuple[object, object, SharedPlans]] = OrderedDict()

    def of(
        self,
        schema: GraphQLSchema,
        operation: OperationDefinitionNode,
        fragments: dict[str, FragmentDefinitionNode],
    ) -> SharedPlans | None:
        key = (id(schema), id(operation))
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            return entry[2]
        if not collection_is_static(operation, fragments):
            return None
        plans: SharedPlans = {}
        self._entries[key] = (schema, operation, plans)
        if len(self._entries) > self.limit:
            self._entries.popitem(last=False)
        return plans


def collection_is_static(
    operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode]
) -> bool:
    """No directive on any field, fragment spread, inline fragment or fragment definition."""
    if any(fragment.directives for fragment in fragments.values()):
        return False
    stack = [operation.selection_set, *(fragment.selection_set for fragment in fragments.values())]
    while stack:
        for selection in stack.pop().selections:
            if selection.directives:
                return False
            below = getattr(selection, "selection_set", None)
            if below is not None:
                stack.append(below)
    return True


SHARED_PLANS = PlansByOperation(limit=256)


def reader(field: GraphQLField) -> Plan:
    """How a plain field reads its parent: ``attrgetter`` when Strawberry's resolver would call
    ``getattr`` (its default), else that resolver, which ignores the Info it is given."""
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if isinstance(definition, StrawberryField) and definition.default_resolver is getattr:
        return attrgetter(definition.python_name)
    resolve = field.resolve
    assert resolve is not None  # a plain field carries Strawberry's attribute reader
    return lambda source: resolve(source, None)


def same(value: Any) -> Any:
    return value


def non_null(inner: Plan) -> Plan:
    def non_null(value: Any) -> Any:
        completed = inner(value)
        if completed is None:
            raise GiveUp  # graphql-core raises the spec's "Cannot return null" error
        return completed

    return non_null


def list_of(inner: Plan) -> Plan:
    def list_of(value: Any) -> Any:
        if value is None:
            return None
        if not isinstance(value, list | tuple):
            raise GiveUp  # other iterables, async ones included, are graphql-core's to walk
        return [inner(item) for item in value]

    return list_of


def leaf(serialize: Callable[[Any], Any], is_awaitable: Callable[[Any], bool]) -> Plan:
    def leaf(value: Any) -> Any:
        if value is None:
            return None
        if is_awaitable(value):
            raise GiveUp
        serialized = serialize(value)
        if serialized is None or serialized is Undefined:
            raise GiveUp  # graphql-core reports the serializer's refusal
        return serialized

    return leaf


_MIN_INT, _MAX_INT = -(2**31), 2**31 - 1


def scalar_fast_path(type_: GraphQLType, plan: Plan) -> Plan:
    """``plan`` for a value of the built-in scalar ``type_``, with the values that its serializer
    returns unchanged (most leaves of a response: a name, a count, a score) returned straight away;
    ``plan`` as it is for other types. Told by exact class: a subclass (an enum that is also a str)
    goes the serializer's way. The checks are written out per type, as a call to a predicate would
    cost what the path saves."""
    if type_ is GraphQLString or type_ is GraphQLID:

        def string(value: Any) -> Any:
            return value if value.__class__ is str else plan(value)

        return string
    if type_ is GraphQLInt:

        def int_(value: Any) -> Any:
            return value if value.__class__ is int and _MIN_INT <= value <= _MAX_INT else plan(value)

        return int_
    if type_ is GraphQLFloat:

        def float_(value: Any) -> Any:
            return value if value.__class__ is float and isfinite(value) else plan(value)

        return float_
    if type_ is GraphQLBoolean:

        def boolean(value: Any) -> Any:
            return value if value.__class__ is bool else plan(value)

        return boolean
    return plan


def strawberry_enum(type_: GraphQLEnumType, is_awaitable: Callable[[Any], bool]) -> Plan:
    """Strawberry's enum serializer looks a member up by scanning every value of the enum (~20 for
    the predicates); the same lookup from a table, first name winning as in that scan."""
    members: type[Enum] = type_.wrapped_cls  # type: ignore[attr-defined]
    names: dict[Any, str] = {}
    for name, value in type_.values.items():
        names.setdefault(value.value, name)
    other = leaf(type_.serialize, is_awaitable)

    def strawberry_enum(value: Any) -> Any:
        if isinstance(value, members):
            name = names.get(value.value)
            if name is None:
                raise GiveUp  # Strawberry's serializer raises the error
            return name
        return other(value)

    return strawberry_enum


def constant(value: str) -> Plan:
    return lambda _: value
