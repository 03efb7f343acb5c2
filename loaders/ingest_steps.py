"""The steps every ingest engine shares, one chunk of articles at a time.

An engine (loaders.ingest on this machine, loaders.ray_engine on a Ray cluster) reads articles in
chunks and, for each chunk: reports failed inputs and skips stored, unchanged articles
(``unchanged_or_todo``, which is what makes a rerun resumable), extracts the rest and maps each to
the rows the writer sends (``extract_chunk``), and writes them (``write_chunk``): the chunk in one
transaction, each article wholly or not at all; if the chunk is refused, article by article, so the
failing one is named and the others are written. A failure is a message naming the article; the
rest go on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

from kg.errors import InvalidInputError, StoreError, StoreUnavailableError
from kg.graphstore.writer import ArticleRows, WriteResult, extraction_rows
from kg.model import Article, ArticleExtraction
from kg.settings import Settings
from loaders.sources import SourceFailure

__all__ = [
    "ArticleWriter",
    "ExtractBatch",
    "IngestSummary",
    "Outcome",
    "Prepared",
    "Report",
    "article_name",
    "chunks",
    "extract_chunk",
    "pipeline_extractor",
    "unchanged_or_todo",
    "write_chunk",
]

#: Extraction of a batch of articles, in order (loaders.extract's batch API over nlp.pipe).
ExtractBatch = Callable[[list[Article]], Iterable[ArticleExtraction]]
#: What became of one article or input: its write result, or a message naming it and the failure.
Outcome = WriteResult | str


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

    def write_rows(self, articles: Sequence[ArticleRows], replace: bool = False) -> list[WriteResult]: ...

    def stored_hashes(self, article_iris: Iterable[str]) -> dict[str, str]: ...


@dataclass(frozen=True, slots=True)
class Prepared:
    """One extracted article, mapped to rows, with the name messages give it (small and picklable)."""

    name: str
    rows: ArticleRows


@dataclass
class IngestSummary:
    """Counts of one run; ``failed`` holds one message per failed input or article, naming it.

    Times: ``extract_seconds`` in extraction (summed over workers); ``write_seconds`` in write calls
    (overlapping extraction); ``wait_seconds`` the pipeline stood still for Neo4j (hash look-ups, and
    a chunk ready before the previous one was written, and the last chunk's write); ``total_seconds``.
    ``nodes`` is how many machines extracted (Ray: the distinct nodes of its workers).
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
    workers: int = 1
    nodes: int = 1

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


class Report:
    """Outcomes into the summary and ``on_result``, from any thread, one at a time."""

    def __init__(self, summary: IngestSummary, on_result: Callable[[Outcome], None]) -> None:
        self.summary = summary
        self._on_result = on_result
        self._lock = threading.Lock()

    def __call__(self, outcome: Outcome) -> None:
        with self._lock:
            if isinstance(outcome, str):
                self.summary.failed.append(outcome)
            else:
                self.summary.add(outcome)
            self._on_result(outcome)


def chunks(items: Iterable[Article | SourceFailure], size: int) -> Iterator[list[Article | SourceFailure]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def unchanged_or_todo(
    chunk: list[Article | SourceFailure], writer: ArticleWriter, report: Report, replace: bool = False
) -> list[Article]:
    """Report the chunk's failed inputs and its stored, unchanged articles; return the others.

    With ``replace`` (re-extraction) no article is skipped.
    """
    articles = [item for item in chunk if isinstance(item, Article)]
    for failure in (item for item in chunk if isinstance(item, SourceFailure)):
        report(failure.message)
    if replace or not articles:
        return articles
    stored = writer.stored_hashes(str(a.iri) for a in articles)
    todo = []
    for article in articles:
        if stored.get(str(article.iri)) == article.content_hash:
            report(WriteResult(str(article.iri), "unchanged"))
        else:
            todo.append(article)
    return todo


def extract_chunk(articles: list[Article], extract_batch: ExtractBatch) -> tuple[list[Prepared], list[str]]:
    """Extract as one batch (if the batch fails, article by article, so the failing one is named) and
    map each article to rows; returns the prepared articles and a message per failed one."""
    if not articles:
        return [], []
    try:
        extractions = list(extract_batch(articles))
    except Exception:
        extractions = []
    failed: list[str] = []
    if len(extractions) != len(articles):
        extractions = []
        for article in articles:
            try:
                extractions.extend(extract_batch([article]))
            except Exception as exc:
                failed.append(f"{article_name(article)}: extraction failed: {exc}")
    prepared = []
    for extraction in extractions:
        try:
            prepared.append(Prepared(article_name(extraction.article), extraction_rows(extraction)))
        except InvalidInputError as exc:
            failed.append(f"{article_name(extraction.article)}: not written: {exc}")
        except Exception as exc:  # a defect one article's data meets must not sink the others
            failed.append(f"{article_name(extraction.article)}: not written: {type(exc).__name__}: {exc}")
    return prepared, failed


def write_chunk(prepared: Sequence[Prepared], writer: ArticleWriter, replace: bool = False) -> list[Outcome]:
    """Write the chunk in one transaction; if it is refused, article by article to name the culprit.

    Raises:
        StoreUnavailableError: Neo4j cannot be reached (the run should stop).
    """
    if not prepared:
        return []
    try:
        return list(writer.write_rows([p.rows for p in prepared], replace))
    except StoreUnavailableError:
        raise
    except StoreError:
        pass
    outcomes: list[Outcome] = []
    for one in prepared:
        try:
            outcomes.extend(writer.write_rows([one.rows], replace))
        except StoreUnavailableError:
            raise
        except StoreError as exc:
            outcomes.append(f"{one.name}: not written: {exc}")
    return outcomes


def article_name(article: Article) -> str:
    """How an article is named in messages: its URL, else its title, else its IRI."""
    return article.url or (f"{article.title!r} ({article.iri})" if article.title else str(article.iri))
