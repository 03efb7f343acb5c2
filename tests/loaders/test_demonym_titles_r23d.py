"""A demonym before a title gives the holder's nationality where the title's reach leaves it out (r23d): a
post left ("former British commander X" is British all the same) and lower-case trade words between the
demonym and the title ("Japanese pop star and actor X"). Real pipeline, invented text."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf


def test_a_post_left_keeps_the_demonyms_nationality(facts_of: FactsOf) -> None:
    found = facts_of("Former British commander Colonel Tom Hale said the war was wrong.")
    assert ("Tom Hale", "citizenOf", "United Kingdom") in found, found
    assert not [f for f in found if f[1] == "leaderOf"], found


def test_a_post_left_named_by_a_country_gives_no_nationality(facts_of: FactsOf) -> None:
    """ "former US ambassador X": the country a post served is no nationality, held or left."""
    found = facts_of("Former US ambassador John Kessler said so on Monday.")
    assert not [f for f in found if f[1] == "citizenOf"], found


def test_trade_words_between_the_demonym_and_the_title(facts_of: FactsOf) -> None:
    found = facts_of("The film stars Japanese pop star and actor Masahiro Tanaka.")
    assert ("Masahiro Tanaka", "citizenOf", "Japan") in found, found


def test_a_verb_between_the_demonym_and_the_title_parts_them(facts_of: FactsOf) -> None:
    found = facts_of("Police said British troops shot official Ahmed Karim in Basra.")
    assert ("Ahmed Karim", "citizenOf", "United Kingdom") not in found, found


def test_a_national_title_still_leads_its_country(facts_of: FactsOf) -> None:
    found = facts_of("French President Jacques Chirac met Japanese Finance Minister Kiichi Miyazawa.")
    assert ("Jacques Chirac", "leaderOf", "France") in found, found
    assert ("Kiichi Miyazawa", "citizenOf", "Japan") in found, found
