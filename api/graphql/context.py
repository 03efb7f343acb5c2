"""The per-request context: the request's reads (its deadline and round-trip count), the app's parts."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from starlette.datastructures import State
from starlette.requests import Request

from api.graphql.execute import Answers
from api.graphql.requests import RequestReads
from api.writes import ArticleWrites
from kg.ports import Extractor
from kg.settings import Settings

TOKEN_HEADER = "X-API-Token"


@dataclass(slots=True)
class Context:
    settings: Settings
    reads: RequestReads
    answers: Answers
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


def reads_for(state: State) -> RequestReads:
    """A request's reads on the app's: its own deadline (``KG_API_REQUEST_TIMEOUT`` from now) and count."""
    return RequestReads(state.reads, state.round_trips, state.settings.api_request_timeout)


def context_for(request: Request) -> Context:
    state = request.app.state
    return Context(
        settings=state.settings,
        reads=reads_for(state),
        answers=state.answers,
        extractor=state.extractor,
        writes=state.writes,
        token_ok=_token_ok(request, state.settings),
    )
