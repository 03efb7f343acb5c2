"""The GraSS style sheet and the Browser guide: well-formed, complete, and runnable on the graph."""

from __future__ import annotations

import re

import neo4j
import pytest
from browser_files import GRASS, guide_cypher, guide_queries, parse_grass

from kg.model import ArticleExtraction
from kg.vocab import ENTITY_CLASSES, local_name

SELECTOR = re.compile(r"^(node|relationship)(\.[A-Za-z_]+)?$")


def test_grass_has_only_selectors_browser_understands() -> None:
    # Browser's parser knows no comments: one would swallow the next selector.
    for selector in parse_grass(GRASS.read_text(encoding="utf-8")):
        assert SELECTOR.match(selector), f"{GRASS}: {selector!r} is no node[.Label] or relationship[.TYPE]"


@pytest.mark.parametrize("label", [local_name(c) for c in ENTITY_CLASSES] + ["Article", "Evidence"])
def test_every_class_has_its_own_colour_and_a_caption(label: str) -> None:
    rules = parse_grass(GRASS.read_text(encoding="utf-8"))
    rule = rules.get(f"node.{label}")
    assert rule is not None, f"{GRASS} has no rule for node.{label}"
    assert re.fullmatch(r"#[0-9A-Fa-f]{6}", rule["color"])
    assert re.fullmatch(r"\{\w+\}", rule["caption"])
    others = {r["color"] for s, r in rules.items() if s.startswith("node.") and s != f"node.{label}"}
    assert rule["color"] not in others, f"node.{label} shares its colour with another class"


def test_entities_are_captioned_by_name_and_relationships_by_type() -> None:
    rules = parse_grass(GRASS.read_text(encoding="utf-8"))
    for cls in ENTITY_CLASSES:
        if local_name(cls) != "Quote":
            assert rules[f"node.{local_name(cls)}"]["caption"] == "{name}"
    assert rules["relationship"]["caption"] == "<type>"
    # The generic Resource rule must come before the class rules so that they win.
    selectors = list(rules)
    assert selectors.index("node.Resource") < selectors.index("node.Person")


def test_guide_offers_the_style_sheet_and_five_queries() -> None:
    queries = guide_queries()
    assert queries[0] == ":style {{base}}/browser-style.grass"
    assert len(guide_cypher()) == 5


@pytest.mark.neo4j
def test_every_guide_query_finds_rows(driver: neo4j.Driver, reference_graph: ArticleExtraction) -> None:
    for query in guide_cypher():
        records, _, _ = driver.execute_query(query)
        assert records, f"the guide's query found nothing on the reference article's graph:\n{query}"


@pytest.mark.neo4j
def test_guide_fact_query_gives_sentence(driver: neo4j.Driver, reference_graph: ArticleExtraction) -> None:
    fact_query = next(q for q in guide_cypher() if "IN_ARTICLE" in q)
    records, _, _ = driver.execute_query(fact_query)
    assert any("John Kirby said that China should reach out" in r["sentence"] for r in records)
    assert records[0]["article"] == reference_graph.article.title
