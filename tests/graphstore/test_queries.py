"""The Cypher builders, as strings: labels and types only from the ontology, values only as parameters."""

from __future__ import annotations

import pytest

from kg.graphstore import queries as q

HOSTILE = "Person}) DETACH DELETE n //"


def test_labels_and_types_outside_the_ontology_are_refused() -> None:
    with pytest.raises(ValueError, match="not a node label"):
        q.merge_entities_query(HOSTILE, ["x"])
    with pytest.raises(ValueError, match="not a relationship type"):
        q.merge_facts_query("URGES]->() DETACH DELETE n //", [])
    with pytest.raises(ValueError, match="not a relationship type"):
        q.refresh_support_query("Urges", [])


def test_entity_merge_is_grouped_by_label_and_unwinds_rows() -> None:
    query, params = q.merge_entities_query("Person", ["https://kg.example.org/id/Person/x"])
    assert query.startswith("UNWIND $uris AS uri MERGE (n:Resource {uri: uri})")
    assert query.endswith("SET n:Person")
    assert params == {"uris": ["https://kg.example.org/id/Person/x"]}


def test_fact_merge_uses_the_relationship_type_and_no_values_in_text() -> None:
    rows = [{"s": HOSTILE, "o": "b"}]
    query, params = q.merge_facts_query("SEEKS_TALKS_WITH", rows)
    assert "MERGE (s)-[:SEEKS_TALKS_WITH]->(o)" in query
    assert "UNWIND $rows AS row" in query
    assert HOSTILE not in query and params["rows"] == rows


def test_support_is_recomputed_from_evidence_of_the_same_predicate() -> None:
    query, params = q.refresh_support_query("MEMBER_OF", [{"s": "a", "o": "b"}])
    assert "-[r:MEMBER_OF]->" in query
    assert "Evidence {predicate: $predicate}" in query
    assert "count(DISTINCT a) AS n" in query and "WHERE n = 0" in query and "DELETE r" in query
    assert params["predicate"] == "memberOf"


def test_every_value_builder_passes_data_as_parameters() -> None:
    article = {"uri": HOSTILE, "text": HOSTILE, "contentHash": "h"}
    builders = [
        q.content_hashes_query([HOSTILE]),
        q.retract_article_query(HOSTILE),
        q.merge_article_query(article),
        q.merge_quotes_query([{"uri": HOSTILE, "text": HOSTILE, "lang": "en"}]),
        q.merge_resources_query([HOSTILE]),
        q.create_mentions_query(HOSTILE, [{"uri": HOSTILE, "name": HOSTILE}]),
        q.create_evidence_query(HOSTILE, [{"uri": HOSTILE, "s": "a", "o": "b", "props": {}}]),
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
