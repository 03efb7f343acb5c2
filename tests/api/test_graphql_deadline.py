"""A Neo4j that goes silent mid-connection: the request fails at its read's deadline, or at the
request's own deadline (``KG_API_REQUEST_TIMEOUT``) when that comes first, and the API recovers once
Neo4j answers again. The silence is real: a TCP proxy between the app and the test server stops
passing bytes (neither side sees the connection close)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from api_served import Served, serve
from pydantic import SecretStr

from api.app import create_app
from kg.errors import StoreError
from kg.graphstore.connection import bolt_uri, resolve_password
from kg.graphstore.reads import DEADLINE_GRACE, open_reads
from kg.settings import Settings

pytestmark = pytest.mark.neo4j

TIMEOUT = 0.5  # the server-side transaction timeout; the executor gives up DEADLINE_GRACE later


class SilentProxy:
    """Forwards TCP connections to ``upstream``; while ``silent`` is set it holds every byte back."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.silent = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # closed
            server = socket.create_connection(self.upstream)
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                while self.silent.is_set():
                    time.sleep(0.01)
                sink.sendall(data)
        except OSError:
            pass  # either end closed
        finally:
            for end in (source, sink):
                end.close()

    def close(self) -> None:
        self._listener.close()


@pytest.fixture(scope="module")
def proxy(settings: Settings) -> Iterator[SilentProxy]:
    upstream = urlsplit(bolt_uri(settings))
    proxy = SilentProxy((upstream.hostname or "127.0.0.1", upstream.port or 7687))
    yield proxy
    proxy.close()


def via_proxy(api_settings: Settings, proxy: SilentProxy, **limits: float) -> Settings:
    # Pointed at another URI, settings no longer read the managed server's password file: given here.
    password = SecretStr(resolve_password(api_settings))
    update = {"neo4j_uri": f"bolt://127.0.0.1:{proxy.port}", "neo4j_password": password, **limits}
    return api_settings.model_copy(update=update)


@pytest.fixture(scope="module")
def through_proxy(api_settings: Settings, proxy: SilentProxy, served: Served) -> Iterator[Served]:
    """A second app on the graph ``served`` holds (with the reference article), via ``proxy``."""
    yield from serve(create_app(via_proxy(api_settings, proxy, api_query_timeout=TIMEOUT)))


@pytest.fixture(scope="module")
def with_request_deadline(api_settings: Settings, proxy: SilentProxy, served: Served) -> Iterator[Served]:
    """The same, its reads allowed 10 s each but each request 1 s in all."""
    settings = via_proxy(api_settings, proxy, api_query_timeout=10.0, api_request_timeout=1.0)
    yield from serve(create_app(settings))


def ask(served: Served) -> dict[str, object]:
    body = {"query": '{ entity(name: "Kirby") { name } }'}
    response = httpx.post(f"{served.url}/graphql", json=body, timeout=30)
    assert response.status_code == 200
    return dict(response.json())


def test_silent_neo4j_fails_the_request_at_the_deadline_then_recovers(
    through_proxy: Served, proxy: SilentProxy
) -> None:
    assert ask(through_proxy)["data"] == {"entity": {"name": "John Kirby"}}
    proxy.silent.set()
    try:
        started = time.monotonic()
        body = ask(through_proxy)
        waited = time.monotonic() - started
    finally:
        proxy.silent.clear()
    assert body["data"] == {"entity": None}
    message = body["errors"][0]["message"]  # type: ignore[index]
    assert message == "the graph database (Neo4j) did not answer within 3.5 s; try again later"
    assert TIMEOUT + DEADLINE_GRACE <= waited < TIMEOUT + DEADLINE_GRACE + 5
    assert ask(through_proxy)["data"] == {"entity": {"name": "John Kirby"}}


def test_the_request_deadline_answers_a_silent_neo4j_in_time(
    with_request_deadline: Served, proxy: SilentProxy
) -> None:
    # Before the request deadline, such a request waited for its read's own: 10 s + DEADLINE_GRACE.
    assert ask(with_request_deadline)["data"] == {"entity": {"name": "John Kirby"}}
    proxy.silent.set()
    try:
        started = time.monotonic()
        body = ask(with_request_deadline)
        waited = time.monotonic() - started
    finally:
        proxy.silent.clear()
    assert body["data"] == {"entity": None}
    message = body["errors"][0]["message"]  # type: ignore[index]
    assert message == "the request took longer than 1 s (KG_API_REQUEST_TIMEOUT); narrow it down"
    assert 1.0 <= waited < 2.5
    assert ask(with_request_deadline)["data"] == {"entity": {"name": "John Kirby"}}


def test_a_query_over_the_time_limit_is_reported_and_its_session_dropped(settings: Settings) -> None:
    async def scenario() -> None:
        reads = open_reads(settings.model_copy(update={"api_query_timeout": TIMEOUT}))
        sessions = reads.sessions
        try:
            assert await reads.one("RETURN 1 AS one", {}) == [{"one": 1}]
            kept = sessions.take()
            await sessions.give_back(kept)
            with pytest.raises(StoreError, match="took longer than the server's time limit"):
                await reads.one("UNWIND range(1, 10000000000) AS x RETURN count(x) AS n", {})
            fresh = sessions.take()
            await sessions.give_back(fresh)
            assert fresh is not kept  # the failed query had it, and closed it
            assert await reads.one("RETURN 2 AS two", {}) == [{"two": 2}]
        finally:
            await reads.close()

    asyncio.run(scenario())
