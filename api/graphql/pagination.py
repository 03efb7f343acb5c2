"""Relay cursor connections over offset pages: opaque cursors, one extra row fetched for hasNextPage."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

import strawberry

from kg.errors import InvalidInputError

T = TypeVar("T")
R = TypeVar("R")

_PREFIX = "offset:"


@lru_cache(maxsize=4096)
def encode_cursor(offset: int) -> str:
    # Every edge of every page gets one (an entity page makes ~40), and offsets repeat: kept.
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
    """Which rows a connection asks for: ``skip`` rows, then ``first`` (fetched as ``first + 1``)."""

    skip: int
    first: int

    @property
    def fetch(self) -> int:
        return self.first + 1


def page_args(first: int, after: str | None, max_size: int, field: str = "first") -> Page:
    """Validate ``first``/``after``: a page larger than the limit is rejected, not silently cut."""
    if first < 0:
        raise InvalidInputError(f"{field}: must be 0 or more, got {first}")
    if first > max_size:
        raise InvalidInputError(f"{field}: {first} exceeds the maximum page size of {max_size}")
    skip = decode_cursor(after) + 1 if after is not None else 0
    return Page(skip=skip, first=first)


@strawberry.type(description="Relay page information.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type(description="One item of a connection, with its cursor.")
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="A Relay cursor connection; totalCount is computed only when selected.")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field
    async def total_count(self) -> int:
        # One extra query, run only when a client selects the field.
        return await self.count()


def connection(
    rows: Sequence[R], page: Page, count: Callable[[], Awaitable[int]], build: Callable[[R], T]
) -> Connection[T]:
    """A connection from the ``page.fetch`` rows of a page query (the extra row only signals more);
    ``build`` makes a node of a row, for the rows shown only."""
    shown = rows[: page.first]
    edges = [Edge(cursor=encode_cursor(page.skip + i), node=build(row)) for i, row in enumerate(shown)]
    info = PageInfo(
        has_next_page=len(rows) > page.first,
        has_previous_page=page.skip > 0,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
    return Connection(edges=edges, page_info=info, count=count)
