"""schema/constraints.cypher: parsed into statements, and applied idempotently to the real server."""

from __future__ import annotations

import os
from pathlib import Path

import neo4j
import pytest
from kg_cli import run_kg

from kg.errors import ConfigError
from kg.graphstore.mapping import LABEL_OF_CLASS
from kg.graphstore.schema import CONSTRAINTS_FILE, FULLTEXT_INDEX, apply_schema, schema_statements
from kg.settings import Settings

# Every class of the ontology a reader searches for by name (a quote has text, no name).
ENTITY_LABELS = set(LABEL_OF_CLASS.values()) - {"Quote"}


def test_statements_are_split_at_line_ending_semicolons() -> None:
    script = (
        "// a comment; not a statement\nCREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x);\n\nRETURN 'x;y';\n"
    )
    assert schema_statements(script) == ["CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x)", "RETURN 'x;y'"]


def test_an_unterminated_statement_is_refused() -> None:
    with pytest.raises(ConfigError, match="does not end with ';'"):
        schema_statements("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)")


def test_every_statement_of_the_script_is_idempotent() -> None:
    statements = schema_statements(CONSTRAINTS_FILE.read_text(encoding="utf-8"))
    assert len(statements) >= 10
    assert all("IF NOT EXISTS" in s or (s.startswith("DROP") and "IF EXISTS" in s) for s in statements)


@pytest.mark.neo4j
def test_kg_init_twice_leaves_the_schema_in_place(settings: Settings, driver: neo4j.Driver) -> None:
    env = {**os.environ, "KG_DATA_DIR": str(Path(settings.data_dir).resolve())}
    for _ in range(2):
        run = run_kg("init", env=env, timeout=600)
        assert run.returncode == 0, run.stderr
        assert "Schema applied" in run.stdout
    constraints, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *"
    )
    unique = {
        (tuple(r["labelsOrTypes"]), tuple(r["properties"])) for r in constraints if "UNIQUE" in r["type"]
    }
    assert (("Resource",), ("uri",)) in unique
    indexes, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties RETURN *"
    )
    by_name = {r["name"]: r for r in indexes}
    assert all(r["state"] == "ONLINE" for r in indexes)
    full_text = by_name[FULLTEXT_INDEX]
    assert full_text["type"] == "FULLTEXT"
    assert set(full_text["labelsOrTypes"]) == ENTITY_LABELS
    assert set(full_text["properties"]) == {"name", "aliases", "tickers"}
    ranged = {(tuple(r["labelsOrTypes"]), tuple(r["properties"])) for r in indexes if r["type"] == "RANGE"}
    for needed in [
        ("Article", "contentHash"),
        ("Article", "url"),
        ("Article", "published"),
        ("Evidence", "predicate"),
    ]:
        assert ((needed[0],), (needed[1],)) in ranged
    text = {(tuple(r["labelsOrTypes"]), tuple(r["properties"])) for r in indexes if r["type"] == "TEXT"}
    assert all(((label,), ("name",)) in text for label in ENTITY_LABELS)
    assert not any(((label,), ("name",)) in ranged for label in ENTITY_LABELS)  # they refuse long names


@pytest.mark.neo4j
def test_applying_twice_changes_nothing_and_uniqueness_holds(driver: neo4j.Driver) -> None:
    first = apply_schema(driver)
    second = apply_schema(driver)
    assert first == second
    uri = "https://kg.example.org/id/Person/schema-test-duplicate"
    try:
        driver.execute_query("CREATE (:Resource:Person {uri: $uri, name: 'A'})", uri=uri)
        with pytest.raises(neo4j.exceptions.ConstraintError):
            driver.execute_query("CREATE (:Resource:Person {uri: $uri, name: 'B'})", uri=uri)
    finally:
        driver.execute_query("MATCH (n:Resource {uri: $uri}) DETACH DELETE n", uri=uri)


@pytest.mark.neo4j
def test_full_text_index_finds_names_aliases_and_stock_symbols_of_every_class(driver: neo4j.Driver) -> None:
    firm = "https://kg.example.org/id/Organization/schema-test-bri"
    product = "https://kg.example.org/id/Product/schema-test-walkman"
    try:
        driver.execute_query(
            "CREATE (:Resource:Organization {uri: $firm, name: 'Belt and Road Initiative', aliases: ['BRI'], "
            "tickers: ['BRIX N']}), (:Resource:Product {uri: $product, name: 'Walkman Deluxe'})",
            firm=firm,
            product=product,
        )
        # The full-text index is eventually consistent: awaitRefresh makes the write visible to the query.
        driver.execute_query("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()")
        for phrase, uri in (("belt road", firm), ("BRI", firm), ("BRIX", firm), ("walkman", product)):
            records, _, _ = driver.execute_query(
                "CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.uri AS uri",
                index=FULLTEXT_INDEX,
                q=phrase,
            )
            assert uri in [r["uri"] for r in records], phrase
    finally:
        driver.execute_query(
            "MATCH (n:Resource) WHERE n.uri IN [$firm, $product] DETACH DELETE n", firm=firm, product=product
        )


@pytest.mark.neo4j
def test_the_earlier_full_text_index_is_replaced_on_an_upgraded_database(driver: neo4j.Driver) -> None:
    """A database made by an earlier kg has ``entityNames`` (seven classes, no tickers): applying the schema
    drops it, and search runs on the index that covers every class."""
    driver.execute_query("CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Person) ON EACH [n.name]")
    apply_schema(driver)
    names = {r["name"] for r in driver.execute_query("SHOW FULLTEXT INDEXES YIELD name RETURN name").records}
    assert "entityNames" not in names
    assert FULLTEXT_INDEX in names
