"""The articles stored in Neo4j, read back as kg.model.Article (their text and metadata, no facts).

Re-extraction (`kg reextract`) reads them page by page in IRI order, so it runs in constant memory
and a run stopped part-way can go on after the last article it reported (``after``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import neo4j
from rdflib import URIRef

from kg.errors import StoreError, StoreUnavailableError
from kg.graphstore import queries as q
from kg.model import Article

__all__ = ["iter_stored_articles"]


def iter_stored_articles(
    driver: neo4j.Driver, database: str = "neo4j", after: str = "", page_size: int = 64
) -> Iterator[Article]:
    """Every stored article whose IRI sorts after ``after``, in IRI order, ``page_size`` at a time."""
    while True:
        try:
            records, _, _ = driver.execute_query(
                *q.stored_articles_query(after, page_size),
                database_=database,
                routing_=neo4j.RoutingControl.READ,
            )
        except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, OSError) as exc:
            raise StoreUnavailableError(f"Neo4j became unreachable while reading articles: {exc}") from exc
        except neo4j.exceptions.Neo4jError as exc:
            raise StoreError(f"Neo4j refused to read articles: {exc.code}: {exc.message}") from exc
        if not records:
            return
        for record in records:
            yield stored_article(record["article"])
        after = records[-1]["article"]["uri"]


def stored_article(props: Mapping[str, Any]) -> Article:
    """An Article from its node's properties (a Neo4j date or datetime becomes Python's)."""
    published = props.get("published")
    to_native = getattr(published, "to_native", None)
    return Article(
        iri=URIRef(props["uri"]),
        text=props["text"],
        content_hash=props["contentHash"],
        title=props.get("title"),
        url=props.get("url"),
        published=to_native() if to_native is not None else published,
        source=props.get("source"),
        language=props.get("language"),
    )
