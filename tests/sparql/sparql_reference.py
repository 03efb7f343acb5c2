"""A hand-made extraction of the reference article (../shared/data/seed), mimicking what the pipeline
gives, plus a second small article written here; used until tests can run the real pipeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rdflib import Graph, URIRef

from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, Span
from kg.rdf import add_article, new_dataset
from kg.vocab import KG

SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "xi-zelenskyy-kirby.txt"
REFERENCE_URL = "https://example.org/news/xi-zelenskyy-kirby"

UKRAINE = mint_entity_iri(KG.Country, "Ukraine")
CHINA = mint_entity_iri(KG.Country, "China")
RUSSIA = mint_entity_iri(KG.Country, "Russia")
BRI = mint_entity_iri(KG.Organization, "Belt and Road Initiative")
NSC = mint_entity_iri(KG.Organization, "National Security Council")
KIRBY = mint_entity_iri(KG.Person, "John Kirby")
XI = mint_entity_iri(KG.Person, "Xi Jinping")
WHITE_HOUSE = mint_entity_iri(KG.Organization, "White House")


def _fact(text: str, s: URIRef, p: URIRef, o: URIRef, sentence: str, subj: str, cue: str, obj: str) -> Fact:
    start = text.index(sentence)

    def span(words: str) -> Span:
        at = text.index(words, start)
        return Span(at, at + len(words))

    evidence = Evidence(sentence, start, span(subj), span(cue), span(obj), "kg.rules.test.v1", 0.9)
    return Fact(s, p, o, evidence)


def reference_extraction() -> ArticleExtraction:
    text = SEED.read_text(encoding="utf-8")
    article = Article(
        mint_article_iri(REFERENCE_URL, text),
        text,
        content_hash(text),
        title=text.splitlines()[0],
        url=REFERENCE_URL,
        published=date(2023, 3, 22),
        source="Breitbart",
        language="en",
    )
    entities = [
        Entity(UKRAINE, KG.Country, "Ukraine", wikidata="Q212"),
        Entity(CHINA, KG.Country, "China", frozenset({"Beijing"}), wikidata="Q148"),
        Entity(RUSSIA, KG.Country, "Russia", wikidata="Q159"),
        Entity(BRI, KG.Organization, "Belt and Road Initiative", frozenset({"BRI"})),
        Entity(NSC, KG.Organization, "National Security Council"),
        Entity(KIRBY, KG.Person, "John Kirby", frozenset({"Kirby"})),
        Entity(XI, KG.Person, "Xi Jinping", frozenset({"Xi", "President Xi"})),
        Entity(WHITE_HOUSE, KG.Organization, "White House"),
    ]
    member = "Ukraine is a member of China’s Belt and Road Initiative (BRI)"
    urges = "Kirby said that China should reach out to Ukrainian President"
    urges_xi = "Kirby said, if President Xi is willing to speak with President Zelenskyy"
    works = "National Security Council Coordinator for Strategic Communications John Kirby"
    headline = "White House Pushes Xi Jinping to Speak With Zelenskyy"
    facts = [
        _fact(
            text, UKRAINE, KG.memberOf, BRI, member, "Ukraine", "is a member of", "Belt and Road Initiative"
        ),
        _fact(text, KIRBY, KG.urges, CHINA, urges, "Kirby", "said", "China"),
        _fact(text, KIRBY, KG.urges, XI, urges_xi, "Kirby", "said", "Xi"),
        _fact(text, KIRBY, KG.worksFor, NSC, works, "John Kirby", "Coordinator", "National Security Council"),
        _fact(text, WHITE_HOUSE, KG.urges, XI, headline, "White House", "Pushes", "Xi Jinping"),
    ]
    return ArticleExtraction(article, entities, facts)


def second_extraction(
    text: str = "Kirby urged China again on Friday. Kirby is with the White House.",
) -> ArticleExtraction:
    """A short article of our own, so that more than one article graph exists."""
    url = "https://example.org/news/kirby-again"
    article = Article(
        mint_article_iri(url, text),
        text,
        content_hash(text),
        title="Kirby again",
        url=url,
        published=date(2023, 3, 24),
        source="Example News",
        language="en",
    )
    entities = [
        Entity(KIRBY, KG.Person, "John Kirby", frozenset({"Kirby"})),
        Entity(CHINA, KG.Country, "China"),
    ]
    first_sentence = text[: text.index(".") + 1]
    facts = [_fact(text, KIRBY, KG.urges, CHINA, first_sentence, "Kirby", "urged", "China")]
    return ArticleExtraction(article, entities, facts)


def article_graph(extraction: ArticleExtraction) -> tuple[str, Graph]:
    graph = add_article(new_dataset(), extraction)
    plain = Graph(identifier=extraction.article.iri)
    for triple in graph:
        plain.add(triple)
    return str(extraction.article.iri), plain
