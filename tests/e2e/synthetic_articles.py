"""Deterministic synthetic extractions for the fault tests: entities shared across articles, so facts
gather support from several articles and a half-written article would show in the counts."""

from __future__ import annotations

from datetime import date, timedelta

from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, Span
from kg.vocab import FACT_PREDICATES, KG

CLASSES = (KG.Person, KG.Organization, KG.Country, KG.City)


def entity(i: int) -> Entity:
    cls = CLASSES[i % len(CLASSES)]
    name = f"Entity {i}"
    return Entity(mint_entity_iri(cls, name), cls, name, frozenset({f"E{i}", f"Ent. {i}"}))


def synthetic_extraction(n: int) -> ArticleExtraction:
    """Article ``n``: six entities out of a pool of 40 and five facts between them."""
    text = f"Synthetic article number {n}. " * 20
    url = f"https://news.example/synthetic/{n}"
    article = Article(
        mint_article_iri(url, text),
        text,
        content_hash(text),
        title=f"Article {n}",
        url=url,
        published=date(2024, 1, 1) + timedelta(days=n % 60),
        source="Synthetic",
        language="en",
    )
    entities = [entity((n * 7 + k) % 40) for k in range(6)]
    facts = []
    for k in range(5):
        start = 30 * k
        evidence = Evidence(
            f"Sentence {k} of {n}.",
            start,
            Span(start, start + 5),
            Span(start + 6, start + 9),
            Span(start + 10, start + 15),
            "kg.test.synthetic.v1",
            0.5 + k / 10,
        )
        predicate = FACT_PREDICATES[(n + k) % 6]
        facts.append(Fact(entities[k].iri, predicate, entities[k + 1].iri, evidence))
    return ArticleExtraction(article, entities, facts)
