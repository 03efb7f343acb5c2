"""Fetching Neo4j's jars from Maven Central with mvn, once per machine, into the cache directory."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

from kg.errors import Neo4jServerError
from kg.server.layout import POM, ServerLayout
from kg.server.prereqs import check_mvn

COPY_DEPENDENCIES = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies"
# The marker is written last, so a half-finished download is never mistaken for a complete one.
COMPLETE_MARKER = ".complete"
FETCH_TIMEOUT = 1800.0
# Phrases of mvn's output when the repository cannot be reached (DNS, refused, offline, timeouts, proxies).
_NETWORK_SIGNS = (
    "could not transfer",
    "unknownhost",
    "connection refused",
    "connect timed out",
    "network is unreachable",
    "offline mode",
    "no route to host",
    "failed to connect",
    "read timed out",
    "transfer failed",
)


def jars_present(layout: ServerLayout) -> bool:
    return (layout.lib / COMPLETE_MARKER).exists()


def ensure_jars(layout: ServerLayout, maven_args: str = "", pom: Path = POM) -> bool:
    """Fetch the jars into ``layout.lib`` unless they are there already.

    Args:
        layout: the server layout; its ``lib`` is filled.
        maven_args: extra mvn arguments (KG_MAVEN_ARGS), e.g. ``-s mirror-settings.xml``.
        pom: the pom pinning the versions.

    Returns:
        True when the jars were downloaded now, False when the cache already had them.

    Raises:
        PrerequisiteError: mvn is missing.
        Neo4jServerError: Maven Central (or the configured mirror) is unreachable, or mvn failed.
    """
    if jars_present(layout):
        return False
    mvn = check_mvn()
    partial = layout.lib.with_name(layout.lib.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    _run_mvn(mvn, pom, partial, maven_args)
    (partial / COMPLETE_MARKER).write_text(layout.version + "\n", encoding="utf-8")
    shutil.rmtree(layout.lib, ignore_errors=True)
    partial.rename(layout.lib)
    return True


def _run_mvn(mvn: Path, pom: Path, out: Path, maven_args: str) -> None:
    command = [
        str(mvn), "-B", "-f", str(pom), *shlex.split(maven_args), COPY_DEPENDENCIES,
        "-DincludeScope=runtime", f"-DoutputDirectory={out}",
    ]  # fmt: skip
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=FETCH_TIMEOUT, cwd=out.parent)
    except subprocess.TimeoutExpired as exc:
        raise Neo4jServerError(f"mvn did not finish fetching Neo4j within {FETCH_TIMEOUT:.0f} s") from exc
    if run.returncode != 0:
        raise _mvn_error(run.stdout + run.stderr, command)


def _mvn_error(output: str, command: list[str]) -> Neo4jServerError:
    errors = [line for line in output.splitlines() if "[ERROR]" in line][:8] or output.splitlines()[-8:]
    detail = "\n  ".join(errors)
    if any(sign in output.lower() for sign in _NETWORK_SIGNS):
        return Neo4jServerError(
            "cannot download Neo4j: Maven Central (https://repo.maven.apache.org/maven2) is unreachable.\n  "
            f"{detail}\nFix: allow access to Maven Central, or configure a reachable mirror in "
            "~/.m2/settings.xml (or KG_MAVEN_ARGS='-s your-settings.xml'), then rerun; "
            "or use an existing Neo4j with KG_NEO4J_URI"
        )
    return Neo4jServerError(f"mvn failed to fetch Neo4j ({shlex.join(command)}):\n  {detail}")
