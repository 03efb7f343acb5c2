"""The explorer router over real HTTP (no Neo4j needed): page, assets, style sheet, guide, and the
answers to bad paths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from api.explorer import ExplorerFiles, router
from api.explorer.router import explorer_files
from testkit.browser_harness import LiveServer


@pytest.fixture
def built(tmp_path: Path) -> ExplorerFiles:
    """A stand-in build: the router only serves files, so any index.html and assets will do."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<!doctype html><title>kg explorer</title>")
    (tmp_path / "assets" / "app.js").write_text("console.log('kg')")
    (tmp_path / "assets" / "chunk-ABC123.js").write_text("export const x = 1")
    (tmp_path.parent / "secret.txt").write_text("not for the web")
    return ExplorerFiles(dist=tmp_path)


def serve(files: ExplorerFiles) -> Iterator[str]:
    app = FastAPI()
    app.include_router(router)
    app.dependency_overrides[explorer_files] = lambda: files
    with LiveServer(app) as server:
        yield server.url


@pytest.fixture
def url(built: ExplorerFiles) -> Iterator[str]:
    yield from serve(built)


def test_page_and_assets_are_served_with_fitting_caching(url: str) -> None:
    page = httpx.get(f"{url}/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["cache-control"] == "no-cache"
    app = httpx.get(f"{url}/assets/app.js")
    assert app.headers["content-type"].startswith("text/javascript")
    assert app.headers["cache-control"] == "no-cache"
    chunk = httpx.get(f"{url}/assets/chunk-ABC123.js")
    assert "immutable" in chunk.headers["cache-control"]


@pytest.mark.parametrize("name", ["nope.js", "..%2Fsecret.txt", "%2E%2E%2F%2E%2E%2Fsecret.txt"])
def test_unknown_or_escaping_asset_names_are_404(url: str, name: str) -> None:
    response = httpx.get(f"{url}/assets/{name}")
    assert response.status_code == 404
    assert "not for the web" not in response.text


def test_unbuilt_page_says_how_to_build_it(tmp_path: Path) -> None:
    for url in serve(ExplorerFiles(dist=tmp_path / "missing")):
        response = httpx.get(f"{url}/")
        assert response.status_code == 503
        assert "scripts/build-web.sh" in response.text


def test_style_sheet_and_guide_are_readable_from_neo4j_browser(url: str) -> None:
    origin = {"Origin": "http://127.0.0.1:7474"}
    grass = httpx.get(f"{url}/browser-style.grass", headers=origin)
    assert grass.headers["access-control-allow-origin"] == "*"
    assert "node.Person" in grass.text
    guide = httpx.get(f"{url}/guide", headers=origin)
    assert f":style {url}/browser-style.grass" in guide.text
    assert "{{base}}" not in guide.text
    # Browser adds a tracing header, so its fetch is preflighted.
    asks = {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "sentry-trace"}
    preflight = httpx.options(f"{url}/guide", headers={**origin, **asks})
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == "*"
