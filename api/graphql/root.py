"""The root query fields: their arguments, and their values from the compiled query.

``Answers.execute`` answers a query operation without calling these resolvers; Strawberry's executor
calls them when an operation needs it (introspection beside a root field), and the comparison test
(tests/api/test_graphql_compiled.py) runs every query both ways.
"""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from api.graphql.context import Context
from api.graphql.inputs import ArticleSort, ArticleWhere, EntityRef, EntitySort, EntityWhere, FactWhere
from api.graphql.pagination import Connection
from api.graphql.types import (
    After,
    Article,
    Entity,
    Fact,
    First,
    MentionCount,
    Path,
    SearchResult,
    Since,
    Stats,
    Until,
)

Info = strawberry.Info[Context, None]


async def _value(info: Info) -> Any:
    return await info.context.answers.read_field(info, info.context.reads)


@strawberry.type
class Query:
    @strawberry.field
    async def entity(
        self, info: Info, id: strawberry.ID | None = None, name: str | None = None
    ) -> Entity | None:
        """An entity by IRI, or by name (an exact name first, then an alias); null when none matches."""
        return await _value(info)  # type: ignore[no-any-return]

    @strawberry.field
    async def entities(
        self,
        info: Info,
        where: EntityWhere | None = None,
        sort: list[EntitySort] | None = None,
        first: First = 20,
        after: After = None,
    ) -> Connection[Entity]:
        return await _value(info)  # type: ignore[no-any-return]

    @strawberry.field
    async def search(
        self, info: Info, phrase: str, first: Annotated[int, strawberry.argument()] = 10
    ) -> list[SearchResult]:
        """Entities whose names or aliases match the phrase (Neo4j full-text index), best first."""
        return await _value(info)  # type: ignore[no-any-return]

    @strawberry.field
    async def facts(
        self, info: Info, where: FactWhere | None = None, first: First = 20, after: After = None
    ) -> Connection[Fact]:
        return await _value(info)  # type: ignore[no-any-return]

    @strawberry.field
    async def article(self, info: Info, id: strawberry.ID) -> Article | None:
        return await _value(info)  # type: ignore[no-any-return]

    @strawberry.field
    async def articles(
        self,
        info: Info,
        where: ArticleWhere | None = None,
        sort: list[ArticleSort] | None = None,
        first: First = 20,
        after: After = None,
    ) -> Connection[Article]:
        return await _value(info)  # type: ignore[no-any-return]

    @strawberry.field
    async def path(
        self,
        info: Info,
        from_: Annotated[EntityRef, strawberry.argument(name="from")],
        to: EntityRef,
        max_hops: Annotated[int, strawberry.argument(description="1 to 4.")] = 4,
    ) -> Path | None:
        """The shortest chain of facts between two entities (either direction per fact); null if none."""
        return await _value(info)  # type: ignore[no-any-return]

    @strawberry.field
    async def mentioned(
        self, info: Info, since: Since = None, until: Until = None, first: First = 10
    ) -> list[MentionCount]:
        """The entities most mentioned by the articles published from ``since`` to ``until`` (by
        default the newest week in the graph: the seven days up to its newest article), busiest first."""
        return await _value(info)  # type: ignore[no-any-return]

    @strawberry.field
    async def stats(self, info: Info) -> Stats:
        return await _value(info)  # type: ignore[no-any-return]
