"""Ingest: sources -> extraction -> the graph writer, resumable and failure-tolerant.

Articles are read from the inputs in chunks; an article whose content hash is already stored is
skipped before extraction (that is what makes a rerun after an interruption cheap), the rest are
extracted as a batch and written in one transaction per chunk (each article wholly or not at all;
if the chunk is refused, its articles are written one per transaction so the failing one is named).
An input or article that fails is recorded with its reason and the others go on; Neo4j becoming
unreachable stops the run.

    summary = ingest(["news/"], settings, writer, extract_batch, on_result=print)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

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
    """Counts of one run; ``failed`` holds one message per failed input or article, naming it."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[str] = field(default_factory=list)
    entities: int = 0  # mentions written (an entity in two articles counts twice)
    facts: int = 0  # distinct facts per written article
    extract_seconds: float = 0.0
    write_seconds: float = 0.0
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


def ingest(
    inputs: Iterable[str],
    settings: Settings,
    writer: ArticleWriter,
    extract_batch: ExtractBatch,
    on_result: Callable[[WriteResult | str], None] = lambda _: None,
    chunk_size: int | None = None,
) -> IngestSummary:
    """Read, extract and write every article of ``inputs``.

    ``on_result`` gets each article's WriteResult, or a failure message, as soon as it is known.

    Raises:
        StoreUnavailableError: Neo4j cannot be reached (what was committed stays committed).
    """
    summary = IngestSummary()
    started = time.perf_counter()
    size = chunk_size or max(1, settings.nlp_batch_size)
    for chunk in _chunks(read_sources(list(inputs), settings), size):
        _ingest_chunk(chunk, writer, extract_batch, summary, on_result)
    summary.total_seconds = time.perf_counter() - started
    return summary


def _chunks(items: Iterable[Article | SourceFailure], size: int) -> Iterator[list[Article | SourceFailure]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _ingest_chunk(
    chunk: list[Article | SourceFailure],
    writer: ArticleWriter,
    extract_batch: ExtractBatch,
    summary: IngestSummary,
    on_result: Callable[[WriteResult | str], None],
) -> None:
    articles = [item for item in chunk if isinstance(item, Article)]
    for failure in (item for item in chunk if isinstance(item, SourceFailure)):
        _fail(summary, on_result, failure.message)
    stored = writer.stored_hashes(str(a.iri) for a in articles)
    todo = []
    for article in articles:
        if stored.get(str(article.iri)) == article.content_hash:
            result = WriteResult(str(article.iri), "unchanged")
            summary.add(result)
            on_result(result)
        else:
            todo.append(article)
    _write_all(list(_extract(todo, extract_batch, summary, on_result)), writer, summary, on_result)


def _extract(
    articles: list[Article],
    extract_batch: ExtractBatch,
    summary: IngestSummary,
    on_result: Callable[[WriteResult | str], None],
) -> Iterator[tuple[Article, ArticleExtraction]]:
    """Extract as one batch; if the batch fails, article by article, so the failing one is named."""
    if not articles:
        return
    started = time.perf_counter()
    try:
        extractions = list(extract_batch(articles))
    except Exception:
        extractions = []
    summary.extract_seconds += time.perf_counter() - started
    if len(extractions) == len(articles):
        yield from zip(articles, extractions, strict=True)
        return
    for article in articles:
        started = time.perf_counter()
        try:
            single = list(extract_batch([article]))
        except Exception as exc:
            _fail(summary, on_result, f"{_name(article)}: extraction failed: {exc}")
            continue
        finally:
            summary.extract_seconds += time.perf_counter() - started
        yield article, single[0]


def _write_all(
    pairs: list[tuple[Article, ArticleExtraction]],
    writer: ArticleWriter,
    summary: IngestSummary,
    on_result: Callable[[WriteResult | str], None],
) -> None:
    """Write the chunk in one transaction; if it is refused, article by article to name the culprit."""
    if not pairs:
        return
    started = time.perf_counter()
    try:
        results = writer.ingest_many([extraction for _, extraction in pairs])
    except StoreUnavailableError:
        raise
    except (InvalidInputError, StoreError):
        results = []
    finally:
        summary.write_seconds += time.perf_counter() - started
    if not results:
        for article, extraction in pairs:
            _write(article, extraction, writer, summary, on_result)
        return
    for result in results:
        summary.add(result)
        on_result(result)


def _write(
    article: Article,
    extraction: ArticleExtraction,
    writer: ArticleWriter,
    summary: IngestSummary,
    on_result: Callable[[WriteResult | str], None],
) -> None:
    started = time.perf_counter()
    try:
        result = writer.ingest(extraction)
    except StoreUnavailableError:
        raise
    except (InvalidInputError, StoreError) as exc:
        _fail(summary, on_result, f"{_name(article)}: not written: {exc}")
        return
    finally:
        summary.write_seconds += time.perf_counter() - started
    summary.add(result)
    on_result(result)


def _fail(summary: IngestSummary, on_result: Callable[[WriteResult | str], None], message: str) -> None:
    summary.failed.append(message)
    on_result(message)


def _name(article: Article) -> str:
    """How an article is named in messages: its URL, else its title, else its IRI."""
    return article.url or (f"{article.title!r} ({article.iri})" if article.title else str(article.iri))
