"""What dev22, annotated blind and read in the twenty-third round (lane r23a), showed wrong, through the real
pipeline on invented sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import ClassesOf, FactsOf, PostsOf


def test_a_party_word_after_a_chamber_is_the_party(facts_of: FactsOf) -> None:
    found = facts_of("U.S. Senate Republican leader Tom Wick said the bill would pass.")
    assert ("Tom Wick", "holdsPosition", "leader") in found, found
    assert ("Tom Wick", "memberOf", "Republican Party") in found, found
    assert not any(p == "worksFor" for _, p, _ in found), found


def test_a_house_party_leader_is_a_member_of_the_house(facts_of: FactsOf) -> None:
    found = facts_of("House Democratic leader Tom Wick said the bill would pass.")
    assert ("Tom Wick", "memberOf", "Democratic Party") in found, found
    assert ("Tom Wick", "memberOf", "House") in found, found
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_firm_ending_in_house_is_still_led(facts_of: FactsOf) -> None:
    found = facts_of("Random House chairman Tom Wick said sales rose.")
    assert ("Tom Wick", "leaderOf", "Random House") in found, found


def test_another_partys_name_with_democratic_is_no_us_party(facts_of: FactsOf) -> None:
    found = facts_of("Tom Wick, the Free Democratic leader, said the bill would pass.")
    assert not any(o == "Democratic Party" for _, _, o in found), found


def test_a_home_keeper_holds_the_post_keeper(posts_of: PostsOf) -> None:
    assert posts_of("Striker Tom Wick forced home keeper Ben Rudd into a smart save.", "Ben Rudd") == [
        "keeper"
    ]


def test_home_secretary_keeps_its_home(posts_of: PostsOf) -> None:
    assert posts_of("Home Secretary Ben Rudd said the plan was sound.", "Ben Rudd") == ["home secretary"]


def test_a_high_commissioner_names_no_body_called_high(facts_of: FactsOf) -> None:
    found = facts_of("He met the High Commissioner, Anna Berg, in Delhi.")
    assert ("Anna Berg", "holdsPosition", "high commissioner") in found, found
    assert not any(o == "High" for _, _, o in found), found


def test_a_high_court_judge_works_for_the_court(facts_of: FactsOf) -> None:
    found = facts_of("High Court judge Anna Berg ruled on Monday.")
    assert ("Anna Berg", "worksFor", "High Court") in found, found


def test_the_previous_holder_holds_the_post_and_ties_nothing(facts_of: FactsOf) -> None:
    found = facts_of("He will succeed the previous Kestrel chairman Anna Berg next year.")
    assert ("Anna Berg", "holdsPosition", "chairman") in found, found
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_the_new_holder_still_leads(facts_of: FactsOf) -> None:
    found = facts_of("The new Kestrel chairman Anna Berg signed the deal.")
    assert ("Anna Berg", "leaderOf", "Kestrel") in found, found


def test_a_military_rank_after_a_post_is_no_word_of_it(posts_of: PostsOf) -> None:
    text = "The trust said former British Commander Colonel Tom Wick was saddened."
    assert posts_of(text, "Tom Wick") == ["former commander"]


def test_a_rank_of_two_words_stays_whole(posts_of: PostsOf) -> None:
    assert posts_of("Lieutenant Colonel Tom Wick was saddened.", "Tom Wick") == ["lieutenant colonel"]


def test_a_rear_admiral_names_no_body(facts_of: FactsOf) -> None:
    found = facts_of("Rear Admiral Tom Wick said the ship sailed.")
    assert ("Tom Wick", "holdsPosition", "rear admiral") in found, found
    assert not any(p == "worksFor" for _, p, _ in found), found


def test_a_venue_something_was_recorded_at_is_based_nowhere(facts_of: FactsOf) -> None:
    found = facts_of("The tracks include Rat Race recorded at Hammersmith Odeon in London and two others.")
    assert not any(p == "basedIn" for _, p, _ in found), found


def test_a_firm_in_a_city_is_still_based_there(facts_of: FactsOf) -> None:
    found = facts_of("Tom Wick, an economist at Kestrel Securities Inc in London, said rates would fall.")
    assert ("Kestrel Securities Inc", "basedIn", "London") in found, found


def test_a_disease_is_no_organisation(facts_of: FactsOf, classes_of: ClassesOf) -> None:
    text = "Figures show that TB in England has increased by 25% over ten years."
    assert "TB" not in classes_of(text)
    assert not any(p == "basedIn" for _, p, _ in facts_of(text))


def test_a_team_of_a_league_is_its_member(facts_of: FactsOf) -> None:
    found = facts_of(
        "The company said its wholly owned Toronto Argonauts of the Canadian Football League signed a lease."
    )
    assert ("Toronto Argonauts", "worksFor", "Canadian Football League") not in found, found


def test_a_person_of_a_firm_still_works_for_it(facts_of: FactsOf) -> None:
    found = facts_of("Tom Wick of Kestrel Securities said the market was calm.")
    assert ("Tom Wick", "worksFor", "Kestrel Securities") in found, found


def test_a_shows_actress_works_for_no_show(facts_of: FactsOf) -> None:
    found = facts_of("Former Brookside actress Anna Berg has died, her agent said.")
    assert not any(p == "worksFor" for _, p, _ in found), found


def test_a_broadcasters_presenter_works_for_it(facts_of: FactsOf) -> None:
    found = facts_of("BBC presenter Anna Berg said the show would end.")
    assert ("Anna Berg", "worksFor", "BBC") in found, found


def test_a_us_partys_leader_is_its_member(facts_of: FactsOf) -> None:
    found = facts_of("Democratic leader Tom Wick said the House would approve the budget.")
    assert ("Tom Wick", "memberOf", "Democratic Party") in found, found
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_british_partys_leader_leads_it(facts_of: FactsOf) -> None:
    found = facts_of("Labour leader Tom Wick said the party would win.")
    assert ("Tom Wick", "leaderOf", "Labour Party") in found, found


def test_a_years_possessive_makes_a_film_no_person(classes_of: ClassesOf) -> None:
    text = "She starred in films including 1989's Shirley Valentine. She played Nellie in Vera Drake."
    assert classes_of(text).get("Shirley Valentine") == "Work"


def test_a_persons_possessive_after_a_year_in_brackets_is_still_a_person(classes_of: ClassesOf) -> None:
    assert classes_of("The deal, signed in 1989, was led by Anna Berg's firm.").get("Anna Berg") == "Person"
