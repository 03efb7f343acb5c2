"""Titles as the guideline writes them (issue 14, round 14, r14m): lower case, without the organisation's
name, trade words kept. Sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import FactsOf, PostsOf


def test_a_name_ner_left_unread_before_a_post_is_no_word_of_it(posts_of: PostsOf) -> None:
    text = (
        "The Kestrels lost again on Saturday. Fans of the Kestrels booed. "
        "Kestrels coach Tom Hale said the side would recover."
    )
    assert "kestrels coach" not in posts_of(text, "Tom Hale")


def test_title_case_post_words_stay(posts_of: PostsOf) -> None:
    text = "Treasury Secretary Tom Hale met bankers in Paris on Monday to discuss the dollar."
    assert "treasury secretary" in posts_of(text, "Tom Hale")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("The tribunal will consist of five members - president Tom Hale and four others.", "president"),
        ("The bid chairman, Lord Tom Hale, said the city was ready.", "chairman"),
    ],
)
def test_words_of_the_clause_before_a_post_are_no_words_of_it(
    facts_of: FactsOf, text: str, post: str
) -> None:
    found = [f[2] for f in facts_of(text) if f[1] == "holdsPosition"]
    assert post in found
    assert not [p for p in found if p != post and p.endswith(post)]


def test_a_medium_before_a_post_is_a_trade_word_of_it(posts_of: PostsOf) -> None:
    text = "Former British TV presenter Tom Hale, who now makes films, won the prize in London."
    assert "former tv presenter" in posts_of(text, "Tom Hale")


def test_a_subject_and_its_misread_verb_are_no_words_of_a_post(posts_of: PostsOf) -> None:
    text = "Ann Dale joined in March. But her professionalism and dedication impressed manager Tom Hale."
    assert not [p for p in posts_of(text, "Tom Hale") if p != "manager"]
