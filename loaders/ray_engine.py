"""Ingest on a Ray cluster: extraction actors on every node, writer actors sending rows to Neo4j.

The only module that imports ``ray``. This process (the Ray driver) reads the inputs in chunks and
skips stored, unchanged articles, as the local engine does (loaders.ingest_steps); each remaining
chunk goes to the extraction actor with the fewest chunks outstanding. Each actor loads the spaCy
pipeline once and turns a chunk into rows (``extract_chunk``); the rows go, as a Ray object that
never passes through this process, to a writer actor that writes the chunk in one transaction
(``write_chunk``: each article wholly or not at all, a refused one named). Only the outcomes come
back here. Backpressure: at most ``2 x workers`` chunks are in flight (submitted and not yet
written), so a slow Neo4j stops the reading instead of filling memory.

An actor whose process or node dies is restarted and its chunk run again (extraction is a pure
function, writes are idempotent); a chunk that still fails has its articles named as failed and
the run goes on. Neo4j becoming unreachable stops the run, as in the local engine.

Address: ``RAY_ADDRESS`` / ``KG_RAY_ADDRESS`` / ``--ray-address`` join an existing cluster (its
nodes need this package installed, and ``KG_NEO4J_URI`` must name a server they can reach); without
one a single-node Ray is started for the run, on the loopback interface only.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pydantic import SecretStr

from kg.errors import ConfigError, StoreUnavailableError
from kg.graphstore.connection import bolt_uri, open_driver, resolve_password
from kg.graphstore.writer import GraphWriter
from kg.model import Article
from kg.settings import Settings
from loaders.ingest_steps import (
    ArticleWriter,
    IngestSummary,
    Outcome,
    Prepared,
    Report,
    article_name,
    chunks,
    extract_chunk,
    pipeline_extractor,
    unchanged_or_todo,
    write_chunk,
)
from loaders.sources import SourceFailure

__all__ = ["run_ray", "store_settings"]

#: Chunks each extraction actor may have outstanding: one running, one queued behind it.
IN_FLIGHT_PER_WORKER = 2
#: Restarts of a dead actor, and reruns of the chunk it was given, before the chunk counts as failed.
RESTARTS = 2


class _Extractor:
    """A Ray actor: the spaCy pipeline, loaded once; chunks of articles in, rows out."""

    def __init__(self, settings: Settings) -> None:
        self._extract = pipeline_extractor(settings)

    def node(self) -> str:
        import ray

        return str(ray.get_runtime_context().get_node_id())

    def extract(self, articles: list[Article]) -> tuple[list[Prepared], list[str], float]:
        started = time.perf_counter()
        prepared, failed = extract_chunk(articles, self._extract)
        return prepared, failed, time.perf_counter() - started


class _Writer:
    """A Ray actor: a driver of its own; an extraction actor's rows in, one transaction per chunk."""

    def __init__(self, settings: Settings) -> None:
        self._driver = open_driver(settings)
        self._writer = GraphWriter(self._driver, settings.neo4j_database)

    def write(
        self, extracted: tuple[list[Prepared], list[str], float], replace: bool
    ) -> tuple[list[Outcome], float, float]:
        prepared, failed, extract_seconds = extracted
        started = time.perf_counter()
        outcomes: list[Outcome] = [*failed, *write_chunk(prepared, self._writer, replace)]
        return outcomes, extract_seconds, time.perf_counter() - started


def store_settings(settings: Settings) -> Settings:
    """The settings writer actors get: the server's URI and password spelled out (a node elsewhere
    has no managed server and no password file)."""
    password = SecretStr(resolve_password(settings))
    return settings.model_copy(update={"neo4j_uri": bolt_uri(settings), "neo4j_password": password})


@dataclass
class _Chunk:
    names: list[str]
    worker: int


@dataclass
class _Pool:
    """The actors, and the chunks each extraction actor has outstanding."""

    extractors: list[Any]
    writers: list[Any]
    outstanding: list[int] = field(default_factory=list)
    submitted: int = 0

    def submit(self, articles: list[Article], replace: bool) -> tuple[Any, int]:
        worker = min(range(len(self.extractors)), key=self.outstanding.__getitem__)
        extracted = self.extractors[worker].extract.remote(articles)
        written = self.writers[self.submitted % len(self.writers)].write.remote(extracted, replace)
        self.outstanding[worker] += 1
        self.submitted += 1
        return written, worker


def run_ray(
    items: Iterable[Article | SourceFailure],
    settings: Settings,
    reads: ArticleWriter,
    on_result: Callable[[Outcome], None] = lambda _: None,
    address: str | None = None,
    replace: bool = False,
) -> IngestSummary:
    """Extract and write ``items`` on a Ray cluster; ``reads`` answers the stored-hash look-ups.

    Raises:
        StoreUnavailableError: Neo4j cannot be reached (what was committed stays committed).
        ConfigError: the Ray cluster cannot be joined or started.
    """
    summary = IngestSummary()
    report = Report(summary, on_result)
    with _connected(address or settings.ray_address) as ray:
        pool = _start_actors(ray, settings)
        summary.workers = len(pool.extractors)
        # Once every actor answers, each has loaded the pipeline: the run's time starts here, as the
        # local engine's starts with its pipeline loaded.
        summary.nodes = len(set(ray.get([e.node.remote() for e in pool.extractors])))
        started = time.perf_counter()
        pending: dict[Any, _Chunk] = {}
        limit = IN_FLIGHT_PER_WORKER * len(pool.extractors)
        for chunk in chunks(items, max(1, settings.ray_chunk_size)):
            began = time.perf_counter()
            todo = unchanged_or_todo(chunk, reads, report, replace)
            summary.wait_seconds += time.perf_counter() - began
            if not todo:
                continue
            while len(pending) >= limit:
                _collect(ray, pending, pool, summary, report)
            written, worker = pool.submit(todo, replace)
            pending[written] = _Chunk([article_name(a) for a in todo], worker)
        while pending:
            _collect(ray, pending, pool, summary, report)
    summary.total_seconds = time.perf_counter() - started
    return summary


def _collect(
    ray: Any, pending: dict[Any, _Chunk], pool: _Pool, summary: IngestSummary, report: Report
) -> None:
    """Wait for one chunk to be written and report its outcomes; a chunk lost with its actor is named."""
    [done], _ = ray.wait(list(pending), num_returns=1)
    chunk = pending.pop(done)
    pool.outstanding[chunk.worker] -= 1
    try:
        outcomes, extract_seconds, write_seconds = ray.get(done)
    except StoreUnavailableError as exc:  # raised in a writer actor: stop, as the local engine does
        raise StoreUnavailableError(str(getattr(exc, "cause", exc))) from exc
    except ray.exceptions.RayError as exc:  # the actor died for good, or a bug in it
        outcomes = [f"{name}: lost on the Ray cluster: {exc}" for name in chunk.names]
        extract_seconds = write_seconds = 0.0
    summary.extract_seconds += extract_seconds
    summary.write_seconds += write_seconds
    for outcome in outcomes:
        report(outcome)


def _start_actors(ray: Any, settings: Settings) -> _Pool:
    workers = settings.ray_workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    options = {"max_restarts": RESTARTS, "max_task_retries": RESTARTS}
    extractor = ray.remote(num_cpus=1, **options)(_Extractor)
    # Writers wait on Neo4j, not on a core: they take no CPU from the extraction actors.
    writer = ray.remote(num_cpus=0, **options)(_Writer)
    store = store_settings(settings)
    return _Pool(
        [extractor.remote(settings) for _ in range(workers)],
        [writer.remote(store) for _ in range(max(1, settings.ray_writers))],
        [0] * workers,
    )


@contextmanager
def _connected(address: str | None) -> Iterator[Any]:
    """Ray, joined to the cluster at ``address`` (or RAY_ADDRESS), else a single-node one started here."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # Ray must not phone home
    address = address or os.environ.get("RAY_ADDRESS") or None
    if address is None:
        # Ray's own switch for single-machine use: its processes then listen on 127.0.0.1 only.
        # Read when ray is first imported, so it is set before.
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    import ray

    try:
        if address is None:
            ray.init(address="local", include_dashboard=False, logging_level=logging.WARNING)
        else:
            ray.init(address=address, logging_level=logging.WARNING)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise ConfigError(f"cannot join the Ray cluster at {address or 'a new local one'}: {exc}") from exc
    try:
        yield ray
    finally:
        ray.shutdown()
