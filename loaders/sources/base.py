"""Shared by every reader: the failure record, the internal error, the fields of an article in the making."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kg.errors import InvalidInputError


@dataclass(frozen=True, slots=True)
class SourceFailure:
    """An input (a file, URL, feed item or JSONL line) that gave no article, and why.

    Attributes:
        input: what was asked for, e.g. ``"news/a.txt"``, ``"feed.xml item 3"``, ``"dump.jsonl:12"``.
        reason: the problem, e.g. ``"empty"``, ``"binary file (contains NUL bytes)"``.
    """

    input: str
    reason: str

    @property
    def message(self) -> str:
        """``"input: reason"``, for summaries and logs."""
        return f"{self.input}: {self.reason}"


class SourceError(InvalidInputError):
    """Raised inside the readers; read_sources turns it into a SourceFailure for the input at hand."""


@dataclass(slots=True)
class ArticleFields:
    """An article as a reader found it, before hygiene, language detection and IRI minting.

    ``body`` is plain text with paragraphs separated by blank lines; ``notes`` collects what the
    reader had to repair (encoding fallback, truncation), to be logged once the article is built.
    """

    body: str
    title: str | None = None
    url: str | None = None
    published: date | datetime | None = None
    source: str | None = None
    language: str | None = None  # declared by the document (HTML lang, feed language), a hint only
    identifier: str | None = None  # the source's own id (JSONL `id`), for a stable IRI without a URL
    notes: list[str] = field(default_factory=list)
