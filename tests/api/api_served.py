"""Serving the app under uvicorn on a free port in a background thread, and a real GraphQL client."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import uvicorn
from fastapi import FastAPI
from gql import Client, GraphQLRequest
from gql.transport.httpx import HTTPXTransport


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(app: FastAPI) -> Iterator[Served]:
    """Run ``app`` under uvicorn in a daemon thread until the generator is closed."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield Served(f"http://127.0.0.1:{port}", app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
