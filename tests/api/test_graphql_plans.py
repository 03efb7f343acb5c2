"""The hot compiled queries' plans (EXPLAIN on the real server): counts from the count store, degrees not
walks, the neighbourhood cut early."""

from __future__ import annotations

from typing import Any

import neo4j
import pytest

from api.graphql.schema import build_api
from kg.graphstore.compiler.facts import CLASS_LABELS, FACT_TYPES
from kg.settings import Settings

pytestmark = pytest.mark.neo4j

ANSWERS = build_api(Settings()).answers


def _operators(driver: neo4j.Driver, query: str, **variables: Any) -> list[tuple[str, str]]:
    """(operator, details) of every step of the plan of the query's compiled Cypher."""
    (read,) = ANSWERS.compile(query, variables).values()
    text, params = read.read.alone()
    with driver.session() as session:
        plan = session.run("EXPLAIN " + text, params).consume().plan
    assert plan is not None
    found: list[tuple[str, str]] = []
    stack: list[dict[str, Any]] = [plan]
    while stack:
        step = stack.pop()
        found.append((step["operatorType"].split("@")[0], str(step["args"].get("Details", ""))))
        stack += step.get("children", [])
    return found


def test_stats_reads_every_count_from_the_count_store(seeded_graph: neo4j.Driver) -> None:
    query = "{ stats { articles evidence classes { label count } predicates { predicate count } } }"
    operators = [op for op, _ in _operators(seeded_graph, query)]
    assert not [op for op in operators if "Scan" in op], operators
    assert operators.count("NodeCountFromCountStore") == len(CLASS_LABELS) + 2
    assert operators.count("RelationshipCountFromCountStore") == len(
        FACT_TYPES
    )  # relatedTo (open facts) counted too


def test_stats_reads_only_the_counts_selected(seeded_graph: neo4j.Driver) -> None:
    operators = [op for op, _ in _operators(seeded_graph, "{ stats { articles } }")]
    assert operators.count("NodeCountFromCountStore") == 1


ENTITY_PAGE = """query($name: String!) { entity(name: $name) { name mentionCount
    facts(first: 20) { totalCount edges { node { predicate object { name mentionCount }
      evidence(first: 1) { edges { node { sentence article { title } } } } } } } } }"""


def test_the_entity_page_reads_mention_counts_as_degrees(seeded_graph: neo4j.Driver) -> None:
    steps = _operators(seeded_graph, ENTITY_PAGE, name="Kirby")
    # A hub's mentions are never expanded: every MENTIONS count is the node's stored degree.
    assert not [d for op, d in steps if op.startswith("Expand") and "MENTIONS" in d]
    assert any("getDegree" in d and "MENTIONS" in d for _, d in steps)
