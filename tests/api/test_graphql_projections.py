"""Rows fetched with only the parts a selection reads answer exactly what full rows answer.

A plain entity page (``entity { facts { edges { node { ... evidence { ... } } } } }``) fetches its
facts and evidence with only the parts of the rows its selection reads (api.graphql.projections.Parts);
a selection the lookahead cannot read (inline fragments) fetches every part. Each query below is
asked both ways on the served graph: the answers must be equal, and the plain way must have fetched
the slim rows (seen in the Cypher the builders give for its parts).
"""

from __future__ import annotations

import re

import pytest
from api_served import Served
from strawberry.types.nodes import SelectedField

from api.graphql import batches, queries
from api.graphql.inputs import Direction
from api.graphql.lookahead import entity_details, fact_parts
from api.graphql.pagination import Page
from api.graphql.projections import ALL_PARTS, ENTITY_DETAILS, Parts

pytestmark = pytest.mark.neo4j

NONE: frozenset[str] = frozenset()  # no entity details on a fact's ends

# (fact fields, evidence node fields): each pair makes an entity page; the parts each needs.
SELECTIONS: dict[str, tuple[str, str, Parts]] = {
    "the bench's page": (
        "predicate object { name }",
        "sentence article { title }",
        Parts(ends=NONE, evidence=False, article=False, reporter=False),
    ),
    "end details": (
        "subject { id name aliases types } object { name mentionCount wikidata }",
        "sentence",
        Parts(ends=frozenset(ENTITY_DETAILS), evidence=False, article=False, reporter=False),
    ),
    "a detail of each end": (
        "subject { name aliases } object { name wikidata }",
        "sentence",
        Parts(ends=frozenset({"aliases", "wikidata"}), evidence=False, article=False, reporter=False),
    ),
    "evidence details": (
        "predicate",
        "id predicate sentence sentenceStart subjectSpan { start end } cueSpan { start end } "
        "extractor confidence",
        Parts(ends=NONE, evidence=True, article=False, reporter=False),
    ),
    "article details and reporter": (
        "id",
        "article { id title url published source language } reportedBy { name aliases }",
        Parts(ends=NONE, evidence=False, article=True, reporter=True),
    ),
    "an end's facts (a nested resolver)": (
        "object { name facts(first: 2) { edges { node { predicate object { name } } } } }",
        "sentence",
        Parts(ends=NONE, evidence=False, article=False, reporter=False),
    ),
}


def page(facts: str, evidence: str, fragments: bool) -> str:
    if fragments:  # what the lookahead cannot read ahead: every part is fetched
        facts, evidence = f"... on Fact {{ {facts} }}", f"... on Evidence {{ {evidence} }}"
    return f"""{{ entity(name: "Kirby") {{ name facts(first: 20) {{ edges {{ node {{ {facts}
        evidence(first: 3) {{ edges {{ node {{ {evidence} }} }} }} }} }} }} }} }}"""


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_slim_rows_answer_what_full_rows_answer(served: Served, name: str) -> None:
    facts, evidence, _ = SELECTIONS[name]
    slim = served.execute(page(facts, evidence, fragments=False))
    full = served.execute(page(facts, evidence, fragments=True))
    assert slim == full
    assert slim["entity"]["facts"]["edges"], "the page must have facts to compare"


def test_the_selections_ask_for_the_parts_they_read() -> None:
    """The lookahead's reading of each selection above, given as Strawberry gives it to a resolver,
    so that the equality test cannot pass by fetching every part every time."""

    def field(name: str, *children: SelectedField) -> SelectedField:
        return SelectedField(name=name, directives={}, arguments={}, selections=list(children))

    def parse(text: str) -> list[SelectedField]:
        # A tiny reader for the selections above: names, nested braces, and (ignored) arguments.
        tokens = re.findall(r"\w+|[{}]", re.sub(r"\([^)]*\)", "", text))
        stack: list[list[SelectedField]] = [[]]
        for token in tokens:
            if token == "{":
                stack.append([])
            elif token == "}":
                children = stack.pop()
                parent = stack[-1][-1]
                stack[-1][-1] = field(parent.name, *children)
            else:
                stack[-1].append(field(token))
        return stack[0]

    for name, (facts, evidence, parts) in SELECTIONS.items():
        node = field(
            "node", *parse(facts), field("evidence", field("edges", field("node", *parse(evidence))))
        )
        assert fact_parts(field("facts", field("edges", node))) == parts, name


def test_slim_parts_leave_their_cypher_out() -> None:
    slim = Parts(ends=NONE, evidence=False, article=False, reporter=False)
    text, _ = batches.facts_subquery(Direction.BOTH, None, 0, 21, Page(0, 1), slim)
    full, _ = batches.facts_subquery(Direction.BOTH, None, 0, 21, Page(0, 1), ALL_PARTS)
    for part in ("REPORTED_BY", "aliases", "mentionCount", "extractor", "subjectStart", "a.url"):
        assert part in full and part not in text, part


# Search hits carry only the entity details their selection reads (lookahead.entity_details).
SEARCH_SELECTIONS: dict[str, tuple[str, frozenset[str]]] = {
    "name only": ("id name", frozenset()),
    "the bench's search": ("name aliases", frozenset({"aliases"})),
    "every detail": ("name aliases types wikidata mentionCount", frozenset(ENTITY_DETAILS)),
    "a nested resolver": ("name facts(first: 1) { totalCount }", frozenset()),
}


def search(entity: str, fragments: bool) -> str:
    if fragments:
        entity = f"... on Entity {{ {entity} }}"
    return f'{{ search(phrase: "Kirby", first: 5) {{ score entity {{ {entity} }} }} }}'


@pytest.mark.parametrize("name", list(SEARCH_SELECTIONS))
def test_slim_search_hits_answer_what_full_hits_answer(served: Served, name: str) -> None:
    entity, _ = SEARCH_SELECTIONS[name]
    slim = served.execute(search(entity, fragments=False))
    assert slim == served.execute(search(entity, fragments=True))
    assert slim["search"], "the search must find something to compare"


def test_search_selections_ask_for_the_details_they_read() -> None:
    def field(name: str, *children: SelectedField) -> SelectedField:
        return SelectedField(name=name, directives={}, arguments={}, selections=list(children))

    for name, (entity, details) in SEARCH_SELECTIONS.items():
        names = re.sub(r"\([^)]*\)|\{[^}]*\}", "", entity).split()
        root = field("search", field("score"), field("entity", *(field(n) for n in names)))
        assert entity_details(root, "entity") == details, name
    assert entity_details(field("search", field("score")), "entity") is True  # not selected: unknown


def test_search_without_details_leaves_their_cypher_out() -> None:
    text = queries.search_read("Kirby", 5, frozenset({"aliases"})).text
    full = queries.search_read("Kirby", 5).text
    assert "aliases" in text
    for detail in ("labels(n)", "wikidata", "mentionCount"):
        assert detail in full and detail not in text, detail
