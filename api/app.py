"""The FastAPI app factory: GraphQL at /graphql, health at /healthz and /readyz, more routers by list.

Nothing connects at import time: ``create_app`` builds the app, and its lifespan opens the one async
Neo4j driver (through kg.graphstore) and closes it on shutdown.
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from api import security
from api.graphql.context import TOKEN_HEADER
from api.graphql.http import CompiledGraphQL, GraphQLView, graphql_route
from api.graphql.requests import RoundTripCounter
from api.graphql.schema import build_api
from api.writes import ArticleWrites
from kg.errors import KGError, StoreUnavailableError
from kg.graphstore.reads import open_reads
from kg.graphstore.status import missing_schema
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
    settings: Settings,
    extractor: Extractor | None = None,
    lifespans: Sequence[AppLifespan] = (),
    compiled: bool = True,
) -> FastAPI:
    """Build the API app.

    Args:
        settings: connection, limits, CORS origins and the API token.
        extractor: what ingestArticle uses (cli wires loaders' one); without it ingest says so.
        lifespans: further startup/shutdown contexts, entered in order after the driver opens.
        compiled: False leaves every GraphQL operation to Strawberry's executor (the reference
            tests/api/test_graphql_compiled.py compares the compiled answers with).

    Raises:
        ConfigError: the API token is too short (api.security.check_token).
    """

    settings = security.check_token(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Reads wait for the app's own writes (read-your-writes on a cluster); without a token there
        # are no writes, and reads skip the bookmark manager's work.
        bookmarks = app.state.writes.bookmarks.for_readers() if settings.api_token else None
        app.state.reads = open_reads(settings, bookmarks)
        tune_gc()
        try:
            async with AsyncExitStack() as stack:
                for extra in lifespans:
                    await stack.enter_async_context(extra(app))
                yield
        finally:
            app.state.writes.close()
            await app.state.reads.close()

    app = FastAPI(title="kg", summary="A knowledge graph of the news", lifespan=lifespan)
    app.state.settings = settings
    app.state.extractor = extractor
    app.state.round_trips = RoundTripCounter()
    app.state.writes = ArticleWrites(settings)
    _add_cors(app, settings)
    security.install(app, settings)
    api = build_api(settings, compiled)
    app.state.answers = api.answers
    view = GraphQLView(api.schema, graphql_ide="graphiql")
    app.router.routes.append(graphql_route(CompiledGraphQL(view, api.guards)))
    app.include_router(_health_router())
    for router in _extra_routers():
        app.include_router(router)
    return app


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
    try:
        missing = await missing_schema(request.app.state.reads)
    except StoreUnavailableError as exc:
        return JSONResponse({"status": "unavailable", "neo4j": str(exc)}, status_code=503)
    except KGError as exc:
        return JSONResponse({"status": "error", "neo4j": str(exc)}, status_code=503)
    if missing:
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
