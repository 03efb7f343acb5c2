"""What dev23, annotated blind and read in the twenty-fourth round (lane r24a), showed wrong, through the real
pipeline on invented sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf, PostsOf


def test_a_relative_clause_after_a_list_speaks_of_the_last_item(facts_of: FactsOf) -> None:
    text = "Her film credits include Red Dawn, Cold Harbour and Blue Lagoon, which starred Tom Vale."
    found = facts_of(text)
    assert ("Tom Vale", "starsIn", "Blue Lagoon") in found, found
    assert not any(o in ("Red Dawn", "Cold Harbour") for _, _, o in found), found
    assert not any(s == "Red Dawn" for s, _, _ in found), found


def test_a_plural_verb_after_a_list_leaves_the_first_item(facts_of: FactsOf) -> None:
    found = facts_of("His films include Red Dawn and Blue Lagoon, which were made in Canada with Tom Vale.")
    assert not any(o == "Blue Lagoon" for _, _, o in found), found


def test_a_single_work_before_which_starred(facts_of: FactsOf) -> None:
    found = facts_of("Her film credits include Red Dawn, which starred Tom Vale.")
    assert ("Tom Vale", "starsIn", "Red Dawn") in found, found


def test_a_cast_after_an_aside_on_another_work_is_the_first_works(facts_of: FactsOf) -> None:
    found = facts_of(
        "She has finished work on The Return of Kestrel, a sequel to The Mask of Kestrel, starring Tom Vale."
    )
    assert ("Tom Vale", "starsIn", "The Return of Kestrel") in found, found
    assert ("Tom Vale", "starsIn", "The Mask of Kestrel") not in found, found


def test_a_cast_after_a_sequel_with_no_first_work_is_the_sequels(facts_of: FactsOf) -> None:
    found = facts_of("She has finished work on a sequel to The Mask of Kestrel, starring Tom Vale.")
    assert ("Tom Vale", "starsIn", "The Mask of Kestrel") in found, found


def test_a_hyphenated_trade_of_three_parts_is_whole(posts_of: PostsOf) -> None:
    text = "The protesters include point-to-point jockey Tom Vale, 34, from York."
    assert posts_of(text, "Tom Vale") == ["point-to-point jockey"]


def test_a_hyphenated_first_part_alone_stays_out(posts_of: PostsOf) -> None:
    assert posts_of("Under-Secretary Tom Vale said the plan would work.", "Tom Vale") == ["under-secretary"]


def test_a_post_ends_before_the_body_it_serves(posts_of: PostsOf) -> None:
    text = "But Economic Secretary to the Treasury Paul Hale said the plans were sound."
    assert posts_of(text, "Paul Hale") == ["economic secretary"]


def test_a_post_of_a_body_keeps_its_of(posts_of: PostsOf) -> None:
    assert posts_of("Secretary of State Tom Vale said the plan would work.", "Tom Vale") == [
        "secretary of state"
    ]


def test_the_bodys_chief_is_not_the_nearest_person(facts_of: FactsOf) -> None:
    found = facts_of(
        "World Bank President Tom Vale is expected to press Indonesia to change policy, diplomats said. "
        "Vale, who flew in yesterday, will meet with President Ben Rudd and senior ministers. "
        "Today the World Bank chief will visit projects in Java."
    )
    assert ("Tom Vale", "leaderOf", "World Bank") in found, found
    assert ("Ben Rudd", "leaderOf", "World Bank") not in found, found
    assert ("Ben Rudd", "holdsPosition", "chief") not in found, found


def test_the_first_try_of_a_game_is_no_result(facts_of: FactsOf) -> None:
    found = facts_of(
        "The rugby match was tense. He was on the mark again two minutes later when Kestrel shocked a "
        "ragged Zenith with the first try of the game."
    )
    assert not any(p == "defeated" for _, p, _ in found), found


def test_a_late_try_is_still_a_win(facts_of: FactsOf) -> None:
    found = facts_of("The rugby match was tense. Argentina stunned Ireland with a late try to win 21-19.")
    assert ("Argentina", "defeated", "Ireland") in found, found
