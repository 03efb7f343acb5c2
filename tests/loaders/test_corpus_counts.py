"""loaders.evaluation.corpus_counts: facts per article as `kg ingest` would store them (sentences written for
the test, and two corpus articles through the command)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.iri import content_hash, mint_article_iri
from kg.model import Article
from loaders.evaluation.corpus_counts import count, main
from loaders.extract import extract_articles


def _article(text: str) -> Article:
    return Article(mint_article_iri(None, text), text, content_hash(text))


def test_facts_are_counted_without_speech_and_distinct_over_articles(nlp: Language) -> None:
    said = "Germany invaded Poland, the minister said. Norway is a member of NATO."
    again = "Norway is a member of NATO."
    counts = count(extract_articles([_article(said), _article(again)], nlp))
    assert counts.articles == 2
    assert counts.facts == 3  # invaded and memberOf, memberOf again; the saying is left out
    assert len(counts.distinct) == 2
    assert counts.report().startswith("articles 2; facts besides quotes 3 (1.50 per article); distinct 2")


def test_the_command_counts_the_first_articles_of_a_corpus_file(capsys: pytest.CaptureFixture[str]) -> None:
    main(["bbc_news_2225.jsonl", "--limit", "2"])
    assert capsys.readouterr().out.startswith("articles 2; facts besides quotes ")
