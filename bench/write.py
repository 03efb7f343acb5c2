"""Write throughput: the project's writer beside one MERGE per fact and beside rdflib-neo4j.

All three load the same BBC articles' extracted RDF into an emptied database, one after the other
in the same run, and the table gives facts/s, triples/s and the ratios to our writer.

    KG_NEO4J_URI=... KG_NEO4J_PASSWORD=... nice .venv/bin/python bench/write.py --limit 300
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Run as a script, this file's directory comes first on sys.path, where bench/graphql.py would shadow
# the graphql package; the repository root goes there instead (for testkit, shared with the tests).
ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

import neo4j  # noqa: E402
from rdflib import Graph  # noqa: E402
from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig  # noqa: E402

from kg.graphstore.connection import open_driver  # noqa: E402
from kg.graphstore.mapping import ArticleRows, article_rows, kg_term, relationship_type  # noqa: E402
from kg.graphstore.writer import GraphWriter  # noqa: E402
from kg.model import ArticleExtraction  # noqa: E402
from kg.rdf import add_article, new_dataset  # noqa: E402
from kg.settings import Settings  # noqa: E402
from testkit.corpus import bbc_extractions, empty_database  # noqa: E402

Article = tuple[ArticleExtraction, Graph, ArticleRows]


def ours_per_article(driver: neo4j.Driver, articles: list[Article]) -> None:
    """One transaction per article (what the API does for a single ingest)."""
    writer = GraphWriter(driver)
    for extraction, graph, _ in articles:
        writer.write_graph(graph, extraction.article.iri)


def ours_batched(driver: neo4j.Driver, articles: list[Article]) -> None:
    """A transaction per 64 articles (what `kg ingest` does, one chunk per transaction)."""
    writer = GraphWriter(driver)
    for start in range(0, len(articles), 64):
        writer.write_graphs([(graph, e.article.iri) for e, graph, _ in articles[start : start + 64]])


def naive(driver: neo4j.Driver, articles: list[Article]) -> None:
    """The approach one writes first: a query (and a transaction) per entity and per fact.

    Every lookup goes through the (:Resource {uri}) index as ours do, so it is slow by its round trips
    and transactions, not by label scans that would grow with the graph.
    """
    for _, _, rows in articles:
        driver.execute_query("MERGE (a:Resource:Article {uri: $p.uri}) SET a += $p", p=rows.article)
        for mention in rows.mentions:
            driver.execute_query(
                "MATCH (a:Resource {uri: $a}) MERGE (n:Resource {uri: $m.uri}) SET n.name = $m.name "
                "MERGE (a)-[r:MENTIONS]->(n) SET r.name = $m.name, r.aliases = $m.aliases",
                a=rows.uri,
                m={"name": None, "aliases": [], **mention},
            )
        for ev in rows.evidence:
            rel = relationship_type(kg_term(ev["props"]["predicate"]))
            driver.execute_query(
                f"MERGE (s:Resource {{uri: $s}}) MERGE (o:Resource {{uri: $o}}) MERGE (s)-[:`{rel}`]->(o) "
                "MERGE (e:Resource:Evidence {uri: $e}) SET e += $props "
                "MERGE (e)-[:SUBJECT]->(s) MERGE (e)-[:OBJECT]->(o) "
                "WITH e MATCH (a:Resource {uri: $a}) MERGE (e)-[:IN_ARTICLE]->(a)",
                s=ev["s"],
                o=ev["o"],
                e=ev["uri"],
                props=ev["props"],
                a=rows.uri,
            )


def rdflib_neo4j(driver: neo4j.Driver, articles: list[Article]) -> None:
    """Neo4j's own Python RDF loader, batching (its default), every triple of every article."""
    config = Neo4jStoreConfig(handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True)
    graph = Graph(store=Neo4jStore(config=config, neo4j_driver=driver))
    graph.open("", create=False)
    for _, article_graph, _ in articles:
        for triple in article_graph:
            graph.add(triple)
    graph.close(True)


def timed(
    driver: neo4j.Driver, write: Callable[[neo4j.Driver, list[Article]], None], articles: list[Article]
) -> float:
    empty_database(driver)
    started = time.perf_counter()
    write(driver, articles)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=300, help="BBC articles to use (default 300)")
    parser.add_argument("--smoke", action="store_true", help="5 articles: does it run?")
    args = parser.parse_args()
    if args.smoke:
        args.limit = 5
    settings = Settings()
    extractions, extract_seconds = bbc_extractions(settings, args.limit)
    articles = [(e, g := add_article(new_dataset(), e), article_rows(g, e.article.iri)) for e in extractions]
    facts = sum(len({(f.subject, f.predicate, f.object) for f in e.facts}) for e in extractions)
    triples = sum(len(g) for _, g, _ in articles)
    took = f"extracted in {extract_seconds:.1f} s"
    print(f"{len(articles)} BBC articles, {facts} facts, {triples} triples ({took})")
    driver = open_driver(settings)
    try:
        GraphWriter(driver).ensure_constraint()
        writers = {
            "kg, 64 per tx": ours_batched,
            "kg, 1 per tx": ours_per_article,
            "naive MERGE per fact": naive,
            "rdflib-neo4j": rdflib_neo4j,
        }
        # Warm-up, the same for every writer: its queries planned and the server's JIT warm on its
        # code paths before timing (with 3 articles, whichever writer ran first paid for the JIT).
        warm = articles[: max(3, len(articles) // 10)]
        for fn in writers.values():
            timed(driver, fn, warm)
        results = {name: timed(driver, fn, articles) for name, fn in writers.items()}
        empty_database(driver)
    finally:
        driver.close()
    base = results["kg, 64 per tx"]
    print(f"{'writer':<22}{'seconds':>9}{'facts/s':>10}{'triples/s':>11}{'ours is x faster':>18}")
    for name, seconds in results.items():
        print(
            f"{name:<22}{seconds:>9.2f}{facts / seconds:>10.0f}{triples / seconds:>11.0f}"
            f"{seconds / base:>18.1f}"
        )


if __name__ == "__main__":
    main()
