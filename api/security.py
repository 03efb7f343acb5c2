"""What every request meets before a route: the Host check, the body limits, and the security headers.

- Host: only the names the API is reached by (KG_API_ALLOWED_HOSTS), so a page on another site whose
  name was rebound to 127.0.0.1 (DNS rebinding) cannot read the API with the user's browser.
- Body: at most KG_API_MAX_BODY_BYTES, arriving within KG_API_BODY_TIMEOUT seconds; the body is read
  here, before any route, so an oversized or trickling body costs the routes nothing (413 / 408).
- Headers on every response: a strict Content-Security-Policy (scripts, styles and connections from
  this origin only, no inline script, no framing), nosniff, and no referrer.

The API token is checked here too: a server configured with one shorter than MIN_TOKEN_LENGTH does not
start, and an empty one counts as none (mutations refused).
"""

from __future__ import annotations

import logging
from typing import Final

import anyio
from fastapi import FastAPI
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.errors import ConfigError
from kg.settings import Settings

log = logging.getLogger(__name__)

MIN_TOKEN_LENGTH: Final = 32
_POLICY: Final = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "worker-src": "'self' blob:",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
CONTENT_SECURITY_POLICY: Final = "; ".join(f"{name} {value}" for name, value in _POLICY.items())
#: For a page whose library writes style attributes into markup (YASGUI's result table): inline styles
#: allowed, scripts exactly as strict (styles cannot run code).
INLINE_STYLES_POLICY: Final = "; ".join(
    f"{name} {value} 'unsafe-inline'" if name == "style-src" else f"{name} {value}"
    for name, value in _POLICY.items()
)
_HEADERS: Final = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def check_token(settings: Settings) -> Settings:
    """The settings to serve with: an empty token as none; a short one refused.

    Raises:
        ConfigError: KG_API_TOKEN is set but shorter than MIN_TOKEN_LENGTH characters.
    """
    token = settings.api_token.get_secret_value() if settings.api_token is not None else None
    if token == "":
        log.warning("KG_API_TOKEN is empty: mutations are refused (a token of 32+ characters allows them)")
        return settings.model_copy(update={"api_token": None})
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise ConfigError(
            f"KG_API_TOKEN has {len(token)} characters; the API needs at least {MIN_TOKEN_LENGTH} "
            "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(32))'`), or unset it to refuse "
            "all mutations"
        )
    return settings


def install(app: FastAPI, settings: Settings) -> None:
    """Add the guards to ``app`` (the last added runs first: headers, then Host, then the body)."""
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes, seconds=settings.api_body_timeout)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(settings), www_redirect=False)
    app.add_middleware(SecurityHeaders)


def allowed_hosts(settings: Settings) -> list[str]:
    """KG_API_ALLOWED_HOSTS, plus the interface the API listens on when it is a specific one."""
    hosts = list(settings.api_allowed_hosts)
    if settings.api_host not in ("0.0.0.0", "::", ""):
        hosts.append(f"[{settings.api_host}]" if ":" in settings.api_host else settings.api_host)
    return hosts


class SecurityHeaders:
    """Adds the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in _HEADERS if name not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """Reads each request's body whole, within a size and a time limit, then hands it to the app."""

    def __init__(self, app: ASGIApp, max_bytes: int, seconds: float) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(scope, receive, send)
            return
        try:
            with anyio.fail_after(self.seconds):
                body = await self._read(receive)
        except TimeoutError:
            message = f"the request body did not arrive within {self.seconds:g} s (KG_API_BODY_TIMEOUT)\n"
            await PlainTextResponse(message, status_code=408)(scope, receive, send)
            return
        if body is None:
            await self._too_large(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _read(self, receive: Receive) -> bytes | None:
        """The whole body, or None past ``max_bytes`` (reading stops there)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)  # the client went away; the app will see that too
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"the request body is larger than {self.max_bytes:,} bytes (KG_API_MAX_BODY_BYTES)\n"
        await PlainTextResponse(message, status_code=413, headers={"Connection": "close"})(
            scope, receive, send
        )


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that gives ``body`` once, then whatever the client sends next (its disconnect)."""
    given = False

    async def replayed() -> Message:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed
