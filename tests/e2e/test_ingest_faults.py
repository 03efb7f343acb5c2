"""Faults on a real, throwaway Neo4j: SIGKILL mid-ingest then rerun; an unreachable server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest
from rdflib.compare import isomorphic
from synthetic_articles import synthetic_extraction

from kg.graphstore.connection import open_driver
from kg.graphstore.export import export_article
from kg.graphstore.writer import GraphWriter
from kg.rdf import add_article, new_dataset
from kg.server import start_server, stop_server
from kg.settings import Settings

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ARTICLES = 200


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def throwaway(tmp_path: Path) -> Iterator[Settings]:
    """A managed Neo4j of its own (own data dir and ports), stopped afterwards."""
    settings = Settings(
        data_dir=tmp_path / "kg",
        neo4j_uri=None,
        neo4j_password=None,
        neo4j_heap="512m",
        neo4j_pagecache="64m",
        neo4j_bolt_port=free_port(),
        neo4j_http_port=free_port(),
    )
    start_server(settings)
    yield settings
    stop_server(settings)


@pytest.fixture
def dev_writer(driver: neo4j.Driver) -> GraphWriter:
    """A writer over the emptied dev database (CALL IN TRANSACTIONS needs an auto-commit transaction)."""
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    store = GraphWriter(driver)
    store.ensure_constraint()
    return store


def worker_env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update(
        KG_DATA_DIR=str(settings.data_dir),
        KG_NEO4J_BOLT_PORT=str(settings.neo4j_bolt_port),
        KG_NEO4J_HTTP_PORT=str(settings.neo4j_http_port),
        PYTHONPATH=str(HERE),
    )
    return env


def run_worker(settings: Settings) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(HERE / "write_worker.py"), str(ARTICLES)],
        cwd=REPO,
        env=worker_env(settings),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def committed(settings: Settings) -> int:
    driver = open_driver(settings)
    try:
        records, _, _ = driver.execute_query("MATCH (a:Article) RETURN count(a) AS n")
        return int(records[0]["n"])
    finally:
        driver.close()


def state(driver: neo4j.Driver) -> tuple[list[Any], list[Any]]:
    """Every node and relationship, comparable across databases."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props ORDER BY uri"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.uri AS a, type(r) AS t, b.uri AS b, properties(r) AS props"
    )
    return (
        [(r["uri"], sorted(r["labels"]), r["props"]) for r in nodes],
        sorted((r["a"], r["t"], r["b"], sorted(r["props"].items())) for r in rels),
    )


@pytest.mark.neo4j
@pytest.mark.slow
# The managed server outlives the Popen that start_server drops, which CPython reports on collection.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_sigkill_mid_ingest_then_rerun_leaves_every_article_once_and_whole(
    throwaway: Settings, dev_writer: GraphWriter, driver: neo4j.Driver
) -> None:
    worker = run_worker(throwaway)
    deadline = time.monotonic() + 300
    while committed(throwaway) < 40 and worker.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    pid = int((throwaway.data_dir / "neo4j" / "run" / "neo4j.pid").read_text().strip())
    os.kill(pid, signal.SIGKILL)
    _, err = worker.communicate(timeout=180)
    assert worker.returncode == 1, err
    assert "error:" in err

    start_server(throwaway)
    killed_at = committed(throwaway)
    assert 40 <= killed_at < ARTICLES
    rerun = run_worker(throwaway)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    statuses = [line.split()[1] for line in out.splitlines()]
    assert statuses.count("unchanged") == killed_at and statuses.count("new") == ARTICLES - killed_at

    # The reference: the same 200 articles written without a fault, into the dev server.
    for n in range(ARTICLES):
        dev_writer.ingest(synthetic_extraction(n))
    survivor = open_driver(throwaway)
    try:
        assert state(survivor) == state(driver)  # no duplicate node or fact, the same support
        for n in (0, killed_at - 1, killed_at, ARTICLES - 1):
            ext = synthetic_extraction(n)
            exported = export_article(survivor, ext.article.iri)
            assert exported is not None and isomorphic(add_article(new_dataset(), ext), exported)
    finally:
        survivor.close()


@pytest.mark.neo4j
def test_unreachable_neo4j_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "KG_NEO4J_URI": f"bolt://127.0.0.1:{port}", "KG_NEO4J_PASSWORD": "x"}
    sample = tmp_path / "a.txt"
    sample.write_text("A headline\n\nSome text about Kirby and China.\n", encoding="utf-8")
    for command in (["ingest", str(sample)], ["export"], ["delete", "https://kg.example.org/article/x"]):
        done = subprocess.run(
            [str(Path(sys.executable).parent / "kg"), *command],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        assert f"Neo4j is not reachable at bolt://127.0.0.1:{port}" in done.stderr
        assert done.stdout == ""
