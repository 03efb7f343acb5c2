"""Ingest: sources -> extraction -> the graph writer, resumable and failure-tolerant.

Articles are read from the inputs in chunks; an article whose content hash is already stored is
skipped before extraction (that is what makes a rerun after an interruption cheap), the rest are
extracted as a batch and written in one transaction per chunk (each article wholly or not at all;
if the chunk is refused, its articles are written one per transaction so the failing one is named).
An input or article that fails is recorded with its reason and the others go on; Neo4j becoming
unreachable stops the run.

Writing runs behind extraction on a thread of its own: chunk N is written while chunk N+1 is
extracted, and the pipeline only waits when a chunk is ready before the previous one is written
(``IngestSummary.wait_seconds``). Neo4j does the writing on its own cores while this process
extracts; the writer thread's Python work (RDF and rows) shares the interpreter with extraction.

    summary = ingest(["news/"], settings, writer, extract_batch, on_result=print)
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from types import TracebackType
from typing import Final, Protocol

from kg.errors import InvalidInputError, StoreError, StoreUnavailableError
from kg.graphstore.writer import WriteResult
from kg.model import Article, ArticleExtraction
from kg.settings import Settings
from loaders.sources import SourceFailure, read_sources

__all__ = ["ArticleWriter", "ExtractBatch", "IngestSummary", "ingest", "pipeline_extractor"]

#: Extraction of a batch of articles, in order (loaders.extract's batch API over nlp.pipe).
ExtractBatch = Callable[[list[Article]], Iterable[ArticleExtraction]]


def pipeline_extractor(settings: Settings) -> ExtractBatch:
    """The project's extraction (the same pipeline `kg extract` uses), with the spaCy model loaded once."""
    from loaders.extract import extract_articles
    from loaders.nlp import build_nlp

    nlp = build_nlp(settings)

    def extract(articles: list[Article]) -> list[ArticleExtraction]:
        return list(extract_articles(articles, nlp, settings))

    return extract


class ArticleWriter(Protocol):
    """What ingest needs of the store (kg.graphstore.writer.GraphWriter)."""

    def ingest(self, extraction: ArticleExtraction) -> WriteResult: ...

    def ingest_many(self, extractions: Sequence[ArticleExtraction]) -> list[WriteResult]: ...

    def stored_hashes(self, article_iris: Iterable[str]) -> dict[str, str]: ...


@dataclass
class IngestSummary:
    """Counts of one run; ``failed`` holds one message per failed input or article, naming it.

    Times: ``extract_seconds`` in extraction; ``write_seconds`` in write calls on the writer thread
    (overlapping extraction); ``wait_seconds`` the pipeline stood still for Neo4j (hash look-ups, and
    a chunk ready before the previous one was written, and the last chunk's write); ``total_seconds``.
    """

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[str] = field(default_factory=list)
    entities: int = 0  # mentions written (an entity in two articles counts twice)
    facts: int = 0  # distinct facts per written article
    extract_seconds: float = 0.0
    write_seconds: float = 0.0
    wait_seconds: float = 0.0
    total_seconds: float = 0.0

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.replaced + len(self.failed)

    def add(self, result: WriteResult) -> None:
        if result.status == "new":
            self.new += 1
        elif result.status == "replaced":
            self.replaced += 1
        else:
            self.unchanged += 1
        self.entities += result.entities
        self.facts += result.facts


class _Report:
    """Results and failures into the summary and ``on_result``, from either thread, one at a time."""

    def __init__(self, summary: IngestSummary, on_result: Callable[[WriteResult | str], None]) -> None:
        self.summary = summary
        self._on_result = on_result
        self._lock = threading.Lock()

    def result(self, result: WriteResult) -> None:
        with self._lock:
            self.summary.add(result)
            self._on_result(result)

    def fail(self, message: str) -> None:
        with self._lock:
            self.summary.failed.append(message)
            self._on_result(message)


Pair = tuple[Article, ArticleExtraction]
_DONE: Final = None  # tells the writer thread that no chunk follows


class _WriteBehind:
    """Writes submitted chunks on a thread of its own, one at a time, at most one waiting.

    An error the writer thread cannot handle (Neo4j unreachable, or a bug) stops the writing and is
    raised in the submitting thread at its next ``submit`` or at ``close``.
    """

    def __init__(self, write: Callable[[list[Pair]], None]) -> None:
        self.waited = 0.0
        self._write = write
        self._queue: queue.Queue[list[Pair] | None] = queue.Queue(maxsize=1)
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

    def submit(self, pairs: list[Pair]) -> None:
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

    def _put(self, item: list[Pair] | None) -> None:
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
    on_result: Callable[[WriteResult | str], None] = lambda _: None,
    chunk_size: int | None = None,
) -> IngestSummary:
    """Read, extract and write every article of ``inputs``; writing overlaps the next extraction.

    ``on_result`` gets each article's WriteResult, or a failure message, as soon as it is known
    (from the writer thread for written articles; calls never overlap).

    Raises:
        StoreUnavailableError: Neo4j cannot be reached (what was committed stays committed).
    """
    summary = IngestSummary()
    report = _Report(summary, on_result)
    started = time.perf_counter()
    size = chunk_size or max(1, settings.nlp_batch_size)
    with _WriteBehind(lambda pairs: _write_all(pairs, writer, report)) as behind:
        for chunk in _chunks(read_sources(list(inputs), settings), size):
            behind.check()  # Neo4j gone: stop before extracting more
            behind.submit(_prepare(chunk, writer, extract_batch, report))
    summary.wait_seconds += behind.waited
    summary.total_seconds = time.perf_counter() - started
    return summary


def _chunks(items: Iterable[Article | SourceFailure], size: int) -> Iterator[list[Article | SourceFailure]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _prepare(
    chunk: list[Article | SourceFailure], writer: ArticleWriter, extract_batch: ExtractBatch, report: _Report
) -> list[Pair]:
    """Report the chunk's failed inputs and stored articles; extract the others."""
    articles = [item for item in chunk if isinstance(item, Article)]
    for failure in (item for item in chunk if isinstance(item, SourceFailure)):
        report.fail(failure.message)
    started = time.perf_counter()
    stored = writer.stored_hashes(str(a.iri) for a in articles)
    report.summary.wait_seconds += time.perf_counter() - started
    todo = []
    for article in articles:
        if stored.get(str(article.iri)) == article.content_hash:
            report.result(WriteResult(str(article.iri), "unchanged"))
        else:
            todo.append(article)
    return list(_extract(todo, extract_batch, report))


def _extract(articles: list[Article], extract_batch: ExtractBatch, report: _Report) -> Iterator[Pair]:
    """Extract as one batch; if the batch fails, article by article, so the failing one is named."""
    if not articles:
        return
    started = time.perf_counter()
    try:
        extractions = list(extract_batch(articles))
    except Exception:
        extractions = []
    report.summary.extract_seconds += time.perf_counter() - started
    if len(extractions) == len(articles):
        yield from zip(articles, extractions, strict=True)
        return
    for article in articles:
        started = time.perf_counter()
        try:
            single = list(extract_batch([article]))
        except Exception as exc:
            report.fail(f"{_name(article)}: extraction failed: {exc}")
            continue
        finally:
            report.summary.extract_seconds += time.perf_counter() - started
        yield article, single[0]


def _write_all(pairs: list[Pair], writer: ArticleWriter, report: _Report) -> None:
    """Write the chunk in one transaction; if it is refused, article by article to name the culprit."""
    started = time.perf_counter()
    try:
        results = writer.ingest_many([extraction for _, extraction in pairs])
    except StoreUnavailableError:
        raise
    except (InvalidInputError, StoreError):
        results = []
    finally:
        report.summary.write_seconds += time.perf_counter() - started
    if not results:
        for article, extraction in pairs:
            _write(article, extraction, writer, report)
        return
    for result in results:
        report.result(result)


def _write(article: Article, extraction: ArticleExtraction, writer: ArticleWriter, report: _Report) -> None:
    started = time.perf_counter()
    try:
        result = writer.ingest(extraction)
    except StoreUnavailableError:
        raise
    except (InvalidInputError, StoreError) as exc:
        report.fail(f"{_name(article)}: not written: {exc}")
        return
    finally:
        report.summary.write_seconds += time.perf_counter() - started
    report.result(result)


def _name(article: Article) -> str:
    """How an article is named in messages: its URL, else its title, else its IRI."""
    return article.url or (f"{article.title!r} ({article.iri})" if article.title else str(article.iri))
