"""Article writes for the mutations, through kg's GraphWriter (the one writer of the graph).

The writer is synchronous, so it gets a synchronous driver, opened on the first authorised write
(read-only deployments never open it) and closed with the app. Listeners (e.g. the SPARQL mirror)
are told about every changed article. Each commit's bookmarks go to ``bookmarks``, which the
app's reads wait for: a query after a mutation sees it, on any member of a cluster.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import neo4j
from starlette.concurrency import run_in_threadpool

from kg.graphstore.bookmarks import SharedBookmarks
from kg.graphstore.connection import open_driver
from kg.graphstore.writer import DeleteResult, GraphWriter, WriteResult
from kg.model import ArticleExtraction
from kg.settings import Settings

#: Called in a worker thread with (article IRI, deleted) after each committed write.
ArticleListener = Callable[[str, bool], object]


class ArticleWrites:
    """Ingest and delete for the API; one lazily opened driver for the app's lifetime."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.bookmarks = SharedBookmarks()
        self._driver: neo4j.Driver | None = None
        self._lock = asyncio.Lock()
        self._bookmark_manager = self.bookmarks.for_writer()
        self.listeners: list[ArticleListener] = []

    async def _writer(self) -> GraphWriter:
        async with self._lock:
            if self._driver is None:
                self._driver = await run_in_threadpool(open_driver, self._settings)
        return GraphWriter(self._driver, self._settings.neo4j_database, self._bookmark_manager)

    async def ingest(self, extraction: ArticleExtraction) -> WriteResult:
        writer = await self._writer()
        result = await run_in_threadpool(writer.ingest, extraction)
        if result.status != "unchanged":
            await self._notify(result.article, deleted=False)
        return result

    async def delete(self, article_iri: str) -> DeleteResult:
        writer = await self._writer()
        result = await run_in_threadpool(writer.delete_article, article_iri)
        if result.found:
            await self._notify(article_iri, deleted=True)
        return result

    async def _notify(self, article_iri: str, deleted: bool) -> None:
        for listener in self.listeners:
            await run_in_threadpool(listener, article_iri, deleted)

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None
