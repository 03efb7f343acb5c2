"""Hostile GraphQL requests against the real server: each is refused with a clear error naming the limit
before any Cypher runs (or answered in time), and the server goes on answering others.

The cost of a query is the compiler's estimate of the rows it reads (``first`` and ``depth``
multiplied through nesting, summed over aliases: KG_API_MAX_COST); inputs are bounded in values and
nesting, variables included (KG_API_MAX_INPUT_*); so is a selection once its fragments are expanded
(KG_API_MAX_FIELDS). Each test here failed against the API before these limits (a request ran, or
hung the event loop).
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from api_served import Served

pytestmark = pytest.mark.neo4j


def post(served: Served, query: str, timeout: float = 30, **variables: Any) -> dict[str, Any]:
    response = httpx.post(
        f"{served.url}/graphql", json={"query": query, "variables": variables}, timeout=timeout
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def refused(served: Served, query: str, **variables: Any) -> str:
    """The one error of a request refused before any Cypher ran."""
    before = served.round_trips
    body = post(served, query, **variables)
    assert body["data"] is None, body
    assert served.round_trips == before, "a refused request must send no Cypher"
    (error,) = body["errors"]
    return str(error["message"])


def test_three_levels_of_wide_neighbours_are_refused_by_their_cost(served: Served) -> None:
    # The example: 32 MB in 6.7 s on the BBC graph, one more level ~100 times that.
    level = "neighbors(depth: 3, first: 100) {{ name {} }}"
    query = '{ entity(name: "Kirby") { ' + level.format(level.format(level.format(""))) + " } }"
    message = refused(served, query)
    assert "over the limit of 25,000 (KG_API_MAX_COST)" in message and message.startswith("neighbors")


def test_aliases_multiply_the_cost(served: Served) -> None:
    one = "entities(first: 100) { edges { node { facts(first: 100) { edges { node { id } } } } } }"
    assert post(served, f"{{ a: {one} }}")["data"]["a"]["edges"]  # ~10,100 rows
    message = refused(served, f"{{ a: {one} b: {one} c: {one} }}")
    assert "(KG_API_MAX_COST)" in message


def test_a_ten_thousand_item_or_in_a_variable_is_refused(served: Served) -> None:
    query = "query($w: EntityWhere) { entities(where: $w) { totalCount } }"
    where = {"OR": [{"name": {"eq": f"Person {i}"}} for i in range(10_000)]}
    message = refused(served, query, w=where)
    assert message == "variables: more than 1000 values in one request (KG_API_MAX_INPUT_VALUES); split it"


def _deep(levels: int) -> dict[str, Any]:
    where: dict[str, Any] = {"name": {"eq": "Org 1"}}
    for _ in range(levels):
        where = {"facts": {"some": {"node": where}}}
    return where


def test_deep_facts_some_node_in_a_variable_is_refused(served: Served) -> None:
    query = "query($w: EntityWhere) { entities(where: $w) { totalCount } }"
    assert post(served, query, w=_deep(2))["data"]["entities"]["totalCount"] >= 1
    message = refused(served, query, w=_deep(40))
    assert message == "variables: nested deeper than 12 levels (KG_API_MAX_INPUT_DEPTH)"


def test_deep_facts_some_node_in_the_document_is_refused(served: Served) -> None:
    literal = '{name: {eq: "Org 1"}}'
    for _ in range(40):
        literal = f"{{facts: {{some: {{node: {literal}}}}}}}"
    message = refused(served, f"{{ entities(where: {literal}) {{ totalCount }} }}")
    assert message == "entities(where:): nested deeper than 12 levels (KG_API_MAX_INPUT_DEPTH)"


def test_a_fragment_bomb_is_answered_at_once(served: Served) -> None:
    # Each fragment spreads the next twice: 2^24 spreads from 24 short lines. Collected as the spec
    # collects fields (a fragment once per selection set), it is one field; the depth and alias
    # checks count each fragment once. They walked every spread (minutes of the event loop).
    fragments = "\n".join(f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(24))
    query = f"{{ ...F0 }}\n{fragments}\nfragment F24 on Query {{ stats {{ articles }} }}"
    started = time.monotonic()
    body = post(served, query, timeout=60)
    assert time.monotonic() - started < 5
    assert body["data"]["stats"]["articles"] >= 1


def test_a_fragment_bomb_of_aliases_is_refused(served: Served) -> None:
    # Five aliases per level, four levels of fragments: 20 aliases in the text, 780 neighbour lists
    # of up to 20 entities once expanded. Aliases are counted as expanded.
    def level(i: int, next_: str) -> str:
        fields = " ".join(f"n{k}: neighbors {{ {next_} }}" for k in range(5))
        return f"fragment L{i} on Entity {{ {fields} }}"

    fragments = [level(i, f"...L{i + 1}") for i in range(3)] + [level(3, "name")]
    query = '{ entity(name: "Kirby") { ...L0 } }\n' + "\n".join(fragments)
    assert refused(served, query) == "780 aliases found. Allowed: 20"


BIG = """fragment Big on Entity { id name aliases types wikidata mentionCount
  articles { totalCount edges { cursor node { id title url published source language } } }
  neighbors { id name aliases types wikidata mentionCount }
  facts { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id predicate predicateIri support { articleCount firstPublished lastPublished }
      subject { id name aliases types wikidata mentionCount } object { id name aliases types wikidata }
      evidence { totalCount edges { cursor node { id predicate sentence sentenceStart extractor confidence
        subjectSpan { start end } cueSpan { start end } objectSpan { start end }
        article { id title url published source language } reportedBy { id name aliases } } } } } } } }"""


def test_a_selection_too_large_once_expanded_is_refused(served: Served) -> None:
    # Twenty aliases (the most allowed), each spreading one fragment of ~90 fields.
    roots = " ".join(f'e{i}: entity(name: "Kirby") {{ ...Big }}' for i in range(20))
    message = refused(served, f"{{ {roots} }}\n{BIG}")
    assert message == (
        "the query selects more than 1000 fields once its fragments are expanded (KG_API_MAX_FIELDS)"
    )


def test_the_server_still_answers_after_all_this(served: Served) -> None:
    assert post(served, '{ entity(name: "Kirby") { name } }')["data"] == {"entity": {"name": "John Kirby"}}
