"""Attacks on the API's front door against the real `kg serve`: tokens that are empty or short, bodies
that are huge or never finish, a foreign Host header (DNS rebinding against the API), pages without a
Content-Security-Policy, and odd or enormous SPARQL texts."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hostile_server import REPO, KgServer, kg_serve, peak_of, rss_mb

from testkit.served import free_port

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

DELETE = 'mutation { deleteArticle(id: "https://news.example/hostile/0") { __typename } }'


def test_an_empty_token_never_opens_mutations(seeded: object, tmp: Path) -> None:
    with kg_serve(tmp, api_token="") as server:
        for headers in ({}, {"X-API-Token": ""}):
            response = httpx.post(server.url + "/graphql", json={"query": DELETE}, headers=headers)
            assert response.json()["data"]["deleteArticle"]["__typename"] == "NotAuthorized", headers


def test_a_short_token_stops_the_server_from_starting(tmp: Path) -> None:
    env = {**os.environ, "KG_API_TOKEN": "only-twenty-characters", "KG_API_PORT": str(free_port())}
    env["KG_SPARQL_STORE_DIR"] = str(tmp / "sparql")
    process = subprocess.Popen(
        [sys.executable, "-c", "from cli.main import app; app()", "serve"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output, _ = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        pytest.fail(f"kg serve started with a 22-character token:\n{output[-2000:]}")
    assert process.returncode == 1
    assert "KG_API_TOKEN has 22 characters; the API needs at least 32" in output


@pytest.mark.parametrize(
    "path,content_type", [("/graphql", "application/json"), ("/sparql", "application/sparql-query")]
)
def test_a_huge_declared_body_is_refused_unread(server: KgServer, path: str, content_type: str) -> None:
    before = rss_mb(server.process.pid)
    body = b'{"query": "' + b"x" * 50_000_000 + b'"}'
    with peak_of(lambda: server.process.pid) as api:
        response = httpx.post(
            server.url + path, content=body, headers={"Content-Type": content_type}, timeout=60
        )
    assert response.status_code == 413, response.text[:200]
    assert "KG_API_MAX_BODY_BYTES" in response.text
    assert api.peak - before < 30, f"the API grew by {api.peak - before:.0f} MB"


def test_a_huge_chunked_body_is_cut_off_at_the_limit(server: KgServer) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"query": "'
        for _ in range(500):
            yield b"x" * 100_000
        yield b'"}'

    response = httpx.post(
        server.url + "/graphql", content=chunks(), headers={"Content-Type": "application/json"}, timeout=60
    )
    assert response.status_code == 413


def test_a_trickling_body_is_cut_off_and_others_are_served(seeded: object, tmp: Path) -> None:
    with kg_serve(tmp, api_body_timeout="2") as server:
        port = int(server.url.rsplit(":", 1)[1])
        slow = []
        for _ in range(20):
            sock = socket.create_connection(("127.0.0.1", port))
            head = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            sock.sendall(f"{head}Content-Length: 1000\r\n\r\n{{".encode())
            slow.append(sock)
        started = time.monotonic()
        typename = httpx.post(server.url + "/graphql", json={"query": "{ __typename }"}, timeout=30)
        assert typename.status_code == 200 and time.monotonic() - started < 2
        slow[0].settimeout(15)
        answer = slow[0].recv(200)
        for sock in slow:
            sock.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer


def test_a_foreign_host_header_is_refused(server: KgServer) -> None:
    rebound = httpx.get(
        server.url + "/graphql", params={"query": "{ __typename }"}, headers={"Host": "evil.example"}
    )
    assert rebound.status_code == 400
    for host in ("127.0.0.1", "localhost"):
        ours = httpx.get(server.url + "/healthz", headers={"Host": f"{host}:8000"})
        assert ours.status_code == 200, host


HTML = {"Accept": "text/html"}


@pytest.mark.parametrize(
    "path,headers",
    [
        ("/", HTML),
        ("/graphql", HTML),
        ("/sparql", HTML),
        ("/sparql?query=ASK%7B%7D", {}),
        ("/guide", {}),
        ("/healthz", {}),
        ("/nothing-here", HTML),
    ],
)
def test_every_page_carries_a_strict_content_security_policy(
    server: KgServer, path: str, headers: dict[str, str]
) -> None:
    response = httpx.get(server.url + path, headers=headers)
    policy = response.headers.get("content-security-policy", "")
    directives = dict(part.strip().partition(" ")[::2] for part in policy.split(";"))
    assert directives.get("script-src") == "'self'", (path, directives)
    assert directives.get("default-src") == "'self'" and directives.get("connect-src") == "'self'"
    assert directives.get("frame-ancestors") == "'none'" and directives.get("object-src") == "'none'"
    assert response.headers.get("x-content-type-options") == "nosniff"


def test_an_enormous_query_is_refused_and_the_server_keeps_serving(server: KgServer) -> None:
    values = " ".join(str(i) for i in range(400_000))  # about 2.7 MB, under the body limit
    with peak_of(server.sparql_child) as child:
        response = httpx.post(
            server.sparql,
            content=f"SELECT ?i WHERE {{ VALUES ?i {{ {values} }} }}",
            headers={"Content-Type": "application/sparql-query"},
            timeout=120,
        )
    assert response.status_code == 400, response.text[:300]
    assert "KG_SPARQL_MAX_RESULTS" in response.text
    assert child.peak < 1100
    assert httpx.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


UNICODE_QUERIES = [
    "SELECT * WHERE { <http://example.org/ü/日本> ?p ?o }",
    "SELECT * WHERE { <urn:😀> ?p ?o }",
    "SELECT * WHERE { <urn:\\U0001F600> ?p ?o }",
    "SELECT * WHERE { <urn:\\uD800> ?p ?o }",
    "SELECT * WHERE { <urn:a\u202eb> ?p ?o }",
    "SELECT * WHERE { <urn:\x00> ?p ?o }",
    "SELECT * WHERE { ?s ?p '\udcff' }",
]


def test_unicode_in_iris_is_answered_or_refused_never_a_server_error(server: KgServer) -> None:
    for query in UNICODE_QUERIES:
        body = query.encode("utf-8", errors="surrogatepass")
        response = httpx.post(
            server.sparql, content=body, headers={"Content-Type": "application/sparql-query"}, timeout=30
        )
        assert response.status_code in (200, 400), (query, response.status_code, response.text[:200])
    for graph in ("urn:😀", "not an iri", "http://example.org/\x00"):
        response = httpx.get(server.url + "/rdf", params={"graph": graph})
        assert response.status_code in (400, 404), (graph, response.status_code)
    raw = httpx.get(server.sparql + "?query=ASK%7B%3Curn%3A%ED%A0%80%3E%20%3Fp%20%3Fo%7D")
    assert raw.status_code in (200, 400)


@pytest.mark.parametrize("predicate", ["{eq: urges, in: [memberOf]}", "{in: []}"])
def test_a_predicate_filter_allowing_nothing_matches_nothing(server: KgServer, predicate: str) -> None:
    everything = server.graphql("{ facts { totalCount } }").json()["data"]["facts"]["totalCount"]
    assert everything > 0
    query = f"{{ facts(where: {{predicate: {predicate}}}) {{ totalCount }} }}"
    filtered = server.graphql(query).json()
    assert filtered["data"]["facts"]["totalCount"] == 0, filtered
    edge = f"{{ entities(where: {{facts: {{some: {{predicate: {predicate}}}}}}}) {{ totalCount }} }}"
    assert server.graphql(edge).json()["data"]["entities"]["totalCount"] == 0


HUGE_TEXTS = [
    ("search", "phrase", " ".join(["a~"] * 300), "words"),  # 3,000 such words: Lucene refused 1,024 clauses
    ("search", "phrase", "x" * 40_000, "characters"),  # a term over Lucene's 32,766 bytes: refused too
    ("entity", "name", " ".join(["ab"] * 600_000), "characters"),  # it held Neo4j until the 13 s timeout
]


@pytest.mark.parametrize(("root", "arg", "text", "bound"), HUGE_TEXTS, ids=["clauses", "term", "long-name"])
def test_a_huge_search_or_name_is_refused_naming_it_and_asks_neo4j_nothing(
    server: KgServer, root: str, arg: str, text: str, bound: str
) -> None:
    field = f"{root}({arg}: $t) {{ {'entity { name }' if root == 'search' else 'name'} }}"
    started = time.monotonic()
    answer = server.graphql(f"query($t: String!) {{ {field} }}", t=text).json()
    assert time.monotonic() - started < 5
    assert answer["errors"][0]["message"].startswith(f"{arg}: at most"), answer["errors"]
    assert bound in answer["errors"][0]["message"]
    assert answer["extensions"]["cypherRoundTrips"] == 0
    assert server.graphql('{ search(phrase: "Hostile 1") { entity { name } } }').json()["data"]["search"]
