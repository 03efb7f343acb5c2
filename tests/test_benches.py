"""Every benchmark under bench/ runs: each in its --smoke mode (tiny data, seconds), as a new user would
start it (`python bench/NAME.py`), against the Neo4j that `make test` starts. A bench that cannot
run measures nothing; this keeps them from rotting. The figures they print are not checked here:
timing stays out of tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BENCHES = sorted(p.name for p in (REPO / "bench").glob("*.py"))
#: What each bench prints when it got to the end, so a run that stops early cannot pass.
LAST_WORDS = {
    "bad_input.py": "x time, x mem: ours / bare",
    "explorer.py": "target_search_ms",
    "export.py": "throughput ours / rdflib-from-memory",
    "extraction.py": "ratio = ours articles/s",
    "graphql.py": "written:",
    "graphql_fields.py": "CPU ms/request",
    "ingest.py": "local: waiting on writes",
    "neo4j_start.py": "warm/cold ratio",
    "shared_reads.py": "shared / alone",
    "soak.py": "PASS:",
    "sparql.py": "deleteArticle: gone from SPARQL",
    "write.py": "rdflib-neo4j",
}
MARKS = {"explorer.py": [pytest.mark.browser]}


def test_every_bench_is_covered() -> None:
    assert sorted(LAST_WORDS) == BENCHES


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.parametrize("bench", [pytest.param(name, marks=MARKS.get(name, [])) for name in BENCHES])
def test_bench_runs_in_smoke_mode(bench: str) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / bench), "--smoke"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"{bench} --smoke failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert LAST_WORDS[bench] in done.stdout, done.stdout[-3000:]
