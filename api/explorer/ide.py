"""The query pages a browser gets at /graphql (GraphiQL) and /sparql (YASGUI), built from npm with web/.

They are served from the project's own bundle, never a CDN: they work without internet, tell no third
party who uses the API, and run under the API's strict Content-Security-Policy (no inline script; the
server hands its settings to the page in a data attribute).
"""

from __future__ import annotations

import html

from fastapi.responses import HTMLResponse, Response

from api.explorer.router import NO_CACHE, NOT_BUILT, ExplorerFiles
from api.security import INLINE_STYLES_POLICY


def ide_page(
    name: str, files: ExplorerFiles | None = None, *, inline_styles: bool = False, **fills: str
) -> Response:
    """web/dist/``name`` with each ``{{key}}`` replaced by its value, HTML-escaped; 503 when not built.

    ``inline_styles``: the page's library writes style attributes into markup, so its policy allows
    them (api.security.INLINE_STYLES_POLICY); scripts stay as strict as everywhere.
    """
    dist = (files or ExplorerFiles()).dist
    page = dist / name
    if not page.is_file():
        return HTMLResponse(NOT_BUILT.format(dist=dist), status_code=503, headers=NO_CACHE)
    text = page.read_text(encoding="utf-8")
    for key, value in fills.items():
        text = text.replace("{{" + key + "}}", html.escape(value, quote=True))
    headers = {**NO_CACHE, "Content-Security-Policy": INLINE_STYLES_POLICY} if inline_styles else NO_CACHE
    return HTMLResponse(text, headers=headers)
