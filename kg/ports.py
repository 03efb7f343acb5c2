"""Interfaces that kg defines and other packages implement, so kg never imports them.

The API needs extraction for its ingest mutation; it gets an ``Extractor`` from cli (the composition root)
instead of importing loaders.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from kg.model import ArticleExtraction


class Extractor(Protocol):
    """Turns one article into entities and facts with provenance (implemented in loaders)."""

    def extract_text(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        published: date | datetime | None = None,
        source: str | None = None,
    ) -> ArticleExtraction: ...

    def extract_url(self, url: str) -> ArticleExtraction: ...
