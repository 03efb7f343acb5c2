"""Start times of the managed Neo4j to its first Bolt answer: cold (empty data dir) and warm (a restart).

Runs its own server on free ports with a temporary data dir (the jars come from the shared cache;
with --empty-cache, from a temporary cache too, so the mvn fetch is timed as well). Prints each round and
the warm/cold ratio, both measured in this run. The machine's load average is printed beside them, since
on a shared 2-core machine it dominates the numbers.

    nice .venv/bin/python bench/neo4j_start.py --warm-rounds 2
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

# Run as a script, this file's directory comes first on sys.path, where bench/graphql.py would shadow
# the graphql package; the repository root goes there instead (for testkit, shared with the tests).
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from kg.server import start_server, stop_server  # noqa: E402
from kg.settings import Settings  # noqa: E402
from testkit.served import free_port  # noqa: E402


def _settings(root: Path, cache: Path | None) -> Settings:
    fields: dict[str, object] = {
        "data_dir": root / "kg", "neo4j_uri": None, "neo4j_password": None,
        "neo4j_bolt_port": free_port(), "neo4j_http_port": free_port(),
    }  # fmt: skip
    if cache is not None:
        fields["cache_dir"] = cache
    return Settings(**fields)  # type: ignore[arg-type]


def _timed_start(settings: Settings, label: str) -> float:
    began = time.monotonic()
    result = start_server(settings)
    total = time.monotonic() - began
    load = os.getloadavg()[0]
    fetched = " (jars fetched)" if result.fetched_jars else ""
    print(
        f"{label:5} to first Bolt answer {result.seconds:6.1f} s, whole start {total:6.1f} s{fetched}, "
        f"load average {load:.1f}"
    )
    return result.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--warm-rounds", type=int, default=2)
    parser.add_argument(
        "--empty-cache", action="store_true", help="fetch the jars into a temporary cache too"
    )
    parser.add_argument("--smoke", action="store_true", help="one warm round: does it run?")
    args = parser.parse_args()
    if args.smoke:
        args.warm_rounds = 1
    with tempfile.TemporaryDirectory(prefix="kg-bench-start-") as tmp:
        root = Path(tmp)
        settings = _settings(root, root / "cache" if args.empty_cache else None)
        try:
            cold = _timed_start(settings, "cold")
            warm = []
            for _ in range(args.warm_rounds):
                stop_server(settings)
                warm.append(_timed_start(settings, "warm"))
        finally:
            stop_server(settings)
    median = statistics.median(warm)
    print(
        f"cold {cold:.1f} s; warm median {median:.1f} s over {len(warm)}; warm/cold ratio {median / cold:.2f}"
    )


if __name__ == "__main__":
    main()
