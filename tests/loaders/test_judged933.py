"""Facts the judges of seed 933 found wrong (lane r18b), through the real pipeline on invented sentences: a
post padded with praise or the holder's politics (loaders/facts/titles.py), and a part's tie to a firm that
has sold it (frames.toml, subsidiaryOf "held")."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf, PostsOf


def test_praise_is_no_word_of_the_post(posts_of: PostsOf) -> None:
    text = "The studio wants a hit, but Mr Lang is a wonderful director and his wife is supportive."
    assert posts_of(text, "Lang") == ["director"]


def test_a_great_coach_holds_the_post_of_coach(posts_of: PostsOf) -> None:
    assert posts_of("The great coach Tom Harlow retired on Monday.", "Tom Harlow") == ["coach"]


def test_the_holders_politics_are_no_word_of_the_post(posts_of: PostsOf) -> None:
    text = "Socialist Prime Minister Marco Bellini's four-party government resigned on Monday."
    assert posts_of(text, "Marco Bellini") == ["prime minister"]


def test_a_division_sold_is_no_subsidiary(facts_of: FactsOf) -> None:
    found = facts_of(
        "Acme Tools Co said it completed sale of its Farm Systems division to an investor group."
    )
    assert not any(p == "subsidiaryOf" for _, p, _ in found), found


def test_a_division_held_is_a_subsidiary(facts_of: FactsOf) -> None:
    found = facts_of("Acme Tools Co said its Farm Systems division posted a loss.")
    assert ("Farm Systems", "subsidiaryOf", "Acme Tools Co") in found, found


def test_respectively_pairs_no_list_crosswise(facts_of: FactsOf) -> None:
    text = (
        "Alpha Trust Co and Beta Investment Bank, which are affiliates of Alpha Trust Holdings Corp and"
        " Beta Corp respectively, were co-managers of the offering."
    )
    found = facts_of(text)
    assert ("Beta Investment Bank", "subsidiaryOf", "Alpha Trust Holdings Corp") not in found, found
    assert ("Beta Investment Bank", "subsidiaryOf", "Beta Corp") in found, found


def test_respectively_pairs_lists_by_order(facts_of: FactsOf) -> None:
    found = facts_of(
        "Kestrel Bank and Zenith Securities, units of Marlow Corp and Acme Corp respectively, led it."
    )
    ties = {(s, o) for s, p, o in found if p == "subsidiaryOf"}
    assert ("Kestrel Bank", "Marlow Corp") in ties and ("Zenith Securities", "Acme Corp") in ties, found
    assert ("Kestrel Bank", "Acme Corp") not in ties, found


def test_a_division_to_be_sold_is_still_a_subsidiary(facts_of: FactsOf) -> None:
    found = facts_of("Acme Tools Co is selling its Farm Systems unit.")
    assert ("Farm Systems", "subsidiaryOf", "Acme Tools Co") in found, found
