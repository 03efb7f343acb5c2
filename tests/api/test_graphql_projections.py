"""A query reads only what its selection asks for, and asks the same through fragments.

Each entity page below is asked plainly and through inline fragments on the served graph: the
answers must be equal (fragments are inlined before compiling). And the Cypher of a slim selection
leaves out what it does not read (a reporter's OPTIONAL MATCH, an end's aliases and mention degree,
an evidence's offsets, an article's url).
"""

from __future__ import annotations

import pytest
from api_served import Served

from api.graphql.schema import build_api
from kg.settings import Settings

pytestmark = pytest.mark.neo4j

# (fact fields, evidence node fields): each pair makes an entity page.
SELECTIONS: dict[str, tuple[str, str]] = {
    "the bench's page": ("predicate object { name }", "sentence article { title }"),
    "end details": ("subject { id name aliases types } object { name mentionCount wikidata }", "sentence"),
    "a detail of each end": ("subject { name aliases } object { name wikidata }", "sentence"),
    "evidence details": (
        "predicate",
        "id predicate sentence sentenceStart subjectSpan { start end } cueSpan { start end } "
        "extractor confidence",
    ),
    "article details and reporter": (
        "id",
        "article { id title url published source language } reportedBy { name aliases }",
    ),
    "an end's facts": (
        "object { name facts(first: 2) { edges { node { predicate object { name } } } } }",
        "sentence",
    ),
}


def page(facts: str, evidence: str, fragments: bool) -> str:
    if fragments:
        facts, evidence = f"... on Fact {{ {facts} }}", f"... on Evidence {{ {evidence} }}"
    return f"""{{ entity(name: "Kirby") {{ name facts(first: 20) {{ edges {{ node {{ {facts}
        evidence(first: 3) {{ edges {{ node {{ {evidence} }} }} }} }} }} }} }} }}"""


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_plain_and_fragment_selections_answer_alike(served: Served, name: str) -> None:
    facts, evidence = SELECTIONS[name]
    slim = served.execute(page(facts, evidence, fragments=False))
    full = served.execute(page(facts, evidence, fragments=True))
    assert slim == full
    assert slim["entity"]["facts"]["edges"], "the page must have facts to compare"


def test_slim_selections_leave_their_cypher_out() -> None:
    answers = build_api(Settings()).answers
    (slim,) = answers.compile(page(*SELECTIONS["the bench's page"], fragments=True)).values()
    (full,) = answers.compile(
        page(
            "subject { aliases mentionCount } predicate",
            "reportedBy { name } subjectSpan { start } article { url }",
            fragments=False,
        )
    ).values()
    for part in ("REPORTED_BY", "`aliases`", "`mentionCount`", "subjectStart", ".url"):
        assert part in full.text and part not in slim.text, part


SEARCH_SELECTIONS: dict[str, str] = {
    "name only": "id name",
    "the bench's search": "name aliases",
    "every detail": "name aliases types wikidata mentionCount",
    "a nested field": "name facts(first: 1) { totalCount }",
}


def search(entity: str, fragments: bool) -> str:
    if fragments:
        entity = f"... on Entity {{ {entity} }}"
    return f'{{ search(phrase: "Kirby", first: 5) {{ score entity {{ {entity} }} }} }}'


@pytest.mark.parametrize("name", list(SEARCH_SELECTIONS))
def test_search_hits_answer_alike_through_fragments(served: Served, name: str) -> None:
    entity = SEARCH_SELECTIONS[name]
    slim = served.execute(search(entity, fragments=False))
    assert slim == served.execute(search(entity, fragments=True))
    assert slim["search"], "the search must find something to compare"
