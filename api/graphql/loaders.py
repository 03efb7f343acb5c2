"""Per-request DataLoaders: every nested field of a response level is answered by one batched query.

A loader is cached per (field, arguments), so parents that ask for the same page share one batch.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from strawberry.dataloader import DataLoader

from api.graphql import batches, queries
from api.graphql.executor import CypherExecutor, Rows
from api.graphql.inputs import Direction
from api.graphql.pagination import Page
from api.graphql.queries import Query

FactKey = tuple[str, str, str]  # subject IRI, predicate local name, object IRI


def _fact_param(key: FactKey) -> dict[str, str]:
    return {"s": key[0], "p": key[1], "o": key[2]}


def _fact_key(value: dict[str, str]) -> FactKey:
    return (value["s"], value["p"], value["o"])


class Loaders:
    """The DataLoaders of one request (built in the context getter, dropped with the request)."""

    def __init__(self, executor: CypherExecutor) -> None:
        self._executor = executor
        self._cache: dict[Hashable, DataLoader[Any, Any]] = {}

    def _batched(
        self,
        cache_key: Hashable,
        build: Callable[[list[Any]], Query],
        column: str,
        default: Any,
        to_param: Callable[[Any], Any] = lambda k: k,
        from_row: Callable[[Any], Any] = lambda k: k,
    ) -> DataLoader[Any, Any]:
        loader = self._cache.get(cache_key)
        if loader is None:

            async def load(keys: list[Any]) -> list[Any]:
                rows = await self._executor.read(build([to_param(k) for k in keys]))
                found = {from_row(row["key"]): row[column] for row in rows}
                return [found.get(k, default) for k in keys]

            loader = self._cache[cache_key] = DataLoader(load_fn=load)
        return loader

    def entity(self) -> DataLoader[str, dict[str, Any] | None]:
        return self._batched("entity", queries.entities_by_uri_query, "row", None)

    def article(self) -> DataLoader[str, dict[str, Any] | None]:
        return self._batched("article", queries.articles_by_uri_query, "row", None)

    def article_text(self) -> DataLoader[str, str | None]:
        return self._batched("article_text", queries.article_texts_query, "text", None)

    def entity_facts(
        self,
        direction: Direction,
        predicates: tuple[str, ...] | None,
        page: Page,
        evidence: Page | None = None,
    ) -> DataLoader[str, Rows]:
        """Facts per entity; with ``evidence``, each row carries that page of its evidence too."""
        preds = list(predicates) if predicates else None
        return self._batched(
            ("entity_facts", direction, predicates, page, evidence),
            lambda keys: batches.entity_facts_query(keys, direction, preds, page.skip, page.fetch, evidence),
            "rows",
            [],
        )

    def entity_facts_count(
        self, direction: Direction, predicates: tuple[str, ...] | None
    ) -> DataLoader[str, int]:
        preds = list(predicates) if predicates else None
        return self._batched(
            ("entity_facts_count", direction, predicates),
            lambda keys: batches.entity_facts_count_query(keys, direction, preds),
            "count",
            0,
        )

    def fact_evidence(self, page: Page) -> DataLoader[FactKey, Rows]:
        return self._batched(
            ("fact_evidence", page),
            lambda keys: batches.fact_evidence_query(keys, page.skip, page.fetch),
            "rows",
            [],
            _fact_param,
            _fact_key,
        )

    def fact_evidence_count(self) -> DataLoader[FactKey, int]:
        return self._batched(
            "fact_evidence_count", batches.fact_evidence_count_query, "count", 0, _fact_param, _fact_key
        )

    def entity_articles(self, page: Page) -> DataLoader[str, Rows]:
        return self._batched(
            ("entity_articles", page),
            lambda keys: batches.entity_articles_query(keys, page.skip, page.fetch),
            "rows",
            [],
        )

    def entity_articles_count(self) -> DataLoader[str, int]:
        return self._batched("entity_articles_count", batches.entity_articles_count_query, "count", 0)

    def article_entities(self, page: Page) -> DataLoader[str, Rows]:
        return self._batched(
            ("article_entities", page),
            lambda keys: batches.article_entities_query(keys, page.skip, page.fetch),
            "rows",
            [],
        )

    def article_entities_count(self) -> DataLoader[str, int]:
        return self._batched("article_entities_count", batches.article_entities_count_query, "count", 0)

    def article_facts(self, page: Page) -> DataLoader[str, Rows]:
        return self._batched(
            ("article_facts", page),
            lambda keys: batches.article_facts_query(keys, page.skip, page.fetch),
            "rows",
            [],
        )

    def article_facts_count(self) -> DataLoader[str, int]:
        return self._batched("article_facts_count", batches.article_facts_count_query, "count", 0)

    def neighbors(self, depth: int, predicates: tuple[str, ...] | None, limit: int) -> DataLoader[str, Rows]:
        preds = list(predicates) if predicates else None
        return self._batched(
            ("neighbors", depth, predicates, limit),
            lambda keys: batches.neighbors_query(keys, depth, preds, limit),
            "rows",
            [],
        )
