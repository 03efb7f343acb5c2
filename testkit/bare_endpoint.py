"""The bare endpoint of bench/graphql.py --bare: each shape's Cypher through the driver, its rows as JSON.

The limit the GraphQL layer is measured against: the same app (uvicorn, Starlette, the app's shared
reads on its one driver), a route at ``/bare`` that takes the very bodies the load generator POSTs to
``/graphql``, finds the shape by its query text, sends the Cypher the GraphQL layer sends for that
shape (the same text, the same parameters), and returns its rows as JSON under ``data``. No parsing,
validation or execution of GraphQL: what is left is the HTTP stack, the driver and Neo4j.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api.graphql import batches, queries
from api.graphql.executor import Reads
from api.graphql.inputs import Direction
from api.graphql.pagination import Page
from api.graphql.projections import Parts

# The parts of fact rows the bench's entity page reads (an end's name, a sentence, an article title),
# as the GraphQL layer's lookahead finds them for that selection.
_SLIM = Parts(ends=frozenset(), evidence=False, article=False, reporter=False)
_PAGE = batches.facts_subquery(Direction.BOTH, None, 0, 21, Page(0, 1), _SLIM)
_NEAR = batches.neighbors_subquery(2, None, 20)

Answer = Callable[[Reads, dict[str, Any]], Awaitable[dict[str, Any]]]


async def _entity_page(reads: Reads, variables: dict[str, Any]) -> dict[str, Any]:
    rows = await reads.shared(queries.entity_by_name_read(variables["name"], _PAGE))
    return {"entity": rows[0] if rows else None}


async def _search(reads: Reads, variables: dict[str, Any]) -> dict[str, Any]:
    rows = await reads.shared(queries.search_read(variables["phrase"], 10, frozenset({"aliases"})))
    return {"search": rows[0]["hits"] if rows else []}


async def _neighbours(reads: Reads, variables: dict[str, Any]) -> dict[str, Any]:
    rows = await reads.shared(queries.entity_by_name_read(variables["name"], _NEAR))
    return {"entity": rows[0] if rows else None}


ANSWERS: dict[str, Answer] = {
    "entity+facts+evidence": _entity_page,
    "fulltext search": _search,
    "2-hop neighbours": _neighbours,
}


def bare_route(queries_by_shape: dict[str, str]) -> Route:
    """``POST /bare``: the GraphQL bodies of ``queries_by_shape``, answered with their Cypher's rows."""
    by_text = {text: ANSWERS[shape] for shape, text in queries_by_shape.items()}

    async def bare(request: Request) -> Response:
        body = json.loads(await request.body())
        answer = by_text[body["query"]]
        data = {"data": await answer(request.app.state.reads, body.get("variables") or {})}
        # The rows hold Neo4j dates and times (facts' support) where JSON has text.
        return Response(json.dumps(data, default=str), media_type="application/json")

    return Route("/bare", endpoint=bare, methods=["POST"])
