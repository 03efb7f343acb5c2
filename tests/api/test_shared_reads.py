"""Shared reads (kg.graphstore.reads.Reads.shared): compiled reads asked for together go to Neo4j as one
query, on the real server, and each caller gets exactly the rows it would have got alone; a failing
item fails alone."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import neo4j
import pytest
from api_served import Served

from api.graphql.schema import build_api
from kg.errors import StoreError
from kg.graphstore.reads import Reads, SharedRead, open_reads
from kg.settings import Settings

pytestmark = pytest.mark.neo4j

T = TypeVar("T")


def with_reads(settings: Settings, scenario: Callable[[Reads], Awaitable[T]]) -> T:
    async def run() -> T:
        reads = open_reads(settings)
        try:
            return await scenario(reads)
        finally:
            await reads.close()

    return asyncio.run(run())


ENTITY_PAGE = """query($name: String!) { entity(name: $name) { name
  facts(first: 5) { pageInfo { hasNextPage } edges { node { predicate object { name }
    evidence(first: 1) { edges { node { sentence } } } } } } } }"""


def compiled(settings: Settings, query: str, **variables: Any) -> SharedRead:
    (read,) = build_api(settings).answers.compile(query, variables).values()
    return read.read


def page_of(settings: Settings, name: str) -> SharedRead:
    """The entity page's read: the entity by name with 5 facts and their newest evidence."""
    return compiled(settings, ENTITY_PAGE, name=name)


def search(settings: Settings, phrase: str, first: int, details: str = "name") -> SharedRead:
    query = f"query($p: String!) {{ search(phrase: $p, first: {first}) {{ entity {{ {details} }} }} }}"
    return compiled(settings, query, p=phrase)


def test_reads_asked_together_share_one_query_and_each_gets_its_own_rows(
    seeded_graph: neo4j.Driver, api_settings: Settings
) -> None:
    names = ["Person 3", "Org 1", "Nobody At All", "person 7", "Org 4", "Person 3"]
    reads_of = [page_of(api_settings, name) for name in names]
    assert len({(r.text, str(r.params)) for r in reads_of}) == 1  # one text: only the items differ

    async def scenario(reads: Reads) -> tuple[list[Any], list[Any], int]:
        alone = [await reads.one(*read.alone()) for read in reads_of]
        before = reads.sent
        together = await asyncio.gather(*(reads.shared(read) for read in reads_of))
        return alone, list(together), reads.sent - before

    alone, together, sent = with_reads(api_settings, scenario)
    assert sent == 1
    assert together == [[{k: v for k, v in row.items() if k != "i"} for row in rows] for rows in alone]
    assert together[2] == []  # no such entity: no rows, beside the others' rows
    person, org = together[0][0]["data"], together[1][0]["data"]
    assert person["name"] == "Person 3" and len(person["facts"]["edges"]) == 1
    assert (
        org["name"] == "Org 1" and len(org["facts"]["edges"]) == 5 and org["facts"]["pageInfo"]["hasNextPage"]
    )


def test_reads_with_different_params_or_text_do_not_share(
    seeded_graph: neo4j.Driver, api_settings: Settings
) -> None:
    asked = [
        search(api_settings, "Person", 3),
        search(api_settings, "Person", 5),
        search(api_settings, "Org", 5, "name aliases"),
        search(api_settings, "Org", 5, "name aliases"),
    ]

    async def scenario(reads: Reads) -> tuple[list[Any], int]:
        before = reads.sent
        found = await asyncio.gather(*(reads.shared(read) for read in asked))
        return list(found), reads.sent - before

    found, sent = with_reads(api_settings, scenario)
    assert sent == 3  # the last two share
    assert [len(rows[0]["data"]) for rows in found] == [3, 5, 5, 5]
    assert all(hit["entity"]["name"].startswith("Org") for hit in found[3][0]["data"])


DIVIDE = "UNWIND $items AS item CALL (item) { RETURN $top / item.by AS x } RETURN item.i AS i, x"


def test_an_item_that_fails_the_shared_query_fails_alone(
    seeded_graph: neo4j.Driver, api_settings: Settings
) -> None:
    async def scenario(reads: Reads) -> tuple[list[Any], int]:
        before = reads.sent
        asked = [reads.shared(SharedRead(DIVIDE, {"top": 12}, {"by": by})) for by in (3, 0, 4)]
        found = await asyncio.gather(*asked, return_exceptions=True)
        return list(found), reads.sent - before

    found, sent = with_reads(api_settings, scenario)
    assert found[0] == [{"x": 4}] and found[2] == [{"x": 3}]
    assert isinstance(found[1], StoreError) and "refused the query" in str(found[1])
    assert sent == 4  # the shared query, then each item alone


def test_a_cancelled_reader_leaves_the_others_their_rows(
    seeded_graph: neo4j.Driver, api_settings: Settings
) -> None:
    async def scenario(reads: Reads) -> tuple[list[Any], bool]:
        mine = asyncio.ensure_future(reads.shared(SharedRead(DIVIDE, {"top": 12}, {"by": 6})))
        others = [reads.shared(SharedRead(DIVIDE, {"top": 12}, {"by": by})) for by in (1, 2)]
        await asyncio.sleep(0)
        mine.cancel()
        found = await asyncio.gather(*others)
        return list(found), mine.cancelled()

    found, cancelled = with_reads(api_settings, scenario)
    assert cancelled and found == [[{"x": 12}], [{"x": 6}]]


PAGE = """query($name: String!) { entity(name: $name) { name
  facts(first: 10) { edges { node { predicate object { name }
    evidence(first: 1) { edges { node { sentence } } } } } } } }"""
SEARCH = "query($phrase: String!) { search(phrase: $phrase, first: 4) { score entity { name } } }"


def test_concurrent_requests_over_http_get_the_answers_they_get_alone(served: Served) -> None:
    asked = [(PAGE, {"name": f"Person {i}"}) for i in range(0, 50, 5)]
    asked += [(PAGE, {"name": "Kirby"}), (PAGE, {"name": "Nobody"}), (SEARCH, {"phrase": "Belt and Road"})]
    asked += [(SEARCH, {"phrase": f"Org {k}"}) for k in range(5)]

    async def post(client: httpx.AsyncClient, query: str, variables: dict[str, Any]) -> Any:
        response = await client.post("/graphql", json={"query": query, "variables": variables})
        response.raise_for_status()
        return response.json()

    async def scenario() -> tuple[list[Any], list[Any]]:
        async with httpx.AsyncClient(base_url=served.url, timeout=60) as client:
            alone = [await post(client, q, v) for q, v in asked]
            together = await asyncio.gather(*(post(client, q, v) for q, v in asked))
        return alone, list(together)

    alone, together = asyncio.run(scenario())
    assert together == alone
    assert not any("errors" in body for body in alone)
    kirby = alone[-8]["data"]["entity"]["facts"]["edges"]
    assert "China" in [edge["node"]["object"]["name"] for edge in kirby]
    assert alone[-7]["data"]["entity"] is None
