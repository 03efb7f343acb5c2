"""The Cypher builders, as strings: labels and types only from the ontology, values only as parameters."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kg.graphstore import queries as q
from kg.graphstore import write_queries as wq
from kg.graphstore.mapping import ArticleRows

HOSTILE = "Person}) DETACH DELETE n //"


def rows(uri: str = "a", **fields: Any) -> ArticleRows:
    return ArticleRows(
        article={"uri": uri, "contentHash": "h", "text": "t", **fields.pop("article", {})}, **fields
    )


def test_labels_and_types_outside_the_ontology_are_refused() -> None:
    with pytest.raises(ValueError, match="not a node label"):
        wq.write_batch_query([rows(entities={HOSTILE: ["x"]})])
    with pytest.raises(ValueError, match="not a relationship type"):
        wq.write_batch_query(
            [rows(facts={"URGES]->() DETACH DELETE n //": [{"s": "a", "o": "b", "predicate": "urges"}]})]
        )
    with pytest.raises(ValueError, match="not a relationship type"):
        wq.refresh_batch_query([("Urges", "a", "b", "urges")], [], [], [])
    with pytest.raises(ValueError, match="not a relationship type"):
        q.refresh_support_query("Urges", "urges", [])


def test_fixed_statements_write_a_batch_with_checked_labels_and_types() -> None:
    fact = {"SEEKS_TALKS_WITH": [{"s": HOSTILE, "o": "b", "predicate": "seeksTalksWith"}]}
    one = rows(entities={"Person": [HOSTILE]}, facts=fact, article={"published": date(2023, 3, 2)})
    two = rows("c", entities={"Person": [HOSTILE], "Country": ["b"]}, facts=fact)
    query, params = wq.write_batch_query([one, two])
    other, _ = wq.write_batch_query([rows()])
    assert query == other  # the same text whatever the articles hold, so Neo4j plans it once
    assert "UNWIND $entities AS row MERGE (n:Resource {uri: row.uri}) SET n:$(row.label)" in query
    assert "CREATE (s)-[r:$(row.type)]->(o)" in query and "MERGE (s)-[" not in query
    assert "CREATE (e:Resource:Evidence {uri: row.uri})" in query
    assert HOSTILE not in query
    # batch-wide rows are deduplicated; a fact carries its supporting articles and their dates
    assert params["entities"] == [{"uri": HOSTILE, "label": "Person"}, {"uri": "b", "label": "Country"}]
    fact_row = {"type": "SEEKS_TALKS_WITH", "s": HOSTILE, "o": "b", "predicate": "seeksTalksWith"}
    assert params["facts"] == [
        {**fact_row, "open": False, "marks": {}, "articles": 2, "published": [date(2023, 3, 2)]}
    ]
    assert [a["article"]["uri"] for a in params["articles"]] == ["a", "c"]


def test_refresh_recounts_retracted_facts_and_folds_names_of_the_rest() -> None:
    mentions = [{"uri": HOSTILE, "name": "Kirby", "aliases": ["JK"], "tickers": ["KRB"], "wikidata": "Q1"}]
    batch = [rows(mentions=mentions), rows("c", mentions=[{"uri": HOSTILE, "name": "John Kirby"}])]
    mentioned = wq.mention_rows(batch, skip=set())
    assert wq.mention_rows(batch, skip={HOSTILE}) == []
    key = ("SEEKS_TALKS_WITH", HOSTILE, "b", "seeksTalksWith")
    query, params = wq.refresh_batch_query([key], ["x"], mentioned, [])
    assert "UNWIND $recount AS row" in query and HOSTILE not in query
    assert params["recount"] == [
        {
            "type": "SEEKS_TALKS_WITH",
            "s": HOSTILE,
            "o": "b",
            "predicate": "seeksTalksWith",
            "open": False,
            "marks": {},
        }
    ]
    assert params["mentioned"] == [
        {"uri": HOSTILE, "names": ["John Kirby", "Kirby"], "aliases": ["JK", "John Kirby", "Kirby"],
         "tickers": ["KRB"], "wikidata": ["Q1"], "geo": []}
    ]  # fmt: skip
    assert params["full"] == ["x"]


def test_support_is_recomputed_from_evidence_of_the_same_predicate() -> None:
    query, params = q.refresh_support_query("MEMBER_OF", "memberOf", [{"s": "a", "o": "b"}])
    assert "-[r:MEMBER_OF]->" in query
    assert "(e {predicate: $predicate})" in query and "r.predicate = $predicate" in query
    assert "count(a) AS n" in query and "WHERE n = 0" in query and "DELETE r" in query
    assert params["predicate"] == "memberOf"


def test_every_value_builder_passes_data_as_parameters() -> None:
    article = {"text": HOSTILE}
    builders = [
        q.content_hashes_query([HOSTILE]),
        q.retract_article_query(HOSTILE),
        q.check_and_retract_query([{"uri": HOSTILE, "hash": HOSTILE}]),
        wq.write_batch_query([rows(HOSTILE, article=article, mentions=[{"uri": HOSTILE, "name": HOSTILE}])]),
        wq.refresh_batch_query(
            [], [HOSTILE], wq.mention_rows([rows(mentions=[{"uri": HOSTILE}])], set()), [HOSTILE]
        ),
        q.refresh_entities_query([HOSTILE]),
        q.delete_orphans_query([HOSTILE]),
        q.article_contents_page_query(HOSTILE, 10),
        q.article_contents_query([HOSTILE]),
        q.stored_articles_query(HOSTILE, 10),
    ]
    for query, params in builders:
        assert HOSTILE not in query
        assert params


def test_article_pages_are_keyset_ordered_by_iri() -> None:
    for build in (q.article_contents_page_query, q.stored_articles_query):
        query, params = build("https://kg.example.org/article/a", 50)
        assert "WHERE a.uri > $after" in query and "ORDER BY a.uri LIMIT $limit" in query
        assert params == {"after": "https://kg.example.org/article/a", "limit": 50}
