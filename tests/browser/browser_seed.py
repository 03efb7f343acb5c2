"""A small graph of the reference article, built from its hand-made gold data.

The Neo4j Browser tests need a known graph without loading spaCy: this module turns
../shared/data/seed/gold.json into the project's own model objects (kg.model), which the tests
write with kg's real GraphWriter. (The explorer tests use the real extraction instead.)
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article, ArticleExtraction, Entity, Evidence, Fact, Span
from kg.vocab import KG

SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed"
PUBLISHED = date(2023, 3, 22)
URL = "https://example.org/news/white-house-pushes-xi-to-speak-with-zelenskyy"
EXTRACTOR = "tests.browser.gold.v1"
_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+|\n+")


def reference_extraction() -> ArticleExtraction:
    """The reference article with the gold entities and the gold facts that quote their sentence."""
    text = (SEED / "xi-zelenskyy-kirby.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    article = Article(
        iri=mint_article_iri(URL, text),
        text=text,
        content_hash=content_hash(text),
        title=text.splitlines()[0].strip(),
        url=URL,
        published=PUBLISHED,
        source="Breitbart",
        language="en",
    )
    entities = {g["id"]: _entity(g) for g in gold["entities"]}
    facts = [
        fact
        for triple in gold["required"] + gold["expected"]
        if (fact := _fact(article, entities, triple)) is not None
    ]
    return ArticleExtraction(article=article, entities=list(entities.values()), facts=facts)


def _entity(gold: dict[str, Any]) -> Entity:
    cls = getattr(KG, gold["type"])
    names = gold["names"]
    return Entity(iri=mint_entity_iri(cls, names[0]), cls=cls, label=names[0], aliases=frozenset(names[1:]))


def _fact(article: Article, entities: dict[str, Entity], triple: dict[str, Any]) -> Fact | None:
    # Curly apostrophes in the text, straight ones in the gold: same length, so offsets hold.
    text = article.text.replace("’", "'")
    phrase = triple["evidence"]
    at = text.find(phrase)
    if at < 0:  # gold notes such as "(world knowledge ...)" quote no sentence
        return None
    start, end = _sentence_around(text, at, at + len(phrase))
    subject, obj = entities[triple["s"]], entities[triple["o"]]
    evidence = Evidence(
        sentence=article.text[start:end],
        sentence_start=start,
        subject=_name_span(text, subject, start, end) or Span(at, at + len(phrase)),
        cue=Span(at, at + len(phrase)),
        object=_name_span(text, obj, start, end) or Span(at, at + len(phrase)),
        extractor=EXTRACTOR,
        confidence=1.0,
    )
    return Fact(subject=subject.iri, predicate=getattr(KG, triple["p"][0]), object=obj.iri, evidence=evidence)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    first = max(b for b in bounds if b <= start)
    last = min(b for b in bounds if b >= end)
    return first, len(text[:last].rstrip())


def _name_span(text: str, entity: Entity, start: int, end: int) -> Span | None:
    for name in sorted({entity.label, *entity.aliases}, key=len, reverse=True):
        at = text.find(name, start, end)
        if at >= 0:
            return Span(at, at + len(name))
    return None
