"""A broadcaster's service named by a place ("BBC Scotland", "BBC Radio Wales", "ITV London") is one
organisation, its whole name: not the place alone, nor nothing (loaders.entities.mentions)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import ClassesOf, FactsOf


def test_a_service_named_by_a_nation_is_one_organisation(classes_of: ClassesOf) -> None:
    classes = classes_of("The minister told BBC Scotland that the plan would fail.")
    assert classes.get("BBC Scotland") == "Organization"
    assert "Scotland" not in classes


def test_a_radio_service_and_a_sport_desk_take_their_words(classes_of: ClassesOf) -> None:
    classes = classes_of("He spoke to BBC Radio Wales on Monday and later told BBC Sport Wales he was fit.")
    assert classes.get("BBC Radio Wales") == "Organization"
    assert classes.get("BBC Sport Wales") == "Organization"


def test_the_broadcaster_before_a_clause_that_a_place_opens_is_not_joined(classes_of: ClassesOf) -> None:
    classes = classes_of("The striker told the BBC Liverpool were unlikely to win the cup.")
    assert "BBC Liverpool" not in classes


def test_the_place_after_a_service_stays_a_club_of_its_own(facts_of: FactsOf) -> None:
    facts = facts_of("Newcastle boss Alan Reid wants a new striker, he told BBC Newcastle on Friday.")
    assert ("Alan Reid", "coaches", "BBC Newcastle") not in facts


def test_an_exchange_its_city_names_is_one_organisation(classes_of: ClassesOf) -> None:
    classes = classes_of("Shares in the miner rose 3% on the London Stock Exchange on Monday.")
    assert classes.get("London Stock Exchange") == "Organization"
    assert "London" not in classes


def test_an_exchange_word_inside_a_longer_name_is_left_to_it(classes_of: ClassesOf) -> None:
    classes = classes_of("Officials said the Tokyo Stock Exchange Rules were changed on Monday.")
    assert "Tokyo Stock Exchange" not in classes
