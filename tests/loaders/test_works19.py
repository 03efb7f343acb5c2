"""Works that were no node (r19d, nineteenth round): a title between a person's possessive pronoun and a
work noun ("his In Pieces series"), and a title whose last word is a place after "of" or an article ("the
1965 film Flight of the Phoenix", where the place was cut off as where the work was shown)."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import ClassesOf


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The singer played her Hounds Of Love album live for fans.", "Hounds Of Love"),
        ("Tom Hale won a Bafta for his Under The Stairs series in 2001.", "Under The Stairs"),
    ],
)
def test_title_after_a_possessive_pronoun_is_a_work(classes_of: ClassesOf, text: str, title: str) -> None:
    assert classes_of(text).get(title) == "Work"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Hale and Ann Bell presented their Channel 4 show on Friday.", "Channel 4"),
        ("Tom Hale will play his Las Vegas show in May.", "Las Vegas"),
    ],
)
def test_channel_or_place_after_a_possessive_pronoun_is_no_work(
    classes_of: ClassesOf, text: str, name: str
) -> None:
    """What a show is on or where it is played is no title: the channel stays a body, the place a place."""
    classes = classes_of(text)
    assert name in classes
    assert classes[name] != "Work"


def test_place_after_of_in_a_title_stays_in_it(classes_of: ClassesOf) -> None:
    classes = classes_of("The teen comedy is a remake of the 1965 film Flight of the Phoenix.")
    assert classes.get("Flight of the Phoenix") == "Work"
    assert "Phoenix" not in classes


def test_place_after_in_is_where_the_work_was_made(classes_of: ClassesOf) -> None:
    """ "in London" after a title says where the album was made: the place stays a place of its own."""
    classes = classes_of("Nina Vale recorded the album Sunday Lights in London in 1992.")
    assert classes.get("London") == "City"
    assert not any("London" in name and cls == "Work" for name, cls in classes.items())


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("She told the BBC's Breakfast with Frost that the plan would fail.", "Breakfast with Frost"),
        ("He spoke about the plan on NBC's Tales From The Valley on Monday.", "Tales From The Valley"),
    ],
)
def test_title_after_a_broadcasters_possessive_is_a_programme(
    classes_of: ClassesOf, text: str, title: str
) -> None:
    assert classes_of(text).get(title) == "Work"


def test_correspondent_after_a_broadcasters_possessive_stays_a_person(classes_of: ClassesOf) -> None:
    assert classes_of("The BBC's Jonathan Beale said the vote was close.").get("Jonathan Beale") == "Person"
