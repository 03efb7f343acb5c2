"""The hot queries' plans (EXPLAIN on the real server): counts from the count store, degrees not walks."""

from __future__ import annotations

from typing import Any

import neo4j
import pytest

from api.graphql import batches, queries
from api.graphql.inputs import Direction
from api.graphql.pagination import Page
from api.graphql.vocabulary import CLASS_NAMES, PREDICATE_NAMES

pytestmark = pytest.mark.neo4j


def _operators(driver: neo4j.Driver, built: tuple[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """(operator, details) of every step of the query's plan."""
    text, params = built
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
    operators = [op for op, _ in _operators(seeded_graph, queries.stats_query())]
    assert not [op for op in operators if "Scan" in op], operators
    assert operators.count("NodeCountFromCountStore") == len(CLASS_NAMES) + len(queries.STATS_NODES)
    assert operators.count("RelationshipCountFromCountStore") == len(PREDICATE_NAMES)


def test_entity_page_reads_mention_counts_as_degrees(seeded_graph: neo4j.Driver) -> None:
    then = batches.facts_subquery(Direction.BOTH, None, 0, 21, Page(0, 1))
    steps = _operators(seeded_graph, queries.entity_by_name_read("Kirby", then).alone())
    # A hub's mentions are never expanded: every MENTIONS count is the node's stored degree.
    assert not [d for op, d in steps if op.startswith("Expand") and "MENTIONS" in d]
    assert any("getDegree" in d and "MENTIONS" in d for _, d in steps)
