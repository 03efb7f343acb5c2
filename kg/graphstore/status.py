"""The graph's state as kg reports it: what the API's readiness check asks Neo4j (the full-text index
online, the IRI constraint), and the totals `kg ingest` prints."""

from __future__ import annotations

import neo4j

from kg.graphstore.driver_errors import translated
from kg.graphstore.reads import Reads
from kg.graphstore.schema import FULLTEXT_INDEX

_READINESS = (
    "SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, owningConstraint "
    "WHERE name = $index OR (owningConstraint IS NOT NULL AND 'Resource' IN labelsOrTypes "
    "AND properties = ['uri']) RETURN name, type, state, owningConstraint"
)


async def missing_schema(reads: Reads) -> list[str]:
    """The parts of the schema the API needs that are not there yet (empty: ready).

    Raises:
        StoreError: Neo4j cannot be asked (StoreUnavailableError when it cannot be reached).
    """
    rows = await reads.one(_READINESS, {"index": FULLTEXT_INDEX})
    index_online = any(r["name"] == FULLTEXT_INDEX and r["state"] == "ONLINE" for r in rows)
    constraint = any(r["owningConstraint"] for r in rows)
    return [
        name
        for name, ok in ((f"{FULLTEXT_INDEX} index", index_online), ("uri constraint", constraint))
        if not ok
    ]


_TOTALS = (
    "CALL () { MATCH (a:Article) RETURN count(a) AS articles } "
    "CALL () { MATCH (n:Resource) WHERE NOT n:Article AND NOT n:Evidence RETURN count(n) AS entities } "
    "CALL () { MATCH (:Resource)-[r]->(:Resource) WHERE r.articleCount IS NOT NULL "
    "RETURN count(r) AS facts } "
    "RETURN articles, entities, facts"
)


def graph_totals(driver: neo4j.Driver, database: str = "neo4j") -> tuple[int, int, int]:
    """How many articles, entities and facts the graph holds."""
    with translated("counting the graph"):
        records, _, _ = driver.execute_query(_TOTALS, database_=database)
    row = records[0]
    return row["articles"], row["entities"], row["facts"]
