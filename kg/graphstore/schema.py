"""Applying schema/constraints.cypher: constraints and indexes, idempotently, then waiting for them online."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import neo4j

from kg.errors import ConfigError
from kg.graphstore.driver_errors import translated

CONSTRAINTS_FILE = Path(__file__).resolve().parents[2] / "schema" / "constraints.cypher"
INDEX_WAIT_SECONDS = 300
#: The full-text index schema/constraints.cypher creates over entity names, aliases and stock symbols.
FULLTEXT_INDEX = "entitySearch"


@dataclass(frozen=True)
class SchemaReport:
    """What `apply_schema` did: the statements run and the names of the constraints and indexes present."""

    statements: int
    constraints: tuple[str, ...]
    indexes: tuple[str, ...]


def schema_statements(text: str) -> list[str]:
    """The statements of a Cypher script: `//` comment lines dropped, split at the `;` ending a line."""
    lines = [line for line in text.splitlines() if not line.strip().startswith("//")]
    statements, current = [], []
    for line in lines:
        current.append(line)
        if line.rstrip().endswith(";"):
            statements.append("\n".join(current).strip().removesuffix(";").strip())
            current = []
    leftover = "\n".join(current).strip()
    if leftover:
        raise ConfigError(f"the last statement of the schema script does not end with ';': {leftover[:80]!r}")
    return [statement for statement in statements if statement]


def apply_schema(
    driver: neo4j.Driver, database: str = "neo4j", path: Path = CONSTRAINTS_FILE
) -> SchemaReport:
    """Run every statement of the schema script (all IF NOT EXISTS, so reruns change nothing).

    Waits until every index is online, so a query right after sees them used.

    Raises:
        ConfigError: the script cannot be read or is malformed.
        StoreError: Neo4j rejected a statement (the statement is named).
    """
    try:
        statements = schema_statements(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read the schema script {path}: {exc}") from exc
    for statement in statements:
        with translated(f"a statement of {path}: {statement!r}"):
            driver.execute_query(statement, database_=database)
    driver.execute_query(f"CALL db.awaitIndexes({INDEX_WAIT_SECONDS})", database_=database)
    return SchemaReport(len(statements), *_schema_names(driver, database))


def _schema_names(driver: neo4j.Driver, database: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    constraints, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name", database_=database)
    indexes, _, _ = driver.execute_query("SHOW INDEXES YIELD name RETURN name", database_=database)
    return (
        tuple(sorted(str(r["name"]) for r in constraints)),
        tuple(sorted(str(r["name"]) for r in indexes)),
    )
