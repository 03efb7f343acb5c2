"""The compiler without a server: the Cypher it writes for documents, as text and parameters.

Values are parameters (never text), filters become the patterns they mean, counts and the extra row
for ``hasNextPage`` are there only when selected, equal documents compile to equal text, limits are
refused, and every field of the schema has its projection or rule.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from graphql import GraphQLError, GraphQLList, GraphQLNonNull, GraphQLObjectType, parse

from api.graphql.guard import MASKED_MESSAGE, masked, should_mask
from api.graphql.requests import RequestReads, RoundTripCounter
from api.graphql.schema import build_api
from kg.errors import InvalidInputError, StoreError
from kg.graphstore.compiler import CompiledRead, compiles, roots
from kg.graphstore.compiler.pages import decode_cursor, encode_cursor, page_args
from kg.graphstore.compiler.roots import (
    MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
    lucene_name_query,
    lucene_phrase_query,
)
from kg.settings import Settings

ANSWERS = build_api(Settings()).answers


def compiled(query: str, **variables: Any) -> CompiledRead:
    (read,) = ANSWERS.compile(query, variables).values()
    return read


def test_values_are_parameters_never_text() -> None:
    read = compiled(
        """{ entities(where: {name: {eq: "x' OR 1=1 //"}, types: {in: [Person]},
             OR: [{name: {startsWith: "Jo"}}, {NOT: {name: {contains: "y"}}}]}) { totalCount } }"""
    )
    assert "OR 1=1" not in read.text and "x'" not in read.text
    assert {"x' OR 1=1 //", "Jo", "y"} <= set(read.params.values())
    assert ":Person" in read.text and "STARTS WITH $" in read.text and "NOT (" in read.text


def test_a_relationship_filter_becomes_an_exists_subquery() -> None:
    read = compiled(
        """{ entities(where: {facts: {some: {predicate: {eq: memberOf}, direction: OUT,
             node: {name: {eq: "NATO"}}}}}) { totalCount } }"""
    )
    assert "EXISTS { MATCH (n" in read.text and ")-[:MEMBER_OF]->(m" in read.text
    assert "NATO" in read.params.values()


def test_a_fact_filter_restricts_relationship_types() -> None:
    read = compiled("{ facts(where: {predicate: {in: [urges, memberOf]}}) { totalCount } }")
    assert "-[r" in read.text and ":MEMBER_OF|URGES]->" in read.text


@pytest.mark.parametrize("where", ["{predicate: {in: []}}", "{predicate: {eq: urges, in: [memberOf]}}"])
def test_a_predicate_filter_that_allows_nothing_matches_nothing(where: str) -> None:
    # It used to match every predicate (an empty alternation was read as "all").
    read = compiled(f"{{ facts(where: {where}) {{ totalCount }} }}")
    assert "WHERE (false)" in read.text or "AND (false)" in read.text or "WHERE false" in read.text


def test_lucene_phrase_is_escaped() -> None:
    assert (
        lucene_phrase_query('Belt and "Road"') == '"belt and \\"road\\""^4 OR (belt AND and AND \\"road\\"*)'
    )
    with pytest.raises(InvalidInputError, match="phrase: must not be empty"):
        lucene_phrase_query("   ")


def test_a_full_text_query_is_bounded_before_lucene_sees_it() -> None:
    assert lucene_phrase_query(" ".join(["w"] * MAX_QUERY_WORDS)).endswith("w*)")
    with pytest.raises(InvalidInputError, match=f"phrase: at most {MAX_QUERY_WORDS} words \\(65 given\\)"):
        lucene_phrase_query(" ".join(["w"] * (MAX_QUERY_WORDS + 1)))
    with pytest.raises(InvalidInputError, match="name: at most 1,000 characters \\(1,001 given\\)"):
        lucene_name_query("x" * (MAX_QUERY_CHARS + 1))
    assert lucene_name_query("x" * MAX_QUERY_CHARS) == '"' + "x" * MAX_QUERY_CHARS + '"'


def test_equal_documents_compile_to_equal_text_and_differ_in_their_items() -> None:
    page = """query($name: String!) { entity(name: $name) { name facts(first: 3) { edges { node {
        predicate evidence(first: 1) { edges { node { sentence } } } } } } } }"""
    kirby, china = compiled(page, name="Kirby"), compiled(page, name="China")
    assert (kirby.text, kirby.params) == (china.text, china.params)
    assert kirby.item == {"q": '"kirby"', "name": "Kirby"} and china.item["name"] == "China"
    assert kirby.rebind({"name": "China"}).item == china.item


def test_counts_and_the_extra_row_only_when_selected() -> None:
    bare = compiled('{ entity(id: "x") { facts(first: 5) { edges { node { id } } } } }')
    full = compiled(
        '{ entity(id: "x") { facts(first: 5) { totalCount pageInfo { hasNextPage } '
        "edges { node { id } } } } }"
    )
    assert "COUNT { MATCH" not in bare.text and "COUNT { MATCH" in full.text
    assert 5 in bare.params.values() and 6 not in bare.params.values() and 6 in full.params.values()


def test_bounds_are_checked() -> None:
    with pytest.raises(InvalidInputError, match="maxHops: must be between 1 and 4"):
        compiled('{ path(from: {id: "a"}, to: {id: "b"}, maxHops: 5) { length } }')
    with pytest.raises(InvalidInputError, match="depth: must be between 1 and 3"):
        compiled('{ entity(id: "a") { neighbors(depth: 4) { name } } }')
    with pytest.raises(InvalidInputError, match="exceeds the maximum page size of 100"):
        compiled('{ entity(id: "a") { facts { edges { node { evidence(first: 101) { totalCount } } } } } }')


def test_cursors_round_trip_and_bad_ones_are_named() -> None:
    assert decode_cursor(encode_cursor(41)) == 41
    assert page_args(10, encode_cursor(9), 100).skip == 10
    with pytest.raises(InvalidInputError, match="not a cursor"):
        decode_cursor("garbage!")
    with pytest.raises(InvalidInputError, match="exceeds the maximum page size of 100"):
        page_args(101, None, 100)


def test_only_internal_errors_are_masked() -> None:
    assert should_mask(GraphQLError("boom", original_error=RuntimeError("secret detail")))
    assert not should_mask(GraphQLError("the graph database refused", original_error=StoreError("x")))
    assert not should_mask(GraphQLError("Syntax Error"))


def _output_types() -> list[GraphQLObjectType]:
    """Every object type reachable from Query."""
    query = ANSWERS.schema.query_type
    assert query is not None
    seen: dict[str, GraphQLObjectType] = {}
    stack = [query]
    while stack:
        type_ = stack.pop()
        if type_.name in seen:
            continue
        seen[type_.name] = type_
        for field in type_.fields.values():
            inner = field.type
            while isinstance(inner, GraphQLNonNull | GraphQLList):
                inner = inner.of_type
            if isinstance(inner, GraphQLObjectType):
                stack.append(inner)
    return list(seen.values())


def test_every_field_of_the_schema_has_its_projection_or_rule() -> None:
    missing = [f"{t.name}.{name}" for t in _output_types() for name in t.fields if not compiles(t.name, name)]
    assert not missing, f"fields without a compiler projection or rule: {missing}"
    assert len(_output_types()) >= 15


def test_a_failing_rule_is_the_fields_error_masked_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    # A bug in a rule must reach the client as the masked internal error of that root field.
    def broken(*_: object) -> str:
        raise RuntimeError("password=hunter2 at db-7")

    monkeypatch.setitem(roots.ROOTS, "stats", broken)
    answers = build_api(Settings()).answers
    reads = RequestReads(None, RoundTripCounter(), 1.0)  # type: ignore[arg-type]  # nothing is read
    query = "{ stats { articles } }"
    result = asyncio.run(answers.execute(reads, query, parse(query), None, {}))
    assert result is not None and result.data is None and result.errors is not None
    (error,) = result.errors
    assert isinstance(error.original_error, RuntimeError) and error.path == ["stats"]
    assert masked(error).message == MASKED_MESSAGE
