"""Nationality (citizenOf) read where the parse or the word list hid it (r21k, twenty-first round): a
demonym before an ordinal seed before a player's name ("Spanish fifth seed Tommy Robredo"), which the parser
hangs apart from the name (people._demonym_of_seed); a demonym or a country's name before a word for the
nationality itself ("X, an Israeli citizen,", "X, a Belgian national who": cues.NATIONALITY_NOUNS, read by
people._national_occupation). Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts


def _citizen_of(nlp: Language, text: str, person: str) -> set[str]:
    return {o for s, p, o in facts(analyse(nlp, text)) if s == person and p == "citizenOf"}


def test_a_demonym_before_an_ordinal_seed_is_the_players_nationality(nlp: Language) -> None:
    text = "Henman lost to Spanish fifth seed Tommy Robredo in Dubai on Friday."
    assert _citizen_of(nlp, text, "Tommy Robredo") == {"Spain"}


def test_a_demonym_before_an_ordinal_seed_as_the_subject(nlp: Language) -> None:
    text = "French third seed Sebastien Grosjean beat Henman in Dubai on Friday."
    assert _citizen_of(nlp, text, "Sebastien Grosjean") == {"France"}


def test_a_seed_parsed_as_a_second_subject_beside_the_name(nlp: Language) -> None:
    text = "Earlier in the day, Spanish fifth seed Tommy Robredo won his place when he beat Kiefer 6-4 6-4."
    assert _citizen_of(nlp, text, "Tommy Robredo") == {"Spain"}


def test_a_seed_without_a_demonym_gives_no_nationality(nlp: Language) -> None:
    text = "Henman lost to fifth seed Tommy Robredo in Dubai on Friday."
    assert not _citizen_of(nlp, text, "Tommy Robredo")


def test_a_demonym_before_citizen_in_apposition(nlp: Language) -> None:
    text = "Brokers filled orders for David Sofer, an Israeli citizen, who traded on inside information."
    assert _citizen_of(nlp, text, "David Sofer") == {"Israel"}


def test_a_demonym_before_national_in_apposition(nlp: Language) -> None:
    text = "Last year Samuel Amoah, a Belgian national who ran a travel agency, was jailed for three years."
    assert _citizen_of(nlp, text, "Samuel Amoah") == {"Belgium"}


def test_a_town_before_citizen_is_no_nationality(nlp: Language) -> None:
    text = "Brokers filled orders for David Sofer, a Jerusalem citizen, who traded on inside information."
    assert not _citizen_of(nlp, text, "David Sofer")
