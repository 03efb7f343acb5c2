"""Running Neo4j's admin tool (`neo4j-admin`) from the jars kg fetched, on the managed server's home."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import IO

from kg.server.layout import ServerLayout

ADMIN_CLASS = "org.neo4j.cli.AdminTool"


def run_admin(
    layout: ServerLayout,
    java: Path,
    *args: str,
    stdin: IO[bytes] | None = None,
    stdout: IO[bytes] | None = None,
    timeout: float = 3600,
) -> subprocess.CompletedProcess[bytes]:
    """`neo4j-admin ARGS...` with the server's home and config; output captured unless ``stdout`` given.

    The caller checks the return code (``admin_output`` gives the messages without Java stack frames).
    """
    command = [str(java), "-Xmx256m", "-cp", f"{layout.lib}/*", ADMIN_CLASS, *args]
    env = {**os.environ, "NEO4J_HOME": str(layout.home), "NEO4J_CONF": str(layout.conf_dir)}
    return subprocess.run(
        command,
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=timeout,
        check=False,
    )


def admin_output(run: subprocess.CompletedProcess[bytes]) -> str:
    """The tool's messages (and their causes) without Java stack frames: what a user can act on."""
    output = (run.stdout if isinstance(run.stdout, bytes) else b"") + (run.stderr or b"")
    lines = output.decode("utf-8", "replace").strip().splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith(("at ", "... ")))
