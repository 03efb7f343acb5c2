"""The compiler's core: an object's selection to a Cypher map expression, by the types' tables.

Each output type has two tables (kg.graphstore.compiler.types): its *plain* fields, each a Cypher
expression over the variables that hold the object (``{n}.uri``), and its *nested* fields, each a
rule: a function that may add clauses to the current scope (a ``CALL`` subquery for a list) and
returns the field's expression. ``__typename`` is the type's name. So the query returns, for every
object, a map keyed by response names holding exactly what the selection asks for: the response
data itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kg.graphstore.compiler.cypher import Names, Scope, map_of, string
from kg.graphstore.compiler.selection import Cost, Field, Limits

#: The Cypher expressions (usually variables) an object's fields are read from, by role: ``n`` for
#: an entity node, ``r``, ``s`` and ``o`` for a fact and its ends, ``ev`` and ``a`` for an evidence
#: and its article, ...
Env = Mapping[str, str]
Rule = Callable[["Compiler", Scope, Env, Field], str]


def related(type_name: str, roles: Mapping[str, str]) -> Rule:
    """The rule for an object read from its parent's row (an evidence's article, a fact's subject):
    ``roles`` maps each of its env names to the parent's, as ``{"n": "s"}`` reads the subject as an Entity."""

    def rule(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
        return c.object_map(
            scope, type_name, {role: env[source] for role, source in roles.items()}, field.fields
        )

    return rule


@dataclass(frozen=True, slots=True)
class Binding:
    """An ``item`` value: ``convert`` of a root field's argument."""

    key: str
    argument: str
    convert: Callable[[Any], Any]


class UnknownField(Exception):
    """A field the compiler has no projection or rule for: a schema field added without its rule.
    A test compiles every field of the schema, so this is caught before it ships."""


class Compiler:
    """Compiles one root field (one query): names, parameters, the cost so far, the types' tables."""

    def __init__(
        self, limits: Limits, plain: Mapping[str, Mapping[str, str]], nested: Mapping[str, Mapping[str, Rule]]
    ) -> None:
        self.limits = limits
        self.names = Names()
        self.cost = Cost(limits.max_cost)
        self._plain, self._nested = plain, nested
        #: Values that differ between requests of one query shape (an entity's name): the query reads
        #: them as ``item.<key>``, so requests that differ only in them share one query.
        self.item: dict[str, Any] = {}
        self.bindings: list[Binding] = []

    def object_map(self, scope: Scope, type_name: str, env: Env, fields: tuple[Field, ...]) -> str:
        """The map of an object of ``type_name`` (read from ``env``) with the ``fields`` selected."""
        plain, nested = self._plain.get(type_name, {}), self._nested.get(type_name, {})
        entries = []
        for field in fields:
            if field.name == "__typename":
                value = string(type_name)
            elif field.name in plain:
                value = plain[field.name].format_map(env)
            elif field.name in nested:
                value = nested[field.name](self, scope, env, field)
            else:
                raise UnknownField(f"{type_name}.{field.name} has neither a projection nor a rule")
            entries.append((field.key, value))
        return map_of(entries)

    def param(self, value: Any) -> str:
        return self.names.param(value)

    def var(self, stem: str) -> str:
        return self.names.var(stem)

    def bind(self, key: str, argument: str, convert: Callable[[Any], Any], value: Any) -> str:
        """``item.<key>``: ``convert`` of the root field's ``argument`` (whose value is ``value``). The
        text does not depend on the value (only on its being given), so a request with another value
        reuses the compiled query with ``CompiledRead.rebind``; ``convert`` checks it each time."""
        self.item[key] = convert(value)
        self.bindings.append(Binding(key, argument, convert))
        return f"item.{key}"

    @contextmanager
    def rows(self, count: int, what: str) -> Iterator[None]:
        """Compile a list of up to ``count`` rows (``what`` names it in a refusal): they add to the
        cost, and what is compiled inside repeats ``count`` times."""
        self.cost.add(count, what)
        outer = self.cost.per_row
        self.cost.per_row = outer * max(count, 1)
        try:
            yield
        finally:
            self.cost.per_row = outer
