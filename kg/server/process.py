"""Starting, stopping and describing the managed server process (one JVM, tracked by a PID file)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kg.errors import Neo4jServerError, StoreUnavailableError
from kg.graphstore.connection import bolt_answers, bolt_uri
from kg.server.config import effective_password, install_initial_password, write_conf
from kg.server.fetch import ensure_jars
from kg.server.layout import ServerLayout, layout_for
from kg.server.prereqs import check_java, check_port_free
from kg.settings import Settings

MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
# Neo4j's own launcher adds these; run directly, the JVM needs them on its command line
# (the --add-opens are required by Neo4j's off-heap memory and Netty).
JVM_FLAGS = (
    "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields", "-XX:+DisableExplicitGC", "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED", "-Dlog4j2.disable.jmx=true", "-Dfile.encoding=UTF-8",
)  # fmt: skip
POLL_INTERVAL = 0.25
LOG_TAIL_LINES = 25


@dataclass(frozen=True)
class ServerStatus:
    """What `kg neo4j status` reports.

    Attributes:
        managed: True for kg's own local server, False for an external one (KG_NEO4J_URI).
        running: the managed process is alive (managed), or the server answers Bolt (external).
        bolt_uri: where drivers connect.
        browser_url: Neo4j Browser's address (None for an external server: kg does not know it).
        version: the Neo4j version (managed: the pinned jars'; external: None unless the caller asks it).
        pid: the managed server's process id while it runs.
        home: the managed server's directory.
    """

    managed: bool
    running: bool
    bolt_uri: str
    browser_url: str | None
    version: str | None = None
    pid: int | None = None
    home: Path | None = None


@dataclass(frozen=True)
class StartResult:
    """The outcome of `start_server`: whether it was already up, and how long the start took."""

    status: ServerStatus
    already_running: bool
    seconds: float = 0.0
    fetched_jars: bool = False
    first_start: bool = False


def server_status(settings: Settings) -> ServerStatus:
    """The state of the configured server, without changing it."""
    if not settings.managed:
        return ServerStatus(False, bolt_answers(settings), bolt_uri(settings), None)
    layout = layout_for(settings)
    pid = running_pid(layout)
    return ServerStatus(
        managed=True,
        running=pid is not None,
        bolt_uri=bolt_uri(settings),
        browser_url=f"http://127.0.0.1:{settings.neo4j_http_port}/browser/",
        version=layout.version,
        pid=pid,
        home=layout.home,
    )


def start_server(settings: Settings) -> StartResult:
    """Start the managed server and wait until Bolt accepts a login; a no-op when it already runs.

    With an external server (KG_NEO4J_URI) nothing is started: it is only checked to answer.

    Raises:
        PrerequisiteError: java missing or too old, mvn missing, a port taken by another program.
        Neo4jServerError: the jars cannot be fetched, or the server did not start (with its last log lines).
        StoreUnavailableError: the external server does not answer.
    """
    status = server_status(settings)
    if not status.managed and not status.running:
        raise StoreUnavailableError(f"Neo4j is not reachable at {status.bolt_uri} (KG_NEO4J_URI)")
    if status.running:
        return StartResult(status, already_running=True)
    layout = layout_for(settings)
    java = check_java()
    check_port_free(settings.neo4j_bolt_port, "Bolt", "KG_NEO4J_BOLT_PORT")
    check_port_free(settings.neo4j_http_port, "HTTP", "KG_NEO4J_HTTP_PORT")
    fetched = ensure_jars(layout, settings.maven_args)
    first_start = not layout.initialised
    write_conf(layout, settings)
    password = effective_password(layout, settings)
    if first_start:
        install_initial_password(layout, java, password)
    began = time.monotonic()
    process, log_offset = _launch(layout, java, settings.neo4j_heap)
    deadline = began + settings.neo4j_start_timeout
    _wait_until(lambda: bolt_answers(settings), "Bolt did not answer", deadline, layout, process, log_offset)
    seconds = time.monotonic() - began
    # Bolt comes up some seconds before the HTTP server; Browser users and tests need both.
    url = f"http://127.0.0.1:{settings.neo4j_http_port}/"
    _wait_until(lambda: _http_answers(url), "HTTP did not answer", deadline, layout, process, log_offset)
    return StartResult(server_status(settings), False, seconds, fetched, first_start)


def _launch(layout: ServerLayout, java: Path, heap: str) -> tuple[subprocess.Popen[bytes], int]:
    classpath = f"{layout.plugins}/*:{layout.conf_dir}/*:{layout.lib}/*"
    command = [
        str(java), f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", classpath, MAIN_CLASS,
        f"--home-dir={layout.home}", f"--config-dir={layout.conf_dir}", "--console-mode",
    ]  # fmt: skip
    with layout.console_log.open("ab") as log:
        log.write(f"--- kg neo4j start at {datetime.now(UTC).isoformat()} ---\n".encode())
        offset = log.tell()
        # A session of its own: the server outlives this command and ignores the terminal's Ctrl-C.
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            cwd=layout.home, start_new_session=True,
        )  # fmt: skip
    layout.pid_file.write_text(f"{process.pid}\n", encoding="utf-8")
    return process, offset


def _wait_until(
    ready: Callable[[], bool],
    timeout_reason: str,
    deadline: float,
    layout: ServerLayout,
    process: subprocess.Popen[bytes],
    log_offset: int,
) -> None:
    """Poll `ready` until it holds; fail with the server's log when it exits or the deadline passes."""
    while time.monotonic() < deadline:
        if process.poll() is not None:
            layout.pid_file.unlink(missing_ok=True)
            raise _failed(layout, log_offset, f"the server exited with status {process.returncode}")
        if ready():
            return
        time.sleep(POLL_INTERVAL)
    # We started it and it is of no use: do not leave a half-started server behind.
    process.terminate()
    process.wait(timeout=120)
    layout.pid_file.unlink(missing_ok=True)
    raise _failed(layout, log_offset, f"{timeout_reason} in time (KG_NEO4J_START_TIMEOUT)")


def _http_answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2.0) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def _failed(layout: ServerLayout, log_offset: int, reason: str) -> Neo4jServerError:
    with layout.console_log.open("rb") as log:
        log.seek(log_offset)
        lines = log.read().decode("utf-8", "replace").splitlines()[-LOG_TAIL_LINES:]
    tail = "\n  ".join(lines) or "(the log is empty)"
    return Neo4jServerError(
        f"Neo4j failed to start: {reason}. Last lines of {layout.console_log}:\n  {tail}\n"
        f"Fix the cause shown above (settings: KG_NEO4J_*; the config kg wrote is {layout.conf_file})"
    )


def stop_server(settings: Settings) -> bool:
    """Stop the managed server: SIGTERM, then wait for it to exit (SIGKILL only after the stop timeout).

    Returns:
        True when a running server was stopped, False when there was nothing to stop
        (not running, or an external server, which kg never stops).

    Raises:
        Neo4jServerError: it ignored SIGTERM for the whole timeout and had to be killed.
    """
    if not settings.managed:
        return False
    layout = layout_for(settings)
    pid = running_pid(layout)
    if pid is None:
        layout.pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    if not _wait_gone(layout, pid, settings.neo4j_stop_timeout):
        os.kill(pid, signal.SIGKILL)
        _wait_gone(layout, pid, 30.0)
        layout.pid_file.unlink(missing_ok=True)
        raise Neo4jServerError(
            f"Neo4j (pid {pid}) did not stop within {settings.neo4j_stop_timeout:.0f} s of SIGTERM and was "
            f"killed; see {layout.logs} (raise KG_NEO4J_STOP_TIMEOUT if it needs longer)"
        )
    layout.pid_file.unlink(missing_ok=True)
    return True


def _wait_gone(layout: ServerLayout, pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _is_our_server(layout, pid):
            return True
        time.sleep(POLL_INTERVAL)
    return False


def running_pid(layout: ServerLayout) -> int | None:
    """The PID in the PID file when that process is alive and is this layout's Neo4j (PIDs get reused)."""
    try:
        pid = int(layout.pid_file.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    return pid if _is_our_server(layout, pid) else None


def _is_our_server(layout: ServerLayout, pid: int) -> bool:
    # Reap it if it is our own exited child, so a zombie does not look alive.
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return MAIN_CLASS.encode() in cmdline and f"--home-dir={layout.home}".encode() in cmdline
