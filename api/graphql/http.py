"""The GraphQL endpoint as a plain ASGI route: Strawberry's view, without FastAPI's per-request layers.

Strawberry's FastAPI router runs every request through FastAPI's dependency injection (to build the
context) and endpoint wrapping; the API needs neither, and on small queries they cost more Python
than the query itself. The ASGI view is the same Strawberry HTTP handling (GraphQL over HTTP,
GraphiQL, errors), routed directly.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from api.explorer.ide import ide_page
from api.graphql.context import Context, context_for
from kg.errors import KGError


class GraphQLView(GraphQL[Context, None]):
    """Strawberry's ASGI GraphQL view, its context built from the app's state."""

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        if not isinstance(request, Request):
            raise KGError("GraphQL over WebSocket is not offered")
        return context_for(request)

    async def render_graphql_ide(self, request: Request) -> Response:
        # GraphiQL from the project's own bundle (web/), not Strawberry's page, which loads it from a CDN.
        return ide_page("graphiql.html")


def graphql_route(view: GraphQLView, path: str = "/graphql") -> Route:
    """The view as a route on exactly ``path`` (GET for GraphiQL and queries, POST for everything)."""
    return Route(path, endpoint=view, methods=["GET", "POST"])
