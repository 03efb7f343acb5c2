"""Soak test: `kg serve` under mixed load for a long while, as `kg ingest` writes articles meanwhile.

On a copy of a prebuilt graph (``--graph``, e.g. /work/graphs/bbc: 2,225 BBC articles) a managed Neo4j
and `kg serve` (fresh SPARQL store, rebuilt at startup) run on ports of their own. ``--clients`` threads
send the mix of bench/soak_load.py (the three GraphQL shapes, SPARQL queries, explorer files, query
pages, RDF dumps of one article and of everything, and hostile requests) for ``--minutes``; after
``--warmup`` seconds `kg ingest` writes ``--articles`` Reuters articles (not in the BBC graph). Every 5 s
the resident memory of the API, its SPARQL process and Neo4j is sampled, with the machine's load.

Printed and saved (bench/results/soak-*.json, and an SVG of memory over time): requests, refusals,
errors by kind and p50/p99 by route; memory growth after warm-up (median of the last third against the
median of the first third after warm-up); whether the ingest completed and is exact (its new articles
all in Neo4j, the SPARQL store caught up). Pass: no 5xx but refusals, growth <= 10 %, ingest exact.

    nice .venv/bin/python bench/soak.py --graph /work/graphs/bbc --minutes 20 --svg docs/soak-memory.svg

``--smoke``: twenty seconds on the configured Neo4j (a scratch database, seeded with 8 BBC articles), 3
articles ingested: the script works end to end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from kg.settings import Settings  # noqa: E402
from testkit.corpus import seed_bbc  # noqa: E402
from testkit.served import free_port  # noqa: E402
from testkit.soak_plot import memory_svg  # noqa: E402
from testkit.soak_traffic import Traffic, run_clients, summary  # noqa: E402

REUTERS = ROOT.parent / "shared" / "data" / "news" / "reuters21578_with_body.jsonl"
RESULTS = ROOT / "bench" / "results"
TOKEN = "soak-test-token-0123456789abcdefgh"
KG = [sys.executable, "-c", "from cli.main import app; app()"]


def main() -> None:
    args = _arguments()
    work = Path(tempfile.mkdtemp(prefix="kg-soak-", dir=args.workdir))
    settings, env = _configure(args, work)
    server: subprocess.Popen[bytes] | None = None
    try:
        if args.graph is not None:
            shutil.copytree(args.graph, work / "graph", symlinks=True)
            _run("neo4j", "start", env=env)
        else:
            seed_bbc(settings, 8)
        server = subprocess.Popen(
            [*KG, "serve"],
            cwd=ROOT,
            env=env,
            stdout=(work / "serve.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{env['KG_API_PORT']}"
        _wait_ready(base, server)
        report = _soak(args, settings, env, work, base, server)
        _print(report)
        RESULTS.mkdir(exist_ok=True)
        out = RESULTS / f"soak-{time.strftime('%Y%m%d-%H%M%S')}.json"
        out.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
        if args.svg:
            args.svg.write_text(memory_svg(report["memory"], report["marks"]), encoding="utf-8")
        print(f"\nresults: {out}" + (f", plot: {args.svg}" if args.svg else ""))
    finally:
        if server is not None:
            server.send_signal(signal.SIGINT)
            server.wait(timeout=60)
        if args.graph is not None:
            subprocess.run([*KG, "neo4j", "stop"], cwd=ROOT, env=env, capture_output=True, check=False)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--graph", type=Path, help="a kg data dir holding a stopped Neo4j (copied, then served)"
    )
    where.add_argument("--smoke", action="store_true", help="20 s on the configured (scratch) Neo4j")
    parser.add_argument("--minutes", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=60, help="seconds of load before the ingest starts")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--bolt-port", type=int, default=7815, help="the copy's Neo4j (with --graph)")
    parser.add_argument("--http-port", type=int, default=7515, help="the copy's Neo4j (with --graph)")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--svg", type=Path, default=None, help="write the memory plot here")
    parser.add_argument("--keep", action="store_true", help="keep the work dir (graph copy, logs)")
    args = parser.parse_args()
    if args.smoke:
        args.minutes, args.warmup, args.articles, args.clients = 1 / 3, 5, 3, 2
    return args


def _configure(args: argparse.Namespace, work: Path) -> tuple[Settings, dict[str, str]]:
    """The settings this script reads Neo4j with, and the environment of `kg serve` and `kg ingest`.

    With --graph: a managed server of its own on the copy; with --smoke: the configured one."""
    env = dict(os.environ)
    if args.graph is not None:
        env = {k: v for k, v in env.items() if not k.startswith("KG_")}
        env.update(
            KG_DATA_DIR=str(work / "graph"),
            KG_NEO4J_BOLT_PORT=str(args.bolt_port),
            KG_NEO4J_HTTP_PORT=str(args.http_port),
        )
    env.update(
        KG_API_PORT=str(free_port()),
        KG_API_TOKEN=TOKEN,
        KG_SPARQL_STORE_DIR=str(work / "sparql"),
        KG_SPARQL_SYNC_INTERVAL="5" if args.smoke else "30",
    )
    if args.graph is None:
        return Settings(), env
    managed = {
        "data_dir": work / "graph",
        "neo4j_bolt_port": args.bolt_port,
        "neo4j_http_port": args.http_port,
    }
    return Settings(_env_file=None, **managed), env  # type: ignore[call-arg]


def _run(*args: str, env: dict[str, str]) -> str:
    run = subprocess.run([*KG, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{run.stdout}\n{run.stderr}")
    return run.stdout


def _wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 1800) -> None:
    """Until the SPARQL store answers (kg serve rebuilds it from Neo4j first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("kg serve exited during startup")
        try:
            if httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(2)
    raise SystemExit("kg serve did not get ready")


def _soak(
    args: argparse.Namespace,
    settings: Settings,
    env: dict[str, str],
    work: Path,
    base: str,
    server: subprocess.Popen[bytes],
) -> dict[str, Any]:
    before = _article_count(settings)
    traffic = Traffic(base, *_variables(settings))
    stop = threading.Event()
    memory: list[dict[str, float]] = []
    sampler = threading.Thread(target=_sample, args=(server.pid, settings, memory, stop), daemon=True)
    sampler.start()
    started = time.time()
    clients = run_clients(traffic, args.clients, stop)
    stop.wait(args.warmup)
    ingest, ingest_started = _start_ingest(args.articles, env, work), time.time()
    ingest_ended: float | None = None
    while time.time() - started < args.minutes * 60:
        if ingest_ended is None and ingest.poll() is not None:
            ingest_ended = time.time()
        time.sleep(1)
    stop.set()
    for thread in clients:
        thread.join()
    ingest.wait()
    ingest_ended = ingest_ended or time.time()
    sampler.join()
    return {
        "settings": {k: v for k, v in vars(args).items() if k != "svg"} | {"svg": str(args.svg)},
        "seconds": time.time() - started,
        "routes": summary(traffic.samples),
        "memory": [{**m, "minute": (m["at"] - started) / 60} for m in memory],
        "marks": {
            "ingest start": (ingest_started - started) / 60,
            "ingest end": (ingest_ended - started) / 60,
        },
        "growth": _growth(memory, started + args.warmup),
        "ingest": _ingest_check(work, settings, before, base),
    }


def _variables(settings: Settings) -> tuple[list[str], list[str]]:
    """Entity names most mentioned, and some article IRIs, to fill the requests with."""
    from kg.graphstore.connection import open_driver

    with open_driver(settings) as driver:
        names, _, _ = driver.execute_query(
            "MATCH (a:Article)-[:MENTIONS]->(e) WHERE NOT e:Quote WITH e, count(a) AS n "
            "RETURN e.name AS name ORDER BY n DESC LIMIT 60"
        )
        articles, _, _ = driver.execute_query(
            "MATCH (a:Article) RETURN a.uri AS uri ORDER BY a.uri LIMIT 200"
        )
    # An empty graph (--smoke without --graph) still gets requests: they find nothing, which is an answer.
    return [r["name"] for r in names] or ["China"], [r["uri"] for r in articles] or [
        "https://kg.example.org/x"
    ]


def _article_count(settings: Settings) -> int:
    from kg.graphstore.connection import open_driver

    with open_driver(settings) as driver:
        records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n")
    return int(records[0]["n"])


def _start_ingest(articles: int, env: dict[str, str], work: Path) -> subprocess.Popen[bytes]:
    source = work / "reuters.jsonl"
    with REUTERS.open(encoding="utf-8") as lines:
        source.write_text("".join(islice(lines, articles)), encoding="utf-8")
    log = (work / "ingest.log").open("wb")
    return subprocess.Popen(
        [*KG, "ingest", str(source)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )


def _sample(api: int, settings: Settings, memory: list[dict[str, float]], stop: threading.Event) -> None:
    from kg.server.layout import layout_for
    from kg.server.process import running_pid

    neo4j = running_pid(layout_for(settings)) if settings.managed else None
    while not stop.is_set():
        child = _children(api)
        memory.append(
            {
                "at": time.time(),
                "api": _rss_mb(api),
                "sparql": _rss_mb(child[0]) if child else 0.0,
                "neo4j": _rss_mb(neo4j) if neo4j else 0.0,
                "load": float(Path("/proc/loadavg").read_text().split()[0]),
            }
        )
        stop.wait(5)


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return kids


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _growth(memory: list[dict[str, float]], warm: float) -> dict[str, dict[str, float]]:
    """Per process: median RSS of the first and last thirds after warm-up, and the growth in %."""
    after = [m for m in memory if m["at"] >= warm]
    third = max(1, len(after) // 3)
    out = {}
    for name in ("api", "sparql", "neo4j"):
        first = statistics.median(m[name] for m in after[:third])
        last = statistics.median(m[name] for m in after[-third:])
        out[name] = {
            "first": first,
            "last": last,
            "growth_pct": 100 * (last - first) / first if first else 0.0,
        }
    return out


def _ingest_check(work: Path, settings: Settings, before: int, base: str) -> dict[str, Any]:
    log = (work / "ingest.log").read_text(encoding="utf-8", errors="replace")
    summary_line = next((line for line in log.splitlines() if line.startswith("articles:")), "")
    new = int(summary_line.split()[1]) if summary_line else -1
    after = _article_count(settings)
    caught_up = False
    for _ in range(60):  # the SPARQL store follows within KG_SPARQL_SYNC_INTERVAL (30 s)
        query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a kg:Article } }"
        rows = httpx.get(base + "/sparql", params={"query": query}, timeout=60).json()["results"]["bindings"]
        if int(rows[0]["n"]["value"]) == after:
            caught_up = True
            break
        time.sleep(3)
    failed = [line for line in log.splitlines() if line.startswith("failed:")]
    return {
        "summary": summary_line,
        "new": new,
        "articles_before": before,
        "articles_after": after,
        "exact": new >= 0 and after == before + new,
        "sparql_caught_up": caught_up,
        "failed": failed[:20],
    }


def _print(report: dict[str, Any]) -> None:
    print(f"\n{'route':<22}{'requests':>9}{'refused':>9}{'5xx':>6}{'p50 ms':>9}{'p99 ms':>9}  problems")
    for kind, r in report["routes"].items():
        problems = ", ".join(f"{k}: {v}" for k, v in r["problems"].items())
        print(
            f"{kind:<22}{r['requests']:>9}{r['refusals']:>9}{r['server_errors']:>6}"
            f"{r['p50'] * 1000:>9.0f}{r['p99'] * 1000:>9.0f}  {problems}"
        )
    print("\nmemory (MB, median of the first and last thirds after warm-up):")
    for name, g in report["growth"].items():
        print(f"  {name:<8}{g['first']:>8.0f} -> {g['last']:>8.0f}  ({g['growth_pct']:+.1f} %)")
    loads = [m["load"] for m in report["memory"]]
    print(f"machine load (1-min average): median {statistics.median(loads):.1f}, max {max(loads):.1f}")
    ingest = report["ingest"]
    print(
        f"ingest: {ingest['summary']}; articles {ingest['articles_before']} -> {ingest['articles_after']}; "
        f"exact: {ingest['exact']}; SPARQL caught up: {ingest['sparql_caught_up']}"
    )
    errors = sum(r["server_errors"] for r in report["routes"].values())
    growth = max(g["growth_pct"] for g in report["growth"].values())
    passed = errors == 0 and growth <= 10 and ingest["exact"] and ingest["sparql_caught_up"]
    print(f"PASS: {passed} (5xx other than refusals: {errors}; largest growth {growth:+.1f} %)")


if __name__ == "__main__":
    main()
