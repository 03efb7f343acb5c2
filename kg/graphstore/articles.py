"""The articles stored in Neo4j, read back as kg.model.Article (their text and metadata, no facts).

Re-extraction (`kg reextract`) reads them page by page in IRI order, so it runs in constant memory
and a run stopped part-way can go on after the last article it reported (``after``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from typing import Any

import neo4j
from rdflib import URIRef

from kg.graphstore import queries as q
from kg.graphstore.driver_errors import translated
from kg.model import Article

__all__ = ["iter_stored_articles"]


def iter_stored_articles(
    driver: neo4j.Driver, database: str = "neo4j", after: str = "", page_size: int = 64
) -> Iterator[Article]:
    """Every stored article whose IRI sorts after ``after``, in IRI order, ``page_size`` at a time."""
    while True:
        with translated("reading articles"):
            records, _, _ = driver.execute_query(
                *q.stored_articles_query(after, page_size),
                database_=database,
                routing_=neo4j.RoutingControl.READ,
            )
        if not records:
            return
        for record in records:
            yield stored_article(record["article"])
        after = records[-1]["article"]["uri"]


def stored_article(props: Mapping[str, Any]) -> Article:
    """An Article from its node's properties (a Neo4j date or datetime becomes Python's)."""
    return Article(
        iri=URIRef(props["uri"]),
        text=props["text"],
        content_hash=props["contentHash"],
        title=props.get("title"),
        url=props.get("url"),
        published=_published(props.get("published")),
        source=props.get("source"),
        language=props.get("language"),
    )


def _published(value: Any) -> date | datetime | None:
    """A stored publication date as Python's. A date without a time of day is stored as its ISO string
    (mapping.ARTICLE_PROPERTIES types the string xsd:date), a time of day as a Neo4j datetime; a string
    that is no ISO date is left out rather than sink the re-extraction of every article after it."""
    to_native = getattr(value, "to_native", None)
    if to_native is not None:
        native: date | datetime = to_native()
        return native
    if isinstance(value, str):
        for parse in (date.fromisoformat, datetime.fromisoformat):
            try:
                return parse(value)
            except ValueError:
                continue
        return None
    return value if isinstance(value, date) else None
