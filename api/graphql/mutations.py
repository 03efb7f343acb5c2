"""Mutations: ingest and delete an article, only with the API token; results are typed unions.

Extraction is CPU-bound and the writer uses the synchronous driver, so both run in worker threads.
The extractor comes from cli (the composition root): api never imports loaders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

import strawberry
from starlette.concurrency import run_in_threadpool

from api.graphql.context import Context
from api.graphql.types import Article
from kg.errors import InvalidInputError, KGError, StoreUnavailableError

Info = strawberry.Info[Context, None]


@strawberry.type(description="The request lacks a valid API token (header X-API-Token).")
class NotAuthorized:
    message: str


@strawberry.type(description="An argument is unusable; `field` names it.")
class InvalidInput:
    field: str
    message: str


@strawberry.type(description="A part the mutation needs (Neo4j, the extractor) is not available.")
class Unavailable:
    message: str


@strawberry.type(description="The article was written: new, unchanged (same content hash) or replaced.")
class IngestSuccess:
    status: str
    entities: int
    facts: int
    evidence: int
    article_id: strawberry.Private[str]

    @strawberry.field
    async def article(self, info: Info) -> Article | None:
        # Read after the write, with the selection compiled as `article(id:)` is.
        value = await info.context.answers.read_field(info, info.context.reads, "article", id=self.article_id)
        return value  # type: ignore[no-any-return]


@strawberry.type(description="The article was retracted, with what went with it.")
class DeleteSuccess:
    id: strawberry.ID
    evidence_removed: int
    facts_removed: int
    entities_removed: int


@strawberry.type(description="No article has this id.")
class NotFound:
    id: strawberry.ID
    message: str


IngestResult = Annotated[
    IngestSuccess | InvalidInput | NotAuthorized | Unavailable, strawberry.union("IngestResult")
]
DeleteResult = Annotated[
    DeleteSuccess | NotFound | NotAuthorized | Unavailable, strawberry.union("DeleteResult")
]

_DENIED = "this mutation needs the API token in the X-API-Token header"


def _extract(info: Info, text: str | None, url: str | None, meta: dict[str, Any]) -> Callable[[], Any]:
    extractor = info.context.extractor
    if extractor is None:
        raise StoreUnavailableError("this server has no extractor configured; ingest is disabled")
    if text:
        return lambda: extractor.extract_text(text, url=url, **meta)
    if url:
        return lambda: extractor.extract_url(url)
    raise InvalidInputError("text: give the article text or a url")


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def ingest_article(
        self,
        info: Info,
        text: str | None = None,
        url: str | None = None,
        title: str | None = None,
        published: dt.date | None = None,
        source: str | None = None,
    ) -> IngestResult:
        """Extract an article (its text, or fetched from its URL) and write it into the graph."""
        if not info.context.token_ok:
            return NotAuthorized(message=_DENIED)
        try:
            extract = _extract(info, text, url, {"title": title, "published": published, "source": source})
            extraction = await run_in_threadpool(extract)
            result = await info.context.writes.ingest(extraction)
        except StoreUnavailableError as exc:
            return Unavailable(message=str(exc))
        except InvalidInputError as exc:
            return InvalidInput(field="text" if text else "url", message=str(exc))
        return IngestSuccess(
            status=result.status,
            entities=result.entities,
            facts=result.facts,
            evidence=result.evidence,
            article_id=str(result.article),
        )

    @strawberry.mutation
    async def delete_article(self, info: Info, id: strawberry.ID) -> DeleteResult:
        """Retract an article: its evidence, facts left unsupported, entities left with nothing."""
        if not info.context.token_ok:
            return NotAuthorized(message=_DENIED)
        try:
            result = await info.context.writes.delete(str(id))
        except KGError as exc:
            return Unavailable(message=str(exc))
        if not result.found:
            return NotFound(id=id, message=f"no article has the id {id}")
        return DeleteSuccess(
            id=id,
            evidence_removed=result.evidence,
            facts_removed=result.facts_removed,
            entities_removed=result.entities_removed,
        )
