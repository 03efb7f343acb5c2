"""Load test: kg's GraphQL API against the Neo4j GraphQL Library, on whatever graph Neo4j holds.

Both servers are started here on the same Neo4j (ours: the api app under uvicorn; theirs:
@neo4j/graphql on Node.js, from bench/neo4j-graphql, installed with `npm ci` when needed), one
process each. For each query shape (entity by name with facts and evidence; full-text search; 2-hop
neighbours) a closed-loop load generator (one keep-alive HTTP/1.1 connection per client, see
``Http11Connection``) keeps ``--clients`` requests in flight for ``--seconds`` per server, after a
warm-up, and records every latency. The time is cut into ``--rounds`` that alternate
between the servers (ours first in odd rounds, theirs first in even ones), so a change in the
machine's load during the run (other jobs share its cores) falls on both alike. Printed: throughput,
p50/p95/p99, errors, the server process's CPU per request, and the ratios ours/theirs.
``--also-workers N`` then measures ours again with N uvicorn workers, printed on a line of its own
and kept out of the ratios (they compare one process with one).

The query pairs ask for the same data: up to 20 statements about an entity, each with its predicate,
object, one sentence and its article (ours: 20 facts with one evidence each; theirs: 20 evidence nodes
of which the entity is the subject, the library's only way to reach facts of 21 relationship types);
10 full-text hits with scores; up to 20 entities within two fact hops (theirs through a @cypher field).

    nice .venv/bin/python bench/graphql.py --clients 32 --seconds 20 --also-workers 2
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

# Run as a script, this file's directory comes first on sys.path, where its own name would shadow
# the `graphql` package that Strawberry imports; the repository root goes there instead.
ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

NODE_DIR = ROOT / "bench" / "neo4j-graphql"
RESULTS = ROOT / "bench" / "results"

OURS = {
    "entity+facts+evidence": """query($name: String!) { entity(name: $name) { name
        facts(first: 20) { edges { node { predicate object { name }
          evidence(first: 1) { edges { node { sentence article { title } } } } } } } } }""",
    "fulltext search": """query($phrase: String!) { search(phrase: $phrase, first: 10) {
        score entity { name aliases } } }""",
    "2-hop neighbours": """query($name: String!) { entity(name: $name) { name
        neighbors(depth: 2, first: 20) { name } } }""",
}
THEIRS = {
    "entity+facts+evidence": """query($name: String!) { entities(where: {name: {eq: $name}}, limit: 1) { name
        evidence(limit: 20) { predicate sentence object { name } article { title } } } }""",
    "fulltext search": """query($phrase: String!) { searchEntities(phrase: $phrase, first: 10) {
        edges { score node { name aliases } } } }""",
    "2-hop neighbours": """query($name: String!) { entities(where: {name: {eq: $name}}, limit: 1) { name
        neighbors { name } } }""",
}


@dataclass
class Result:
    server: str
    shape: str
    requests: int
    errors: int
    seconds: float
    throughput: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    cpu_ms_per_request: float


def percentile(sorted_ms: list[float], q: float) -> float:
    if not sorted_ms:
        return float("nan")
    return sorted_ms[min(len(sorted_ms) - 1, round(q * (len(sorted_ms) - 1)))]


class Http11Connection:
    """One keep-alive HTTP/1.1 connection that POSTs JSON and reads whole responses.

    The load generator shares the machine's two cores with both servers and Neo4j, so it must cost
    far less than they do per request: httpx spent ~4 ms of CPU per request here and capped the run
    at ~200 req/s even against /healthz, so it measured itself (and added ~100 ms to every latency).
    This speaks just enough HTTP/1.1 (Content-Length or chunked bodies) for both servers.
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.path = parts.hostname or "127.0.0.1", parts.port or 80, parts.path or "/"
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, body: bytes) -> tuple[int, bytes]:
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (
            f"POST {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        self.writer.write(head.encode() + body)
        status = int((await self.reader.readline()).split()[1])
        headers = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip().lower()
        if "chunked" in headers.get("transfer-encoding", ""):
            data = await self._chunks(self.reader)
        else:
            data = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection") == "close":
            self.close()
        return status, data

    @staticmethod
    async def _chunks(reader: asyncio.StreamReader) -> bytes:
        parts = []
        while size := int((await reader.readline()).split(b";")[0], 16):
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
        await reader.readline()
        return b"".join(parts)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def load(
    url: str, query: str, variables: list[dict[str, Any]], clients: int, seconds: float
) -> tuple[list[float], int]:
    """Closed loop: ``clients`` workers each send the next request as soon as the last one answers.

    A request counts when it answers 200 with no GraphQL ``errors``; its latency is recorded then.
    """
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    bodies = [json.dumps({"query": query, "variables": v}).encode() for v in variables]

    async def worker(offset: int) -> None:
        nonlocal errors
        connection, i = Http11Connection(url), offset
        while time.perf_counter() < deadline:
            body = bodies[i % len(bodies)]
            i += clients
            start = time.perf_counter()
            try:
                status, data = await asyncio.wait_for(connection.post(body), 60)
                ok = status == 200 and not json.loads(data).get("errors")
            except (TimeoutError, OSError, ValueError, IndexError, asyncio.IncompleteReadError):
                connection.close()
                ok = False
            if ok:
                latencies.append((time.perf_counter() - start) * 1000)
            else:
                errors += 1
        connection.close()

    await asyncio.gather(*(worker(k) for k in range(clients)))
    return latencies, errors


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children (uvicorn's workers), from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


@dataclass
class Server:
    """A server under test: its label, GraphQL URL, process, query texts and what it has measured."""

    name: str
    url: str
    proc: subprocess.Popen[bytes]
    queries: dict[str, str]
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    cpu: float = 0.0

    def run(self, shape: str, variables: list[dict[str, Any]], clients: int, seconds: float) -> None:
        cpu_before, started = cpu_seconds(self.proc.pid), time.perf_counter()
        latencies, errors = asyncio.run(load(self.url, self.queries[shape], variables, clients, seconds))
        self.seconds += time.perf_counter() - started
        self.cpu += cpu_seconds(self.proc.pid) - cpu_before
        self.latencies += latencies
        self.errors += errors

    def result(self, shape: str) -> Result:
        latencies = sorted(self.latencies)
        done = max(1, len(latencies))
        return Result(
            self.name,
            shape,
            len(latencies),
            self.errors,
            round(self.seconds, 2),
            round(len(latencies) / self.seconds, 1),
            round(percentile(latencies, 0.50), 1),
            round(percentile(latencies, 0.95), 1),
            round(percentile(latencies, 0.99), 1),
            round(1000 * self.cpu / done, 2),
        )


def measure(
    servers: list[Server], shape: str, variables: list[dict[str, Any]], args: argparse.Namespace
) -> list[Result]:
    """Warm each server up, then alternate them over ``args.rounds`` slices of ``args.seconds``."""
    for server in servers:
        server.latencies, server.errors, server.seconds, server.cpu = [], 0, 0.0, 0.0
        asyncio.run(load(server.url, server.queries[shape], variables, args.clients, args.warmup))
    for round_ in range(args.rounds):
        for server in servers if round_ % 2 == 0 else servers[::-1]:
            server.run(shape, variables, args.clients, args.seconds / args.rounds)
    return [server.result(shape) for server in servers]


def wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server for {url} exited with {proc.returncode}")
        try:
            if httpx.post(url, json={"query": "{ __typename }"}, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{url} did not become ready in {timeout:.0f} s")


def start_ours(port: int, workers: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, __file__, "serve", "--port", str(port), "--workers", str(workers)]
    )


def start_theirs(port: int) -> subprocess.Popen[bytes]:
    from kg.graphstore.connection import bolt_uri, resolve_password
    from kg.settings import Settings

    if not (NODE_DIR / "node_modules").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NODE_DIR, check=True)
    settings = Settings()
    env = {
        **os.environ,
        "NEO4J_URI": bolt_uri(settings),
        "NEO4J_USER": settings.neo4j_user,
        "NEO4J_PASSWORD": resolve_password(settings),
        "NEO4J_DATABASE": settings.neo4j_database,
        "PORT": str(port),
    }
    return subprocess.Popen(["node", "server.mjs"], cwd=NODE_DIR, env=env)


def sample_variables(url: str, count: int) -> dict[str, list[dict[str, Any]]]:
    """Names of the most-mentioned people and organisations, read through our own API."""
    query = (
        "{ entities(where: {types: {in: [Person, Organization, Country]}}, sort: [{mentionCount: DESC}], "
        f"first: {count}) {{ edges {{ node {{ name }} }} }} }}"
    )
    names = [
        e["node"]["name"]
        for e in httpx.post(url, json={"query": query}, timeout=120).json()["data"]["entities"]["edges"]
    ]
    if not names:
        raise SystemExit("the graph has no entities: ingest articles first (kg ingest ...)")
    phrases = [name.split()[-1] for name in names]
    return {
        "entity+facts+evidence": [{"name": n} for n in names],
        "fulltext search": [{"phrase": p} for p in phrases],
        "2-hop neighbours": [{"name": n} for n in names],
    }


def report(results: list[Result]) -> None:
    print(
        f"\n{'server':<18}{'shape':<24}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
        f"{'ok':>7}{'errors':>7}{'cpu ms/req':>11}"
    )
    for r in results:
        print(
            f"{r.server:<18}{r.shape:<24}{r.throughput:>8}{r.p50_ms:>9}{r.p95_ms:>9}{r.p99_ms:>9}"
            f"{r.requests:>7}{r.errors:>7}{r.cpu_ms_per_request:>11}"
        )
    print(
        "\nratios (ours / neo4j-graphql, one process each): throughput (>= 1 is better), p99 (<= 1 is better)"
    )
    for shape in OURS:
        ours = next(r for r in results if r.server == "kg" and r.shape == shape)
        theirs = next(r for r in results if r.server == "neo4j-graphql" and r.shape == shape)
        print(
            f"  {shape:<24} throughput x{ours.throughput / theirs.throughput:.2f}"
            f"   p99 x{ours.p99_ms / theirs.p99_ms:.2f}"
        )


def main(args: argparse.Namespace) -> None:
    ours_url, theirs_url = f"http://127.0.0.1:{args.port}/graphql", f"http://127.0.0.1:{args.port + 1}/"
    procs = [start_ours(args.port, 1), start_theirs(args.port + 1)]
    try:
        wait_ready(ours_url, procs[0])
        wait_ready(theirs_url, procs[1])
        variables = sample_variables(ours_url, args.names)
        servers = [
            Server("kg", ours_url, procs[0], OURS),
            Server("neo4j-graphql", theirs_url, procs[1], THEIRS),
        ]
        results = []
        for shape in OURS:
            results += measure(servers, shape, variables[shape], args)
            print(*results[-2:], sep="\n", flush=True)
        procs[0].terminate()
        procs[0].wait(timeout=30)
        if args.also_workers > 1:
            results += measure_workers(args, variables)
        report(results)
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"graphql-{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(json.dumps({"args": vars(args), "results": [asdict(r) for r in results]}, indent=2))
        print(f"\nwritten: {out}")
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=30)


def measure_workers(args: argparse.Namespace, variables: dict[str, list[dict[str, Any]]]) -> list[Result]:
    """Ours again with ``--also-workers`` uvicorn processes (not part of the one-to-one ratios)."""
    url = f"http://127.0.0.1:{args.port}/graphql"
    proc = start_ours(args.port, args.also_workers)
    try:
        wait_ready(url, proc)
        server = Server(f"kg ({args.also_workers} workers)", url, proc, OURS)
        results = []
        for shape in OURS:
            results += measure([server], shape, variables[shape], args)
            print(results[-1], flush=True)
        return results
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def serve(port: int, workers: int) -> None:
    """Our app alone (GraphQL, no SPARQL mirror), as `kg serve` builds it, settings from KG_*."""
    import uvicorn

    uvicorn.run(
        "api.app:create_app_from_env",
        factory=True,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        workers=workers,
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", nargs="?", default="bench", choices=["bench", "serve"])
    parser.add_argument("--port", type=int, default=8700, help="ours on PORT, theirs on PORT+1")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers (serve mode)")
    parser.add_argument(
        "--also-workers", type=int, default=0, help="also measure ours with N workers (labelled, no ratio)"
    )
    parser.add_argument("--rounds", type=int, default=4, help="alternating slices per shape")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--names", type=int, default=50, help="distinct entities the queries cycle through")
    cli = parser.parse_args()
    if cli.mode == "serve":
        serve(cli.port, cli.workers)
    else:
        main(cli)
