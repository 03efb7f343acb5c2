"""The write statements are planned as index seeks and expansions even on an empty graph.

Their plans are kept (``CYPHER replan=skip``) while a bulk ingest grows the graph, so a plan made on the
emptied database must not scan: a relationship scan there (what ``MERGE (s)-[:$(t)]->(o)`` got) read
every relationship in the database once per fact by the time the graph held a few hundred articles.
"""

from __future__ import annotations

from typing import Any

import neo4j
import pytest

from kg.graphstore import queries as q
from kg.graphstore import write_queries as wq
from kg.graphstore.writer import GraphWriter

pytestmark = pytest.mark.neo4j

STATEMENTS = {
    "write": wq.write_batch_query([])[0],
    "refresh": wq.refresh_batch_query([], [], [], [])[0],
    "check": q.check_and_retract_query([])[0],
    "recount on delete": q.refresh_support_query("URGES", "urges", [])[0],
    "orphans": q.delete_orphans_query([])[0],
}


def operators(plan: Any) -> set[str]:
    found = {plan["operatorType"].split("@")[0]}
    for child in plan.get("children", []):
        found |= operators(child)
    return found


@pytest.mark.parametrize("name", STATEMENTS)
def test_planned_on_an_empty_graph_nothing_is_scanned(
    writer: GraphWriter, driver: neo4j.Driver, name: str
) -> None:
    text = STATEMENTS[name].replace("CYPHER replan=skip", "CYPHER replan=force")
    with driver.session() as session:
        plan = session.run("EXPLAIN " + text).consume().plan
    used = operators(plan)
    assert not {op for op in used if "Scan" in op}, used
    assert "NodeUniqueIndexSeek(Locking)" in used or "NodeUniqueIndexSeek" in used
