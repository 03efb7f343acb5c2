"""The seventeenth round's reading of dev16's errors and of the open facts of dev7 to dev13 (lane r17c):
each rule with a sentence it must read and one it must leave alone (made-up sentences, real spaCy)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf, PostsOf


def test_a_posts_coordinated_domains_are_the_posts(posts_of: PostsOf) -> None:
    """ "vice president of sales and marketing" is one post; cut at "and" it is one no one holds."""
    text = "Tom Hale, Kestrel's vice president of sales and marketing in Europe, said the firm would grow."
    assert posts_of(text, "Tom Hale") == ["vice president of sales and marketing"]
    text = "Ann Cole, director of research and economics at the Zenith Institute, said prices rose."
    assert posts_of(text, "Ann Cole") == ["director of research and economics"]


def test_a_title_joined_to_a_posts_domain_is_a_second_post(posts_of: PostsOf, facts_of: FactsOf) -> None:
    text = "Tom Hale, vice president of finance and treasurer of Kestrel Corp, said the firm would grow."
    assert posts_of(text, "Tom Hale") == ["vice president of finance"]
    assert ("Tom Hale", "worksFor", "Kestrel Corp") in facts_of(text)


def test_a_player_a_side_loses_is_an_absence_in_sport(facts_of: FactsOf) -> None:
    """ "lost striker X to a knee injury": an injury, no deed between the side and its player."""
    found = facts_of("Chelsea lost striker Tom Hale to a knee injury before the match with Everton.")
    assert not [f for f in found if f[1].startswith("open:lose")]


def test_a_place_lost_to_a_player_and_a_seat_lost_stay_open(facts_of: FactsOf) -> None:
    found = facts_of("Tom Hale lost his place to Rob Wynn before the match, and the striker was dropped.")
    assert ("Tom Hale", "open:lose place to", "Rob Wynn") in found
    # outside sport a person lost is a deed a reader keeps (a seat, a member)
    assert ("Labour Party", "open:lose", "Tom Hale") in facts_of(
        "Labour lost Tom Hale to the Tories, the party said."
    )


def test_a_side_against_which_a_player_did_something_is_the_matchs_opponent(facts_of: FactsOf) -> None:
    """ "hurt his chest against Wales": a circumstance of the match, no relation between him and Wales."""
    found = facts_of("Tom Hale hurt his chest against Wales in the match, the coach said.")
    assert not [f for f in found if f[1].startswith("open:")]


def test_a_deed_against_a_body_in_sport_stays_open(facts_of: FactsOf) -> None:
    found = facts_of("The striker Tom Hale filed an appeal against Uefa after the match, the coach said.")
    assert ("Tom Hale", "open:file appeal against", "Uefa") in found


def test_a_match_played_against_a_side_stays_open(facts_of: FactsOf) -> None:
    found = facts_of(
        "Tom Hale, who last played for Ireland against Samoa in 2001, is a fine striker, the coach said."
    )
    assert ("Tom Hale", "open:play against", "Samoa") in found
