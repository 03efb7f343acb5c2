"""The query check reads SPARQL as pyoxigraph's parser does: every text that makes pyoxigraph open a
connection (SERVICE) is refused by the check, however the keyword is dressed.

Each candidate runs in-process against a store holding one triple, with the network available and a
listener on 127.0.0.1: whether pyoxigraph connects is the parser's own verdict, compared with ours.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from kg.sparqlstore.errors import UpdateRefusedError
from kg.sparqlstore.store import check_query_text

DRESSINGS = [
    "SERVICE <{url}> {{ ?s ?p ?o }}",
    "service <{url}> {{ ?s ?p ?o }}",
    "SeRvIcE SILENT <{url}> {{ ?s ?p ?o }}",
    "BIND(<urn:x:\\u0041#> AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}",
    "BIND(<urn:x\u00a0#> AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}",
    "BIND(<urn:x:\\U00000041#> AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}",
    "?s ?p true.SERVICE <{url}> {{ ?s ?p ?o }}",
    "?s ?p 1.SERVICE <{url}> {{ ?s ?p ?o }}",
    "?s ?p ?o.SERVICE <{url}> {{ ?s ?p ?o }}",
    "BIND('a\\'#' AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}",
    'BIND("a\\"#" AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}',
    "BIND('''a'#''' AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}",
    'BIND("""a""#""" AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}',
    "BIND(e:a\\#b AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}",
    "BIND(e:a%23b AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}",
    "FILTER(?s<?o) SERVICE <{url}> {{ ?s ?p ?o }}",
    "# a comment <\nSERVICE <{url}> {{ ?s ?p ?o }}",
    "BIND(<urn:a> AS ?z)SERVICE<{url}>{{?s ?p ?o}}",
    "VALUES ?svc {{ <{url}> }} SERVICE ?svc {{ ?s ?p ?o }}",
    "BIND('a' AS ?z) # '\nSERVICE <{url}> {{ ?s ?p ?o }}",
    'BIND("\\u0022" AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}',
    'BIND("a"@en-GB AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}',
    'BIND("1"^^<urn:t> AS ?z) SERVICE <{url}> {{ ?s ?p ?o }}',
]


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    received: list[bytes] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            received.append(conn.recv(100))
            conn.close()

    threading.Thread(target=accept, daemon=True).start()
    yield int(sock.getsockname()[1]), received
    sock.close()


def _connects(query: str, received: list[bytes]) -> bool:
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.NamedNode("urn:o")))
    before = len(received)
    with contextlib.suppress(SyntaxError, OSError, RuntimeError):
        list(store.query(query, prefixes={"e": "urn:e:"}))  # type: ignore[arg-type]
    return len(received) > before


@pytest.mark.parametrize("dressing", DRESSINGS)
def test_every_text_that_makes_pyoxigraph_connect_is_refused(
    dressing: str, listener: tuple[int, list[bytes]]
) -> None:
    port, received = listener
    query = "SELECT * WHERE { ?s ?p ?o " + dressing.format(url=f"http://127.0.0.1:{port}/x") + " }"
    refused = False
    try:
        check_query_text(query)
    except UpdateRefusedError:
        refused = True
    if _connects(query, received):
        assert refused, f"pyoxigraph connected, the check let it through: {query!r}"


def test_most_dressings_do_connect_when_unchecked(listener: tuple[int, list[bytes]]) -> None:
    """The candidates are real attacks: without the check, pyoxigraph connects for most of them."""
    port, received = listener
    url = f"http://127.0.0.1:{port}/x"
    connected = [
        d for d in DRESSINGS if _connects("SELECT * WHERE { ?s ?p ?o " + d.format(url=url) + " }", received)
    ]
    assert len(connected) >= len(DRESSINGS) // 2, connected


def test_words_inside_iris_strings_and_comments_are_not_keywords() -> None:
    for query in (
        "SELECT * WHERE { ?s <urn:service> ?o }",
        "SELECT * WHERE { ?s ?p 'SERVICE <http://x/> {}' }",
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> {}",
        "PREFIX SERVICE: <urn:s:> SELECT * WHERE { ?s SERVICE:x ?o }",
        "SELECT ?service WHERE { ?service ?p ?o }",
    ):
        check_query_text(query)


def test_updates_are_refused_whatever_their_prologue() -> None:
    for query in (
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX e: <urn:e:> BASE <urn:b> # note\n delete where { ?s ?p ?o }",
        "  load <http://example.org/x>",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ):
        with pytest.raises(UpdateRefusedError, match="read-only"):
            check_query_text(query)


def test_the_sandbox_takes_the_network_away(listener: tuple[int, list[bytes]]) -> None:
    port, received = listener
    probe = (
        "import socket, sys\n"
        "from kg.sparqlstore.sandbox import drop_network\n"
        "assert drop_network() is None\n"
        "try:\n"
        f"    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
        "except OSError as exc:\n"
        "    print('refused:', exc)\n"
        "    sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert received == []
