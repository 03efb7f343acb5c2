"""The graph does not depend on how articles were batched or ordered: names, aliases, Wikidata and
support kept incrementally by a bulk write equal what a recount from scratch gives."""

from __future__ import annotations

from datetime import date
from itertools import permutations

import neo4j
import pytest
from storage_samples import CHINA, KIRBY, dated, extraction, fact, snapshot

from kg.graphstore.writer import GraphWriter
from kg.model import ArticleExtraction, Entity
from kg.vocab import KG

pytestmark = pytest.mark.neo4j


def variant(
    n: int, name: str, aliases: set[str], wikidata: str | None, published: object
) -> ArticleExtraction:
    """An article whose Kirby goes by ``name``, with China, and the Kirby-urges-China fact."""
    kirby = Entity(KIRBY, KG.Person, name, frozenset(aliases), wikidata=wikidata)
    china = Entity(CHINA, KG.Country, "China", frozenset({f"China {n}"}))
    return extraction(
        url=f"https://news.example/order/{n}",
        text=f"Kirby said that China should act ({n}).",
        published=published,  # type: ignore[arg-type]
        entities=[kirby, china],
        facts=[fact(KIRBY, KG.urges, CHINA, 0)],
    )


ARTICLES = [
    variant(0, "John Kirby", {"Kirby", "👍 JK"}, None, date(2023, 3, 22)),
    variant(1, "Kirby", {"JK", "\uff5eK"}, "Q9", dated(20)),
    variant(2, "John Kirby", set(), "Q12", None),
    variant(3, "Kirby", {"Mr Kirby"}, None, dated(24).replace(tzinfo=None)),
    variant(4, "Kirby", set(), None, date(2023, 3, 1)),
    variant(5, "Kirby", {"K"}, "Q10", dated(21)),  # "Q10" < "Q9": the smallest QID wins as a string
]


def build(writer: GraphWriter, driver: neo4j.Driver, batches: list[list[ArticleExtraction]]) -> object:
    driver.execute_query("MATCH (n) DETACH DELETE n")
    for batch in batches:
        writer.ingest_many(batch)
    return snapshot(driver)


def test_batching_and_order_do_not_change_the_graph(writer: GraphWriter, driver: neo4j.Driver) -> None:
    one_by_one = build(writer, driver, [[a] for a in ARTICLES])
    records, _, _ = driver.execute_query(
        "MATCH (k:Resource {uri: $k})-[r:URGES]->() RETURN k.name AS name, r.articleCount AS n", k=str(KIRBY)
    )
    assert [(r["name"], r["n"]) for r in records] == [("Kirby", 6)]  # four articles say "Kirby"
    for order in list(permutations(ARTICLES))[::97]:
        assert build(writer, driver, [list(order)]) == one_by_one
        assert build(writer, driver, [list(order[:2]), list(order[2:])]) == one_by_one
        assert build(writer, driver, [[a] for a in order]) == one_by_one


def test_replacing_and_deleting_recount_what_increments_built(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    without = build(writer, driver, [ARTICLES[:1] + ARTICLES[2:]])
    assert build(writer, driver, [ARTICLES]) != without
    writer.delete_article(str(ARTICLES[1].article.iri))
    assert snapshot(driver) == without
    changed = variant(1, "John Kirby", set(), None, date(2024, 1, 1))
    writer.ingest_many([changed, ARTICLES[4]])  # replaced, and unchanged
    assert snapshot(driver) == build(writer, driver, [[changed], ARTICLES[:1], ARTICLES[2:]])
