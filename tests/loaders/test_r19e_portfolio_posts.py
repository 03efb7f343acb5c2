"""A portfolio written in capitals before a commissioner's, a minister's or a secretary's noun is the post's,
not a body NER read in it (dev18: "Monetary Affairs Commissioner X" held "commissioner" at "Monetary
Affairs"); a body before the portfolio stays the body. Sentences written for these tests, run through the
real pipeline."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf

FOUND = [
    (
        "Monetary Affairs Commissioner Tom Hale said that it was a matter for next week.",
        ("Tom Hale", "holdsPosition", "monetary affairs commissioner"),
    ),
    (
        "EC External Trade Commissioner Tom Hale has written to his counterpart.",
        ("Tom Hale", "holdsPosition", "external trade commissioner"),
    ),
    (
        "EC External Trade Commissioner Tom Hale has written to his counterpart.",
        ("Tom Hale", "worksFor", "EC"),
    ),
    ("EC Farm Commissioner Tom Hale told ministers so.", ("Tom Hale", "holdsPosition", "farm commissioner")),
    (
        "The lobby has written to Farm Commissioner Tom Hale asking for talks.",
        ("Tom Hale", "holdsPosition", "farm commissioner"),
    ),
    (
        "British Corporate Affairs minister Tom Hale leaves for Japan on Saturday.",
        ("Tom Hale", "holdsPosition", "corporate affairs minister"),
    ),
    ("Civil Aviation Minister Tom Hale said so.", ("Tom Hale", "holdsPosition", "civil aviation minister")),
    # a name that ends in no word of a portfolio is the body
    ("FDA Commissioner Tom Hale said so.", ("Tom Hale", "worksFor", "FDA")),
]

NOT_FOUND = [
    ("Civil Aviation Minister Tom Hale said so.", ("Tom Hale", "worksFor", "Civil")),
    (
        "Monetary Affairs Commissioner Tom Hale said that it was a matter for next week.",
        ("Tom Hale", "worksFor", "Monetary Affairs"),
    ),
    (
        "EC External Trade Commissioner Tom Hale has written to his counterpart.",
        ("Tom Hale", "worksFor", "EC External Trade"),
    ),
    ("EC Farm Commissioner Tom Hale told ministers so.", ("Tom Hale", "worksFor", "EC Farm")),
    (
        "The lobby has written to Farm Commissioner Tom Hale asking for talks.",
        ("Tom Hale", "worksFor", "Farm"),
    ),
    (
        "British Corporate Affairs minister Tom Hale leaves for Japan on Saturday.",
        ("Tom Hale", "worksFor", "British Corporate Affairs"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_portfolio_is_the_posts(facts_of: FactsOf, text: str, fact: tuple[str, str, str]) -> None:
    found = facts_of(text)
    assert fact in found, found


@pytest.mark.parametrize(("text", "fact"), NOT_FOUND)
def test_portfolio_is_no_body(facts_of: FactsOf, text: str, fact: tuple[str, str, str]) -> None:
    found = facts_of(text)
    assert fact not in found, found
