"""What the compiler compiles: a GraphQL selection, resolved, with its arguments' values.

The API turns a validated document into ``Field`` trees (api.graphql.selection): fragments
inlined, ``@skip``/``@include`` applied, fields of one response key merged, arguments coerced
(variables substituted, defaults filled in). The compiler sees nothing of GraphQL's syntax: a
``Field`` is a response key, a schema field of a named type, its arguments and what is selected
under it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from kg.errors import InvalidInputError


@dataclass(frozen=True, slots=True)
class Field:
    """One response key: ``name`` is the schema field (``__typename`` included), ``type`` the named
    type of its value (for ``__typename``, the type it is asked on), ``args`` the coerced argument
    values by GraphQL name (an input object is a dict by its GraphQL field names), ``fields`` what
    is selected under it, in response order."""

    key: str
    name: str
    type: str
    args: Mapping[str, Any] = field(default_factory=dict)
    fields: tuple[Field, ...] = ()

    def arg(self, name: str, default: Any = None) -> Any:
        value = self.args.get(name)
        return default if value is None else value

    def named(self, *names: str) -> Iterator[Field]:
        """The fields selected under this one whose schema field is one of ``names``."""
        return (f for f in self.fields if f.name in names)

    def selects(self, *names: str) -> bool:
        return any(True for _ in self.named(*names))


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits a compiled request must keep (settings ``KG_API_*``, the README lists them)."""

    max_page_size: int = 100
    #: Estimated rows (``first`` and ``depth``, multiplied through nesting, summed over aliases).
    max_cost: int = 25_000


class CostError(InvalidInputError):
    """The request would read more than ``Limits.max_cost`` rows; refused before any Cypher runs."""


@dataclass(slots=True)
class Cost:
    """The estimated rows of a request so far, checked against the limit as it grows."""

    limit: int
    rows: int = 0
    per_row: int = 1  # how many times the field being compiled repeats

    def add(self, rows: int, what: str) -> None:
        self.rows += rows * self.per_row
        if self.rows > self.limit:
            raise CostError(
                f"{what}: the query would read up to {self.rows:,} rows or more, over the limit of "
                f"{self.limit:,} (KG_API_MAX_COST); ask for smaller pages or fewer levels"
            )
