"""A title NER took for a person's name right after a work noun is a work, whole (r18k, eighteenth round):
the name layer would cut it where a word looks like an honorific ("Lady") and leave a person."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import ClassesOf


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nina Vale won a prize in 2003 for the hit track Lady Lazarus with two friends.", "Lady Lazarus"),
        ("Tom Hale sang his hit single Lord Sunshine at the festival.", "Lord Sunshine"),
        ("The author Tom Hale won the prize with his book Lady Winter.", "Lady Winter"),
    ],
)
def test_title_after_work_noun_is_a_work_whole(classes_of: ClassesOf, text: str, name: str) -> None:
    assert classes_of(text).get(name) == "Work"


def test_person_after_work_noun_not_cut_stays_as_before(classes_of: ClassesOf) -> None:
    """A name the name layer keeps whole is left to the kinds' cues as before: the rule fires on cut names
    only (a person's possessor after the name stops it too)."""
    assert classes_of("Fans loved the show Lady Gaga's team made.").get("Lady Gaga") != "Work"
