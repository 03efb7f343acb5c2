"""One notion of a minister's portfolio (lane r19t): the portfolio words that end an organisation's name
before a post (r19e) and a name of adjectives and portfolio words (r19j) are one list, so a name of an
adjective and a portfolio word r19e listed ("Regional Development", "External Relations") is the post's too.
Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf

CASES = [
    ("Federal Public Works Minister Tom Hale said so.", "federal public works minister"),
    ("Provincial Rural Affairs Minister Tom Hale said so.", "provincial rural affairs minister"),
    ("National Consumer Affairs Minister Tom Hale said so.", "national consumer affairs minister"),
    ("Federal Labor Minister Tom Hale said so.", "federal labor minister"),
]


@pytest.mark.parametrize(("text", "post"), CASES)
def test_an_adjective_and_a_portfolio_word_are_the_posts(facts_of: FactsOf, text: str, post: str) -> None:
    found = facts_of(text)
    assert ("Tom Hale", "holdsPosition", post) in found, found
    assert not any(p == "worksFor" for _, p, _ in found), found
