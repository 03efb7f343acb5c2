"""Open phrases the judges of seeds 931 and 932 found where a vocabulary predicate fits, or saying nothing
(lane r17m), through the real pipeline on invented sentences: frames.toml [phrases], [inverse_phrases] and
the open relations' never-list."""

from __future__ import annotations

from spacy.language import Language

from loaders.evaluation.news_articles import load_articles
from loaders.extract import extract_article
from tests.loaders.extraction_helpers import analyse, facts


def _facts(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return facts(analyse(nlp, text))


def test_a_country_fled_is_departed_from(nlp: Language) -> None:
    found = _facts(nlp, "Since President Marco Bellini fled Ruritania last year, prices have fallen.")
    assert any(p == "departedFrom" for _, p, _ in found), found
    assert not any(p.startswith("open:flee") for _, p, _ in found), found


def test_an_investment_made_in_a_firm_is_invested_in(nlp: Language) -> None:
    found = _facts(nlp, "Acme Holdings Inc said it made a 30 pct investment in Bolt Software Corp.")
    assert any(p == "investedIn" for _, p, _ in found), found
    assert not any(p.startswith("open:") for _, p, _ in found), found


def test_the_one_preceded_succeeded(nlp: Language) -> None:
    found = _facts(
        nlp, "Acme said vice president John Harlow, who preceded Maria Keane as head of the unit, is leaving."
    )
    succeeded = {(s, o) for s, p, o in found if p == "succeeded"}
    assert any("Keane" in s and "Harlow" in o for s, o in succeeded), found


def test_a_comment_declined_makes_no_open_fact(nlp: Language) -> None:
    # reuters21578-15161 (judged by seed 931): a firm "declined comment on rumours ... in addition to its
    # existing U.S. subsidiary <Y>" gave the open "decline comment in" between the firm and Y
    extraction = extract_article(load_articles(["reuters21578-15161"])["reuters21578-15161"], nlp)
    phrases = {f.predicate for f in [*extraction.facts, *extraction.claims]}
    assert not any("decline" in p for p in phrases), phrases
