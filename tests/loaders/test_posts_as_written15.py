"""Posts as the article writes them and the ties they give (issue 14, round 15): words that are no part of a
post, posts written as left, and titles that lead an unnamed body, not the country named before it. Each
shape was read on dev14 or on outside articles; the sentences are written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import FactsOf, PostsOf


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Kestrel manager Ann Dale paid tribute to two-goal striker Tom Hale after the win.", "striker"),
        ("There were also doubts over Dale's fellow Cardiff defender Tom Hale.", "defender"),
        ("The crestfallen coach Tom Hale said his side had played badly.", "coach"),
        ("Clubs will chase Kestrel as they eye captain Tom Hale this summer.", "captain"),
        ("Ann Dale praised the impact manager Tom Hale has had since taking over.", "manager"),
    ],
)
def test_words_of_the_holder_or_the_clause_are_no_words_of_the_post(
    posts_of: PostsOf, text: str, post: str
) -> None:
    assert posts_of(text, "Tom Hale") == [post]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Tom Hale, ex-chief economic adviser to the Treasury, said there would be no spree.",
         "former chief economic adviser"),
        ("The mill was bought by the son-in-law of former-President Tom Hale.", "former president"),
        ("The BBC should not demonise ex-Downing Street media chief Tom Hale, Ann Dale said.",
         "former media chief"),
    ],
)  # fmt: skip
def test_a_post_written_with_ex_is_a_former_one(posts_of: PostsOf, text: str, post: str) -> None:
    assert posts_of(text, "Tom Hale") == [post]


def test_a_tickers_brackets_are_no_words_of_the_post(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Corp <KES.T> chairman Tom Hale said profits would fall.")
    assert ("Tom Hale", "holdsPosition", "chairman") in found
    assert ("Tom Hale", "leaderOf", "Kestrel Corp") in found
    found = facts_of("Texaco had no comment on a remark by Pennzoil Co <PZL> chairman Tom Hale.")
    assert ("Tom Hale", "holdsPosition", "chairman") in found


def test_a_post_of_an_unnamed_body_is_written_without_it_and_leads_no_country(
    facts_of: FactsOf, posts_of: PostsOf
) -> None:
    found = facts_of("Brazil's airport authority chief Tom Hale said the state would step in.")
    assert ("Tom Hale", "holdsPosition", "chief") in found
    assert not [f for f in found if f[1] == "leaderOf"]
    assert posts_of("Record company boss Tom Hale won an injunction.", "Tom Hale") == ["boss"]


def test_a_company_secretary_keeps_the_company(posts_of: PostsOf) -> None:
    text = "Kestrel Corp company secretary Tom Hale resigned."
    assert posts_of(text, "Tom Hale") == ["company secretary"]


def test_a_firm_named_before_its_kind_is_still_led(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Bank said profits rose. Kestrel bank chairman Tom Hale was pleased.")
    assert ("Tom Hale", "leaderOf", "Kestrel Bank") in found


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Deputy police chief Tom Hale said the men had fled.", "deputy police chief"),
        ("Former union leader Tom Hale said the strike would spread.", "former union leader"),
    ],
)
def test_a_second_or_former_post_keeps_its_bodys_kind(posts_of: PostsOf, text: str, post: str) -> None:
    assert posts_of(text, "Tom Hale") == [post]
