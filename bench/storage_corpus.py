"""Shared by the storage benchmarks: the BBC corpus read and extracted once, and a database emptied."""

from __future__ import annotations

import resource
import time
from itertools import islice
from pathlib import Path

import neo4j

from kg.model import Article, ArticleExtraction
from kg.settings import Settings
from loaders.ingest import pipeline_extractor
from loaders.sources import read_sources

BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "bbc_news_2225.jsonl"


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


def peak_rss_mib() -> float:
    """This process's peak resident memory so far: VmHWM, which (unlike ru_maxrss, kept across exec
    from the parent) belongs to this program alone."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
