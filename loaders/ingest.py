"""Ingest on this machine: sources -> extraction -> the graph writer, resumable and failure-tolerant.

Articles are read from the inputs in chunks; an article whose content hash is already stored is
skipped before extraction (that is what makes a rerun after an interruption cheap), the rest are
extracted as a batch and written in one transaction per chunk (each article wholly or not at all;
if the chunk is refused, its articles are written one per transaction so the failing one is named).
An input or article that fails is recorded with its reason and the others go on; Neo4j becoming
unreachable stops the run. The steps are loaders.ingest_steps', shared with the Ray engine.

Writing runs behind extraction on a thread of its own: chunk N is written while chunk N+1 is
extracted, and the pipeline only waits when a chunk is ready before the previous one is written
(``IngestSummary.wait_seconds``). Neo4j does the writing on its own cores while this process
extracts; the writer thread's Python work shares the interpreter with extraction.

    summary = ingest(["news/"], settings, writer, extract_batch, on_result=print)
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Final

from kg.model import Article
from kg.settings import Settings
from loaders.ingest_steps import (
    ArticleWriter,
    ExtractBatch,
    IngestSummary,
    Outcome,
    Prepared,
    Report,
    chunks,
    extract_chunk,
    pipeline_extractor,
    unchanged_or_todo,
    write_chunk,
)
from loaders.sources import SourceFailure, read_sources

__all__ = ["ArticleWriter", "ExtractBatch", "IngestSummary", "ingest", "pipeline_extractor", "run_local"]

_DONE: Final = None  # tells the writer thread that no chunk follows


class _WriteBehind:
    """Writes submitted chunks on a thread of its own, one at a time, at most one waiting.

    An error the writer thread cannot handle (Neo4j unreachable, or a bug) stops the writing and is
    raised in the submitting thread at its next ``submit`` or at ``close``.
    """

    def __init__(self, write: Callable[[list[Prepared]], None]) -> None:
        self.waited = 0.0
        self._write = write
        self._queue: queue.Queue[list[Prepared] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-ingest-writer", daemon=True)
        self._thread.start()

    def __enter__(self) -> _WriteBehind:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
        else:  # the caller failed: drop what is queued, let the chunk in hand finish committing
            self._error = self._error or exc
            self._put(_DONE)
            self._thread.join()

    def submit(self, pairs: list[Prepared]) -> None:
        """Queue a chunk for writing; blocks while the writer still has one waiting."""
        self.check()
        if pairs:
            self._put(pairs)

    def close(self) -> None:
        """Wait until every submitted chunk is written; raise the writer's error if it had one."""
        self._put(_DONE)
        started = time.perf_counter()
        self._thread.join()
        self.waited += time.perf_counter() - started
        self.check()

    def check(self) -> None:
        if self._error is not None:
            raise self._error

    def _put(self, item: list[Prepared] | None) -> None:
        started = time.perf_counter()
        while self._thread.is_alive():
            try:
                self._queue.put(item, timeout=0.5)
                break
            except queue.Full:
                continue
        self.waited += time.perf_counter() - started

    def _run(self) -> None:
        while (pairs := self._queue.get()) is not _DONE:
            if self._error is not None:
                continue  # stopped: drain, so the submitter never blocks on a dead writer
            try:
                self._write(pairs)
            except BaseException as exc:  # handed to the submitting thread, which raises it
                self._error = exc


def ingest(
    inputs: Iterable[str],
    settings: Settings,
    writer: ArticleWriter,
    extract_batch: ExtractBatch,
    on_result: Callable[[Outcome], None] = lambda _: None,
    chunk_size: int | None = None,
) -> IngestSummary:
    """Read, extract and write every article of ``inputs``; writing overlaps the next extraction.

    ``on_result`` gets each article's WriteResult, or a failure message, as soon as it is known
    (from the writer thread for written articles; calls never overlap).

    Raises:
        StoreUnavailableError: Neo4j cannot be reached (what was committed stays committed).
    """
    items = read_sources(list(inputs), settings)
    return run_local(items, writer, extract_batch, on_result, chunk_size or settings.nlp_batch_size)


def run_local(
    items: Iterable[Article | SourceFailure],
    writer: ArticleWriter,
    extract_batch: ExtractBatch,
    on_result: Callable[[Outcome], None] = lambda _: None,
    chunk_size: int = 64,
    replace: bool = False,
) -> IngestSummary:
    """Extract and write ``items`` (articles, or inputs that failed to read) in this process.

    ``replace`` writes every article again even when its stored content hash is the same (re-extraction).
    """
    summary = IngestSummary()
    report = Report(summary, on_result)
    started = time.perf_counter()

    def write(prepared: list[Prepared]) -> None:
        began = time.perf_counter()
        try:
            outcomes = write_chunk(prepared, writer, replace)
        finally:
            summary.write_seconds += time.perf_counter() - began
        for outcome in outcomes:
            report(outcome)

    with _WriteBehind(write) as behind:
        for chunk in chunks(items, max(1, chunk_size)):
            behind.check()  # Neo4j gone: stop before extracting more
            began = time.perf_counter()
            todo = unchanged_or_todo(chunk, writer, report, replace)
            summary.wait_seconds += time.perf_counter() - began
            began = time.perf_counter()
            prepared, failed = extract_chunk(todo, extract_batch)
            summary.extract_seconds += time.perf_counter() - began
            for message in failed:
                report(message)
            behind.submit(prepared)
    summary.wait_seconds += behind.waited
    summary.total_seconds = time.perf_counter() - started
    return summary
