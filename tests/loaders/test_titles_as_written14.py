"""Titles as the guideline writes them (issue 14, round 14, r14m): lower case, without the organisation's
name, trade words kept. Sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import analyse, facts
from spacy.language import Language


def _posts(nlp: Language, text: str, person: str) -> list[str]:
    return [f[2] for f in facts(analyse(nlp, text)) if f[1] == "holdsPosition" and f[0] == person]


def test_a_name_ner_left_unread_before_a_post_is_no_word_of_it(nlp: Language) -> None:
    text = (
        "The Kestrels lost again on Saturday. Fans of the Kestrels booed. "
        "Kestrels coach Tom Hale said the side would recover."
    )
    assert "kestrels coach" not in _posts(nlp, text, "Tom Hale")


def test_title_case_post_words_stay(nlp: Language) -> None:
    text = "Treasury Secretary Tom Hale met bankers in Paris on Monday to discuss the dollar."
    assert "treasury secretary" in _posts(nlp, text, "Tom Hale")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("The tribunal will consist of five members - president Tom Hale and four others.", "president"),
        ("The bid chairman, Lord Tom Hale, said the city was ready.", "chairman"),
    ],
)
def test_words_of_the_clause_before_a_post_are_no_words_of_it(nlp: Language, text: str, post: str) -> None:
    found = [f[2] for f in facts(analyse(nlp, text)) if f[1] == "holdsPosition"]
    assert post in found
    assert not [p for p in found if p != post and p.endswith(post)]


def test_a_medium_before_a_post_is_a_trade_word_of_it(nlp: Language) -> None:
    text = "Former British TV presenter Tom Hale, who now makes films, won the prize in London."
    assert "former tv presenter" in _posts(nlp, text, "Tom Hale")


def test_a_subject_and_its_misread_verb_are_no_words_of_a_post(nlp: Language) -> None:
    text = "Ann Dale joined in March. But her professionalism and dedication impressed manager Tom Hale."
    assert not [p for p in _posts(nlp, text, "Tom Hale") if p != "manager"]
