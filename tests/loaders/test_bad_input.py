"""Articles that are hard on the extraction (testkit/bad_inputs.py): each is extracted whole, without a
crash, and what comes out is sane. How long each takes and how much memory: bench/bad_input.py."""

from __future__ import annotations

from collections import Counter

from extraction_helpers import bbc_article
from spacy.language import Language

from kg.model import ArticleExtraction
from kg.vocab import KG, local_name
from loaders.extract import extract_article
from testkit.bad_inputs import (
    article,
    capitals_only,
    distinct_names,
    figures_table,
    long_sentences,
    many_entities,
)


def _names(extraction: ArticleExtraction) -> set[str]:
    return {
        n for e in extraction.entities if e.cls not in (KG.Quote, KG.Position) for n in {e.label, *e.aliases}
    }


def _well_formed(extraction: ArticleExtraction, what: str) -> None:
    """Every fact's evidence lies in the text and quotes it; no name is longer than a name can be."""
    text = extraction.article.text
    for fact in extraction.facts:
        e = fact.evidence
        assert text[e.sentence_start : e.sentence_start + len(e.sentence)] == e.sentence, f"{what}: {fact}"
        assert 0 <= e.subject.start < e.subject.end <= len(text), f"{what}: subject span of {fact}"
    long_names = [n for n in _names(extraction) if len(n.split()) > 8]
    assert not long_names, f"{what}: names longer than 8 words: {long_names[:3]}"


def test_a_table_of_figures_gives_no_fact_and_no_number_as_a_name(nlp: Language) -> None:
    extraction = extract_article(figures_table(), nlp)
    _well_formed(extraction, "figures table")
    assert extraction.facts == [], f"figures table: facts from a table without a verb: {extraction.facts[:3]}"
    numeric = [n for n in _names(extraction) if any(c.isdigit() for c in n)]
    assert not numeric, f"figures table: figures taken for names: {numeric[:5]}"


def test_five_thousand_named_entities_are_all_extracted(nlp: Language) -> None:
    extraction = extract_article(many_entities(5000), nlp)
    _well_formed(extraction, "5,000 named entities")
    people = {e.label for e in extraction.entities if e.cls == KG.Person}
    named = set(distinct_names(5000))
    assert len(people & named) >= 3500, f"5,000 named entities: only {len(people & named)} found as people"
    kinds = Counter(local_name(f.predicate) for f in extraction.facts)
    assert kinds["metWith"] >= 1500, f"5,000 named entities: {kinds}"


def test_sentences_of_two_thousand_tokens_are_parsed_whole(nlp: Language) -> None:
    extraction = extract_article(long_sentences(2000, 3), nlp)
    _well_formed(extraction, "sentences of 2,000 tokens")
    assert {"Maria Lopez", "Carlos Mendes", "Lisbon"} <= _names(extraction), _names(extraction)


def test_a_text_in_capitals_only_gives_names_not_headline_fragments(nlp: Language) -> None:
    extraction = extract_article(capitals_only(), nlp)
    _well_formed(extraction, "capitals only")
    names = _names(extraction)
    fragments = [n for n in names if n.isupper() and len(n.split()) > 1]
    assert not fragments, f"capitals only: headline fragments as names: {fragments[:5]}"
    assert {"Japan", "China", "Beijing", "United States"} <= names, f"capitals only: {sorted(names)}"


def test_two_rules_on_the_same_words_make_one_statement(nlp: Language) -> None:
    # In bbc-politics-029 the place-in-place rule and the gazetteer's capitals both read "Kabul in
    # Afghanistan": one evidence resource got two extractors and two confidences, and the writer refused
    # the whole article.
    extraction = extract_article(
        article("UK set to cut back on embassies", bbc_article("bbc-politics-029")), nlp
    )
    statements = Counter(
        (
            f.subject,
            f.predicate,
            f.object,
            f.evidence.subject.start,
            f.evidence.cue.start,
            f.evidence.object.start,
        )
        for f in [*extraction.facts, *extraction.claims]
    )
    assert statements, "no facts"
    assert [s for s, n in statements.items() if n > 1] == []
