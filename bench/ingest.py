"""End-to-end `kg ingest` of BBC articles on each engine: wall time, articles/s, the share spent writing,
and the Ray engine's scaling over its worker processes, all on the same articles in the same run.

Runs the real command into an emptied database once per engine and reads its summary line:
``local`` (this process; KG_NLP_PROCESSES), ``ray:N`` (a single-node Ray started by the command,
N extraction actors). The in-run time starts when the pipeline is loaded (the Ray actors' too), so
articles/s compares extraction and writing, not start-up; the process wall time is printed beside
it. Scaling efficiency of ray:N = (its articles/s / ray:1's) / N. For the local engine the target is
writing under 15% of the wall time, writing being the time the pipeline stood still for Neo4j
("waiting on Neo4j"); the time inside write calls, overlapping extraction, is printed beside it.

    KG_NEO4J_URI=... KG_NEO4J_PASSWORD=... nice .venv/bin/python bench/ingest.py --limit 400 \
        --engines local ray:1 ray:2
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

# Run as a script, this file's directory comes first on sys.path, where bench/graphql.py would shadow
# the graphql package; the repository root goes there instead (for testkit, shared with the tests).
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from kg.graphstore.connection import open_driver  # noqa: E402
from kg.settings import Settings  # noqa: E402
from testkit.corpus import BBC, empty_database  # noqa: E402

SUMMARY = re.compile(
    r"(\d+) new, .* in ([\d.]+) s.* \(extraction ([\d.]+) s, waiting on Neo4j ([\d.]+) s; "
    r"writing took ([\d.]+) s"
)


@dataclass
class Run:
    engine: str
    articles: int
    wall: float
    total: float
    extraction: float
    waiting: float
    writing: float

    @property
    def rate(self) -> float:
        return self.articles / self.total


def ingest(engine: str, source: Path) -> Run:
    """One `kg ingest` of ``source`` into an emptied database on ``engine`` (local or ray:N)."""
    with open_driver(Settings()) as driver:
        empty_database(driver)
    env = dict(os.environ)
    kind, _, workers = engine.partition(":")
    env["KG_ENGINE"] = kind
    if workers:
        env["KG_RAY_WORKERS"] = workers
    kg = str(Path(sys.executable).parent / "kg")
    started = time.perf_counter()
    done = subprocess.run([kg, "ingest", str(source)], capture_output=True, text=True, env=env, cwd=ROOT)
    wall = time.perf_counter() - started
    match = SUMMARY.search(done.stdout)
    if done.returncode != 0 or match is None:
        sys.exit(f"kg ingest on {engine} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    new, total, extraction, waiting, writing = match.groups()
    return Run(engine, int(new), wall, *map(float, (total, extraction, waiting, writing)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=200, help="the first N BBC articles (default 200)")
    parser.add_argument("--engines", nargs="+", default=["local", "ray:1", "ray:2"])
    parser.add_argument("--smoke", action="store_true", help="4 articles, local and ray:1: does it run?")
    args = parser.parse_args()
    if args.smoke:
        args.limit, args.engines = 4, ["local", "ray:1"]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bbc.jsonl"
        with BBC.open(encoding="utf-8") as lines:
            source.write_text("".join(islice(lines, args.limit)), encoding="utf-8")
        runs = [ingest(engine, source) for engine in args.engines]
    print(f"{args.limit} BBC articles; load average {os.getloadavg()[0]:.1f} at the end")
    print(f"{'engine':<8}{'wall s':>8}{'in-run s':>10}{'articles/s':>12}{'extract s':>11}{'waiting s':>11}"
          f"{'writing s':>11}{'vs local':>10}{'efficiency':>12}")  # fmt: skip
    by = {r.engine: r for r in runs}
    for r in runs:
        local = f"{r.rate / by['local'].rate:.2f}" if "local" in by else "-"
        workers = int(r.engine.partition(":")[2] or 0)
        efficiency = f"{r.rate / by['ray:1'].rate / workers:.2f}" if workers and "ray:1" in by else "-"
        print(f"{r.engine:<8}{r.wall:>8.1f}{r.total:>10.1f}{r.rate:>12.2f}{r.extraction:>11.1f}"
              f"{r.waiting:>11.1f}{r.writing:>11.1f}{local:>10}{efficiency:>12}")  # fmt: skip
    if "local" in by:
        local = by["local"]
        print(f"local: waiting on writes {local.waiting / local.total:.1%} of the in-run time (target < 15%)")


if __name__ == "__main__":
    main()
