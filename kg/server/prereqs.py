"""Prerequisites of the managed server. Each failure raises PrerequisiteError naming the fix."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
from pathlib import Path

from kg.errors import PrerequisiteError

MIN_JAVA = 17
_JAVA_FIX = (
    "install a JDK 17 or 21 (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`) and put its `java` "
    "on PATH or set JAVA_HOME; or use an existing Neo4j with KG_NEO4J_URI"
)
# `java -version` prints e.g. `openjdk version "17.0.15" ..`; before Java 9 `java version "1.8.0_292"`.
_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')


def find_java() -> Path:
    """The `java` to run: JAVA_HOME's when set (the usual convention), else the first on PATH."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file():
            return candidate
        raise PrerequisiteError(f"JAVA_HOME is {java_home}, but {candidate} does not exist: {_JAVA_FIX}")
    found = shutil.which("java")
    if found is None:
        raise PrerequisiteError(f"Java is missing: no `java` on PATH. Fix: {_JAVA_FIX}")
    return Path(found)


def java_major(java: Path) -> int:
    """The major version of this java (8 for 1.8, 17 for 17.0.15)."""
    try:
        run = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=60)
    except OSError as exc:
        raise PrerequisiteError(f"cannot run {java}: {exc}. Fix: {_JAVA_FIX}") from exc
    output = run.stderr + run.stdout
    match = _VERSION.search(output)
    if match is None:
        raise PrerequisiteError(f"cannot tell the version of {java} from {output.strip()!r}: {_JAVA_FIX}")
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def check_java() -> Path:
    """A java of at least version 17, or PrerequisiteError."""
    java = find_java()
    major = java_major(java)
    if major < MIN_JAVA:
        raise PrerequisiteError(
            f"Java {major} at {java} is too old: Neo4j 5.26 needs Java {MIN_JAVA}+. Fix: {_JAVA_FIX}"
        )
    return java


def check_mvn() -> Path:
    """The `mvn` on PATH, or PrerequisiteError."""
    found = shutil.which("mvn")
    if found is None:
        raise PrerequisiteError(
            "Maven is missing: no `mvn` on PATH; kg fetches Neo4j's jars from Maven Central with it. "
            "Fix: install Maven (Debian/Ubuntu: `apt-get install maven`), or use an existing Neo4j with "
            "KG_NEO4J_URI"
        )
    return Path(found)


def check_port_free(port: int, role: str, setting: str) -> None:
    """PrerequisiteError when something already listens on 127.0.0.1:port.

    Args:
        port: the TCP port the server is about to bind.
        role: what the port is for, for the message ("Bolt", "HTTP").
        setting: the setting that changes it, for the message.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # SO_REUSEADDR: a port in TIME_WAIT after our own stop is free; only a live listener counts.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            raise PrerequisiteError(
                f"port {port} ({role}) on 127.0.0.1 is already taken by another program, not kg's Neo4j "
                f"({exc.strerror}). Fix: stop that program, or choose another port with {setting}=..., "
                "or, if it is a Neo4j you want to use, point kg at it with KG_NEO4J_URI"
            ) from exc
