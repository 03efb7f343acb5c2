"""Extractions for the API tests, in kg.model terms, written through kg's real GraphWriter.

``reference_extraction`` states, with offsets into the real reference article, the facts that the
acceptance queries look for; ``wide_extractions`` gives many entities with facts in many articles
for the round-trip (N+1) test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rdflib import URIRef

from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, Span
from kg.vocab import KG

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "xi-zelenskyy-kirby.txt"

PEOPLE = {
    "John Kirby": {"Kirby"},
    "Xi Jinping": {"Xi", "President Xi"},
    "Volodymyr Zelenskyy": {"Zelenskyy", "Zelensky"},
    "Vladimir Putin": {"Putin"},
}
COUNTRIES = {"China": set[str](), "Ukraine": set[str](), "Russia": set[str]()}
ORGS = {"Belt and Road Initiative": {"BRI"}, "Breitbart": set[str]()}


def iri_of(name: str) -> URIRef:
    cls = KG.Person if name in PEOPLE else KG.Country if name in COUNTRIES else KG.Organization
    return mint_entity_iri(cls, name)


def _entities() -> list[Entity]:
    groups = ((KG.Person, PEOPLE), (KG.Country, COUNTRIES), (KG.Organization, ORGS))
    return [
        Entity(mint_entity_iri(cls, name), cls, name, frozenset(aliases))
        for cls, names in groups
        for name, aliases in names.items()
    ]


def _evidence(text: str, sentence: str, s: str, cue: str, o: str) -> Evidence:
    """Evidence whose offsets are found in the article text (so they are real offsets)."""
    start = text.index(sentence)

    def span(word: str) -> Span:
        at = start + sentence.index(word)
        return Span(at, at + len(word))

    return Evidence(sentence, start, span(s), span(cue), span(o), "kg.rules.test.v1", 0.8)


def reference_extraction() -> ArticleExtraction:
    """The reference article with the facts the acceptance queries ask about."""
    text = REFERENCE.read_text(encoding="utf-8")
    first = text.split("\n\n")[2].split(". ")[0] + "."
    member = "Ukraine is a member of China’s Belt and Road Initiative (BRI)"
    departed = "President Xi Jinping of China just departed from Moscow on Wednesday"
    facts = [
        ("John Kirby", KG.urges, "China", first, "Kirby", "said", "China"),
        ("Ukraine", KG.memberOf, "Belt and Road Initiative", member, "Ukraine", "member", "Belt and Road"),
        ("Xi Jinping", KG.leaderOf, "China", departed, "Xi Jinping", "President", "China"),
        (
            "Vladimir Putin",
            KG.leaderOf,
            "Russia",
            "Russian President Vladimir Putin",
            "Putin",
            "President",
            "Russian",
        ),
        (
            "Russia",
            KG.invaded,
            "Ukraine",
            "since Russia launched its invasion",
            "Russia",
            "invasion",
            "Russia",
        ),
    ]
    article = Article(
        iri=mint_article_iri("https://www.breitbart.com/xi-zelenskyy-kirby", text),
        text=text,
        content_hash=content_hash(text),
        title=text.splitlines()[0],
        url="https://www.breitbart.com/xi-zelenskyy-kirby",
        published=date(2023, 3, 22),
        source="Breitbart",
        language="en",
    )
    return ArticleExtraction(
        article=article,
        entities=_entities(),
        facts=[
            Fact(iri_of(s), p, iri_of(o), _evidence(text, sent, a, c, b)) for s, p, o, sent, a, c, b in facts
        ],
    )


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
                _evidence(text, f"Person {i} joined Org", f"Person {i}", "joined", "Org"),
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
