"""A small graph for the hostile suite: ``count`` synthetic articles sharing a pool of entities, written
through kg's own writer (a few thousand triples: enough for a cross product to explode)."""

from __future__ import annotations

from datetime import date, timedelta

from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, Span
from kg.vocab import FACT_PREDICATES, KG

CLASSES = (KG.Person, KG.Organization, KG.Country, KG.City)


def _entity(i: int) -> Entity:
    cls = CLASSES[i % len(CLASSES)]
    return Entity(mint_entity_iri(cls, f"Hostile {i}"), cls, f"Hostile {i}", frozenset({f"H{i}"}))


def hostile_extraction(n: int, url: str | None = None) -> ArticleExtraction:
    """Article ``n``: six entities of a pool of 30 and five facts between them."""
    text = f"Hostile suite article number {n}. " * 20
    url = url or f"https://news.example/hostile/{n}"
    article = Article(
        mint_article_iri(url, text),
        text,
        content_hash(text),
        title=f"Hostile {n}",
        url=url,
        published=date(2024, 1, 1) + timedelta(days=n % 60),
        source="Hostile",
        language="en",
    )
    entities = [_entity((n * 7 + k) % 30) for k in range(6)]
    facts = []
    for k in range(5):
        start = 33 * k
        evidence = Evidence(
            text[start : start + 33],
            start,
            Span(start, start + 7),
            Span(start + 8, start + 13),
            Span(start + 14, start + 21),
            "kg.test.hostile.v1",
            0.5,
        )
        facts.append(Fact(entities[k].iri, FACT_PREDICATES[(n + k) % 6], entities[k + 1].iri, evidence))
    return ArticleExtraction(article, entities, facts)
