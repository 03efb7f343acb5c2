"""Serving the app under uvicorn on a free port in a background thread, and a real GraphQL client."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from gql import Client, GraphQLRequest
from gql.transport.httpx import HTTPXTransport

from testkit.served import free_port, serve_app

__all__ = ["Served", "free_port", "serve"]


@dataclass
class Served:
    """A running app: its base URL and the app object (for its round-trip counter)."""

    url: str
    app: FastAPI

    def client(self, token: str | None = None, timeout: float = 30) -> Client:
        headers = {"X-API-Token": token} if token else {}
        return Client(transport=HTTPXTransport(url=f"{self.url}/graphql", headers=headers, timeout=timeout))

    def execute(
        self, query: str, token: str | None = None, timeout: float = 30, **variables: Any
    ) -> dict[str, Any]:
        with self.client(token, timeout) as session:
            result: dict[str, Any] = session.execute(GraphQLRequest(query, variable_values=variables or None))
            return result

    @property
    def round_trips(self) -> int:
        return int(self.app.state.round_trips.total)


def serve(app: FastAPI) -> Iterator[Served]:
    """Run ``app`` under uvicorn in a daemon thread until the generator is closed."""
    for url in serve_app(app, start_timeout=30):
        yield Served(url, app)
