"""Writers running at once (the API's thread pool beside `kg ingest`) keep one relationship per fact and
the support and names a one-at-a-time build gives."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import neo4j
import pytest
from storage_samples import CHINA, KIRBY, UKRAINE, extraction, fact, snapshot

from kg.graphstore.writer import GraphWriter
from kg.model import ArticleExtraction, Entity
from kg.vocab import KG

pytestmark = pytest.mark.neo4j

THREADS = 4


def article(n: int, meets_ukraine: bool) -> ArticleExtraction:
    entities = [
        Entity(KIRBY, KG.Person, "Kirby" if n % 3 else "John Kirby", frozenset({f"K{n}"})),
        Entity(CHINA, KG.Country, "China"),
        Entity(UKRAINE, KG.Country, "Ukraine"),
    ]
    facts = [fact(KIRBY, KG.urges, CHINA, 0)]
    if meets_ukraine:
        facts.append(fact(KIRBY, KG.metWith, UKRAINE, 40))
    return extraction(
        url=f"https://news.example/concurrent/{n}",
        text=f"Kirby urged China ({n}).",
        entities=entities,
        facts=facts,
    )


def support(driver: neo4j.Driver) -> list[tuple[str, int]]:
    records, _, _ = driver.execute_query(
        "MATCH (:Resource {uri: $k})-[r]->() RETURN type(r) AS t, r.articleCount AS n ORDER BY t",
        k=str(KIRBY),
    )
    return [(r["t"], r["n"]) for r in records]


def test_concurrent_writers_give_the_graph_one_writer_gives(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    # Kirby dense first (Neo4j locks a dense node differently when relationships are added to it); then
    # threads add articles at once, each creating or counting the new MET_WITH fact.
    dense = [article(n, meets_ukraine=False) for n in range(60)]
    concurrent = [article(n, meets_ukraine=True) for n in range(60, 84)]
    writer.ingest_many(dense)
    start = threading.Barrier(THREADS)

    def write_share(k: int) -> None:
        start.wait()
        for ext in concurrent[k::THREADS]:
            writer.ingest(ext)

    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(write_share, range(THREADS)))
    assert support(driver) == [("MET_WITH", 24), ("URGES", 84)]  # one relationship each, all counted
    together = snapshot(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    writer.ingest_many(dense)
    for ext in concurrent:
        writer.ingest(ext)
    assert together == snapshot(driver)
