"""Names NER sees nothing of: towns after "in" or before "-based", the G-7 and its kin (r19h, nineteenth
round; real pipeline, sentences made up)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import ClassesOf


def test_a_town_after_in_is_a_place(classes_of: ClassesOf) -> None:
    classes = classes_of("Mr Blair made a personal speech in Gateshead on Sunday.")
    assert classes.get("Gateshead") in ("City", "Location")


def test_a_town_before_based_is_a_place(classes_of: ClassesOf) -> None:
    classes = classes_of("Shares in Bracknell-based Exel rose 3% on Tuesday.")
    assert classes.get("Bracknell") in ("City", "Location")


def test_a_word_of_the_language_is_no_town(classes_of: ClassesOf) -> None:
    # (the guard costs a real town, Bath, where a bath would be wrong elsewhere)
    assert "Bath" not in classes_of("He found comfort in Bath, his aides said.")


def test_a_town_that_modifies_a_noun_is_left_alone(classes_of: ClassesOf) -> None:
    assert "Gateshead" not in classes_of("The deal was struck in Gateshead talks last week.")


def test_the_group_of_seven_is_one_organisation(classes_of: ClassesOf) -> None:
    classes = classes_of(
        "Finance ministers of the G-7 met in Paris. The Group of Seven agreed to steady the dollar."
    )
    assert classes.get("Group of Seven") == "Organization"
    assert "G-7" not in classes  # an alias of the one node


def test_the_g8_is_an_organisation(classes_of: ClassesOf) -> None:
    assert (
        classes_of("He hopes to use the chairmanship of the G8 this year.").get("Group of Eight")
        == "Organization"
    )
