"""Helpers shared by the browser tests and bench/explorer.py: Chromium's flags, a uvicorn server in a
background thread, where things are. (Kept out of conftest.py so that plain imports can reach them.)"""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from kg.settings import Settings
from testkit.served import free_port

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts" / "browser"
CHROMIUM = Path("/usr/bin/chromium")
# Keep Chromium off the (closed) network and working as root (../shared/design/browser-tests.md).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def ensure_chromium() -> Path:
    """Debian's Chromium, installed by scripts/ensure-chromium.sh when missing."""
    if not CHROMIUM.exists():
        subprocess.run(["bash", str(REPO / "scripts" / "ensure-chromium.sh")], check=True)
    return CHROMIUM


def build_explorer() -> Path:
    """web/dist built from the current sources (scripts/build-web.sh: about a second when up to date)."""
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "build-web.sh")], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"scripts/build-web.sh failed:\n{result.stdout[-1500:]}\n{result.stderr[-1500:]}")
    return REPO / "web" / "dist"


class LiveServer:
    """An ASGI app served by uvicorn over real HTTP in a background thread."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start on {self.url}")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def neo4j_http_url(settings: Settings) -> str:
    """Neo4j's HTTP address (where Browser is served), beside the Bolt one from settings."""
    return f"http://127.0.0.1:{settings.neo4j_http_port}"
