"""Recall of people and posts (lane r21h): a title fronted before the name it belongs to, and the
occupations the guideline takes for posts, through the real pipeline on invented sentences."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf, PostsOf


@pytest.mark.parametrize(
    ("text", "post", "tie"),
    [
        ("The chief executive of Acme Corp, Anna Pell, said profits rose.", "chief executive", "leaderOf"),
        ("A spokeswoman for Acme Corp, Anna Pell, said profits rose.", "spokeswoman", "worksFor"),
        ("An analyst at Acme Corp, Anna Pell, said profits rose.", "analyst", "worksFor"),
    ],
)
def test_a_title_fronted_before_the_name_is_the_names(
    facts_of: FactsOf, text: str, post: str, tie: str
) -> None:
    found = facts_of(text)
    assert ("Anna Pell", "holdsPosition", post) in found, found
    assert ("Anna Pell", tie, "Acme Corp") in found, found


def test_a_fronted_former_title_ties_nothing(facts_of: FactsOf) -> None:
    found = facts_of("A former chairman of Acme Corp, Anna Pell, said profits rose.")
    assert ("Anna Pell", "holdsPosition", "former chairman") in found, found
    assert not any(s == "Anna Pell" and p in ("leaderOf", "worksFor") for s, p, _ in found), found


def test_a_fronted_relation_to_a_person_is_no_post(facts_of: FactsOf) -> None:
    found = facts_of("The sister of John Smith, Anna Pell, said profits rose.")
    assert not any(s == "Anna Pell" for s, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        ("Actor Stephen Fry is joining the cast of the forthcoming film.", "Stephen Fry", "actor"),
        ("The show was hosted by comedian Chris Rock.", "Chris Rock", "comedian"),
        ("The label dropped rapper Tom Wilson last year.", "Tom Wilson", "rapper"),
        ("The play opens with actress Anna Pell in the lead.", "Anna Pell", "actress"),
    ],
)
def test_an_occupation_before_a_name_is_a_post(posts_of: PostsOf, text: str, person: str, post: str) -> None:
    assert post in posts_of(text, person)
