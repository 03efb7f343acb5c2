"""Hand-made extractions for the storage tests (importable by test modules; conftest adds fixtures)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import neo4j
from rdflib import URIRef

from kg.iri import content_hash, mint_article_iri, mint_entity_iri, mint_quote_iri
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, Span
from kg.vocab import KG

KIRBY = mint_entity_iri(KG.Person, "John Kirby")
CHINA = mint_entity_iri(KG.Country, "China")
UKRAINE = mint_entity_iri(KG.Country, "Ukraine")
BRI = mint_entity_iri(KG.Organization, "Belt and Road Initiative")
BREITBART = mint_entity_iri(KG.Organization, "Breitbart")


def fact(
    s: URIRef,
    p: URIRef,
    o: URIRef,
    start: int = 0,
    reported_by: URIRef | None = None,
    sentence: str = "Kirby said that China should reach out.",
    polarity: str = "asserted",
    modality: str = "stated",
    event_date: date | None = None,
) -> Fact:
    """A fact (or, negated or hedged, a claim) whose evidence sits at ``start`` (distinct starts give
    distinct evidence)."""
    return Fact(
        s,
        p,
        o,
        Evidence(
            sentence=sentence,
            sentence_start=start,
            subject=Span(start, start + 5),
            cue=Span(start + 6, start + 10),
            object=Span(start + 16, start + 21),
            extractor="kg.rules.test.v1",
            confidence=0.8,
            reported_by=reported_by,
            polarity=polarity,
            modality=modality,
            event_date=event_date,
        ),
    )


def extraction(
    url: str = "https://news.example/kirby",
    text: str = "Kirby said that China should act.",
    title: str | None = "Kirby urges China",
    published: date | datetime | None = date(2023, 3, 22),
    entities: list[Entity] | None = None,
    facts: list[Fact] | None = None,
    language: str | None = "en",
    source: str | None = "Breitbart",
    claims: list[Fact] | None = None,
) -> ArticleExtraction:
    """A small article in kg.model terms; defaults give the reference article's Kirby → China fact."""
    iri = mint_article_iri(url, text)
    article = Article(
        iri=iri,
        text=text,
        content_hash=content_hash(text),
        title=title,
        url=url,
        published=published,
        source=source,
        language=language,
    )
    if entities is None:
        entities = [
            Entity(KIRBY, KG.Person, "John Kirby", frozenset({"Kirby"})),
            Entity(CHINA, KG.Country, "China", frozenset({"Beijing"}), wikidata="Q148"),
            Entity(UKRAINE, KG.Country, "Ukraine", wikidata="Q212"),
            Entity(BRI, KG.Organization, "Belt and Road Initiative", frozenset({"BRI"})),
            Entity(BREITBART, KG.Organization, "Breitbart"),
        ]
    if facts is None:
        facts = [fact(KIRBY, KG.urges, CHINA, 0, reported_by=BREITBART), fact(UKRAINE, KG.memberOf, BRI, 40)]
    return ArticleExtraction(article, entities, facts, claims or [])


def with_quote(ext: ArticleExtraction, words: str) -> ArticleExtraction:
    """The extraction plus a `says` fact from Kirby to a quote."""
    quote = mint_quote_iri(KIRBY, words)
    ext.entities.append(Entity(quote, KG.Quote, words))
    ext.facts.append(fact(KIRBY, KG.says, quote, 80))
    return ext


def dated(day: int) -> datetime:
    return datetime(2023, 3, day, 10, 30, tzinfo=timezone(timedelta(hours=2)))


def snapshot(driver: neo4j.Driver) -> tuple[list[Any], list[Any]]:
    """Every node and relationship with labels and properties, in a comparable form."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props ORDER BY uri"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.uri AS a, type(r) AS t, b.uri AS b, properties(r) AS props "
        "ORDER BY a, t, b"
    )
    return (
        [(r["uri"], sorted(r["labels"]), r["props"]) for r in nodes],
        sorted((r["a"], r["t"], r["b"], sorted(r["props"].items())) for r in rels),
    )
