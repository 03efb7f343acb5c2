"""Facts the judges of seed 937 found wrong (lane r21b), through the real pipeline on invented sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf


def test_talks_a_way_is_opened_for_are_not_held(facts_of: FactsOf) -> None:
    found = facts_of(
        "The letter said if the meeting took place it would open the way for summit talks between "
        "Tom Wick and Anna Berg."
    )
    assert not any(p == "metWith" for _, p, _ in found), found


def test_talks_held_between_two_are_a_meeting(facts_of: FactsOf) -> None:
    found = facts_of("Summit talks between Tom Wick and Anna Berg were held in Geneva on Monday.")
    assert any(p == "metWith" for _, p, _ in found), found


def test_a_decision_to_renew_is_no_deed(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Corp has decided to renew its contract with Zenith Power Inc this week.")
    assert not any(s == "Kestrel Corp" and o == "Zenith Power Inc" for s, _, o in found), found


def test_a_contract_renewed_is_a_deed(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Corp renewed its contract with Zenith Power Inc this week.")
    assert any(s == "Kestrel Corp" and o == "Zenith Power Inc" for s, _, o in found), found


def test_a_demonym_before_a_name_that_modifies_fans_is_the_fans(facts_of: FactsOf) -> None:
    text = '"There are many disappointed British Tolkien fans who wanted to see the play," he said.'
    found = facts_of(text)
    assert not any(p == "citizenOf" for _, p, _ in found), found


def test_a_demonym_before_a_person_is_theirs(facts_of: FactsOf) -> None:
    found = facts_of("Russian Dmitriy Bogdanov won the race in Moscow.")
    assert ("Dmitriy Bogdanov", "citizenOf", "Russia") in found, found


def test_a_film_industry_is_no_employer(facts_of: FactsOf) -> None:
    found = facts_of("The music is being written by Bollywood composer AR Rahman, who was behind the show.")
    assert not any(p == "worksFor" for _, p, _ in found), found
    assert ("AR Rahman", "holdsPosition", "composer") in found, found


def test_part_of_a_stake_sold_is_no_supply(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Corp sold 13 pct of its stake in Acme Inc to Zenith Life Co of Japan.")
    assert not any(p == "supplies" for _, p, _ in found), found


def test_goods_sold_are_still_supplied(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Corp said it sold its turbines to Zenith Power Inc last week.")
    assert ("Kestrel Corp", "supplies", "Zenith Power Inc") in found, found
