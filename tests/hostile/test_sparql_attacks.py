"""Attacks on /sparql and /rdf against the real `kg serve`: SERVICE smuggled past the check (SSRF),
queries that eat memory, results too big to copy, slow queries holding the thread pool, failures that
describe the server's insides, and slow or vanishing /rdf readers."""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from hostile_server import KgServer, Listener, kg_serve, peak_of, rss_mb

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

# Each hides `SERVICE <listener>` from a check that does not read the text as the SPARQL grammar does.
SMUGGLED = {
    "escape in an IRI, then #": r"SELECT * {{ BIND(<urn:x:\u0041#> AS ?z) SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "no-break space in an IRI": "SELECT * {{ BIND(<urn:x\u00a0#> AS ?z) SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "lower case": "select * where {{ service <{url}> {{ ?s ?p ?o }} }}",
    "after a boolean and a dot": "SELECT * WHERE {{ ?s ?p ?o . ?s ?p true.SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "after an escaped quote": r"""SELECT * WHERE {{ BIND("a\"#" AS ?z) SERVICE <{url}> {{ ?s ?p ?o }} }}""",
    "after a long string": """SELECT * WHERE {{ BIND('''a'#''' AS ?z) SERVICE <{url}> {{ ?s ?p ?o }} }}""",
    "after a local-name escape": (
        r"PREFIX e: <urn:e:> SELECT * WHERE {{ BIND(e:a\#b AS ?z) SERVICE <{url}> {{ ?s ?p ?o }} }}"
    ),
}
LEAKS = ("os error", "errno", "traceback", "connection ", "by peer", "status -", "died", "127.0.0.1")


@pytest.mark.parametrize("name", list(SMUGGLED))
def test_smuggled_service_reaches_nothing_and_says_nothing(
    server: KgServer, listener: Listener, name: str
) -> None:
    query = SMUGGLED[name].format(url=f"http://127.0.0.1:{listener.port}/p")
    response = httpx.get(server.sparql, params={"query": query}, timeout=30)
    time.sleep(0.5)
    assert listener.received == [], f"{name}: the server connected to the listener"
    assert response.status_code in (400, 403), response.text
    assert not any(word in response.text.lower() for word in LEAKS), response.text


def test_the_query_process_has_no_network(server: KgServer) -> None:
    child = server.sparql_child()
    assert child is not None
    # A network namespace of its own: not the API's, so not the host's either.
    assert os.readlink(f"/proc/{child}/ns/net") != os.readlink(f"/proc/{server.process.pid}/ns/net")


@pytest.fixture(scope="module")
def capped(seeded: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KgServer]:
    """A server whose SPARQL process may use 512 MB and whose queries may run a minute (so only the
    memory cap can stop the attacks below)."""
    tmp = tmp_path_factory.mktemp("capped")
    with kg_serve(tmp, sparql_max_memory_mb="512", sparql_timeout="60") as server:
        yield server


def _attack_memory(server: KgServer, query: str) -> tuple[httpx.Response, float, float]:
    with peak_of(server.sparql_child) as peak:
        started = time.monotonic()
        response = httpx.get(server.sparql, params={"query": query}, timeout=120)
        seconds = time.monotonic() - started
    return response, peak.peak, seconds


def test_sorted_cross_product_is_stopped_by_the_memory_cap(capped: KgServer) -> None:
    query = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"
    response, peak, seconds = _attack_memory(capped, query)
    assert response.status_code == 400, response.text
    assert "KG_SPARQL_MAX_MEMORY_MB" in response.text
    assert peak < 600, f"the SPARQL process reached {peak:.0f} MB"
    assert seconds < 30
    assert httpx.get(capped.sparql, params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_doubled_string_is_stopped_by_the_memory_cap(capped: KgServer) -> None:
    binds = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(28))
    query = f'SELECT (STRLEN(?x28) AS ?n) WHERE {{ BIND("ab" AS ?x0) {binds} }}'
    response, peak, _ = _attack_memory(capped, query)
    assert response.status_code == 400, response.text[:300]
    assert "KG_SPARQL_MAX_MEMORY_MB" in response.text
    assert peak < 600, f"the SPARQL process reached {peak:.0f} MB"


def test_result_bigger_than_the_byte_cap_is_refused_before_the_api_copies_it(server: KgServer) -> None:
    # 25 rows of 2 MB each: within the row cap, far beyond KG_SPARQL_MAX_RESULT_BYTES (20 MB).
    binds = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(20))
    values = " ".join(str(i) for i in range(25))
    query = f'SELECT ?i ?x20 WHERE {{ VALUES ?i {{ {values} }} BIND("ab" AS ?x0) {binds} }}'
    before = rss_mb(server.process.pid)
    with peak_of(lambda: server.process.pid) as api:
        response = httpx.get(server.sparql, params={"query": query}, timeout=120)
    assert response.status_code == 400, f"{response.status_code}, {len(response.content):,} bytes"
    assert "KG_SPARQL_MAX_RESULT_BYTES" in response.text
    assert api.peak - before < 40, f"the API grew by {api.peak - before:.0f} MB"


def test_slow_queries_do_not_hold_the_thread_pool(seeded: object, tmp: Path) -> None:
    # Each query counts a cross product until KG_SPARQL_TIMEOUT stops it: the store is busy for long.
    slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with kg_serve(tmp, sparql_timeout="2") as server, ThreadPoolExecutor(60) as pool:
        futures = [
            pool.submit(httpx.get, server.sparql, params={"query": slow}, timeout=300) for _ in range(60)
        ]
        time.sleep(1.5)
        # A route that runs in the thread pool (a plain `def` endpoint) must still answer at once.
        started = time.monotonic()
        style = httpx.get(server.url + "/browser-style.grass", timeout=120)
        waited = time.monotonic() - started
        statuses = [f.result().status_code for f in futures]
    assert style.status_code == 200
    assert waited < 3, f"a thread-pool route waited {waited:.1f} s behind the SPARQL queue"
    assert set(statuses) <= {503}, statuses
    assert statuses.count(503) >= 40  # the queue is bounded: most were refused at once, not queued


def test_a_crashed_query_process_is_not_described_to_the_client(server: KgServer) -> None:
    slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(httpx.get, server.sparql, params={"query": slow}, timeout=60)
        time.sleep(1.0)
        child = server.sparql_child()
        assert child is not None
        os.kill(child, signal.SIGTERM)
        response = future.result()
    assert response.status_code == 503
    assert not any(word in response.text.lower() for word in LEAKS), response.text
    assert "died" in server.log_text()  # the details are in the server's log instead
    assert httpx.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def _vanishing_request(url: str, path: str) -> None:
    """Send a request and close the connection before reading any of the answer."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())


def _slow_reader(url: str, stop: threading.Event) -> None:
    """Read /rdf at a few bytes a second (slowloris on the way out)."""
    with httpx.stream("GET", url + "/rdf?format=nquads", timeout=60) as response:
        for _ in response.iter_raw(16):
            if stop.wait(0.5):
                return


def test_vanishing_and_slow_rdf_readers_leave_no_file_and_block_nothing(seeded: object, tmp: Path) -> None:
    scratch = tmp / "tmpdir"
    scratch.mkdir()
    with kg_serve(tmp, {"TMPDIR": str(scratch)}) as server:
        stop = threading.Event()
        readers = [threading.Thread(target=_slow_reader, args=(server.url, stop)) for _ in range(20)]
        for reader in readers:
            reader.start()
        for _ in range(20):
            _vanishing_request(server.url, "/rdf?format=turtle")
        time.sleep(2)
        started = time.monotonic()
        ask = httpx.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=60)
        waited = time.monotonic() - started
        stop.set()
        for reader in readers:
            reader.join()
        time.sleep(1)
        dumps = Path(server.env["KG_SPARQL_STORE_DIR"] + "-dumps")
        leftovers = sorted(p.name for p in scratch.iterdir())
        kept = sorted(p.name for p in dumps.iterdir()) if dumps.exists() else []
    assert ask.status_code == 200 and waited < 2
    assert leftovers == [], f"files left in the temp dir: {leftovers}"
    assert len(kept) <= 2, kept  # one current dump per format asked for, no more
