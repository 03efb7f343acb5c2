"""The managed Neo4j as a local user or a Cypher author would attack it: read the initial password off
another process's command line while `kg neo4j start` runs, and read the machine's files with LOAD CSV.
A server of its own (fresh data dir, free ports), with a password full of quotes, dashes and spaces."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from kg_cli import run_kg

from testkit.served import free_port

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

PASSWORD = "-starts with a dash, has \"quotes\", a \\ and 'more'"


class CommandLines:
    """Every process's command line on this machine, sampled every few milliseconds in a thread."""

    def __init__(self) -> None:
        self.seen: set[bytes] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
                try:
                    self.seen.add(cmdline.read_bytes())
                except OSError:
                    continue
            time.sleep(0.005)

    def __enter__(self) -> CommandLines:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, str], CommandLines]]:
    """`kg neo4j start` on an empty data dir with PASSWORD, watched; stopped afterwards."""
    home = tmp_path_factory.mktemp("fresh-neo4j")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update(
        KG_DATA_DIR=str(home / "kg"),
        KG_NEO4J_BOLT_PORT=str(free_port()),
        KG_NEO4J_HTTP_PORT=str(free_port()),
        KG_NEO4J_HEAP="512m",
        KG_NEO4J_PAGECACHE="64m",
        KG_NEO4J_PASSWORD=PASSWORD,
    )
    with CommandLines() as lines:
        started = run_kg("neo4j", "start", env=env)
    assert started.returncode == 0, started.stdout + started.stderr
    yield env, lines
    run_kg("neo4j", "stop", env=env)


def _driver(env: dict[str, str]) -> neo4j.Driver:
    return neo4j.GraphDatabase.driver(
        f"bolt://127.0.0.1:{env['KG_NEO4J_BOLT_PORT']}", auth=("neo4j", PASSWORD)
    )


def test_the_initial_password_is_never_on_a_command_line(fresh: tuple[dict[str, str], CommandLines]) -> None:
    _, lines = fresh
    assert any(b"org.neo4j" in line for line in lines.seen), "the sampler saw no Neo4j process at all"
    leaked = [line for line in lines.seen if PASSWORD.encode() in line or b"quotes" in line]
    assert leaked == [], [line.replace(b"\0", b" ")[:200] for line in leaked]


def test_a_password_of_dashes_quotes_and_backslashes_logs_in(
    fresh: tuple[dict[str, str], CommandLines],
) -> None:
    env, _ = fresh
    with _driver(env) as driver:
        driver.verify_connectivity()


def test_load_csv_reads_no_file_of_the_machine(fresh: tuple[dict[str, str], CommandLines]) -> None:
    env, _ = fresh
    with _driver(env) as driver:
        for url in ("file:///etc/hostname", "file:///etc/passwd"):
            with pytest.raises(neo4j.exceptions.Neo4jError, match=r"(?i)file"):
                driver.execute_query(f"LOAD CSV FROM '{url}' AS row RETURN row LIMIT 1")
