"""The managed server's prerequisite errors, each reproduced for real, its message (with the fix) asserted."""

from __future__ import annotations

import os
import shutil
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from kg_cli import run_kg

from kg.errors import Neo4jServerError, PrerequisiteError
from kg.server import layout_for, start_server
from kg.server.fetch import ensure_jars
from kg.server.prereqs import check_java, check_mvn, check_port_free
from kg.settings import Settings
from testkit.served import free_port


def managed_settings(tmp_path: Path, **overrides: object) -> Settings:
    """Settings for a throwaway managed server in tmp_path, whatever KG_ variables the caller's shell has."""
    fields: dict[str, object] = {
        "data_dir": tmp_path / "kg", "neo4j_uri": None, "neo4j_password": None,
        "neo4j_heap": "512m", "neo4j_pagecache": "64m",
        "neo4j_bolt_port": free_port(), "neo4j_http_port": free_port(),
    }  # fmt: skip
    return Settings(**{**fields, **overrides})  # type: ignore[arg-type]


@pytest.fixture
def bare_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH holding only a directory we control (no java, no mvn), and no JAVA_HOME."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    return bin_dir


def _fake_java(bin_dir: Path, version_line: str) -> None:
    script = bin_dir / "java"
    script.write_text(f"#!/bin/sh\necho '{version_line}' >&2\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


def test_java_missing_names_the_fix(bare_path: Path) -> None:
    with pytest.raises(PrerequisiteError, match="Java is missing") as caught:
        check_java()
    assert "install a JDK 17" in str(caught.value)


def test_java_missing_through_the_cli(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path), "KG_DATA_DIR": str(tmp_path / "kg")}
    env.pop("JAVA_HOME", None)
    env.pop("KG_NEO4J_URI", None)
    run = run_kg("neo4j", "start", env=env)
    assert run.returncode == 1
    assert "error: Java is missing: no `java` on PATH" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    ("version_line", "major"),
    [('java version "1.8.0_292"', 8), ('openjdk version "11.0.2" 2019-01-15', 11)],
)
def test_java_too_old_names_the_fix(bare_path: Path, version_line: str, major: int) -> None:
    _fake_java(bare_path, version_line)
    with pytest.raises(PrerequisiteError, match=f"Java {major} at .* is too old: Neo4j 5.26 needs Java 17"):
        check_java()


def test_java_17_is_accepted(bare_path: Path) -> None:
    _fake_java(bare_path, 'openjdk version "17.0.15" 2025-04-15')
    assert check_java() == bare_path / "java"


def test_mvn_missing_names_the_fix(bare_path: Path, tmp_path: Path) -> None:
    with pytest.raises(PrerequisiteError, match="Maven is missing") as caught:
        check_mvn()
    assert "apt-get install maven" in str(caught.value)
    layout = layout_for(managed_settings(tmp_path, cache_dir=tmp_path / "cache"))
    with pytest.raises(PrerequisiteError, match="Maven is missing"):
        ensure_jars(layout)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("mvn") is None, reason="needs mvn")
def test_maven_central_unreachable_names_the_fix(tmp_path: Path) -> None:
    # An empty local repository and a mirror of Central on a closed port: mvn must go to the network and fail.
    mirror = tmp_path / "settings.xml"
    mirror.write_text(
        "<settings><mirrors><mirror><id>unreachable</id><mirrorOf>*</mirrorOf>"
        "<url>http://127.0.0.1:9/maven2</url></mirror></mirrors></settings>",
        encoding="utf-8",
    )
    settings = managed_settings(tmp_path, cache_dir=tmp_path / "cache")
    layout = layout_for(settings)
    args = f"-s {mirror} -Dmaven.repo.local={tmp_path / 'm2'}"
    with pytest.raises(Neo4jServerError, match=r"Maven Central .* is unreachable") as caught:
        ensure_jars(layout, args)
    message = str(caught.value)
    assert "127.0.0.1:9" in message  # mvn's own reason is shown
    assert "Fix: allow access to Maven Central" in message
    assert "KG_MAVEN_ARGS" in message
    assert not layout.lib.exists()  # nothing half-downloaded is left to be mistaken for the jars


@pytest.fixture
def held_port() -> Iterator[int]:
    """A port on 127.0.0.1 held by a plain listening socket (not Neo4j)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def test_port_taken_by_a_plain_socket(held_port: int) -> None:
    with pytest.raises(PrerequisiteError, match=f"port {held_port} \\(Bolt\\) .* already taken") as caught:
        check_port_free(held_port, "Bolt", "KG_NEO4J_BOLT_PORT")
    assert "KG_NEO4J_BOLT_PORT" in str(caught.value)


@pytest.mark.skipif(shutil.which("java") is None, reason="needs java")
def test_start_refuses_a_taken_port(held_port: int, tmp_path: Path) -> None:
    settings = managed_settings(tmp_path, neo4j_bolt_port=held_port)
    with pytest.raises(PrerequisiteError, match=f"port {held_port} \\(Bolt\\)"):
        start_server(settings)
    assert not (tmp_path / "kg" / "neo4j" / "run" / "neo4j.pid").exists()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="needs java")
def test_failed_start_shows_the_last_log_lines(tmp_path: Path) -> None:
    # A heap size the JVM cannot parse: the server process dies at once, and its own words must be shown.
    settings = managed_settings(tmp_path, neo4j_heap="lots")
    with pytest.raises(Neo4jServerError, match="Neo4j failed to start: the server exited") as caught:
        start_server(settings)
    message = str(caught.value)
    assert "Last lines of" in message and "console.log" in message
    assert "Invalid initial heap size: -Xmslots" in message
    assert not (tmp_path / "kg" / "neo4j" / "run" / "neo4j.pid").exists()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="needs java")
def test_invalid_neo4j_config_is_reported_before_the_server_runs(tmp_path: Path) -> None:
    # Neo4j validates its config strictly; the first tool to read it (setting the password) reports it.
    settings = managed_settings(tmp_path, neo4j_pagecache="plenty")
    with pytest.raises(Neo4jServerError, match="setting the initial Neo4j password failed") as caught:
        start_server(settings)
    message = str(caught.value)
    assert "'server.memory.pagecache.size'. 'plenty' is not a valid size" in message
    assert "\tat org.neo4j" not in message  # the stack frames are dropped, the cause is kept
    assert not (tmp_path / "kg" / "neo4j" / "run" / "neo4j.pid").exists()
