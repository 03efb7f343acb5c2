"""Works and awards NER misses or mistypes (r17f): golden prizes, a title before "directed by"."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import ClassesOf, FactsOf


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lenny Henry, who won a Golden Rose for his series in 2001, picks up another nomination.",
            "Golden Rose",
        ),
        ("It is one of 21 films competing for the festival's top prize, the Golden Bear.", "Golden Bear"),
        ("The film won the Golden Osella for outstanding technical contribution.", "Golden Osella"),
    ],
)
def test_a_festivals_golden_prize_is_an_award(classes_of: ClassesOf, text: str, name: str) -> None:
    assert classes_of(text).get(name) == "Award"


def test_a_golden_prize_is_won(facts_of: FactsOf) -> None:
    text = "Lenny Henry, who won a Golden Rose for his series in 2001, picks up another nomination."
    assert ("Lenny Henry", "won", "Golden Rose") in facts_of(text)


def test_a_plural_golden_name_stays_a_team(classes_of: ClassesOf) -> None:
    """ "The Golden Lions" is a rugby side: the plural is no prize."""
    assert (
        classes_of("The Golden Lions beat the Blue Bulls in the Currie Cup.").get("Golden Lions") != "Award"
    )


def test_a_title_before_directed_by_is_a_work(classes_of: ClassesOf) -> None:
    text = "Hollow Rivers Run, directed by Mark Ellison, was named best film at the festival."
    assert classes_of(text).get("Hollow Rivers Run") == "Work"


def test_a_director_directs_the_title_before_directed_by(facts_of: FactsOf) -> None:
    text = "Hollow Rivers Run, directed by Mark Ellison, opened in Berlin on Friday."
    assert ("Mark Ellison", "directed", "Hollow Rivers Run") in facts_of(text)


def test_no_title_before_directed_by_without_a_comma(classes_of: ClassesOf) -> None:
    """ "Sideways is written and directed by": the subject of a passive is left to the frames."""
    text = "The Institute is directed by Mark Ellison, who joined in May."
    assert classes_of(text).get("Institute") != "Work"
