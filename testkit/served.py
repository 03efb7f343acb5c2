"""Test helpers shared by every suite that serves something: a free port, and an app under real uvicorn."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now, so parallel test runs on one machine do not collide."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def free_port_pair() -> int:
    """A port p with p and p + 1 both free on 127.0.0.1 right now (a bench serves two servers side by side);
    p + 1 being taken already is not rare on a busy machine."""
    for _ in range(100):
        port = free_port()
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no two adjacent free ports on 127.0.0.1")


def serve_app(app: FastAPI, start_timeout: float = 60) -> Iterator[str]:
    """Run ``app`` under uvicorn on a free port in a daemon thread; yields its base URL until closed."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def ask_graphql(app: FastAPI, query: str, **variables: Any) -> dict[str, Any]:
    """Serve ``app`` for one GraphQL request over real HTTP and give the response's data (errors fail)."""
    for url in serve_app(app):
        response = httpx.post(f"{url}/graphql", json={"query": query, "variables": variables}, timeout=120)
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    return dict(body["data"])


#: An entity's contradictions, as tests read them (``$id``: the entity's IRI).
CONTRADICTIONS = """query($id: ID!) { entity(id: $id) { contradictions {
  subject { id } predicate object { id }
  asserted { article { id } modality }
  negated { article { id } modality sentence reportedBy { id } } } } }"""
