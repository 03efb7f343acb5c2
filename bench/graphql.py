"""Load test: kg's GraphQL API against the Neo4j GraphQL Library, on whatever graph Neo4j holds.

Both servers are started here on the same Neo4j (ours: the api app under uvicorn; theirs:
@neo4j/graphql on Node.js, from bench/neo4j-graphql), one process each. The load generator is
autocannon (bench/loadgen, a Node.js project like the baseline; both installed with `npm ci` when
needed), kept in one process for the whole run and driven by ``LoadGenerator``. For each query shape
(entity by name with facts and evidence; full-text search; 2-hop neighbours) it runs closed loops of
``--clients`` keep-alive connections POSTing the shape's query with variable sets in turn, after a
warm-up. The time is cut into ``--rounds`` that alternate between the servers (ours first in odd
rounds, theirs first in even ones), so a change in the machine's load during the run (other jobs
share its cores) falls on both alike; autocannon merges a server's rounds into one latency histogram.
Printed: throughput of successful requests, latency percentiles of autocannon's histogram (p50, p90,
p95, p97.5, p99), errors (non-2xx, connection errors and timeouts, and 2xx bodies with a GraphQL
``errors`` member or, on every 16th body parsed, a null first root field), the CPU per request of
the server process and of the load generator (from /proc), and the ratios ours/theirs.
``--bare`` adds a third server to the rounds: the same process as ours answering ``/bare``
(testkit/bare_endpoint.py: each shape's compiled Cypher sent through the driver, its rows returned as
JSON, no GraphQL), the limit our GraphQL layer works against; ours / bare is the layer's share of it.
``--also-workers N`` then measures ours again with N uvicorn workers, printed on a line of its own
and kept out of the ratios (they compare one process with one). ``--neo4j-pid`` adds Neo4j's CPU
per request while each server ran (the two servers share one Neo4j and the machine's cores, so a
server whose queries cost Neo4j more loses throughput for that too); ``--shapes`` picks shapes.

The query pairs ask for the same data: up to 20 statements about an entity, each with its predicate,
object, one sentence and its article (ours: 20 facts with one evidence each; theirs: 20 evidence nodes
of which the entity is the subject, the library's only way to reach facts of 21 relationship types);
10 full-text hits with scores; up to 20 entities within two fact hops (theirs through a @cypher field).

    nice .venv/bin/python bench/graphql.py --clients 32 --seconds 20 --also-workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Run as a script, this file's directory comes first on sys.path, where its own name would shadow
# the `graphql` package that Strawberry imports; the repository root goes there instead.
ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

NODE_DIR = ROOT / "bench" / "neo4j-graphql"
LOADGEN_DIR = ROOT / "bench" / "loadgen"
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
    """One server on one query shape, over all its rounds; latency percentiles as autocannon names them."""

    server: str
    shape: str
    requests: int
    errors: int
    seconds: float
    throughput: float
    p50_ms: float
    p90_ms: float
    p95_ms: float
    p97_5_ms: float
    p99_ms: float
    cpu_ms_per_request: float
    loadgen_cpu_ms_per_request: float
    error_kinds: dict[str, int] = field(default_factory=dict)
    bodies_parsed: int = 0
    neo4j_cpu_ms_per_request: float | None = None  # with --neo4j-pid: Neo4j's CPU while this server ran


class LoadGenerator:
    """autocannon (bench/loadgen/run.mjs, one Node.js process for the whole run), driven line by line.

    Each run is a closed loop: ``connections`` keep-alive connections, each sending its next POST as
    soon as the last one answered, cycling over the variable sets. Runs recorded under one key are
    merged by autocannon itself (one latency histogram), so alternating rounds add up per server.
    """

    def __init__(self) -> None:
        if not (LOADGEN_DIR / "node_modules").exists():
            subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=LOADGEN_DIR, check=True)
        self.proc = subprocess.Popen(
            ["node", "run.mjs"], cwd=LOADGEN_DIR, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def call(self, **command: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"the load generator exited with {self.proc.wait()}")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise SystemExit(f"load generator: {answer['error']}")
        return answer

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


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
    """A server under test: its label, GraphQL URL, process, query texts and the CPU it has spent."""

    name: str
    url: str
    proc: subprocess.Popen[bytes]
    queries: dict[str, str]
    cpu: float = 0.0
    loadgen_cpu: float = 0.0
    neo4j_pid: int | None = None
    neo4j_cpu: float = 0.0

    def bodies(self, shape: str, variables: list[dict[str, Any]]) -> list[str]:
        return [json.dumps({"query": self.queries[shape], "variables": v}) for v in variables]

    def run(
        self,
        loadgen: LoadGenerator,
        shape: str,
        bodies: list[str],
        clients: int,
        seconds: float,
        record: bool,
    ) -> None:
        """One autocannon run; with ``record`` it counts towards the result and its CPU is added."""
        cpu_before, loadgen_before = cpu_seconds(self.proc.pid), cpu_seconds(loadgen.proc.pid)
        neo4j_before = cpu_seconds(self.neo4j_pid) if self.neo4j_pid else 0.0
        loadgen.call(
            op="run",
            key=f"{self.name}|{shape}",
            url=self.url,
            bodies=bodies,
            connections=clients,
            seconds=seconds,
            record=record,
        )
        if record:
            self.cpu += cpu_seconds(self.proc.pid) - cpu_before
            self.loadgen_cpu += cpu_seconds(loadgen.proc.pid) - loadgen_before
            if self.neo4j_pid:
                self.neo4j_cpu += cpu_seconds(self.neo4j_pid) - neo4j_before

    def result(self, loadgen: LoadGenerator, shape: str) -> Result:
        """The recorded runs of ``shape`` merged by autocannon, with CPU per successful request."""
        report = loadgen.call(op="report", key=f"{self.name}|{shape}")
        latency, done = report["latency_ms"], max(1, report["ok"])
        kinds = ("non2xx", "connection_errors", "timeouts", "graphql_errors")
        return Result(
            self.name,
            shape,
            report["ok"],
            report["errors"],
            round(report["seconds"], 2),
            round(report["throughput"], 1),
            latency["p50"],
            latency["p90"],
            latency["p95"],
            latency["p97_5"],
            latency["p99"],
            round(1000 * self.cpu / done, 2),
            round(1000 * self.loadgen_cpu / done, 2),
            {kind: report[kind] for kind in kinds},
            report["bodies_parsed"],
            round(1000 * self.neo4j_cpu / done, 2) if self.neo4j_pid else None,
        )


def measure(
    loadgen: LoadGenerator,
    servers: list[Server],
    shape: str,
    variables: list[dict[str, Any]],
    args: argparse.Namespace,
) -> list[Result]:
    """Warm each server up, then alternate them over ``args.rounds`` slices of ``args.seconds``."""
    for server in servers:
        server.cpu = server.loadgen_cpu = server.neo4j_cpu = 0.0
        server.run(loadgen, shape, server.bodies(shape, variables), args.clients, args.warmup, False)
    for round_ in range(args.rounds):
        for server in servers if round_ % 2 == 0 else servers[::-1]:
            bodies = server.bodies(shape, variables)
            server.run(loadgen, shape, bodies, args.clients, args.seconds / args.rounds, True)
    return [server.result(loadgen, shape) for server in servers]


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


def start_ours(port: int, workers: int, bare: bool = False) -> subprocess.Popen[bytes]:
    command = [sys.executable, __file__, "serve", "--port", str(port), "--workers", str(workers)]
    return subprocess.Popen(command + (["--bare"] if bare else []))


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
        f"\n{'server':<20}{'shape':<24}{'req/s':>8}{'p50 ms':>8}{'p90 ms':>8}{'p95 ms':>8}{'p97.5 ms':>10}"
        f"{'p99 ms':>8}{'ok':>7}{'errors':>7}{'cpu ms/req':>11}{'loadgen':>9}{'neo4j':>7}"
    )
    for r in results:
        neo4j = "-" if r.neo4j_cpu_ms_per_request is None else r.neo4j_cpu_ms_per_request
        print(
            f"{r.server:<20}{r.shape:<24}{r.throughput:>8}{r.p50_ms:>8}{r.p90_ms:>8}{r.p95_ms:>8}{r.p97_5_ms:>10}"
            f"{r.p99_ms:>8}{r.requests:>7}{r.errors:>7}{r.cpu_ms_per_request:>11}"
            f"{r.loadgen_cpu_ms_per_request:>9}{neo4j:>7}"
        )
    print(
        "\nratios (ours / neo4j-graphql, one process each): throughput (>= 1 is better), p99 (<= 1 is better)"
    )
    for shape in dict.fromkeys(r.shape for r in results):
        ours = next(r for r in results if r.server == "kg" and r.shape == shape)
        theirs = next(r for r in results if r.server == "neo4j-graphql" and r.shape == shape)
        neo4j = (
            f"   neo4j cpu/req x{ours.neo4j_cpu_ms_per_request / theirs.neo4j_cpu_ms_per_request:.2f}"
            if ours.neo4j_cpu_ms_per_request and theirs.neo4j_cpu_ms_per_request
            else ""
        )
        print(
            f"  {shape:<24} throughput x{ours.throughput / theirs.throughput:.2f}"
            f"   p99 x{ours.p99_ms / max(theirs.p99_ms, 1):.2f}"
            f"   server cpu/req x{ours.cpu_ms_per_request / theirs.cpu_ms_per_request:.2f}{neo4j}"
        )


def report_layer(results: list[Result]) -> None:
    """Ours / bare (with ``--bare``): the GraphQL layer's throughput as a share of its limit."""
    bare = {r.shape: r for r in results if r.server == "bare"}
    if not bare:
        return
    print("\nthe layer's share (ours / bare endpoint, same process): throughput, p99, server cpu/req")
    for r in results:
        if r.server == "kg" and r.shape in bare:
            b = bare[r.shape]
            print(
                f"  {r.shape:<24} throughput x{r.throughput / b.throughput:.2f}"
                f"   p99 x{r.p99_ms / max(b.p99_ms, 1):.2f}"
                f"   server cpu/req x{r.cpu_ms_per_request / b.cpu_ms_per_request:.2f}"
            )


def main(args: argparse.Namespace) -> None:
    ours_url, theirs_url = f"http://127.0.0.1:{args.port}/graphql", f"http://127.0.0.1:{args.port + 1}/"
    procs = [start_ours(args.port, 1, args.bare), start_theirs(args.port + 1)]
    loadgen = LoadGenerator()
    try:
        wait_ready(ours_url, procs[0])
        wait_ready(theirs_url, procs[1])
        variables = sample_variables(ours_url, args.names)
        servers = [
            Server("kg", ours_url, procs[0], OURS, neo4j_pid=args.neo4j_pid),
            Server("neo4j-graphql", theirs_url, procs[1], THEIRS, neo4j_pid=args.neo4j_pid),
        ]
        if args.bare:
            bare_url = f"http://127.0.0.1:{args.port}/bare"
            servers.append(Server("bare", bare_url, procs[0], OURS, neo4j_pid=args.neo4j_pid))
        results = []
        for shape in args.shapes:
            results += measure(loadgen, servers, shape, variables[shape], args)
            print(*results[-len(servers) :], sep="\n", flush=True)
        procs[0].terminate()
        procs[0].wait(timeout=30)
        if args.also_workers > 1:
            results += measure_workers(loadgen, args, variables)
        report(results)
        report_layer(results)
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"graphql-{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(json.dumps({"args": vars(args), "results": [asdict(r) for r in results]}, indent=2))
        print(f"\nwritten: {out}")
    finally:
        loadgen.close()
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=30)


def measure_workers(
    loadgen: LoadGenerator, args: argparse.Namespace, variables: dict[str, list[dict[str, Any]]]
) -> list[Result]:
    """Ours again with ``--also-workers`` uvicorn processes (not part of the one-to-one ratios)."""
    url = f"http://127.0.0.1:{args.port}/graphql"
    proc = start_ours(args.port, args.also_workers)
    try:
        wait_ready(url, proc)
        server = Server(f"kg ({args.also_workers} workers)", url, proc, OURS, neo4j_pid=args.neo4j_pid)
        results = []
        for shape in args.shapes:
            results += measure(loadgen, [server], shape, variables[shape], args)
            print(results[-1], flush=True)
        return results
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def serve(port: int, workers: int, bare: bool) -> None:
    """Our app alone (GraphQL, no SPARQL mirror), as `kg serve` builds it, settings from KG_*; with
    ``bare``, also the bare endpoint (one process only)."""
    import uvicorn

    if bare:
        from api.app import create_app_from_env
        from testkit.bare_endpoint import bare_route

        app = create_app_from_env()
        app.router.routes.append(bare_route(OURS, app.state.answers))
        uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
        return
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
    parser.add_argument(
        "--bare", action="store_true", help="also measure the bare endpoint (testkit/bare_endpoint.py)"
    )
    parser.add_argument("--rounds", type=int, default=4, help="alternating slices per shape")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--names", type=int, default=50, help="distinct entities the queries cycle through")
    parser.add_argument(
        "--shapes", nargs="+", choices=list(OURS), default=list(OURS), help="query shapes to run"
    )
    parser.add_argument(
        "--neo4j-pid", type=int, help="Neo4j's process: also report its CPU per request while each server ran"
    )
    parser.add_argument("--smoke", action="store_true", help="a scratch database seeded with 8 BBC articles")
    cli = parser.parse_args()
    if cli.smoke:
        from kg.settings import Settings
        from testkit.corpus import seed_bbc
        from testkit.served import free_port_pair

        cli.rounds, cli.clients, cli.seconds, cli.warmup, cli.names = 2, 2, 1.0, 0.5, 4
        cli.port = free_port_pair()  # ours on it, theirs on the next one
        seed_bbc(Settings(), 8)
    if cli.mode == "serve":
        serve(cli.port, cli.workers, cli.bare)
    else:
        main(cli)
