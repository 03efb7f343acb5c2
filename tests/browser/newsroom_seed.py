"""A small dated graph for the explorer's timeline, claims and map: three articles over three months
about two people, one saying they met (in a city), one (reported) that they did not, one that they
may; each names places resolved as the pipeline resolves them (GeoNames id, country, a city's point).
Written with kg's real GraphWriter by the tests."""

from __future__ import annotations

from datetime import date

from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article, ArticleExtraction, Entity, Fact, GeoPlace
from kg.vocab import KG
from testkit.statements import evidence

ANNA = Entity(mint_entity_iri(KG.Person, "Anna Claimant"), KG.Person, "Anna Claimant")
BORIS = Entity(mint_entity_iri(KG.Person, "Boris Claimant"), KG.Person, "Boris Claimant")
LYON = Entity(
    mint_entity_iri(KG.City, "Geotest Lyon"),
    KG.City,
    "Geotest Lyon",
    geo=GeoPlace(2996944, "FR", 45.748, 4.847),
)
TOKYO = Entity(
    mint_entity_iri(KG.City, "Geotest Tokyo"),
    KG.City,
    "Geotest Tokyo",
    geo=GeoPlace(1850147, "JP", 35.69, 139.69),
)
FRANCE = Entity(
    mint_entity_iri(KG.Country, "Geotest France"), KG.Country, "Geotest France", geo=GeoPlace(3017382, "FR")
)

MET = "Anna Claimant met Boris Claimant on Monday."
BORN = "Anna Claimant was born in Geotest Lyon."
NOT_MET = "Anna Claimant has not met Boris Claimant, officials in Geotest France said."
MAY_MEET = "Anna Claimant could meet Boris Claimant in Geotest Tokyo."


def _article(slug: str, title: str, text: str, published: date) -> Article:
    url = f"https://news.example/newsroom/{slug}"
    return Article(mint_article_iri(url, text), text, content_hash(text), title, url, published, "Example")


def newsroom_extractions() -> list[ArticleExtraction]:
    first = f"{MET} {BORN}"
    met = Fact(
        ANNA.iri, KG.metWith, BORIS.iri, evidence(first, MET, "Anna", "met", "Boris", "asserted", "stated")
    )
    born = Fact(
        ANNA.iri,
        KG.bornIn,
        LYON.iri,
        evidence(first, BORN, "Anna", "born in", "Geotest Lyon", "asserted", "stated"),
    )
    said = evidence(NOT_MET, NOT_MET, "Anna", "met", "Boris", "negated", "reported")
    may = evidence(MAY_MEET, MAY_MEET, "Anna", "meet", "Boris", "asserted", "hedged")
    return [
        ArticleExtraction(
            _article("met", "Claimants meet", first, date(2024, 1, 10)),
            [ANNA, BORIS, LYON],
            facts=[met, born],
        ),
        ArticleExtraction(
            _article("not-met", "Claimants never met", NOT_MET, date(2024, 3, 5)),
            [ANNA, BORIS, FRANCE],
            claims=[Fact(ANNA.iri, KG.metWith, BORIS.iri, said)],
        ),
        ArticleExtraction(
            _article("may-meet", "Claimants may meet", MAY_MEET, date(2024, 3, 20)),
            [ANNA, BORIS, TOKYO],
            claims=[Fact(ANNA.iri, KG.metWith, BORIS.iri, may)],
        ),
    ]
