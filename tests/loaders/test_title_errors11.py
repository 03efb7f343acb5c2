"""Title facts the title rules got wrong on dev..dev10 and on outside articles judges read (round 11, r11f):
sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

_BATH = (
    "Bath coach Tom Hale said the side had played well in the rugby match. Tom Hale's side beat Leicester."
    " Ann Roe replaces Bath second row Paul Jones at lock for the try."
)

ASSERTED = [
    # "former" before the names in front of a title makes the post a former one
    (
        "Ex-Downing Street media chief Tom Hale will return to the fold.",
        ("Tom Hale", "holdsPosition", "former media chief"),
    ),
    (
        "Former Manfred Mann singer Paul Jones, who sang on hits, said Charles was one of his heroes.",
        ("Paul Jones", "holdsPosition", "former singer"),
    ),
    # an adjective a copula makes the predicate is no word of the title after it
    (
        "He also said he was confident shadow home secretary Tom Hale would set out the position.",
        ("Tom Hale", "holdsPosition", "shadow home secretary"),
    ),
    # a copula's own complement keeps its adjective
    (
        "The new boss is interim chief executive Tom Hale.",
        ("Tom Hale", "holdsPosition", "interim chief executive"),
    ),
    # a one-word name opening a sentence before a sport role is the club, though NER took it elsewhere for
    # a surname
    (_BATH, ("Tom Hale", "coaches", "Bath")),
    (_BATH, ("Tom Hale", "holdsPosition", "coach")),
    # the kind of body before a post is no word of the post
    ("Committee chairman Tom Hale said the report was damning.", ("Tom Hale", "holdsPosition", "chairman")),
    # a plural title for names coordinated is each one's
    ("Ann Roe and Tom Hale, the co-founders of Kelco, spoke.", ("Ann Roe", "holdsPosition", "co-founder")),
]

REFUSED = [
    ("Committee chairman Tom Hale said the report was damning.", ("Tom Hale", "leaderOf", "Committee")),
    (_BATH, ("Tom Hale", "holdsPosition", "bath coach")),
    (
        "Ex-Downing Street media chief Tom Hale will return to the fold.",
        ("Tom Hale", "holdsPosition", "media chief"),
    ),
    (
        "Former Manfred Mann singer Paul Jones, who sang on hits, said Charles was one of his heroes.",
        ("Paul Jones", "holdsPosition", "singer"),
    ),
    # a band left is no band the singer is a member of
    (
        "Tom Hale will tour next year with former Kelbrook and Lexmoor Union singer Paul Jones.",
        ("Paul Jones", "memberOf", "Kelbrook and Lexmoor Union"),
    ),
    (
        "He also said he was confident shadow home secretary Tom Hale would set out the position.",
        ("Tom Hale", "holdsPosition", "confident shadow home secretary"),
    ),
    # a plural title in a list beside one name lists others
    (
        "They will also speak to Mr Hale, representatives of the Kelbrook Society and the Kelco Authority.",
        ("Hale", "holdsPosition", "representative"),
    ),
    (
        "They will also speak to Mr Hale, representatives of the Kelbrook Society and the Kelco Authority.",
        ("Hale", "worksFor", "Kelbrook Society"),
    ),
    (
        "Lawyer Tom Hale, pilot chiefs, attorneys and bankers from Kelco will speak.",
        ("Tom Hale", "holdsPosition", "attorney"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), ASSERTED)
def test_title_is_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(("text", "fact"), REFUSED)
def test_title_error_is_not_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact not in found, found
