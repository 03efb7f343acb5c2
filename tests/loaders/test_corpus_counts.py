"""loaders.evaluation.corpus_counts: facts per article as `kg ingest` would store them (sentences written for
the test, and two corpus articles through the command)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.iri import content_hash, mint_article_iri
from kg.model import Article
from loaders.evaluation.corpus_counts import Counts, count, is_capitals_phrase, main
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


def test_names_in_capitals_are_phrases_of_several_words_all_in_capitals() -> None:
    assert is_capitals_phrase("SOUTHWEST AIRLINES")
    assert is_capitals_phrase("VOLCKER TERM LIKELY")
    assert not is_capitals_phrase("U.S.")  # one word
    assert not is_capitals_phrase("IBM")
    assert not is_capitals_phrase("Southwest Airlines")
    assert not is_capitals_phrase("BP Amoco")


def test_entities_are_counted_once_per_node_and_capitals_beside_their_spelling_are_found(
    nlp: Language,
) -> None:
    first = "Southwest Airlines said on Monday it would buy Morris Air."
    second = "SOUTHWEST AIRLINES TO BUY MORRIS AIR\n\nSouthwest Airlines agreed to buy Morris Air, it said."
    counts = count(extract_articles([_article(first), _article(second)], nlp))
    names = {name for name, _ in counts.entities.values()}
    assert "Southwest Airlines" in names
    assert len(counts.entities) == len({name.casefold() for name in names})  # nothing named twice
    assert counts.capitals() == []
    assert "names of several words in capitals 0, of them beside the same name in ordinary spelling 0" in (
        counts.report()
    )


def test_a_name_in_capitals_beside_its_ordinary_spelling_is_reported_split() -> None:
    counts = Counts()
    counts.entities = {
        "e:1": ("Southwest Airlines", "a"),
        "e:2": ("SOUTHWEST AIRLINES", "b"),
        "e:3": ("VOLCKER TERM LIKELY", "c"),
    }
    assert counts.capitals() == [("SOUTHWEST AIRLINES", "b"), ("VOLCKER TERM LIKELY", "c")]
    assert counts.split_capitals() == ["SOUTHWEST AIRLINES"]
