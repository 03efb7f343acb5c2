"""Time through GraphQL on the wide sample (tests/api/api_seed.py: ten articles dated 2024-01-01 to
2024-01-10, each mentioning every person; Person 0's memberOf stated in the articles of the 1st, 4th,
7th and 10th): timelines by week and month, facts known as of a day, evidence and claims by date."""

from __future__ import annotations

import re
from typing import Any

import pytest
from api_served import Served
from gql.transport.exceptions import TransportQueryError

pytestmark = pytest.mark.neo4j

TIMELINES = """{ entity(name: "Person 0") {
  months: timeline { period mentions facts }
  weeks: timeline(interval: week) { period mentions facts }
  late: timeline(interval: week, since: "2024-01-08") { period mentions facts }
  none: timeline(until: "2023-12-31") { period } } }"""


def test_timeline_counts_mentions_and_fact_statements_per_period(served: Served) -> None:
    entity = served.execute(TIMELINES)["entity"]
    assert entity["months"] == [{"period": "2024-01-01", "mentions": 10, "facts": 4}]
    assert entity["weeks"] == [
        {"period": "2024-01-01", "mentions": 7, "facts": 3},  # Monday 1 to Sunday 7
        {"period": "2024-01-08", "mentions": 3, "facts": 1},
    ]
    assert entity["late"] == entity["weeks"][1:]
    assert entity["none"] == []


def test_facts_as_of_a_day_and_evidence_and_claims_between_days(served: Served) -> None:
    query = """{ entity(name: "Person 0") {
      before: facts(asOf: "2023-12-31") { totalCount }
      known: facts(asOf: "2024-01-01") { totalCount edges { node { predicate
        evidence(since: "2024-01-05") { totalCount edges { node { article { published } } } }
        early: evidence(until: "2024-01-04") { totalCount } } } }
      claims(since: "2024-01-05", until: "2024-01-09") {
        totalCount edges { node { article { published } } } } } }"""
    entity = served.execute(query)["entity"]
    assert entity["before"]["totalCount"] == 0
    assert entity["known"]["totalCount"] == 1
    (fact,) = [edge["node"] for edge in entity["known"]["edges"]]
    assert fact["predicate"] == "memberOf"
    assert fact["evidence"]["totalCount"] == 2
    assert [e["node"]["article"]["published"] for e in fact["evidence"]["edges"]] == [
        "2024-01-10",
        "2024-01-07",
    ]
    assert fact["early"]["totalCount"] == 2
    assert entity["claims"]["totalCount"] == 1
    assert [e["node"]["article"]["published"] for e in entity["claims"]["edges"]] == ["2024-01-07"]


def test_date_filters_compare_days(served: Served) -> None:
    query = """{ articles(where: {published: {gte: "2024-01-05", lte: "2024-01-06"}}) { totalCount }
      exactly: articles(where: {published: {eq: "2024-01-10"}}) { totalCount }
      facts(where: {subject: {name: {eq: "Person 0"}}, publishedFrom: "2024-01-10",
        publishedTo: "2024-01-10"}) { totalCount }
      late: facts(where: {subject: {name: {eq: "Person 0"}}, publishedFrom: "2024-01-11"}) { totalCount } }"""
    data = served.execute(query)
    assert data["articles"]["totalCount"] == 2
    assert data["exactly"]["totalCount"] == 1
    assert data["facts"]["totalCount"] == 1  # stated from the 1st to the 10th: it spans the 10th
    assert data["late"]["totalCount"] == 0


def test_most_mentioned_in_the_newest_week_or_a_given_period(served: Served) -> None:
    query = """{ newest: mentioned(first: 3) { entity { name } articles }
      first: mentioned(since: "2024-01-01", until: "2024-01-02", first: 2) { articles }
      before: mentioned(until: "2023-01-01") { articles } }"""
    data = served.execute(query)
    # The newest article is of 2024-01-10: its week (the 4th to the 10th) has seven, each naming everyone.
    assert [m["articles"] for m in data["newest"]] == [7, 7, 7]
    assert all(m["entity"]["name"] for m in data["newest"])
    assert [m["articles"] for m in data["first"]] == [2, 2]
    assert data["before"] == []


def test_evidence_event_dates_are_iso_days_or_null(served: Served) -> None:
    # The wide sample dates odd persons' statements the day before their article; even ones not at all.
    query = """{ odd: entity(name: "Person 3") { facts { edges { node {
        evidence { edges { node { eventDate article { published } } } } } } } }
      even: entity(name: "Person 0") { facts { edges { node {
        evidence { edges { node { eventDate } } } } } } } }"""
    data = served.execute(query)

    def statements(name: str) -> list[dict[str, Any]]:
        facts = data[name]["facts"]["edges"]
        return [e["node"] for f in facts for e in f["node"]["evidence"]["edges"]]

    odd = sorted((s["article"]["published"], s["eventDate"]) for s in statements("odd"))
    assert odd == [
        ("2024-01-01", "2023-12-31"),
        ("2024-01-04", "2024-01-03"),
        ("2024-01-07", "2024-01-06"),
        ("2024-01-10", "2024-01-09"),
    ]
    assert {s["eventDate"] for s in statements("even")} == {None}


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ('{ mentioned(since: "9999999-01-01") { articles } }', "since"),
        ('{ entity(name: "Person 0") { timeline(until: "garbage") { period } } }', "until"),
        ('{ entity(name: "Person 0") { facts(asOf: "x\' RETURN 1 //") { totalCount } } }', "asOf"),
        ('{ articles(where: {published: {gte: "2024-13-45"}}) { totalCount } }', "published.gte"),
        ('{ facts(where: {publishedTo: "yesterday"}) { totalCount } }', "publishedTo"),
    ],
)
def test_a_date_argument_that_is_no_day_is_refused_by_name(served: Served, query: str, named: str) -> None:
    with pytest.raises(TransportQueryError, match=rf"[\'\"]{re.escape(named)}: not an ISO 8601 day"):
        served.execute(query)
