"""End-to-end `kg ingest` of the BBC corpus: total wall time and the share spent writing to Neo4j.

Runs the real command (extraction, and writing a chunk per transaction on a thread behind it) into an
emptied database and reads its summary line. The target is writing under 15% of the wall time, where
writing is the time the pipeline stood still for Neo4j ("waiting on Neo4j"); the time spent inside
write calls, overlapping extraction, is printed beside it (see bench/storage.md).

    KG_NEO4J_URI=... KG_NEO4J_PASSWORD=... nice .venv/bin/python bench/ingest.py [--limit N]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from storage_corpus import BBC, empty_database

from kg.graphstore.connection import open_driver
from kg.settings import Settings

SUMMARY = re.compile(
    r"in ([\d.]+) s \(extraction ([\d.]+) s, waiting on Neo4j ([\d.]+) s; writing took ([\d.]+) s"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (default: all)")
    args = parser.parse_args()
    driver = open_driver(Settings())
    empty_database(driver)
    driver.close()
    with tempfile.TemporaryDirectory() as tmp:
        source = BBC
        if args.limit:
            source = Path(tmp) / "bbc.jsonl"
            with BBC.open(encoding="utf-8") as lines:
                source.write_text("".join(islice(lines, args.limit)), encoding="utf-8")
        kg = str(Path(sys.executable).parent / "kg")
        started = time.perf_counter()
        done = subprocess.run([kg, "ingest", str(source)], capture_output=True, text=True)
        wall = time.perf_counter() - started
    print(done.stdout.strip())
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
    match = SUMMARY.search(done.stdout)
    if match is None:
        sys.exit("no summary line in kg ingest's output")
    total, extraction, waiting, writing = map(float, match.groups())
    print(
        f"wall time {wall:.1f} s (process); in-run {total:.1f} s: extraction {extraction:.1f} s "
        f"({extraction / total:.0%}), waiting on writes {waiting:.1f} s ({waiting / total:.1%}; "
        f"target < 15%); write calls {writing:.1f} s ({writing / total:.0%}, overlapping extraction)"
    )


if __name__ == "__main__":
    main()
