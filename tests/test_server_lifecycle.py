"""The managed server's whole life, through the real `kg` command, on its own data dir and ports.

Free ports picked at random and a temporary data dir keep it apart from the test session's server
(and from other test runs on the same machine).
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from kg_cli import run_kg
from pydantic import SecretStr

from kg.errors import ConfigError
from kg.graphstore.connection import open_driver
from kg.settings import Settings
from testkit.served import free_port

BOLT, HTTP = free_port(), free_port()
Run = subprocess.CompletedProcess[str]
pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lifecycle")


@pytest.fixture(scope="module")
def env(home: Path) -> dict[str, str]:
    """The environment of a user with a fresh data dir (jars from the shared cache) and no external server."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    return {
        **clean,
        "KG_DATA_DIR": str(home / "kg"),
        "KG_NEO4J_BOLT_PORT": str(BOLT),
        "KG_NEO4J_HTTP_PORT": str(HTTP),
        "KG_NEO4J_HEAP": "512m",
        "KG_NEO4J_PAGECACHE": "64m",
    }


@pytest.fixture(scope="module")
def started(env: dict[str, str]) -> Iterator[Run]:
    """`kg neo4j start` on an empty data dir; the server is stopped at the end whatever happened."""
    run = run_kg("neo4j", "start", env=env)
    yield run
    run_kg("neo4j", "stop", env=env)


@pytest.fixture(scope="module")
def settings_for(home: Path) -> Settings:
    return Settings(
        data_dir=home / "kg", neo4j_uri=None, neo4j_password=None, neo4j_bolt_port=BOLT, neo4j_http_port=HTTP
    )


def test_cold_start_reports_the_time_to_bolt(started: Run) -> None:
    assert started.returncode == 0, started.stderr
    assert (
        "first Bolt answer after" in started.stdout and "(cold start, empty data directory)" in started.stdout
    )
    assert f"bolt://127.0.0.1:{BOLT}" in started.stdout
    assert f"http://127.0.0.1:{HTTP}/browser/" in started.stdout
    assert "Schema applied" in started.stdout


def test_generated_password_is_owner_only(started: Run, home: Path) -> None:
    password = home / "kg" / "neo4j" / "password"
    assert stat.S_IMODE(password.stat().st_mode) == 0o600
    assert len(password.read_text(encoding="utf-8").strip()) >= 20


def test_second_start_is_a_no_op(started: Run, env: dict[str, str]) -> None:
    again = run_kg("neo4j", "start", env=env)
    assert again.returncode == 0, again.stderr
    assert "already running" in again.stdout and "nothing to do" in again.stdout


def test_status_while_running(started: Run, env: dict[str, str]) -> None:
    status = run_kg("neo4j", "status", env=env)
    assert status.returncode == 0, status.stderr
    assert "running: Neo4j 5.26" in status.stdout and "pid " in status.stdout
    assert f"http://127.0.0.1:{HTTP}/browser/" in status.stdout


def test_write_and_read_a_node_over_bolt(started: Run, settings_for: Settings) -> None:
    with open_driver(settings_for) as driver:
        driver.execute_query("CREATE (:Probe {name: $name})", name="lifecycle ✓")
        records, _, _ = driver.execute_query("MATCH (p:Probe) RETURN p.name AS name")
        version, _, _ = driver.execute_query("CALL dbms.components() YIELD versions RETURN versions[0] AS v")
    assert [r["name"] for r in records] == ["lifecycle ✓"]
    assert str(version[0]["v"]).startswith("5.26")


def test_no_keep_alive_during_queries(started: Run, settings_for: Settings) -> None:
    # Without it the server hints a receive timeout, which the async driver (the API's) pays for on
    # every socket read; kg/server/config.py says why it is off.
    query = "CALL dbms.listConfig('server.bolt.connection_keep_alive_for_requests') YIELD value RETURN value"
    with open_driver(settings_for) as driver:
        records, _, _ = driver.execute_query(query)
    assert [r["value"] for r in records] == ["OFF"]


def test_wrong_password_is_refused(started: Run, settings_for: Settings) -> None:
    wrong = settings_for.model_copy(update={"neo4j_password": SecretStr("not-the-password")})
    with pytest.raises(ConfigError, match="refused user 'neo4j'"):
        open_driver(wrong)
    # And with the raw driver, the server itself says no.
    raw = neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{BOLT}", auth=("neo4j", "not-the-password"))
    with raw, pytest.raises(neo4j.exceptions.AuthError):
        raw.verify_connectivity()


def test_browser_is_served(started: Run) -> None:
    with urllib.request.urlopen(f"http://127.0.0.1:{HTTP}/browser/", timeout=30) as response:
        body = response.read().decode("utf-8")
        assert response.status == 200
        assert response.headers.get_content_type() == "text/html"
    assert "<title>Neo4j Browser</title>" in body


def _non_loopback_address() -> str | None:
    out = subprocess.run(["hostname", "-I"], capture_output=True, text=True, check=False).stdout.split()
    return next((a for a in out if ":" not in a and not a.startswith("127.")), None)


@pytest.mark.parametrize("port", [BOLT, HTTP])
def test_not_reachable_on_a_non_loopback_address(started: Run, port: int) -> None:
    address = _non_loopback_address()
    if address is None:
        pytest.skip("this machine has no non-loopback IPv4 address to try")
    socket.create_connection(("127.0.0.1", port), timeout=5).close()  # it does listen on loopback...
    with pytest.raises(OSError):  # ...and nowhere else
        socket.create_connection((address, port), timeout=5).close()


def test_an_external_server_is_used_and_left_alone(started: Run, env: dict[str, str], home: Path) -> None:
    # The running server, seen as an external one (as Docker, Aura or a team server would be).
    password = (home / "kg" / "neo4j" / "password").read_text(encoding="utf-8").strip()
    external = {
        **env, "KG_DATA_DIR": str(home / "elsewhere"),
        "KG_NEO4J_URI": f"bolt://127.0.0.1:{BOLT}", "KG_NEO4J_PASSWORD": password,
    }  # fmt: skip
    start = run_kg("neo4j", "start", env=external)
    assert start.returncode == 0, start.stderr
    assert f"Using the external Neo4j at bolt://127.0.0.1:{BOLT}" in start.stdout
    status = run_kg("neo4j", "status", env=external)
    assert "external Neo4j (KG_NEO4J_URI): reachable, Neo4j 5.26" in status.stdout
    stop = run_kg("neo4j", "stop", env=external)
    assert "kg does not stop it" in stop.stdout
    assert not (home / "elsewhere" / "neo4j").exists()  # no managed server was set up
    assert "running: Neo4j" in run_kg("neo4j", "status", env=env).stdout  # and ours still runs


def test_stop_then_status_says_stopped(started: Run, env: dict[str, str], home: Path) -> None:
    stop = run_kg("neo4j", "stop", env=env)
    assert stop.returncode == 0, stop.stderr
    assert "Neo4j stopped." in stop.stdout
    status = run_kg("neo4j", "status", env=env)
    assert status.returncode == 3
    assert "stopped: Neo4j 5.26" in status.stdout
    assert not (home / "kg" / "neo4j" / "run" / "neo4j.pid").exists()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", BOLT), timeout=5).close()
    again = run_kg("neo4j", "stop", env=env)
    assert "not running: nothing to stop" in again.stdout


def test_warm_restart_keeps_the_data(started: Run, env: dict[str, str]) -> None:
    restart = run_kg("neo4j", "start", env=env)
    assert restart.returncode == 0, restart.stderr
    assert "(warm start)" in restart.stdout
    init = run_kg("init", env=env)
    assert init.returncode == 0, init.stderr
    password = (Path(env["KG_DATA_DIR"]) / "neo4j" / "password").read_text(encoding="utf-8").strip()
    with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{BOLT}", auth=("neo4j", password)) as driver:
        records, _, _ = driver.execute_query("MATCH (p:Probe) RETURN p.name AS name")
    assert [r["name"] for r in records] == ["lifecycle ✓"]
