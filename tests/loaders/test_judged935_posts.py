"""Posts and facts the judges of seeds 934 and 935 found wrong (lane r19b), through the real pipeline on
invented sentences."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf, PostsOf


@pytest.mark.parametrize(
    "text",
    [
        "The staff are Anna Pell, (press officer) Tom Wick and (team manager) Jane Roe.",
        "Guests included Anna Pell, (press officer) Tom Wick and (team manager) Jane Roe.",
    ],
)
def test_a_bracketed_title_is_the_next_names(posts_of: PostsOf, text: str) -> None:
    assert posts_of(text, "Anna Pell") == []
    assert posts_of(text, "Tom Wick") == ["press officer"]


def test_a_bare_former_is_no_post(facts_of: FactsOf) -> None:
    found = facts_of(
        "They questioned Oliver North, (former National Security Adviser) John Poindexter and others."
    )
    assert not any(p == "holdsPosition" and o == "former" for _, p, o in found), found


def test_a_bracketed_title_before_no_name_stays(posts_of: PostsOf) -> None:
    assert posts_of("Tom Wick, (chairman of Acme Corp) said the bid was poor.", "Tom Wick") == ["chairman"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Tom Hale was formerly president of Kestrel Corp.", "former president"),
        ("Tom Hale was previously chairman of Kestrel Corp.", "former chairman"),
        (
            "The report led to the resignation of its then chief executive, Tom Hale.",
            "former chief executive",
        ),
    ],
)
def test_a_post_held_before_is_a_former_one(facts_of: FactsOf, text: str, post: str) -> None:
    found = facts_of(text)
    assert ("Tom Hale", "holdsPosition", post) in found, found
    assert not any(p in ("leaderOf", "worksFor") for _, p, _ in found), found


def test_a_post_held_now_is_no_former_one(posts_of: PostsOf) -> None:
    assert posts_of("Tom Hale is president of Kestrel Corp.", "Tom Hale") == ["president"]


def test_a_number_before_a_title_is_no_word_of_it(posts_of: PostsOf) -> None:
    assert posts_of("Kestrel Airbus 320 chairman Tom Wick said the bid was fair.", "Tom Wick") == ["chairman"]


def test_a_month_is_no_product(facts_of: FactsOf) -> None:
    found = facts_of("Honda said its late February car sales rose 96.2 pct.")
    assert not any(p == "makes" for _, p, _ in found), found


def test_a_product_after_its_is_made(facts_of: FactsOf) -> None:
    assert ("Apple", "makes", "iPod") in facts_of("Apple said its iPod sales rose.")


def test_a_rate_order_is_no_contract(facts_of: FactsOf) -> None:
    found = facts_of(
        "Kestrel Power Co received a disappointing rate order from the Ohio Utilities Commission."
    )
    assert not any(p == "awardedContractTo" for _, p, _ in found), found


def test_an_order_for_goods_is_a_contract(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Corp received a 20 mln dlr order from Zenith Inc.")
    assert any(p == "awardedContractTo" for _, p, _ in found), found


def test_a_euro_mp_is_a_member_of_no_euro(facts_of: FactsOf) -> None:
    found = facts_of("Euro MP Anna Pell was attacked by a protester.")
    assert ("Anna Pell", "holdsPosition", "euro mp") in found, found
    assert not any(p == "memberOf" for _, p, _ in found), found


def test_a_head_of_a_delegation_holds_no_post(posts_of: PostsOf) -> None:
    text = "Tom Wick, head of Washington's delegation to the talks, said he was willing to resume them."
    assert posts_of(text, "Tom Wick") == []


def test_a_head_of_a_department_holds_a_post(posts_of: PostsOf) -> None:
    assert posts_of("Tom Wick, head of the trade department, said the talks failed.", "Tom Wick") == ["head"]


def test_a_head_of_a_standing_delegation_holds_a_post(posts_of: PostsOf) -> None:
    assert posts_of(
        "Tom Wick, head of the EC delegation in Washington, said the bill was bad.", "Tom Wick"
    ) == ["head"]
