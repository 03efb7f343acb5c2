"""The Cypher builders, as strings: labels and types only from the ontology, values only as parameters."""

from __future__ import annotations

from typing import Any

import pytest

from kg.graphstore import queries as q

HOSTILE = "Person}) DETACH DELETE n //"


def article_params(**overrides: Any) -> dict[str, Any]:
    params: dict[str, Any] = {
        "article": {"uri": "a", "contentHash": "h", "text": "t"}, "entities": {}, "quotes": [],
        "resources": [], "mentions": [], "evidence": [], "facts": {},
    }  # fmt: skip
    params.update(overrides)
    return q.article_params(**params)


def test_labels_and_types_outside_the_ontology_are_refused() -> None:
    with pytest.raises(ValueError, match="not a node label"):
        article_params(entities={HOSTILE: ["x"]})
    with pytest.raises(ValueError, match="not a relationship type"):
        article_params(facts={"URGES]->() DETACH DELETE n //": []})
    with pytest.raises(ValueError, match="not a relationship type"):
        q.refresh_query({"Urges": []}, [], [])
    with pytest.raises(ValueError, match="not a relationship type"):
        q.refresh_support_query("Urges", [])


def test_fixed_statements_write_articles_with_checked_labels_and_types() -> None:
    one = article_params(
        entities={"Person": [HOSTILE]}, facts={"SEEKS_TALKS_WITH": [{"s": HOSTILE, "o": "b"}]}
    )
    query, params = q.write_articles_query([one])
    other, _ = q.write_articles_query([article_params(), article_params()])
    assert query == other  # the same text whatever the articles hold, so Neo4j plans it once
    assert "UNWIND $articles AS art" in query
    assert "UNWIND art.entities AS row MERGE (n:Resource {uri: row.uri}) SET n:$(row.label)" in query
    assert "MERGE (s)-[:$(row.type)]->(o)" in query
    assert HOSTILE not in query
    assert params["articles"][0]["entities"] == [{"uri": HOSTILE, "label": "Person"}]
    assert params["articles"][0]["facts"] == [{"s": HOSTILE, "o": "b", "type": "SEEKS_TALKS_WITH"}]
    refresh, rparams = q.refresh_query({"SEEKS_TALKS_WITH": [{"s": HOSTILE, "o": "b"}]}, [HOSTILE], [])
    assert "UNWIND $support AS row" in refresh and HOSTILE not in refresh
    assert rparams["support"] == [
        {"s": HOSTILE, "o": "b", "type": "SEEKS_TALKS_WITH", "predicate": "seeksTalksWith"}
    ]


def test_support_is_recomputed_from_evidence_of_the_same_predicate() -> None:
    query, params = q.refresh_support_query("MEMBER_OF", [{"s": "a", "o": "b"}])
    assert "-[r:MEMBER_OF]->" in query
    assert "(e {predicate: $predicate})" in query
    assert "count(DISTINCT a) AS n" in query and "WHERE n = 0" in query and "DELETE r" in query
    assert params["predicate"] == "memberOf"


def test_every_value_builder_passes_data_as_parameters() -> None:
    article = {"uri": HOSTILE, "text": HOSTILE, "contentHash": "h"}
    builders = [
        q.content_hashes_query([HOSTILE]),
        q.retract_article_query(HOSTILE),
        q.check_and_retract_query([{"uri": HOSTILE, "hash": HOSTILE}]),
        q.write_articles_query(
            [article_params(article=article, mentions=[{"uri": HOSTILE, "name": HOSTILE}])]
        ),
        q.refresh_query({}, [HOSTILE], [HOSTILE]),
        q.refresh_entities_query([HOSTILE]),
        q.delete_orphans_query([HOSTILE]),
        q.article_page_query(HOSTILE, 10),
        q.article_contents_query([HOSTILE]),
    ]
    for query, params in builders:
        assert HOSTILE not in query
        assert params


def test_article_pages_are_keyset_ordered_by_iri() -> None:
    query, params = q.article_page_query("https://kg.example.org/article/a", 50)
    assert "WHERE a.uri > $after" in query and "ORDER BY a.uri LIMIT $limit" in query
    assert params == {"after": "https://kg.example.org/article/a", "limit": 50}
