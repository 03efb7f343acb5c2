"""The per-request context: the request's Cypher executor, its DataLoaders and the app's settings."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from starlette.datastructures import State
from starlette.requests import Request

from api.graphql.executor import CypherExecutor
from api.graphql.loaders import Loaders
from api.writes import ArticleWrites
from kg.ports import Extractor
from kg.settings import Settings

TOKEN_HEADER = "X-API-Token"


@dataclass(slots=True)
class Context:
    settings: Settings
    executor: CypherExecutor
    loaders: Loaders
    extractor: Extractor | None
    writes: ArticleWrites
    token_ok: bool


def _token_ok(request: Request, settings: Settings) -> bool:
    """True when the request carries the configured API token (never true when none, or an empty one, is
    configured)."""
    if settings.api_token is None or not settings.api_token.get_secret_value():
        return False
    given = request.headers.get(TOKEN_HEADER, "")
    return hmac.compare_digest(given.encode(), settings.api_token.get_secret_value().encode())


def executor_for(state: State) -> CypherExecutor:
    """A fresh executor (its own round-trip count) on the app's reads."""
    return CypherExecutor(state.reads, state.round_trips)


def context_for(request: Request) -> Context:
    """A fresh executor and fresh DataLoaders for every request (the app's state holds the rest)."""
    state = request.app.state
    executor = executor_for(state)
    return Context(
        settings=state.settings,
        executor=executor,
        loaders=Loaders(executor),
        extractor=state.extractor,
        writes=state.writes,
        token_ok=_token_ok(request, state.settings),
    )
