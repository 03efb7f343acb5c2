"""Pieces of Cypher text: fresh names, parameters, scopes of clauses and map literals.

Only names made here, labels and relationship types from the ontology's tables (kg.graphstore.mapping)
and response keys (GraphQL names: letters, digits and ``_``, so safe between backticks) are spliced
into the text; every value is a parameter.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any


class Names:
    """A query's fresh variable names and its parameters (equal values share one parameter)."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}
        self._count = 0
        self._by_value: dict[Hashable, str] = {}

    def var(self, stem: str) -> str:
        self._count += 1
        return f"{stem}{self._count}"

    def param(self, value: Any) -> str:
        """``$name`` of a parameter holding ``value``."""
        key = (type(value).__name__, frozen(value))
        name = self._by_value.get(key)
        if name is None:
            name = self._by_value[key] = f"p{len(self._by_value)}"
            self.params[name] = value
        return "$" + name


class Scope:
    """The clauses of one level of a query, in order; a ``CALL`` subquery's body is a scope of its own."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.clauses: list[str] = []

    def add(self, clause: str) -> None:
        self.clauses.append(clause)

    def child(self) -> Scope:
        return Scope(self.names)

    def call(self, imports: Sequence[str], body: Scope, returns: str) -> str:
        """Append ``CALL (imports) { body RETURN returns }``; the name its one column is bound to."""
        var = self.names.var("v")
        self.add(f"CALL ({', '.join(imports)}) {{ {body.text()} RETURN {returns} AS {var} }}")
        return var

    def text(self) -> str:
        return " ".join(self.clauses)


def map_of(entries: Iterable[tuple[str, str]]) -> str:
    """A Cypher map literal of ``(key, expression)`` pairs; keys between backticks."""
    return "{" + ", ".join(f"`{key}`: {value}" for key, value in entries) + "}"


def string(text: str) -> str:
    """A Cypher string literal of ``text`` (type and field names of the schema, never user input)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def nullable(var: str, expression: str) -> str:
    """``expression`` (over the node ``var``), or null when ``var`` is null (an OPTIONAL MATCH's)."""
    return f"CASE WHEN {var} IS NULL THEN null ELSE {expression} END"


def _two(expression: str) -> str:
    return f"right('0' + toString({expression}), 2)"


def iso_text(expression: str) -> str:
    """ISO 8601 text of a stored date or date-time, exactly as Python's ``isoformat`` writes it (the
    API's contract since its first version): ``2023-03-22``, ``1987-02-26T15:01:01.790000``,
    ``2024-05-01T09:30:00+02:00``; null stays null, a string stays as it is."""
    d = "d"
    offset = f"abs({d}.offsetSeconds)"
    zone = (
        f"CASE WHEN {d}.offsetSeconds < 0 THEN '-' ELSE '+' END + {_two(f'{offset} / 3600')} + ':' "
        f"+ {_two(f'{offset} % 3600 / 60')} "
        f"+ CASE WHEN {offset} % 60 = 0 THEN '' ELSE ':' + {_two(f'{offset} % 60')} END"
    )
    clock = (
        f"toString(date({d})) + 'T' + {_two(f'{d}.hour')} + ':' + {_two(f'{d}.minute')} + ':' "
        f"+ {_two(f'{d}.second')} + CASE WHEN {d}.microsecond = 0 THEN '' "
        f"ELSE '.' + right('00000' + toString({d}.microsecond), 6) END"
    )
    return (
        f"[{d} IN [{expression}] | CASE WHEN {d} IS NULL THEN null WHEN {d} IS :: STRING THEN {d} "
        f"WHEN {d} IS :: DATE THEN toString({d}) "
        f"WHEN {d} IS :: ZONED DATETIME THEN {clock} + {zone} ELSE {clock} END][0]"
    )


def frozen(value: Any) -> Hashable:
    """``value`` (maps, lists and scalars) as a hashable key."""
    if isinstance(value, dict):
        return tuple((k, frozen(v)) for k, v in sorted(value.items()))
    if isinstance(value, list | tuple):
        return tuple(frozen(v) for v in value)
    return value  # type: ignore[no-any-return]
