"""Starting and stopping the SPARQL engine with the app, and keeping it in step with Neo4j."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from api.sparql.gate import serve_engine, stop_serving
from kg.errors import KGError
from kg.graphstore.export import export_article
from kg.graphstore.owned import OwnedDriver
from kg.settings import Settings
from kg.sparqlstore import SparqlEngine
from kg.sparqlstore.errors import SparqlStoreLockedError
from kg.sparqlstore.sync import Neo4jArticles, sync

log = logging.getLogger(__name__)


@asynccontextmanager
async def sparql_lifespan(
    app: FastAPI, settings: Settings, catch_up: Callable[[SparqlEngine], object] | None = None
) -> AsyncIterator[SparqlEngine | None]:
    """Open the store's engine (with its gate and dump cache, ``serve_engine``) for the app's lifetime.

    Args:
        app: the FastAPI app whose lifespan this runs in.
        settings: where the store is, its timeout and result cap.
        catch_up: called once with the started engine before serving (e.g. a sync with Neo4j).
    """
    engine = SparqlEngine.from_settings(settings)
    try:
        await run_in_threadpool(engine.start)
    except SparqlStoreLockedError as exc:
        # `kg serve --workers N`: the store has one writer, the first worker; the others answer 503.
        log.warning("SPARQL is not served by this process: %s", exc)
        app.state.sparql_engine = None
        yield None
        return
    try:
        if catch_up is not None:
            await run_in_threadpool(catch_up, engine)
        serve_engine(app.state, engine, settings)
        yield engine
    finally:
        stop_serving(app.state)
        await run_in_threadpool(engine.close)


def neo4j_mirror(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[Any]]:
    """The lifespan to pass to ``api.app.create_app(lifespans=[...])``: the store mirrors Neo4j.

    At startup the store is synced with Neo4j (rebuilt when empty, stale articles replaced); then
    every committed ingest/delete of ``app.state.writes`` replaces/drops that article's named graph
    before the mutation returns, so a query issued after it sees it. Neo4j down at startup: the
    store is served as it is, and a warning logged.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        mirror = _Mirror(settings)
        async with sparql_lifespan(app, settings, mirror.catch_up) as engine:
            if engine is None:
                yield
                return
            mirror.engine = engine
            listeners = app.state.writes.listeners
            listeners.append(mirror.on_write)
            poller = asyncio.create_task(_poll(mirror, engine, settings.sparql_sync_interval))
            try:
                yield
            finally:
                poller.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await poller
                listeners.remove(mirror.on_write)
                mirror.close()

    return lifespan


async def _poll(mirror: _Mirror, engine: SparqlEngine, interval: float) -> None:
    """Catch up with writes that bypassed the API, every ``interval`` seconds (two cheap reads)."""
    if interval <= 0:
        return
    while True:
        await asyncio.sleep(interval)
        await run_in_threadpool(mirror.catch_up, engine)


class _Mirror:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._driver = OwnedDriver(settings)
        self.engine: SparqlEngine | None = None

    def catch_up(self, engine: SparqlEngine) -> None:
        try:
            report = sync(engine, Neo4jArticles(self._driver.get(), self._settings.neo4j_database))
        except KGError as exc:
            log.warning("SPARQL store not synced with Neo4j (served as it is): %s", exc)
            return
        if report.rebuilt or report.replaced or report.removed:
            log.info("SPARQL store synced with Neo4j: %s", report)

    def on_write(self, article_iri: str, deleted: bool) -> None:
        assert self.engine is not None
        if deleted:
            self.engine.delete_article(article_iri)
            return
        graph = export_article(self._driver.get(), article_iri, self._settings.neo4j_database)
        if graph is None:  # deleted again in between
            self.engine.delete_article(article_iri)
        else:
            self.engine.replace_article(article_iri, graph)

    def close(self) -> None:
        self._driver.close()
