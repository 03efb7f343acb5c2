"""Export throughput and memory: `kg export` streaming from Neo4j beside rdflib serialising from memory.

The BBC articles' extractions are written once (1x), then four more copies under other article IRIs
(5x). At each size two fresh child processes serialise N-Quads to a counting sink: ours streams from
Neo4j page by page; rdflib's is given the whole dataset in memory first (loading untimed) and then
serialises it. Each reports triples/s and its peak RSS; streaming must not grow 5x with the data.
``--existing`` instead exports the graph the server holds as it is (nothing written or deleted),
ours only: the figure for a large graph, such as the whole corpus.

    KG_NEO4J_URI=... KG_NEO4J_PASSWORD=... nice .venv/bin/python bench/export.py --limit 200
    KG_NEO4J_URI=... KG_NEO4J_PASSWORD=... nice .venv/bin/python bench/export.py --existing
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

# Run as a script, this file's directory comes first on sys.path, where bench/graphql.py would shadow
# the graphql package; the repository root goes there instead (for testkit, shared with the tests).
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from rdflib import Dataset  # noqa: E402

from kg.graphstore.connection import open_driver  # noqa: E402
from kg.graphstore.export import iter_article_graphs, write_export  # noqa: E402
from kg.graphstore.writer import GraphWriter  # noqa: E402
from kg.iri import mint_article_iri  # noqa: E402
from kg.model import ArticleExtraction  # noqa: E402
from kg.settings import Settings  # noqa: E402
from testkit.corpus import bbc_extractions, empty_database, peak_rss_mib  # noqa: E402


class CountingSink(io.BufferedIOBase):
    """A binary sink that only counts, so disk speed is not measured."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.size += len(data)
        return len(data)


def copy_of(extraction: ArticleExtraction, k: int) -> ArticleExtraction:
    """The same article under another IRI (its evidence IRIs follow the article's)."""
    url = f"{extraction.article.url or extraction.article.iri}#copy-{k}"
    article = dataclasses.replace(
        extraction.article, url=url, iri=mint_article_iri(url, extraction.article.text)
    )
    return ArticleExtraction(article, extraction.entities, extraction.facts)


def child(mode: str) -> None:
    settings = Settings()
    driver = open_driver(settings)
    sink = CountingSink()
    if mode == "ours":
        started = time.perf_counter()
        triples = write_export(driver, sink, "nquads").triples
    else:
        dataset = Dataset()
        for iri, graph in iter_article_graphs(driver):
            named = dataset.graph(iri)
            for triple in graph:
                named.add(triple)
        triples = sum(len(g) for g in dataset.graphs())
        started = time.perf_counter()
        dataset.serialize(destination=sink, format="nquads")  # type: ignore[call-overload]
    seconds = time.perf_counter() - started
    driver.close()
    print(json.dumps({"triples": triples, "seconds": seconds, "bytes": sink.size, "rss": peak_rss_mib()}))


def measure(mode: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=200, help="BBC articles in the 1x data (default 200)")
    parser.add_argument("--existing", action="store_true", help="export the stored graph as it is")
    parser.add_argument("--smoke", action="store_true", help="3 articles: does it run?")
    parser.add_argument("--child", choices=["ours", "rdflib"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    if args.smoke:
        args.limit = 3
    if args.existing:
        m = measure("ours")
        print(
            f"kg export (from Neo4j), the stored graph: {m['triples']:.0f} triples in {m['seconds']:.2f} s "
            f"= {m['triples'] / m['seconds']:,.0f} triples/s, {m['bytes'] / 2**20:.0f} MiB of N-Quads, "
            f"peak RSS {m['rss']:.0f} MiB"
        )
        return
    settings = Settings()
    extractions, _ = bbc_extractions(settings, args.limit)
    driver = open_driver(settings)
    writer = GraphWriter(driver)
    empty_database(driver)
    rows = []
    for scale, copies in ((1, [0]), (5, [1, 2, 3, 4])):
        for k in copies:
            for extraction in extractions:
                writer.ingest(copy_of(extraction, k) if k else extraction)
        for mode in ("ours", "rdflib"):
            rows.append((scale, mode, measure(mode)))
    empty_database(driver)
    driver.close()
    print(f"{'data':<6}{'exporter':<28}{'triples':>9}{'seconds':>9}{'triples/s':>11}{'peak RSS MiB':>14}")
    for scale, mode, m in rows:
        name = "kg export (from Neo4j)" if mode == "ours" else "rdflib serialize (memory)"
        print(
            f"{scale}x{'':<4}{name:<28}{m['triples']:>9.0f}{m['seconds']:>9.2f}"
            f"{m['triples'] / m['seconds']:>11.0f}{m['rss']:>14.0f}"
        )
    by = {(s, mode): m for s, mode, m in rows}
    for mode in ("ours", "rdflib"):
        print(f"{mode}: peak RSS 5x / 1x = {by[(5, mode)]['rss'] / by[(1, mode)]['rss']:.2f}")
    rate = {mode: by[(5, mode)]["triples"] / by[(5, mode)]["seconds"] for mode in ("ours", "rdflib")}
    print(f"throughput ours / rdflib-from-memory at 5x: {rate['ours'] / rate['rdflib']:.2f}")


if __name__ == "__main__":
    main()
