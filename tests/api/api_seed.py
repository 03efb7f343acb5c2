"""Data for the API tests: the reference article (ingested through the real pipeline by the
ingestArticle mutation) and ``wide_extractions``, many entities with facts in many articles, written
through kg's real GraphWriter for the round-trip (N+1) and pagination tests.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article, ArticleExtraction, Entity, Fact
from kg.vocab import KG
from testkit.statements import evidence

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "xi-zelenskyy-kirby.txt"

REFERENCE_URL = "https://www.breitbart.com/politics/2023/03/22/white-house-pushes-xi-jinping/"


def article(url: str, text: str, published: date, title: str = "Test") -> Article:
    """An article of ``text`` at ``url``, published by "Example"."""
    return Article(mint_article_iri(url, text), text, content_hash(text), title, url, published, "Example")


def wide_extractions(people: int = 50, articles: int = 10) -> list[ArticleExtraction]:
    """``people`` persons, each a member of one of five organisations, stated in several articles."""
    orgs = [
        Entity(mint_entity_iri(KG.Organization, f"Org {k}"), KG.Organization, f"Org {k}") for k in range(5)
    ]
    result = []
    for a in range(articles):
        text = f"Article {a}. " + " ".join(f"Person {i} joined Org {i % 5}." for i in range(people))
        persons = [
            Entity(mint_entity_iri(KG.Person, f"Person {i}"), KG.Person, f"Person {i}") for i in range(people)
        ]
        facts = [
            Fact(
                p.iri,
                KG.memberOf,
                orgs[i % 5].iri,
                # odd persons' statements dated the day before their article ("yesterday")
                evidence(
                    text,
                    f"Person {i} joined Org",
                    f"Person {i}",
                    "joined",
                    "Org",
                    event_date=date(2024, 1, 1 + a) - timedelta(days=1) if i % 2 else None,
                ),
            )
            for i, p in enumerate(persons)
            if (i + a) % 3 == 0 or a == 0
        ]
        url = f"https://news.example/wide/{a}"
        article = Article(
            mint_article_iri(url, text),
            text,
            content_hash(text),
            f"Wide {a}",
            url,
            date(2024, 1, 1 + a),
            "Example",
        )
        result.append(ArticleExtraction(article, [*persons, *orgs], facts))
    return result
