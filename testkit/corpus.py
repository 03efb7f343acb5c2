"""The benchmarks' data: BBC articles read and extracted, a database emptied or seeded, memory peaks.

``seed_bbc`` gives a bench's ``--smoke`` mode a small real graph of its own (it refuses to empty a
database that looks like someone's real graph).
"""

from __future__ import annotations

import resource
import time
from itertools import islice
from pathlib import Path

import neo4j

from kg.graphstore.connection import open_driver
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.model import Article, ArticleExtraction
from kg.settings import Settings
from loaders.ingest import pipeline_extractor
from loaders.sources import read_sources

REPO = Path(__file__).resolve().parents[1]
BBC = REPO.parent / "shared" / "data" / "news" / "bbc_news_2225.jsonl"
#: A smoke run empties the database only when it holds at most this many articles (a scratch one).
SCRATCH_ARTICLES = 500


def bbc_articles(settings: Settings, limit: int | None) -> list[Article]:
    items = read_sources([str(BBC)], settings)
    return [item for item in islice(items, limit) if isinstance(item, Article)]


def bbc_extractions(settings: Settings, limit: int | None) -> tuple[list[ArticleExtraction], float]:
    """The first ``limit`` BBC articles, extracted; and the seconds extraction took."""
    articles = bbc_articles(settings, limit)
    extract = pipeline_extractor(settings)
    started = time.perf_counter()
    extractions = list(extract(articles))
    return extractions, time.perf_counter() - started


def empty_database(driver: neo4j.Driver) -> None:
    """Delete every node and relationship (constraints stay); batched, so large graphs are fine."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def seed_bbc(settings: Settings, count: int) -> None:
    """Replace a scratch database's contents with the first ``count`` BBC articles (for --smoke).

    Raises:
        SystemExit: the database holds more than SCRATCH_ARTICLES articles (not a scratch one).
    """
    extractions, _ = bbc_extractions(settings, count)
    with open_driver(settings) as driver:
        records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n")
        if records[0]["n"] > SCRATCH_ARTICLES:
            raise SystemExit(
                f"--smoke seeds a scratch database, but this one holds {records[0]['n']} articles: "
                "point KG_NEO4J_* at another server"
            )
        empty_database(driver)
        apply_schema(driver, settings.neo4j_database)
        GraphWriter(driver, settings.neo4j_database).ingest_many(extractions)


def peak_rss_mib() -> float:
    """This process's peak resident memory so far: VmHWM, which (unlike ru_maxrss, kept across exec
    from the parent) belongs to this program alone."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
