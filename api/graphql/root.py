"""Root query fields: lookups, filtered lists, full-text search, paths and counts."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from api.graphql import batches, queries
from api.graphql.inputs import ArticleSort, ArticleWhere, EntityRef, EntitySort, EntityWhere, FactWhere
from api.graphql.lookahead import (
    FactsAhead,
    NeighborsAhead,
    current_field,
    entity_details,
    facts_ahead,
    neighbors_ahead,
)
from api.graphql.pagination import Connection, connection, page_args
from api.graphql.types import (
    After,
    Article,
    Entity,
    Fact,
    First,
    Info,
    LabelCount,
    Path,
    PredicateCount,
    SearchResult,
    Stats,
    facts_key,
    neighbors_key,
)
from api.graphql.vocabulary import CLASS_NAMES, PREDICATE_NAMES, Predicate
from kg.errors import InvalidInputError


async def _count(info: Info, built: queries.Query) -> int:
    rows = await info.context.executor.read(built)
    return int(rows[0]["count"]) if rows else 0


async def _resolve_ref(info: Info, ref: EntityRef, field: str) -> str | None:
    """The IRI an EntityRef names (by id as given, by name via the full-text index)."""
    if ref.id:
        return str(ref.id)
    if ref.name:
        row = await _entity_by_name(info, ref.name)
        return str(row["uri"]) if row else None
    raise InvalidInputError(f"{field}: give an id or a name")


async def _entity_by_name(info: Info, name: str) -> dict[str, object] | None:
    if not name.strip():
        raise InvalidInputError("name: must not be empty")
    rows = await info.context.executor.read_shared(queries.entity_by_name_read(name))
    return rows[0]["row"] if rows else None


async def _entity_then(
    info: Info, then: queries.Query, id: strawberry.ID | None, name: str | None
) -> list[dict[str, Any]]:
    """The entity (by id or name) with a subquery's ``rows``, in one round trip."""
    if id is not None:
        return await info.context.executor.read_shared(queries.entity_by_uri_read(str(id), then))
    if name is not None and name.strip():
        return await info.context.executor.read_shared(queries.entity_by_name_read(name, then))
    raise InvalidInputError("name: must not be empty")


async def _entity_with_neighbors(
    info: Info, near: NeighborsAhead, id: strawberry.ID | None, name: str | None
) -> Entity | None:
    """The entity and the neighbours its selection asks for (primed for the resolver)."""
    preds = list(near.predicates) if near.predicates else None
    rows = await _entity_then(info, batches.neighbors_subquery(near.depth, preds, near.first), id, name)
    if not rows:
        return None
    key = neighbors_key(near.depth, near.predicates, near.first)
    return Entity.from_row(rows[0]["row"], primed={key: rows[0]["rows"]})


async def _entity_with_facts(
    info: Info, ahead: FactsAhead, id: strawberry.ID | None, name: str | None
) -> Entity | None:
    """The entity and the facts page its selection asks for, in one round trip (primed for ``facts``)."""
    preds = list(ahead.predicates) if ahead.predicates else None
    then = batches.facts_subquery(
        ahead.direction, preds, ahead.page.skip, ahead.page.fetch, ahead.evidence, ahead.parts
    )
    rows = await _entity_then(info, then, id, name)
    if not rows:
        return None
    key = facts_key(ahead.direction, ahead.predicates, ahead.page, ahead.evidence, ahead.parts)
    return Entity.from_row(rows[0]["row"], primed={key: rows[0]["rows"]})


@strawberry.type
class Query:
    @strawberry.field
    async def entity(
        self, info: Info, id: strawberry.ID | None = None, name: str | None = None
    ) -> Entity | None:
        """An entity by IRI, or by name (an exact name first, then an alias); null when none matches."""
        if (id is None) == (name is None):
            raise InvalidInputError("entity: give exactly one of id or name")
        max_size = info.context.settings.api_max_page_size
        ahead = facts_ahead(info, max_size)
        if ahead is not None:
            return await _entity_with_facts(info, ahead, id, name)
        near = neighbors_ahead(info, max_size)
        if near is not None:
            return await _entity_with_neighbors(info, near, id, name)
        if id is not None:
            row = await info.context.loaders.entity().load(str(id))
        else:
            row = await _entity_by_name(info, name or "")
        return Entity.from_row(row) if row else None

    @strawberry.field
    async def entities(
        self,
        info: Info,
        where: EntityWhere | None = None,
        sort: list[EntitySort] | None = None,
        first: First = 20,
        after: After = None,
    ) -> Connection[Entity]:
        page = page_args(first, after, info.context.settings.api_max_page_size)
        rows = await info.context.executor.read(queries.entities_query(where, sort, page.skip, page.fetch))
        return connection(
            rows,
            page,
            lambda: _count(info, queries.entities_count_query(where)),
            lambda r: Entity.from_row(r["row"]),
        )

    @strawberry.field
    async def search(
        self, info: Info, phrase: str, first: Annotated[int, strawberry.argument()] = 10
    ) -> list[SearchResult]:
        """Entities whose names or aliases match the phrase (Neo4j full-text index), best first."""
        page = page_args(first, None, info.context.settings.api_max_page_size)
        if not phrase.strip():
            raise InvalidInputError("phrase: must not be empty")
        # The hits carry only the entity details selected (read once: Strawberry rebuilds the selection).
        details = entity_details(current_field(info), "entity")
        rows = await info.context.executor.read_shared(queries.search_read(phrase, page.first, details))
        hits = rows[0]["hits"] if rows else []
        return [SearchResult(entity=Entity.from_row(h["row"]), score=h["score"]) for h in hits]

    @strawberry.field
    async def facts(
        self, info: Info, where: FactWhere | None = None, first: First = 20, after: After = None
    ) -> Connection[Fact]:
        page = page_args(first, after, info.context.settings.api_max_page_size)
        rows = await info.context.executor.read(queries.facts_query(where, page.skip, page.fetch))
        return connection(
            rows,
            page,
            lambda: _count(info, queries.facts_count_query(where)),
            lambda r: Fact.from_row(r["row"]),
        )

    @strawberry.field
    async def article(self, info: Info, id: strawberry.ID) -> Article | None:
        row = await info.context.loaders.article().load(str(id))
        return Article.from_row(row) if row else None

    @strawberry.field
    async def articles(
        self,
        info: Info,
        where: ArticleWhere | None = None,
        sort: list[ArticleSort] | None = None,
        first: First = 20,
        after: After = None,
    ) -> Connection[Article]:
        page = page_args(first, after, info.context.settings.api_max_page_size)
        rows = await info.context.executor.read(queries.articles_query(where, sort, page.skip, page.fetch))
        return connection(
            rows,
            page,
            lambda: _count(info, queries.articles_count_query(where)),
            lambda r: Article.from_row(r["row"]),
        )

    @strawberry.field
    async def path(
        self,
        info: Info,
        from_: Annotated[EntityRef, strawberry.argument(name="from")],
        to: EntityRef,
        max_hops: Annotated[int, strawberry.argument(description="1 to 4.")] = 4,
    ) -> Path | None:
        """The shortest chain of facts between two entities (either direction per fact); null if none."""
        if not 1 <= max_hops <= 4:
            raise InvalidInputError(f"maxHops: must be between 1 and 4, got {max_hops}")
        start, end = await _resolve_ref(info, from_, "from"), await _resolve_ref(info, to, "to")
        if start is None or end is None:
            return None
        rows = await info.context.executor.read(queries.path_query(start, end, max_hops))
        if not rows:
            return None
        facts = [Fact.from_row(r) for r in rows[0]["facts"]]
        return Path(length=len(facts), entities=[Entity.from_row(n) for n in rows[0]["nodes"]], facts=facts)

    @strawberry.field
    async def stats(self, info: Info) -> Stats:
        counts = (await info.context.executor.read(queries.stats_query()))[0]
        return Stats(
            articles=int(counts["node_Article"]),
            evidence=int(counts["node_Evidence"]),
            classes=[LabelCount(label=c, count=int(counts[f"class_{c}"])) for c in CLASS_NAMES],
            predicates=[
                PredicateCount(predicate=Predicate(p), count=int(counts[f"predicate_{p}"]))
                for p in PREDICATE_NAMES
            ],
        )
