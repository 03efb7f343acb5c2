"""The read side of the API: one root field of a GraphQL selection compiled to one Cypher query whose
rows are the response data.

``compile_root`` takes a ``Field`` (kg.graphstore.compiler.selection: what the API resolved from the
document) and gives a ``CompiledRead``: the query text, its parameters, and this request's ``item``
values. The query answers any number of items (``UNWIND $items``), so that concurrent requests of one
shape share it (kg.graphstore.reads.Reads.shared); its one column ``data`` is the field's value, maps
keyed by response names all the way down. Rules per type and field: kg.graphstore.compiler.types
(objects) and kg.graphstore.compiler.roots (root fields); docs/graphql.md says how to add one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from kg.graphstore.compiler import claims, pages, time
from kg.graphstore.compiler.compiler import Binding, Compiler, UnknownField
from kg.graphstore.compiler.cypher import Scope
from kg.graphstore.compiler.roots import NESTED as ROOT_NESTED
from kg.graphstore.compiler.roots import ROOTS
from kg.graphstore.compiler.selection import Cost, CostError, Field, Limits
from kg.graphstore.compiler.types import NESTED, PLAIN
from kg.graphstore.reads import SharedRead

__all__ = ["CompiledRead", "Cost", "CostError", "Field", "Limits", "UnknownField", "compile_root", "compiles"]


def _merged(*tables: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """The tables of several modules as one, type by type."""
    merged: dict[str, dict[str, Any]] = {}
    for table in tables:
        for type_name, fields in table.items():
            merged.setdefault(type_name, {}).update(fields)
    return merged


_PLAIN = _merged(PLAIN, claims.PLAIN, time.PLAIN)
_NESTED = _merged(NESTED, ROOT_NESTED, claims.NESTED, time.NESTED)


@dataclass(frozen=True, slots=True)
class CompiledRead:
    """One root field's query: ``read`` sends it; ``rebind`` reuses it for another request of the
    same shape (its ``item`` values taken from that request's arguments)."""

    text: str
    params: dict[str, Any]
    item: dict[str, Any]
    bindings: tuple[Binding, ...]
    cost: int  # the rows it was estimated to read

    @property
    def read(self) -> SharedRead:
        return SharedRead(self.text, self.params, self.item)

    def bound(self) -> frozenset[str]:
        """The root field's arguments whose values are ``item`` values (not part of the text)."""
        return frozenset(b.argument for b in self.bindings)

    def rebind(self, args: Mapping[str, Any]) -> CompiledRead:
        """This query with ``item`` values converted from ``args`` (the root field's arguments)."""
        return replace(self, item={b.key: b.convert(args[b.argument]) for b in self.bindings})


def compile_root(field: Field, limits: Limits, cost: Cost | None = None) -> CompiledRead:
    """The query answering the root field ``field``.

    Args:
        field: a root field of ``Query`` with its selection.
        limits: page size and cost limits.
        cost: the request's cost so far (its other root fields), to which this one adds.

    Raises:
        InvalidInputError: an argument is unusable (its message names it).
        CostError: the request would read more rows than ``limits.max_cost``.
        UnknownField: a field without a rule (a schema change without its compiler rule).
    """
    rule = ROOTS.get(field.name)
    if rule is None:
        raise UnknownField(f"Query.{field.name} has no rule")
    c = Compiler(limits, _PLAIN, _NESTED)
    if cost is not None:
        c.cost = cost
    before = c.cost.rows
    scope = Scope(c.names)
    data = rule(c, scope, field)
    body = f"{scope.text()} RETURN {data} AS data"
    text = f"UNWIND $items AS item CALL (item) {{ {body} }} RETURN item.i AS i, data"
    return CompiledRead(text, c.names.params, c.item, tuple(c.bindings), c.cost.rows - before)


def compiles(type_name: str, field_name: str) -> bool:
    """Whether the compiler has a projection or rule for this field of this output type."""
    if type_name == "Query":
        return field_name in ROOTS
    return (
        field_name in _PLAIN.get(type_name, {})
        or field_name in _NESTED.get(type_name, {})
        or pages.answers(type_name, field_name)
    )
