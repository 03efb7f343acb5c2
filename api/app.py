"""The FastAPI app factory: GraphQL at /graphql, health at /healthz and /readyz, more routers by list.

Nothing connects at import time: ``create_app`` builds the app, and its lifespan opens the one async
Neo4j driver (through kg.graphstore) and closes it on shutdown.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from typing import Any

import neo4j
from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from api.graphql.context import TOKEN_HEADER, executor_for
from api.graphql.executor import Reads, ReadSessions, RoundTripCounter
from api.graphql.http import GraphQLView, graphql_route
from api.graphql.queries import readiness_query
from api.graphql.schema import build_schema
from api.writes import ArticleWrites
from kg.errors import KGError, StoreUnavailableError
from kg.graphstore.connection import open_async_driver
from kg.ports import Extractor
from kg.settings import Settings

#: Extra lifespans (e.g. the SPARQL store's), entered after the driver opens: ``(app) -> context manager``.
AppLifespan = Callable[[FastAPI], AbstractAsyncContextManager[Any]]


def _extra_routers() -> list[APIRouter]:
    """Routers beside GraphQL; one line each, imported here so importing api.app stays light."""
    from api.explorer import router as explorer_router
    from api.sparql import router as sparql_router

    routers: list[APIRouter] = [sparql_router, explorer_router]
    return routers


def create_app(
    settings: Settings, extractor: Extractor | None = None, lifespans: Sequence[AppLifespan] = ()
) -> FastAPI:
    """Build the API app.

    Args:
        settings: connection, limits, CORS origins and the API token.
        extractor: what ingestArticle uses (cli wires loaders' one); without it ingest says so.
        lifespans: further startup/shutdown contexts, entered in order after the driver opens.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.driver = open_api_driver(settings)
        # Reads wait for the app's own writes (read-your-writes on a cluster); without a token there
        # are no writes, and reads skip the bookmark manager's work.
        bookmarks = app.state.writes.bookmarks.for_readers() if settings.api_token else None
        sessions = ReadSessions(app.state.driver, settings.neo4j_database, bookmark_manager=bookmarks)
        app.state.reads = Reads(sessions, settings.api_query_timeout)
        tune_gc()
        try:
            async with AsyncExitStack() as stack:
                for extra in lifespans:
                    await stack.enter_async_context(extra(app))
                yield
        finally:
            app.state.writes.close()
            await app.state.reads.sessions.close()
            await app.state.driver.close()

    app = FastAPI(title="kg", summary="A knowledge graph of the news", lifespan=lifespan)
    app.state.settings = settings
    app.state.extractor = extractor
    app.state.round_trips = RoundTripCounter()
    app.state.writes = ArticleWrites(settings)
    _add_cors(app, settings)
    app.router.routes.append(graphql_route(GraphQLView(build_schema(settings), graphql_ide="graphiql")))
    app.include_router(_health_router())
    for router in _extra_routers():
        app.include_router(router)
    return app


def open_api_driver(settings: Settings) -> neo4j.AsyncDriver:
    """The API's async driver (not yet connected).

    Fail fast when Neo4j is down: a reader waits seconds, not the driver's default 30 s of retries.
    No server notifications: the queries name every ontology relationship type, and Neo4j would warn
    about each type not yet in the graph on every request. No write timeout: the driver would wrap
    every socket write in a timer and a task; each read has one deadline instead (executor.Reads),
    which also covers a write that never completes.
    """
    return open_async_driver(
        settings,
        max_transaction_retry_time=2.0,
        connection_timeout=5.0,
        connection_write_timeout=None,
        notifications_min_severity="OFF",
    )


#: Young-generation collections run after this many net allocations (CPython's default is 700).
GC_GEN0_THRESHOLD = 20_000


def tune_gc() -> None:
    """Collector settings for serving: fewer young collections, and none that rescan startup objects.

    A GraphQL request allocates thousands of short-lived objects that reference counting frees; with
    the default threshold the young collector runs every few hundred allocations and walks every
    in-flight request's objects each time (~2 ms of CPU per request at 32 concurrent requests), and
    full collections walk the ~100,000 objects left by imports (tens of ms, a latency spike).
    Freezing moves those into a permanent generation the collector skips.
    """
    gc.collect()
    gc.freeze()
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GC_GEN0_THRESHOLD, gen1, gen2)


def _add_cors(app: FastAPI, settings: Settings) -> None:
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Content-Type", TOKEN_HEADER],
        )


def _health_router() -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz")
    async def healthz() -> dict[str, str]:
        """The process is up (says nothing about Neo4j)."""
        return {"status": "ok"}

    @router.get("/readyz")
    async def readyz(request: Request) -> JSONResponse:
        """Neo4j answers and the schema (IRI constraint, full-text index) is applied; else 503."""
        return await _readiness(request)

    return router


async def _readiness(request: Request) -> JSONResponse:
    state = request.app.state
    executor = executor_for(state)
    try:
        rows = await executor.read(readiness_query())
    except StoreUnavailableError as exc:
        return JSONResponse({"status": "unavailable", "neo4j": str(exc)}, status_code=503)
    except KGError as exc:
        return JSONResponse({"status": "error", "neo4j": str(exc)}, status_code=503)
    index_online = any(r["name"] == "entityNames" and r["state"] == "ONLINE" for r in rows)
    constraint = any(r["owningConstraint"] for r in rows)
    if not (index_online and constraint):
        missing = [
            n for n, ok in (("entityNames index", index_online), ("uri constraint", constraint)) if not ok
        ]
        return JSONResponse(
            {"status": "schema missing", "missing": missing, "fix": "run `kg init`"}, status_code=503
        )
    return JSONResponse({"status": "ready"})


def create_app_from_env() -> FastAPI:
    """A zero-argument factory for uvicorn (settings from ``KG_*``): the API without extractor or SPARQL.

    `kg serve` uses cli's factory, which wires those in; this one serves read-only GraphQL, e.g. for
    ``uvicorn --factory api.app:create_app_from_env --workers N`` and the benchmark.
    """
    return create_app(Settings())
