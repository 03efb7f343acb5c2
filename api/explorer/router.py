"""Routes serving the built explorer (web/dist) and the Browser style sheet and guide (schema/)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Final

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, Response

REPO: Final = Path(__file__).resolve().parents[2]

# The page and its entry files keep fixed names, so they must be revalidated; the lazily loaded
# chunks carry a content hash in their names and can be cached for good.
NO_CACHE: Final = {"Cache-Control": "no-cache"}
IMMUTABLE: Final = {"Cache-Control": "public, max-age=31536000, immutable"}
# Neo4j Browser fetches `:play` guides and `:style` sheets from its own origin (port 7474), with
# a tracing header that makes the fetch preflighted; both files are public, so any origin may read them.
CROSS_ORIGIN: Final = {"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache"}
PREFLIGHT: Final = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "*",
    "Access-Control-Max-Age": "600",
}
MEDIA_TYPES: Final = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
NOT_BUILT: Final = """<!doctype html><html lang="en"><meta charset="utf-8">
<title>kg explorer not built</title><body><h1>The explorer page has not been built</h1>
<p>{dist} has no index.html. Build it with <code>bash scripts/build-web.sh</code>
(it runs <code>npm ci &amp;&amp; npm run build</code> in web/). The GraphQL API itself is at
<a href="graphql">/graphql</a>.</p></body></html>"""


@dataclass(frozen=True)
class ExplorerFiles:
    """Where the router finds its files; tests point it elsewhere through a dependency override."""

    dist: Path = REPO / "web" / "dist"
    schema: Path = REPO / "schema"

    def asset(self, name: str) -> Path | None:
        """The built asset called `name`, or None when there is none (names never leave assets/)."""
        assets = self.dist / "assets"
        path = (assets / name).resolve()
        if path.parent != assets.resolve() or not path.is_file():
            return None
        return path


def explorer_files() -> ExplorerFiles:
    return ExplorerFiles()


FilesDep = Annotated[ExplorerFiles, Depends(explorer_files)]
router = APIRouter(tags=["explorer"])


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def index(files: FilesDep) -> Response:
    """The explorer page; a page naming the build command when it has not been built."""
    page = files.dist / "index.html"
    if not page.is_file():
        return HTMLResponse(NOT_BUILT.format(dist=files.dist), status_code=503, headers=NO_CACHE)
    return FileResponse(page, media_type="text/html; charset=utf-8", headers=NO_CACHE)


@router.get("/assets/{name}", include_in_schema=False)
def asset(name: str, files: FilesDep) -> Response:
    path = files.asset(name)
    if path is None:
        raise HTTPException(status_code=404, detail=f"no explorer asset named {name!r}")
    headers = IMMUTABLE if name.startswith("chunk-") else NO_CACHE
    media_type = MEDIA_TYPES.get(path.suffix, "application/octet-stream")
    return FileResponse(path, media_type=media_type, headers=headers)


@router.get("/browser-style.grass", response_class=PlainTextResponse, include_in_schema=False)
def browser_style(files: FilesDep) -> Response:
    """The GraSS style sheet, for `:style <url>` in Neo4j Browser."""
    text = (files.schema / "browser-style.grass").read_text(encoding="utf-8")
    return PlainTextResponse(text, headers=CROSS_ORIGIN)


@router.get("/guide", response_class=HTMLResponse, include_in_schema=False)
def browser_guide(request: Request, files: FilesDep) -> Response:
    """The Neo4j Browser guide, for `:play <url>`; its links point back at this server."""
    text = (files.schema / "browser-guide" / "kg.html").read_text(encoding="utf-8")
    base = str(request.base_url).rstrip("/")
    return HTMLResponse(text.replace("{{base}}", base), headers=CROSS_ORIGIN)


@router.options("/browser-style.grass", include_in_schema=False)
@router.options("/guide", include_in_schema=False)
def browser_files_preflight() -> Response:
    """Answers the CORS preflight Neo4j Browser sends before fetching the style sheet or guide."""
    return Response(status_code=204, headers=PREFLIGHT)
