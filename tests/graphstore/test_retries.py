"""Writes are managed transactions, retried on transient errors: here a real one, the writer's
connection cut while its transaction waits for a lock another transaction holds (a proxy between
the driver and the real Neo4j closes it), not a mock of the database."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator

import neo4j
import pytest
from storage_samples import KIRBY, extraction

from kg.graphstore.connection import resolve_password
from kg.graphstore.writer import GraphWriter
from kg.settings import Settings

pytestmark = pytest.mark.neo4j


class CuttableProxy:
    """A TCP proxy on 127.0.0.1 to the Neo4j Bolt port whose open connections can be cut at once."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self.connections += [client, upstream]
            threading.Thread(target=_pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=_pump, args=(upstream, client), daemon=True).start()

    def cut(self) -> None:
        for sock in self.connections:
            _close(sock)
        self.connections.clear()

    def close(self) -> None:
        self.listener.close()
        self.cut()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    _close(sink)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


@pytest.fixture
def proxied(settings: Settings) -> Iterator[tuple[CuttableProxy, neo4j.Driver]]:
    proxy = CuttableProxy(settings.neo4j_bolt_port)
    auth = (settings.neo4j_user, resolve_password(settings))
    with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{proxy.port}", auth=auth) as driver:
        yield proxy, driver
    proxy.close()


def test_a_write_whose_connection_is_cut_is_retried_and_lands(
    writer: GraphWriter,
    driver: neo4j.Driver,
    proxied: tuple[CuttableProxy, neo4j.Driver],
    caplog: pytest.LogCaptureFixture,
) -> None:
    proxy, proxied_driver = proxied
    writer.ingest(extraction(url="https://news.example/first"))  # Kirby's node exists now
    second = extraction(url="https://news.example/second")  # mentions Kirby too
    holder = driver.session()
    tx = holder.begin_transaction()
    tx.run("MATCH (n:Resource {uri: $uri}) SET n.name = n.name", uri=str(KIRBY)).consume()  # Kirby locked
    outcome: list[object] = []
    through_proxy = GraphWriter(proxied_driver)
    thread = threading.Thread(target=lambda: outcome.append(through_proxy.ingest(second)))
    with caplog.at_level(logging.WARNING, logger="neo4j"):
        thread.start()
        time.sleep(1.0)  # the writer's transaction now waits for Kirby's lock
        assert not outcome and proxy.connections
        proxy.cut()  # its connection dies mid-transaction
        time.sleep(0.2)
        tx.rollback()
        holder.close()
        thread.join(timeout=60)
    assert [getattr(r, "status", r) for r in outcome] == ["new"]
    assert any("will be retried" in r.getMessage() for r in caplog.records)
    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n")
    assert records[0]["n"] == 2
