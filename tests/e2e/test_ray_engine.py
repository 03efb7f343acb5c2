"""The Ray engine on a real two-node Ray cluster (two raylets on 127.0.0.1, one CPU each) and the real
Neo4j: 200 BBC articles give the very graph the local engine gives; a rerun skips them all; a bad
input is named while the rest go on; re-extraction replaces articles without changing the graph."""

from __future__ import annotations

import os

# Before ray is imported: Ray's processes listen on 127.0.0.1 only, and send no usage statistics.
os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")

from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import neo4j
import pytest
from ray.cluster_utils import Cluster
from test_ingest_roundtrip import BBC, assert_same_dataset, exported_dataset, state

from kg.graphstore.articles import iter_stored_articles
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.settings import Settings
from loaders.ingest import pipeline_extractor, run_local
from loaders.ray_engine import run_ray
from loaders.sources import read_sources

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

ARTICLES = 200


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """A head node and a second node, each offering one CPU, as `ray start` would make them."""
    nodes = Cluster(
        initialize_head=True,
        head_node_args={"num_cpus": 1, "include_dashboard": False, "object_store_memory": 100 * 2**20},
    )
    nodes.add_node(num_cpus=1, object_store_memory=100 * 2**20)
    nodes.wait_for_nodes()
    yield nodes
    nodes.shutdown()


@pytest.fixture
def writer(driver: neo4j.Driver) -> GraphWriter:
    empty(driver)
    apply_schema(driver)
    return GraphWriter(driver)


def empty(driver: neo4j.Driver) -> None:
    with driver.session() as session:  # CALL IN TRANSACTIONS needs an auto-commit transaction
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


@pytest.fixture
def bbc200(tmp_path: Path) -> Path:
    """The first 200 BBC articles, and one line that is not an article at all."""
    path = tmp_path / "bbc200.jsonl"
    with BBC.open(encoding="utf-8") as lines:
        path.write_text("".join(islice(lines, ARTICLES)) + '{"id": "broken", "text": \n', encoding="utf-8")
    return path


def test_two_nodes_write_what_the_local_engine_writes(
    cluster: Cluster, writer: GraphWriter, driver: neo4j.Driver, bbc200: Path
) -> None:
    settings = Settings(ray_address=cluster.address, ray_workers=0)
    local = run_local(read_sources([str(bbc200)], settings), writer, pipeline_extractor(settings))
    assert (local.new, len(local.failed)) == (ARTICLES, 1)
    expected, expected_state = exported_dataset(driver), state(driver)
    empty(driver)

    seen: list[object] = []
    summary = run_ray(read_sources([str(bbc200)], settings), settings, writer, seen.append)
    assert (summary.workers, summary.nodes) == (2, 2)  # one extraction actor on each node
    assert (summary.new, summary.unchanged, summary.replaced) == (ARTICLES, 0, 0)
    assert len(summary.failed) == 1 and "bbc200.jsonl" in summary.failed[0]  # named, the rest written
    assert len(seen) == ARTICLES + 1
    assert_same_dataset(expected, exported_dataset(driver))
    assert state(driver) == expected_state

    again = run_ray(read_sources([str(bbc200)], settings), settings, writer)
    assert (again.new, again.unchanged) == (0, ARTICLES)  # resumable: stored articles are skipped

    last = sorted(str(a.iri) for a in islice(iter_stored_articles(driver), ARTICLES))[-21]
    redone = run_ray(iter_stored_articles(driver, after=last), settings, writer, replace=True)
    assert (redone.replaced, redone.new, len(redone.failed)) == (20, 0, 0)
    assert state(driver) == expected_state  # the same pipeline extracts the same facts again
