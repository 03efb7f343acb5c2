"""The soak test's traffic (bench/soak.py): what a mixed public asks of one `kg serve`.

Each client thread loops: pick a request kind by weight, send it, record (time, kind, status, seconds,
what went wrong). Ordinary kinds expect 200; each hostile kind expects its refusal (403 for a smuggled
SERVICE, 400 for a query past the memory cap, 413 for a huge body, ...), so "errors by kind" counts
what differed from that expectation. A 503 that says it is a refusal (the SPARQL queue is full, or a
query ran past KG_SPARQL_TIMEOUT) is a refusal, not an error.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

GRAPHQL = {
    "graphql entity": """query($name: String!) { entity(name: $name) { name
        facts(first: 20) { edges { node { predicate object { name }
          evidence(first: 1) { edges { node { sentence article { title } } } } } } } } }""",
    "graphql search": """query($phrase: String!) { search(phrase: $phrase, first: 10) {
        score entity { name aliases } } }""",
    "graphql 2-hop": """query($name: String!) { entity(name: $name) { name
        neighbors(depth: 2, first: 20) { name } } }""",
}
SPARQL = [
    "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) LIMIT 10",
    """SELECT ?who ?whom (COUNT(?ev) AS ?mentions) WHERE { GRAPH ?article {
         ?ev rdf:predicate kg:urges ; rdf:subject ?s ; rdf:object ?o .
         ?s rdfs:label ?who . ?o rdfs:label ?whom . }
       } GROUP BY ?who ?whom ORDER BY DESC(?mentions) LIMIT 10""",
    'SELECT ?e ?type WHERE { ?e rdfs:label "$name" ; a ?type } LIMIT 10',
]
HOSTILE_SERVICE = (
    r"SELECT * {{ BIND(<urn:x:\u0041#> AS ?z) SERVICE <http://127.0.0.1:{port}/p> {{ ?s ?p ?o }} }}"
)
CROSS_PRODUCT = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"
SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
EMPTY_TOKEN_MUTATION = 'mutation { deleteArticle(id: "https://kg.example.org/article/none") { __typename } }'

#: kind -> weight. The hostile ones are a small share, the memory-cap one the rarest (each costs the
#: SPARQL process a restart).
WEIGHTS = {
    "graphql entity": 15,
    "graphql search": 15,
    "graphql 2-hop": 8,
    "sparql select": 12,
    "explorer": 8,
    "rdf article": 6,
    "query pages": 2,
    "rdf dump": 0.3,
    "hostile service": 1.5,
    "hostile huge body": 1.5,
    "hostile host": 1.5,
    "hostile token": 1.5,
    "hostile bad iri": 1,
    "hostile slow": 0.1,
    "hostile memory": 0.1,
}


@dataclass(frozen=True)
class Sample:
    at: float
    kind: str
    status: int
    seconds: float
    problem: str  # "" when the answer was the one expected; else what it was


@dataclass
class Traffic:
    """The variables requests draw on, and where the samples go."""

    base: str
    names: list[str]
    articles: list[str]
    samples: list[Sample] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, sample: Sample) -> None:
        with self.lock:
            self.samples.append(sample)


def run_clients(
    traffic: Traffic, clients: int, stop: threading.Event, seed: int = 7
) -> list[threading.Thread]:
    threads = [
        threading.Thread(target=_client, args=(traffic, stop, random.Random(seed + i)), daemon=True)
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    return threads


def _client(traffic: Traffic, stop: threading.Event, rng: random.Random) -> None:
    kinds, weights = list(WEIGHTS), list(WEIGHTS.values())
    with httpx.Client(base_url=traffic.base, timeout=120) as client:
        while not stop.is_set():
            kind = rng.choices(kinds, weights)[0]
            started = time.monotonic()
            try:
                status, problem = REQUESTS[kind](client, traffic, rng)
            except httpx.TimeoutException:
                status, problem = 0, "client timeout"
            except httpx.HTTPError as exc:
                status, problem = 0, f"connection: {type(exc).__name__}"
            traffic.record(Sample(time.time(), kind, status, time.monotonic() - started, problem))
            stop.wait(rng.uniform(0.05, 0.25))


def _expect(response: httpx.Response, *statuses: int) -> tuple[int, str]:
    if response.status_code in statuses:
        return response.status_code, ""
    if response.status_code == 503 and (
        "Retry-After" in response.headers or "KG_SPARQL_TIMEOUT" in response.text
    ):
        return 503, "refusal"
    return response.status_code, f"status {response.status_code}"


def _graphql(kind: str) -> Callable[[httpx.Client, Traffic, random.Random], tuple[int, str]]:
    def send(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
        name = rng.choice(traffic.names)
        variables = {"phrase": name.split()[0]} if "search" in kind else {"name": name}
        response = client.post("/graphql", json={"query": GRAPHQL[kind], "variables": variables})
        status, problem = _expect(response, 200)
        errors = response.json().get("errors") if not problem else None
        if errors:
            problem = f"graphql error: {str(errors[0].get('message'))[:60]}"
        return status, problem

    return send


def _sparql(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    query = rng.choice(SPARQL).replace("$name", rng.choice(traffic.names).replace('"', ""))
    return _expect(client.get("/sparql", params={"query": query}), 200)


def _explorer(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    return _expect(client.get(rng.choice(["/", "/assets/app.js", "/assets/app.css"])), 200)


def _rdf_article(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    params = {"graph": rng.choice(traffic.articles), "format": "turtle"}
    return _expect(client.get("/rdf", params=params), 200)


def _rdf_dump(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    with client.stream("GET", "/rdf", params={"format": "nquads"}) as response:
        for _ in response.iter_bytes(1 << 20):
            pass
        return _expect(response, 200)


def _query_pages(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    return _expect(client.get(rng.choice(["/graphql", "/sparql"]), headers={"Accept": "text/html"}), 200)


def _hostile_service(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    query = HOSTILE_SERVICE.format(port=rng.randint(1024, 65000))
    return _expect(client.get("/sparql", params={"query": query}), 403)


def _hostile_body(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    body = b"x" * 6_000_000
    return _expect(client.post("/graphql", content=body, headers={"Content-Type": "application/json"}), 413)


def _hostile_host(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    return _expect(client.get("/healthz", headers={"Host": "rebound.example"}), 400)


def _hostile_token(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    response = client.post("/graphql", json={"query": EMPTY_TOKEN_MUTATION}, headers={"X-API-Token": ""})
    status, problem = _expect(response, 200)
    if not problem and response.json()["data"]["deleteArticle"]["__typename"] != "NotAuthorized":
        problem = "mutation not refused"
    return status, problem


def _hostile_bad_iri(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    return _expect(client.get("/rdf", params={"graph": "not an iri"}), 400)


def _hostile_slow(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    return _expect(client.get("/sparql", params={"query": SLOW}), 200)  # a timeout refusal, normally


def _hostile_memory(client: httpx.Client, traffic: Traffic, rng: random.Random) -> tuple[int, str]:
    return _expect(client.get("/sparql", params={"query": CROSS_PRODUCT}), 400)


REQUESTS: dict[str, Callable[[httpx.Client, Traffic, random.Random], tuple[int, str]]] = {
    **{kind: _graphql(kind) for kind in GRAPHQL},
    "sparql select": _sparql,
    "explorer": _explorer,
    "rdf article": _rdf_article,
    "rdf dump": _rdf_dump,
    "query pages": _query_pages,
    "hostile service": _hostile_service,
    "hostile huge body": _hostile_body,
    "hostile host": _hostile_host,
    "hostile token": _hostile_token,
    "hostile bad iri": _hostile_bad_iri,
    "hostile slow": _hostile_slow,
    "hostile memory": _hostile_memory,
}


def summary(samples: list[Sample]) -> dict[str, Any]:
    """Per kind: requests, refusals, problems by name, p50 and p99 seconds."""
    out: dict[str, Any] = {}
    for kind in WEIGHTS:
        mine = [s for s in samples if s.kind == kind]
        if not mine:
            continue
        times = sorted(s.seconds for s in mine)
        problems: dict[str, int] = {}
        for s in mine:
            if s.problem and s.problem != "refusal":
                problems[s.problem] = problems.get(s.problem, 0) + 1
        out[kind] = {
            "requests": len(mine),
            "refusals": sum(s.problem == "refusal" for s in mine),
            "problems": problems,
            "server_errors": sum(s.status >= 500 and s.problem != "refusal" for s in mine),
            "p50": times[len(times) // 2],
            "p99": times[min(len(times) - 1, int(len(times) * 0.99))],
        }
    return out
