"""The real server for the hostile-client suite: `kg serve` in a process of its own, as it is deployed.

An attack that takes a server down must not take the test process with it, and the memory an attack
costs must be measured on the processes that pay it (the API and its SPARQL child), so the server runs
as the `kg serve` command on a free port, with its own SPARQL store and KG_ settings given per test.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from testkit.served import free_port

REPO = Path(__file__).resolve().parents[2]
#: Long enough for the server, and exactly 32 characters (the shortest token the API accepts).
TOKEN = "hostile-suite-token-0123456789ab"


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (0 when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    """The direct child processes of ``pid``."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


@dataclass
class KgServer:
    """A running `kg serve`: its base URL, process and log."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path
    env: dict[str, str] = field(repr=False)

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"

    def sparql_child(self) -> int | None:
        kids = children(self.process.pid)
        return kids[0] if kids else None

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def graphql(self, query: str, token: str | None = None, **variables: object) -> httpx.Response:
        headers = {"X-API-Token": token} if token else {}
        body = {"query": query, "variables": variables}
        return httpx.post(self.url + "/graphql", json=body, headers=headers, timeout=120)


@contextmanager
def kg_serve(tmp: Path, extra_env: dict[str, str] | None = None, **settings: str) -> Iterator[KgServer]:
    """`kg serve` on a free port with a fresh SPARQL store under ``tmp``, these KG_ settings (by their
    names in kg.settings) and other environment variables (``extra_env``)."""
    port = free_port()
    env = {
        **os.environ,
        "KG_API_PORT": str(port),
        "KG_SPARQL_STORE_DIR": str(tmp / "sparql"),
        "KG_API_TOKEN": TOKEN,
        "KG_SPARQL_SYNC_INTERVAL": "0",
        **{f"KG_{name.upper()}": value for name, value in settings.items()},
        **(extra_env or {}),
    }
    log = tmp / f"serve-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", "from cli.main import app; app()", "serve"],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = KgServer(f"http://127.0.0.1:{port}", process, log, env)
    try:
        _wait_ready(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_ready(server: KgServer, timeout: float = 120) -> None:
    """Until the API answers and its SPARQL store is open (it syncs with Neo4j first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"kg serve exited ({server.process.returncode}):\n{server.log_text()[-3000:]}")
        try:
            if httpx.get(server.sparql, params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"kg serve did not get ready in {timeout:g} s:\n{server.log_text()[-3000:]}")


class PeakMemory:
    """The most resident memory ``sample()`` (MB) reported, sampled every 20 ms in a thread."""

    def __init__(self, sample: Callable[[], float]) -> None:
        self._sample = sample
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            time.sleep(0.02)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def peak_of(pid_of: Callable[[], int | None]) -> PeakMemory:
    """A PeakMemory over whichever process ``pid_of()`` names at each sample (it may be restarted)."""

    def sample() -> float:
        pid = pid_of()
        return rss_mb(pid) if pid else 0.0

    return PeakMemory(sample)


class Listener:
    """A TCP server on 127.0.0.1 that accepts and records every connection (and the first bytes sent)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = int(self.sock.getsockname()[1])
        self.received: list[bytes] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(1)
            try:
                self.received.append(conn.recv(300))
            except OSError:
                self.received.append(b"")
            conn.close()
