"""The acceptance queries over real HTTP, with gql, against the seeded real Neo4j."""

from __future__ import annotations

import pytest
from api_served import Served

pytestmark = pytest.mark.neo4j

KIRBY = """
query {
  entity(name: "Kirby") {
    id name aliases types mentionCount
    facts(direction: OUT) {
      totalCount
      edges { node {
        predicate predicateIri object { name types }
        support { articleCount firstPublished }
        evidence { edges { node { sentence subjectSpan { start end } article { title url } } } }
      } }
    }
  }
}
"""


def test_entity_by_name_has_urges_china_with_its_sentence(served: Served) -> None:
    kirby = served.execute(KIRBY)["entity"]
    assert kirby["name"] == "John Kirby"
    assert kirby["types"] == ["Person"]
    facts = [e["node"] for e in kirby["facts"]["edges"]]
    urges = [f for f in facts if f["predicate"] == "urges" and f["object"]["name"] == "China"]
    assert len(urges) == 1
    assert urges[0]["predicateIri"] == "https://kg.example.org/ontology#urges"
    assert urges[0]["support"]["articleCount"] == 1
    assert urges[0]["support"]["firstPublished"].startswith("2023-03-22")
    evidence = urges[0]["evidence"]["edges"][0]["node"]
    assert evidence["sentence"].startswith("National Security Council Coordinator")
    assert "China should reach out" in evidence["sentence"]
    assert evidence["article"]["title"].startswith("White House Pushes Xi Jinping")
    assert kirby["facts"]["totalCount"] >= len(facts)


def test_search_finds_the_initiative_with_its_alias(served: Served) -> None:
    hits = served.execute('{ search(phrase: "Belt and Road") { score entity { name aliases types } } }')[
        "search"
    ]
    assert hits[0]["entity"]["name"] == "Belt and Road Initiative"
    assert "BRI" in hits[0]["entity"]["aliases"] and hits[0]["entity"]["types"] == ["Organization"]
    assert hits[0]["score"] > 0


def test_search_by_alias_and_prefix(served: Served) -> None:
    assert served.execute('{ search(phrase: "BRI") { entity { name } } }')["search"][0]["entity"]["name"] == (
        "Belt and Road Initiative"
    )
    names = [
        h["entity"]["name"]
        for h in served.execute('{ search(phrase: "Zelen") { entity { name } } }')["search"]
    ]
    assert names[0] == "Volodymyr Zelenskyy"


def test_facts_filtered_by_predicate(served: Served) -> None:
    query = """
    query($first: Int!) {
      facts(where: {predicate: {eq: memberOf}, subject: {types: {in: [Country]}}}, first: $first) {
        totalCount pageInfo { hasNextPage }
        edges { node { subject { name } predicate object { name } } }
      }
    }"""
    page = served.execute(query, first=10)["facts"]
    rows = [
        (e["node"]["subject"]["name"], e["node"]["predicate"], e["node"]["object"]["name"])
        for e in page["edges"]
    ]
    assert rows == [("Ukraine", "memberOf", "Belt and Road Initiative")]
    assert page["totalCount"] == 1 and page["pageInfo"]["hasNextPage"] is False


def test_path_between_two_entities(served: Served) -> None:
    query = """{ path(from: {name: "Ukraine"}, to: {name: "Russia"}, maxHops: 3) {
        length entities { name } facts { subject { name } predicate object { name } } } }"""
    path = served.execute(query)["path"]
    assert path["length"] >= 1
    assert path["entities"][0]["name"] == "Ukraine" and path["entities"][-1]["name"] == "Russia"
    assert path["facts"][0]["predicate"] in {"invaded", "memberOf", "leaderOf"}


def test_introspection_lists_the_schema(served: Served) -> None:
    schema = served.execute("{ __schema { queryType { name } types { name } } }")["__schema"]
    names = {t["name"] for t in schema["types"]}
    assert schema["queryType"]["name"] == "Query"
    assert {"Entity", "Fact", "Evidence", "Article", "Predicate", "EntityWhere", "FactConnection"} <= names


def test_entities_where_nested_operators_sort_and_pages(served: Served) -> None:
    query = """
    query($after: String) {
      entities(where: {OR: [{name: {startsWith: "Person 1"}}, {name: {eq: "Person 2"}}],
                       NOT: {name: {in: ["Person 10"]}},
                       facts: {some: {predicate: {eq: memberOf}, direction: OUT,
                                      node: {name: {eq: "Org 1"}}}}},
               sort: [{name: DESC}], first: 3, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { name } }
      }
    }"""
    first = served.execute(query)["entities"]
    # Person 1, 11 (Org 1) qualify; Person 2 is in Org 2; Person 10 is excluded; Person 16 is in Org 1.
    names = [e["node"]["name"] for e in first["edges"]]
    assert names == ["Person 16", "Person 11", "Person 1"]
    assert first["totalCount"] == 3 and first["pageInfo"]["hasNextPage"] is False


def test_cursor_pagination_walks_all_pages(served: Served) -> None:
    query = """query($after: String) { entities(where: {types: {in: [Person]}, name: {startsWith: "Person"}},
        sort: [{name: ASC}], first: 20, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { name } } } }"""
    seen: list[str] = []
    after = None
    while True:
        page = served.execute(query, after=after)["entities"] if after else served.execute(query)["entities"]
        seen += [e["node"]["name"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == 50 and len(set(seen)) == 50 and seen == sorted(seen)


def test_article_with_entities_facts_and_neighbors(served: Served) -> None:
    query = """{ articles(where: {source: {eq: "Breitbart"}}) { edges { node {
        title published source
        entities(first: 50) { totalCount }
        facts(first: 100) { edges { node { predicate subject { name } } } } } } }
      entity(name: "Ukraine") { neighbors(depth: 2) { name } articles { totalCount } } }"""
    data = served.execute(query)
    article = data["articles"]["edges"][0]["node"]
    assert article["published"].startswith("2023-03-22") and article["entities"]["totalCount"] >= 9
    stated = {f["node"]["predicate"] for f in article["facts"]["edges"]}
    assert {"urges", "memberOf", "leaderOf", "invaded"} <= stated
    neighbours = {n["name"] for n in data["entity"]["neighbors"]}
    assert {"Belt and Road Initiative", "Russia", "Vladimir Putin"} <= neighbours
    assert data["entity"]["articles"]["totalCount"] == 1


def test_stats_counts_classes_and_predicates(served: Served) -> None:
    stats = served.execute(
        "{ stats { articles evidence classes { label count } predicates { predicate count } } }"
    )
    counts = {c["label"]: c["count"] for c in stats["stats"]["classes"]}
    predicates = {p["predicate"]: p["count"] for p in stats["stats"]["predicates"]}
    assert stats["stats"]["articles"] == 11 and counts["Person"] >= 54
    assert predicates["urges"] >= 1 and predicates["memberOf"] == 51
