"""Nationality (citizenOf) read where the parse hides it (r21k, twenty-first round): a demonym before an
ordinal seed before a player's name ("Spanish fifth seed Tommy Robredo"), which the parser makes the
apposition of 'seed' (people._demonym_of_seed). Sentences written for these tests, run through the real
pipeline."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts


def test_a_demonym_before_an_ordinal_seed_is_the_players_nationality(nlp: Language) -> None:
    found = facts(analyse(nlp, "Henman lost to Spanish fifth seed Tommy Robredo in Dubai on Friday."))
    assert ("Tommy Robredo", "citizenOf", "Spain") in found


def test_a_demonym_before_an_ordinal_seed_as_the_subject(nlp: Language) -> None:
    found = facts(analyse(nlp, "French third seed Sebastien Grosjean beat Henman in Dubai on Friday."))
    assert ("Sebastien Grosjean", "citizenOf", "France") in found


def test_a_seed_without_a_demonym_gives_no_nationality(nlp: Language) -> None:
    found = facts(analyse(nlp, "Henman lost to fifth seed Tommy Robredo in Dubai on Friday."))
    assert not any(p == "citizenOf" for s, p, _ in found if s == "Tommy Robredo")
