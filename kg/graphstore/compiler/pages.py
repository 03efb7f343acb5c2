"""Relay connections over offset pages: opaque cursors, one extra row only when ``hasNextPage`` is asked.

A connection field compiles to one ``CALL`` subquery collecting its page of rows (each row the map of
its nodes' selection), and a map built from that list: ``edges`` (with cursors taken from a
parameter list, ``$cursors[i]``), ``pageInfo`` and ``totalCount`` (a count, only when selected).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from kg.errors import InvalidInputError
from kg.graphstore.compiler.compiler import Compiler, Env, UnknownField
from kg.graphstore.compiler.cypher import Scope, map_of, string
from kg.graphstore.compiler.selection import Field

_PREFIX = "offset:"


@lru_cache(maxsize=4096)
def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    """The offset a cursor points at; a clear error for anything that is not one of ours."""
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if text.startswith(_PREFIX):
            offset = int(text[len(_PREFIX) :])
            if offset >= 0:
                return offset
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise InvalidInputError(f"after: {cursor!r} is not a cursor returned by this API")


@dataclass(frozen=True, slots=True)
class Page:
    """Which rows a connection asks for: ``skip`` rows, then ``first``."""

    skip: int
    first: int


def page_args(first: int, after: str | None, max_size: int, field: str = "first") -> Page:
    """Validate ``first``/``after``: a page larger than the limit is refused, not silently cut."""
    if first < 0:
        raise InvalidInputError(f"{field}: must be 0 or more, got {first}")
    if first > max_size:
        raise InvalidInputError(f"{field}: {first} exceeds the maximum page size of {max_size}")
    skip = decode_cursor(after) + 1 if after is not None else 0
    return Page(skip=skip, first=first)


def page_of(c: Compiler, field: Field, default_first: int = 20) -> Page:
    return page_args(field.arg("first", default_first), field.args.get("after"), c.limits.max_page_size)


#: Adds to a scope the clauses that bind one row per node, ordered and paged by the given SKIP and
#: LIMIT expressions, and returns the node's env.
Match = Callable[[Scope, str, str], Env]
#: The expression of a connection's ``totalCount`` (it may add clauses to the scope it is given).
Count = Callable[[Scope], str]

#: The fields of connections, their edges and page info, answered here (types named ``<Node>Connection``
#: and ``<Node>Edge``); a field of theirs not in this table is refused (UnknownField), never guessed.
FIELDS = {
    "Connection": frozenset({"edges", "pageInfo", "totalCount"}),
    "Edge": frozenset({"cursor", "node"}),
    "PageInfo": frozenset({"hasNextPage", "hasPreviousPage", "startCursor", "endCursor"}),
}


def answers(type_name: str, field_name: str) -> bool:
    """Whether ``connection`` answers this field of a connection, edge or page-info type."""
    kind = next((k for k in FIELDS if type_name.endswith(k)), None)
    return kind is not None and field_name in FIELDS[kind]


def _check(type_name: str, field: Field) -> None:
    if field.name != "__typename" and not answers(type_name, field.name):
        raise UnknownField(f"{type_name}.{field.name} has neither a projection nor a rule")


#: pageInfo fields that need the page's rows.
_CURSOR_FIELDS = frozenset({"hasNextPage", "startCursor", "endCursor"})


def connection(
    c: Compiler,
    scope: Scope,
    field: Field,
    node_type: str,
    imports: Sequence[str],
    match: Match,
    count: Count,
) -> str:
    """The map of a connection ``field`` of ``node_type`` nodes, its rows collected in a ``CALL``
    (importing ``imports``) of ``scope``."""
    page = page_of(c, field)
    infos = [g for g in field.fields if g.name == "pageInfo"]
    asked = {h.name for g in infos for h in g.fields}
    fetch = page.first + 1 if "hasNextPage" in asked else page.first
    edges = list(field.named("edges"))
    nodes = [n for e in edges for n in e.named("node")]
    rows = "[]"
    if edges or asked & _CURSOR_FIELDS:
        body = scope.child()
        env = match(body, c.param(page.skip), c.param(fetch))
        with c.rows(page.first, field.name):
            maps = [c.object_map(body, node_type, env, n.fields) for n in nodes]
        row = maps[0] if len(maps) == 1 else map_of((f"n{i}", m) for i, m in enumerate(maps)) if maps else "0"
        rows = scope.call(imports, body, f"collect({row})")
    shown = rows if fetch == page.first else f"{rows}[..{page.first}]"
    cursors = ""
    if any(e.selects("cursor") for e in edges) or asked & {"startCursor", "endCursor"}:
        cursors = c.param([encode_cursor(page.skip + i) for i in range(page.first)])
    entries = []
    for g in field.fields:
        _check(f"{node_type}Connection", g)
        if g.name == "edges":
            value = _edges(g, node_type, shown, cursors, nodes)
        elif g.name == "pageInfo":
            value = _page_info(g, rows, shown, cursors, page)
        elif g.name == "totalCount":
            c.cost.add(1, "totalCount")
            value = count(scope)
        else:  # __typename
            value = string(f"{node_type}Connection")
        entries.append((g.key, value))
    return map_of(entries)


def _edges(edges: Field, node_type: str, shown: str, cursors: str, nodes: list[Field]) -> str:
    """The edges of a connection, from its list of rows (a row is the node's map, or with several
    ``node`` selections, a map of them: ``n0``, ``n1``, ...)."""
    indexed = edges.selects("cursor")
    row = "x" if not indexed else f"{shown}[i]"
    entries = []
    for g in edges.fields:
        _check(f"{node_type}Edge", g)
        if g.name == "node":
            at = nodes.index(g)
            entries.append((g.key, row if len(nodes) == 1 else f"{row}.n{at}"))
        elif g.name == "cursor":
            entries.append((g.key, f"{cursors}[i]"))
        else:
            entries.append((g.key, string(f"{node_type}Edge")))
    if indexed:
        return f"[i IN range(0, size({shown}) - 1) | {map_of(entries)}]"
    return f"[x IN {shown} | {map_of(entries)}]"


def _page_info(info: Field, rows: str, shown: str, cursors: str, page: Page) -> str:
    entries = []
    for g in info.fields:
        _check("PageInfo", g)
        if g.name == "hasNextPage":
            value = f"size({rows}) > {page.first}"
        elif g.name == "hasPreviousPage":
            value = "true" if page.skip > 0 else "false"
        elif g.name == "startCursor":
            value = f"CASE WHEN size({shown}) > 0 THEN {cursors}[0] END"
        elif g.name == "endCursor":
            value = f"CASE WHEN size({shown}) > 0 THEN {cursors}[size({shown}) - 1] END"
        else:
            value = string("PageInfo")
        entries.append((g.key, value))
    return map_of(entries)
