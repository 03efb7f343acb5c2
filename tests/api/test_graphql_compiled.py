"""The compiled answers are the answers of Strawberry's own executor, on a corpus of queries.

Two apps serve the seeded graph over real HTTP: the API as it runs (a query operation answered by its
compiled Cypher, graphql-core's execution skipped) and the same app with ``compiled=False``, where
Strawberry's stock executor runs every operation: each root field's resolver reads its compiled value
and graphql-core completes it field by field (serializing leaves, checking nulls against the types,
resolving ``__typename``, collecting fragments and aliases itself). Every query of the corpus must
give both the same data, its keys in the same order, and the same errors (message, path,
locations). The corpus selects every
field of the schema (a test says so), with aliases, named and inline fragments, variables and their
defaults, ``@skip``/``@include``, ``__typename``, nulls and errors.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from api_served import Served, serve
from graphql import (
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    parse,
    visit,
)

from api.app import create_app
from api.graphql.schema import build_api
from kg.settings import Settings

pytestmark = pytest.mark.neo4j

GEO = "geo { geonamesId country latitude longitude __typename }"
ENTITY = f"id name aliases tickers types wikidata mentionCount {GEO} __typename"
SPAN = "{ start end __typename }"
ARTICLE = "id title url published source language __typename"
EVIDENCE = f"""id predicate sentence sentenceStart subjectSpan {SPAN} cueSpan {SPAN} objectSpan {SPAN}
    extractor confidence polarity modality eventDate subject {{ name }} object {{ name __typename }}
    article {{ {ARTICLE} }} reportedBy {{ {ENTITY} }} __typename"""
FACT = f"""id predicate predicateIri label open subject {{ {ENTITY} }} object {{ name }} __typename
    support {{ articleCount firstPublished lastPublished __typename }}"""
PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }"

CORPUS: dict[str, tuple[str, dict[str, Any]]] = {
    "every field of an entity page": (
        f"""query($name: String!) {{ entity(name: $name) {{ {ENTITY}
          facts(first: 12) {{ totalCount {PAGE_INFO} __typename edges {{ cursor __typename node {{ {FACT}
            evidence(first: 2) {{ totalCount {PAGE_INFO} edges {{ cursor node {{ {EVIDENCE} }} }}
              }} }} }} }}
          neighbors(depth: 2, first: 5) {{ name mentionCount }}
          articles(first: 2) {{ totalCount {PAGE_INFO} edges {{ cursor node {{ {ARTICLE} text }} }}
            }} }} }}""",
        {"name": "Kirby"},
    ),
    "claims, contradictions and time, with their arguments": (
        f"""{{ mentioned(first: 2) {{ entity {{ name }} articles __typename }}
            x: entity(name: "Xi") {{ claims(first: 5) {{ totalCount {PAGE_INFO} edges {{ cursor node {{
              {EVIDENCE} }} }} }} negated: claims(polarity: negated, modalities: [stated, reported]) {{
              totalCount edges {{ node {{ sentence polarity }} }} }}
            timeline(interval: week, since: "2023-01-01") {{ period mentions facts __typename }}
            known: facts(asOf: "2023-12-31", first: 2) {{ totalCount edges {{ node {{ predicate
              evidence(since: "2023-01-01", until: "2023-12-31") {{ totalCount }} }} }} }}
            sources(first: 3) {{ source statements negated __typename }}
            reporters(first: 3) {{ reporter {{ name }} statements negated __typename }}
            contradictions(first: 3) {{ predicate subject {{ name }} object {{ name }}
              asserted {{ sentence }} negated {{ sentence modality }} __typename }} }} }}""",
        {},
    ),
    "statements with and without an event date": (
        """{ entity(name: "Person 3") { facts(first: 2) { edges { node { evidence(first: 4) {
              edges { node { eventDate sentence article { published } } } } } } } } }""",
        {},
    ),
    "aliases, twice the same field with other arguments": (
        """{ k: entity(name: "Kirby") { n: name out: facts(direction: OUT, first: 2) { c: totalCount
              e: edges { n: node { p: predicate o: object { n: name } } } }
            both: facts(first: 3) { edges { node { predicate } } } }
           u: entity(name: "Ukraine") { name geo { country geonamesId } } }""",
        {},
    ),
    "named and inline fragments, spread twice, on several types": (
        """query { ...Top entity(name: "Kirby") { ...E ... on Entity { types } } }
           fragment Top on Query { stats { articles } search(phrase: "Zelen") { ...Hit } }
           fragment Hit on SearchResult { score entity { ...E } }
           fragment E on Entity { name ...E2 ...E2 }
           fragment E2 on Entity { aliases facts(first: 2) { edges { node { ... on Fact { predicate
             } } } } }""",
        {},
    ),
    "variables with defaults, lists of enums and null": (
        """query($name: String!, $first: Int = 3, $dir: Direction = OUT, $preds: [Predicate!],
          $after: String) {
             entity(name: $name) { facts(first: $first, direction: $dir, predicates: $preds, after:
               $after) {
               totalCount edges { cursor node { predicate object { name } } } } } }""",
        {"name": "Kirby", "preds": ["urges", "leaderOf", "memberOf"], "after": None},
    ),
    "skip and include with variables": (
        """query($yes: Boolean!, $no: Boolean!) { entity(name: "Kirby") {
             name @include(if: $yes) aliases @include(if: $no) types @skip(if: $yes)
             facts(first: 2) @skip(if: $no) { edges { node { predicate @include(if: $yes) } } } } }""",
        {"yes": True, "no": False},
    ),
    "nulls: nothing found, no reporter, no wikidata": (
        """{ nobody: entity(name: "Nobody Atall") { name } missing: article(id: "urn:none") { title }
            byId: entity(id: "https://kg.example.org/id/Person/nobody") { name }
            path(from: {name: "Nobody Atall"}, to: {name: "Kirby"}) { length }
            entities(where: {name: {startsWith: "Person 1"}}, first: 3) { edges { node { name
              wikidata } } } }""",
        {},
    ),
    "entities: where, sort, pages and their cursors": (
        """query($after: String) { entities(where: {OR: [{name: {startsWith: "Person 1"}}, {name:
          {eq: "Person 2"}}],
               NOT: {name: {in: ["Person 10"]}}, types: {in: [Person, Organization]},
               mentionCount: {gte: 1}, aliases: {includes: "nobody"}, tickers: {includes: "nobody"},
               wikidata: {eq: null}, id: {in: null},
               facts: {some: {predicate: {eq: memberOf}, direction: OUT, node: {name: {eq: "Org 1"}}},
                       none: {predicate: {in: [urges]}}}},
             sort: [{name: DESC}, {mentionCount: ASC}], first: 2, after: $after) {
             totalCount pageInfo { hasNextPage endCursor startCursor hasPreviousPage } edges {
               cursor node { name } } }
           all: entities(sort: [{mentionCount: DESC}], first: 3, after: "b2Zmc2V0OjE=") {
             pageInfo { hasPreviousPage startCursor } edges { cursor node { name } } } }""",
        {"after": None},
    ),
    "facts: every filter": (
        """{ facts(where: {subject: {types: {in: [Person]}}, predicate: {in: [urges, memberOf]},
                         object: {name: {startsWith: "C"}}, publishedFrom: "2023-01-01",
                           publishedTo: "2023-12-31"},
                  first: 5) { totalCount edges { node { subject { name } predicate object { name }
                    support { articleCount firstPublished lastPublished } } } }
           members: facts(where: {predicate: {eq: memberOf}, subject: {types: {in: [Country]}}}) {
             totalCount edges { node { subject { name } object { name } } } } }""",
        {},
    ),
    "articles: where, sort, mentions, and an article's lists": (
        """{ articles(where: {source: {eq: "Breitbart"}, published: {gte: "2023-01-01", lte: "2023-12-31"},
                             title: {contains: "Xi"}, url: {startsWith: "https://"},
                             mentions: {name: {eq: "Ukraine"}}, OR: [{id: {in: []}}, {title:
                               {endsWith: "Putin"}}]},
                      sort: [{title: ASC}, {published: DESC}]) {
             totalCount edges { node { id title published text
               entities(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor
                 node { name types } } }
               facts(first: 4) { totalCount edges { node { predicate subject { name } object { name }
                 evidence(first: 1) { edges { node { sentence cueSpan { start end } } } } } } } } } }
           wide: articles(where: {title: {startsWith: "Wide"}}, first: 3) { edges { node { title
             published } } } }""",
        {},
    ),
    "search, path and stats": (
        """{ search(phrase: "Belt and Road", first: 3) { score entity { name aliases __typename }
          __typename }
           path(from: {name: "Ukraine"}, to: {id: "none"}, maxHops: 3) { length }
           found: path(from: {name: "Ukraine"}, to: {name: "Russia"}, maxHops: 3) { length __typename
             entities { name } facts { subject { name } predicate object { name } } }
           stats { articles evidence __typename classes { label count __typename }
             predicates { predicate count __typename } } __typename }""",
        {},
    ),
    "errors in arguments: each at its root field, the other fields answered": (
        """{ a: entity(name: "Kirby", id: "x") { name } b: entity(name: "  ") { name } c:
          entity(name: "Kirby") {
             facts { edges { node { evidence(first: 101) { totalCount } } } } }
           d: entity(name: "Kirby") { neighbors(depth: 4) { name } } e: path(from: {id: "a"}, to:
             {id: "b"}, maxHops: 5) { length }
           f: entity(name: "Kirby") { name } }""",
        {},
    ),
    "an error in a non-null root field nulls the data": (
        """{ entity(name: "Kirby") { name } entities(after: "bm9wZQ==") { totalCount } }""",
        {},
    ),
    "a variable of the wrong type": (
        """query($first: Int!) { entities(first: $first) { totalCount } }""",
        {"first": "x"},
    ),
    "an empty search phrase": ("""{ search(phrase: " ") { score } }""", {}),
}


@pytest.fixture(scope="module")
def reference(api_settings: Settings, served: Served) -> Iterator[Served]:
    """The same graph served with Strawberry's stock executor answering every operation."""
    yield from serve(create_app(api_settings, compiled=False))


def ask(served: Served, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    response = httpx.post(f"{served.url}/graphql", json={"query": query, "variables": variables}, timeout=60)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body: dict[str, Any] = response.json()
    return body


def errors(body: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    return sorted((e["message"], e.get("path"), e.get("locations")) for e in body.get("errors", []))


@pytest.mark.parametrize("name", list(CORPUS))
def test_compiled_answers_are_strawberrys(served: Served, reference: Served, name: str) -> None:
    query, variables = CORPUS[name]
    ours, theirs = ask(served, query, variables), ask(reference, query, variables)
    assert ours.get("data") == theirs.get("data")
    assert json.dumps(ours.get("data")) == json.dumps(theirs.get("data")), "keys in selection order"
    assert errors(ours) == errors(theirs)
    assert ours.keys() == theirs.keys() and ours["extensions"] == theirs["extensions"]
    assert ours.get("data") or ours.get("errors"), "the query must answer something"


def test_the_corpus_answers_data_and_errors(served: Served) -> None:
    """So that equality above is not the equality of two empty answers."""
    page = ask(served, *CORPUS["every field of an entity page"])["data"]["entity"]
    assert page["facts"]["edges"] and page["facts"]["edges"][0]["node"]["evidence"]["edges"]
    assert any(
        e["node"]["reportedBy"] for f in page["facts"]["edges"] for e in f["node"]["evidence"]["edges"]
    )
    assert (
        len(
            ask(served, *CORPUS["errors in arguments: each at its root field, the other fields answered"])[
                "errors"
            ]
        )
        == 5
    )


class _Selected(Visitor):
    def __init__(self, types: TypeInfo) -> None:
        super().__init__()
        self.types, self.seen = types, set()

    def enter_field(self, node: Any, *_: Any) -> None:
        parent = self.types.get_parent_type()
        if parent is not None:
            self.seen.add((parent.name, node.name.value))


def test_the_corpus_selects_every_field_of_the_schema() -> None:
    schema = build_api(Settings()).answers.schema
    seen: set[tuple[str, str]] = set()
    for query, _ in CORPUS.values():
        types = TypeInfo(schema)
        selected = _Selected(types)
        visit(parse(query), TypeInfoVisitor(types, selected))
        seen |= selected.seen
    every: set[tuple[str, str]] = set()
    stack: list[GraphQLObjectType] = [schema.query_type]  # type: ignore[list-item]
    while stack:
        type_ = stack.pop()
        for name, field in type_.fields.items():
            if (type_.name, name) in every:
                continue
            every.add((type_.name, name))
            inner = field.type
            while isinstance(inner, GraphQLNonNull | GraphQLList):
                inner = inner.of_type
            if isinstance(inner, GraphQLObjectType):
                stack.append(inner)
    assert every - seen == set()


@pytest.mark.parametrize(
    "name",
    [
        "every field of an entity page",
        "errors in arguments: each at its root field, the other fields answered",
    ],
)
def test_a_get_answers_as_a_post(served: Served, name: str) -> None:
    """A POST of JSON is answered by the endpoint itself (api.graphql.http); a GET goes through
    Strawberry's view, whose execute hook answers it: both the same."""
    query, variables = CORPUS[name]
    params = {"query": query, "variables": json.dumps(variables)}
    got = httpx.get(
        f"{served.url}/graphql", params=params, headers={"Accept": "application/json"}, timeout=60
    )
    assert got.status_code == 200 and got.json() == ask(served, query, variables)
