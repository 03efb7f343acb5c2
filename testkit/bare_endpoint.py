"""The bare endpoint of bench/graphql.py --bare: each shape's compiled Cypher, its rows as JSON.

The limit the GraphQL layer is measured against: the same app (uvicorn, Starlette, the app's shared
reads on its one driver), a route at ``/bare`` that takes the very bodies the load generator POSTs to
``/graphql``, finds the shape by its query text, sends the Cypher the compiler wrote for that shape
(compiled once at startup; per request only its item values change, as they do for the GraphQL
layer's kept compilations) and returns its rows as JSON under ``data``. No parsing, validation,
variable coercion or compiling per request: what is left is the HTTP stack, the driver and Neo4j.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kg.graphstore.compiler import CompiledRead


def bare_route(queries_by_shape: dict[str, str], answers: Any) -> Route:
    """``POST /bare``: the GraphQL bodies of ``queries_by_shape``, answered with their Cypher's rows
    (compiled by ``answers``, the app's api.graphql.execute.Answers)."""
    by_text: dict[str, tuple[str, CompiledRead]] = {}
    for text in queries_by_shape.values():
        sample = {"name": "x", "phrase": "x"}
        ((key, read),) = answers.compile(text, {k: v for k, v in sample.items() if f"${k}" in text}).items()
        by_text[text] = (key, read)

    async def bare(request: Request) -> Response:
        body = json.loads(await request.body())
        key, read = by_text[body["query"]]
        bound = read.rebind(body["variables"])  # the shapes' variables are their root arguments
        rows = await request.app.state.reads.shared(bound.read)
        data = {"data": {key: rows[0]["data"] if rows else None}}
        return Response(json.dumps(data), media_type="application/json")  # as the GraphQL view writes it

    return Route("/bare", endpoint=bare, methods=["POST"])
