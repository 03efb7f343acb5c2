"""A title after an award category's "for" is a work (r24g): "won best actor for The Aviator"."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import ClassesOf


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Vale was named best actor for The Lantern Hour at the ceremony.", "The Lantern Hour"),
        ("Ana Costa won the best director prize for Paper Harbour on Sunday.", "Paper Harbour"),
        ("The duo won best original song for Learn To Be Kind last year.", "Learn To Be Kind"),
    ],
)
def test_a_title_after_a_categorys_for_is_a_work(classes_of: ClassesOf, text: str, name: str) -> None:
    assert classes_of(text).get(name) == "Work"


def test_the_title_is_a_work_where_it_is_named_again(classes_of: ClassesOf) -> None:
    text = "Tom Vale was named best actor for The Lantern Hour. The Lantern Hour opened in May."
    assert classes_of(text).get("The Lantern Hour") == "Work"


@pytest.mark.parametrize(
    ("text", "name"),
    [  # a person, a word of a person's name, a place: no work
        ("The film took best director for Ana Costa and best actor for Tom Vale.", "Tom Vale"),
        ("Martin Vale was praised. The jury gave best director for Vale.", "Vale"),
        ("She won best actress for Paris in the spring.", "Paris"),
        (
            "The drama took five prizes including best supporting actress for Cate Blanchett.",
            "Cate Blanchett",
        ),
    ],
)
def test_no_work_after_a_categorys_for_that_names_no_title(
    classes_of: ClassesOf, text: str, name: str
) -> None:
    assert classes_of(text).get(name) != "Work"


def test_no_work_after_for_without_a_category(classes_of: ClassesOf) -> None:
    """ "the best deal for The Lantern Group": "deal" honours nothing."""
    text = "It was the best deal for Lantern Road, the chairman said."
    assert classes_of(text).get("Lantern Road") != "Work"
