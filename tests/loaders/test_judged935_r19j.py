"""Facts the judges of seeds 934 and 935 found wrong (lane r19j): a minister's domain written as a name, a
noun of the clause before a country and a post, a place after a comma that is another phrase's; through the
real pipeline on invented sentences."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf, PostsOf


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Kenya's Environmental Affairs Minister Tom Hale died today.", "environmental affairs minister"),
        (
            "Constitutional Affairs Minister Tom Hale said laws would change.",
            "constitutional affairs minister",
        ),
    ],
)
def test_a_ministers_domain_is_the_posts_words(facts_of: FactsOf, text: str, post: str) -> None:
    found = facts_of(text)
    assert ("Tom Hale", "holdsPosition", post) in found, found
    assert not any(p == "worksFor" for _, p, _ in found), found


def test_a_ministry_named_before_the_post_stays_a_body(facts_of: FactsOf) -> None:
    found = facts_of("Home Office Minister Tom Hale also revealed this.")
    assert ("Tom Hale", "worksFor", "Home Office") in found, found


def test_a_demonym_before_a_ministers_domain_is_the_country(facts_of: FactsOf) -> None:
    found = facts_of("Irish Transport Minister Tom Hale said so in a statement.")
    assert ("Tom Hale", "holdsPosition", "transport minister") in found, found
    assert ("Tom Hale", "citizenOf", "Ireland") in found, found


def test_a_clause_noun_before_a_country_is_no_word_of_the_post(posts_of: PostsOf) -> None:
    text = "Rates rose after news U.K. Chancellor of the Exchequer Tom Hale has set a target for the pound."
    assert posts_of(text, "Tom Hale") == ["chancellor of the exchequer"]


def test_a_posts_own_word_before_a_country_stays(posts_of: PostsOf) -> None:
    assert posts_of("Deputy U.S. Trade Representative Tom Hale said so.", "Tom Hale") == [
        "deputy trade representative"
    ]


def test_a_place_that_qualifies_the_next_noun_is_no_larger_place(facts_of: FactsOf) -> None:
    found = facts_of(
        "The department faces pressures from U.S. allies in Central America, U.S. officials said."
    )
    assert not any(p == "locatedIn" for _, p, _ in found), found


def test_a_place_after_a_comma_is_the_larger_place(facts_of: FactsOf) -> None:
    assert ("Albany", "locatedIn", "N.Y.") in facts_of("He was born in Albany, N.Y., the officials said.")
