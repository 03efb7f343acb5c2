"""Writes synthetic articles 0..N-1 through GraphWriter, 8 per transaction, printing each result.

Run as a separate process by the fault test, so Neo4j can be killed under it:
    python tests/e2e/write_worker.py 200       (settings from KG_* environment variables)
"""

from __future__ import annotations

import sys

from synthetic_articles import synthetic_extraction

from kg.errors import KGError
from kg.graphstore.connection import open_driver
from kg.graphstore.writer import GraphWriter
from kg.settings import Settings


def main(count: int) -> int:
    driver = open_driver(Settings())
    try:
        writer = GraphWriter(driver)
        writer.ensure_constraint()
        for start in range(0, count, 8):
            batch = [synthetic_extraction(n) for n in range(start, min(start + 8, count))]
            for result in writer.ingest_many(batch):
                print(result.article, result.status, flush=True)
    except KGError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        driver.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
