"""Helpers for the extraction tests: run the real pipeline on a text and read facts by name."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from kg.iri import content_hash, mint_article_iri
from kg.model import Article
from loaders.extract import TextAnalysis, analyse_texts, extract_articles
from testkit.corpus import BBC

#: The readings conftest.py's fixtures give of a text run through the pipeline (the names type the tests).
Triple = tuple[str, str, str]
FactsOf = Callable[[str], set[Triple]]  # text -> its facts, as facts() gives them
ClassesOf = Callable[[str], dict[str, str]]  # text -> each referent's canonical name -> its class
PostsOf = Callable[[str, str], list[str]]  # text, person -> the posts it gives the person, sorted


def analyse(nlp: Language, text: str) -> TextAnalysis:
    return next(analyse_texts([text], nlp))


def facts(analysis: TextAnalysis) -> set[Triple]:
    """(subject name, predicate, object name) of every fact; positions and quotes by their words."""
    return {(f.subject.split("/", 1)[1], f.predicate, f.object.split("/", 1)[1]) for f in analysis.facts}


def minted_classes(nlp: Language, text: str) -> dict[str, str]:
    """Each entity's label -> its class as minted for a made-up article of the text: with what GeoNames
    corrects when IRIs are minted (a "Location" that is a town becomes City), which analyse() does not see."""
    url = f"https://news.example/{content_hash(text)[:8]}"
    article = Article(
        mint_article_iri(url, text), text, content_hash(text), url=url, published=date(1987, 3, 1)
    )
    (extraction,) = extract_articles([article], nlp)
    return {e.label: str(e.cls).rsplit("#", 1)[-1] for e in extraction.entities}


def referent_names(analysis: TextAnalysis) -> dict[str, set[str]]:
    """Canonical name -> every name the text gave it."""
    return {r.name: r.aliases | {r.name} for r in analysis.referents.values()}


def bbc_article(article_id: str) -> str:
    """The text of one article of ../shared/data/news/bbc_news_2225.jsonl by id (skips when absent)."""
    if not BBC.exists():
        pytest.skip(f"{BBC} is not here")
    with BBC.open(encoding="utf-8") as lines:
        for line in lines:
            if f'"{article_id}"' in line and (row := json.loads(line))["id"] == article_id:
                return str(row["text"])
    raise LookupError(f"{article_id} is not in {BBC}")


def paragraph_with(text: str, fragment: str) -> tuple[int, str]:
    """(offset, paragraph) of the paragraph that holds ``fragment`` (tests name sentences by a fragment)."""
    at = text.index(fragment)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start : end if end >= 0 else len(text)]
