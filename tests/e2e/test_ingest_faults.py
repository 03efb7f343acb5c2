"""Faults on a real, throwaway Neo4j: SIGKILL mid-ingest then rerun; an unreachable server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from rdflib.compare import isomorphic
from synthetic_articles import synthetic_extraction

from kg.graphstore.connection import open_driver
from kg.graphstore.export import export_article
from kg.graphstore.mapping import relationship_type
from kg.rdf import add_article, new_dataset
from kg.server import start_server, stop_server
from kg.settings import Settings
from testkit.served import free_port

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ARTICLES = 200


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


def expected_support() -> dict[tuple[str, str, str], int]:
    """Articles per fact over all the synthetic articles, computed without Neo4j."""
    support: dict[tuple[str, str, str], set[str]] = {}
    for n in range(ARTICLES):
        ext = synthetic_extraction(n)
        for f in ext.facts:
            key = (str(f.subject), relationship_type(f.predicate), str(f.object))
            support.setdefault(key, set()).add(str(ext.article.iri))
    return {key: len(articles) for key, articles in support.items()}


def stored_support(driver: neo4j.Driver) -> list[tuple[str, str, str, int]]:
    records, _, _ = driver.execute_query(
        "MATCH (s)-[r]->(o) WHERE r.articleCount IS NOT NULL "
        "RETURN s.uri AS s, type(r) AS t, o.uri AS o, r.articleCount AS n"
    )
    return sorted((r["s"], r["t"], r["o"], r["n"]) for r in records)


def node_counts(driver: neo4j.Driver) -> tuple[int, int, int]:
    records, _, _ = driver.execute_query(
        "MATCH (n:Resource) RETURN count(n) AS nodes, count(DISTINCT n.uri) AS uris, "
        "count(CASE WHEN n:Article THEN 1 END) AS articles"
    )
    return records[0]["nodes"], records[0]["uris"], records[0]["articles"]


@pytest.mark.neo4j
@pytest.mark.slow
# The managed server outlives the Popen that start_server drops, which CPython reports on collection.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_sigkill_mid_ingest_then_rerun_leaves_every_article_once_and_whole(
    throwaway: Settings,
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
    assert killed_at % 8 == 0  # batches of 8 articles: all of one or none
    rerun = run_worker(throwaway)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    statuses = [line.split()[1] for line in out.splitlines()]
    assert statuses.count("unchanged") == killed_at and statuses.count("new") == ARTICLES - killed_at

    driver = open_driver(throwaway)
    try:
        nodes, uris, articles = node_counts(driver)
        expected_nodes = {str(e.iri) for n in range(ARTICLES) for e in synthetic_extraction(n).entities}
        assert (uris, articles) == (nodes, ARTICLES)  # no node twice
        assert nodes == len(expected_nodes) + ARTICLES * (1 + 5)  # entities, articles, 5 evidence each
        # every fact once, with the support of exactly the articles that state it
        assert stored_support(driver) == sorted((s, t, o, n) for (s, t, o), n in expected_support().items())
        for n in range(ARTICLES):  # every article whole: its export is exactly its RDF
            ext = synthetic_extraction(n)
            exported = export_article(driver, ext.article.iri)
            assert exported is not None and isomorphic(add_article(new_dataset(), ext), exported), n
    finally:
        driver.close()


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
