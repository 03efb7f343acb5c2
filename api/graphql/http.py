"""The GraphQL endpoint: a query the compiler answers is answered here, the rest by Strawberry's view.

A front end's requests are POSTs of JSON holding one query operation (GraphQL over HTTP). For those,
when the document parses and validates (the Guard's cache) and the compiler answers its operation,
this route answers directly: the same result ``Answers.execute`` gives inside Strawberry's execute
hook, masked, logged and written as Strawberry's view writes it (``process_result``, its JSON
encoder, status 200). Strawberry's view per request (its request adapter, body parsing, execution
context, a context manager per extension hook) cost more than the answer; the compiled answer costs
about what a bare endpoint returning the same rows costs (bench/graphql.py --bare). Everything else
(GET, GraphiQL, mutations, introspection, errors in the document, batches, multipart) goes to
Strawberry's view, unchanged, with the request body replayed.
"""

from __future__ import annotations

import json
from typing import Any

from graphql import GraphQLError, specified_rules
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from api.explorer.ide import ide_page
from api.graphql.context import Context, context_for
from api.graphql.guard import Guards, masked
from kg.errors import KGError

_RULES = tuple(specified_rules)  # as Strawberry validates, so both share the Guard's cache


class GraphQLView(GraphQL[Context, None]):
    """Strawberry's ASGI GraphQL view, its context built from the app's state."""

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        if not isinstance(request, Request):
            raise KGError("GraphQL over WebSocket is not offered")
        return context_for(request)

    async def render_graphql_ide(self, request: Request) -> Response:
        # GraphiQL from the project's own bundle (web/), not Strawberry's page, which loads it from a CDN.
        return ide_page("graphiql.html")


class CompiledGraphQL:
    """The endpoint: compiled answers first (``answer``), Strawberry's ``view`` for the rest."""

    def __init__(self, view: GraphQLView, guards: Guards) -> None:
        self.view, self.guards = view, guards

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            request = Request(scope, receive)
            if request.headers.get("content-type", "").split(";")[0].strip() == "application/json":
                body = await request.body()
                response = await self.answer(request, body)
                if response is not None:
                    await response(scope, receive, send)
                    return
                receive = _replay(body)
        await self.view(scope, receive, send)

    async def answer(self, request: Request, body: bytes) -> Response | None:
        """The response to a POSTed query operation the compiler answers; None for anything else."""
        operation = _operation(body)
        answers = self.guards.answers
        if operation is None or answers is None:
            return None
        query, variables, name = operation
        try:
            document, errors = self.guards.checked(query, _RULES)
        except GraphQLError:
            return None  # Strawberry reports syntax errors
        if errors:
            return None
        context = context_for(request)
        result = await answers.execute(context.reads, query, document, name, variables)
        if result is None:
            return None
        # Written as Strawberry's view writes a result: data always, errors (logged, masked) when any.
        data: dict[str, Any] = {"data": result.data}
        if result.errors:
            self.view.schema.process_errors(result.errors)
            data["errors"] = [masked(e).formatted for e in result.errors]
        data["extensions"] = {"cypherRoundTrips": context.reads.round_trips}
        return Response(self.view.encode_json(data), media_type="application/json")


def _operation(body: bytes) -> tuple[str, dict[str, Any] | None, str | None] | None:
    """Query text, variables and operation name of a JSON body that holds one operation."""
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    if not isinstance(parsed, dict):
        return None  # a batch
    query, variables, name = parsed.get("query"), parsed.get("variables"), parsed.get("operationName")
    if (
        not isinstance(query, str)
        or not isinstance(variables, dict | None)
        or not isinstance(name, str | None)
    ):
        return None
    return query, variables, name


def _replay(body: bytes) -> Receive:
    """A receive channel that gives ``body`` again (it was read to look at it)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def graphql_route(endpoint: CompiledGraphQL, path: str = "/graphql") -> Route:
    """The endpoint as a route on exactly ``path`` (GET for GraphiQL and queries, POST for everything)."""
    return Route(path, endpoint=endpoint, methods=["GET", "POST"])
