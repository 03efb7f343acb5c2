"""Round 20 (r20k): a party's word on a plan, a claim or a deed stands for the party, as its possessive does
(sentences written for these tests; the frame rows' own examples are in frames.toml and test_frames.py)."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf

FOUND = [
    (
        "Peter Kane attacked the Tory plans to cut the budget.",
        ("Peter Kane", "criticizes", "Conservative Party"),
    ),
    ("Peter Kane attacked Tory plans on Monday.", ("Peter Kane", "criticizes", "Conservative Party")),
    (
        "Peter Kane rejected Conservative claims that the figures were wrong.",
        ("Peter Kane", "opposes", "Conservative Party"),
    ),
    (
        "The Democrats criticized Republican proposals on taxes.",
        ("Democratic Party", "criticizes", "Republican Party"),
    ),
    ("Anna Berg backed Labour plans for the railway.", ("Anna Berg", "supports", "Labour Party")),
]

NOT_FOUND = [
    # no plan, claim or deed: voters are no act of the party
    ("Peter Kane criticised Tory voters in the town.", ("Peter Kane", "criticizes", "Conservative Party")),
    # a modal keeps it a claim
    (
        "Peter Kane may attack Tory plans to cut the budget.",
        ("Peter Kane", "criticizes", "Conservative Party"),
    ),
    # a quotation's words are the speaker's
    (
        'Anna Berg said: "Peter Kane has rejected the Tory idea of quotas, and rightly so."',
        ("Peter Kane", "opposes", "Conservative Party"),
    ),
    # a conservative in lower case is no party
    (
        "Peter Kane attacked conservative plans to cut the budget.",
        ("Peter Kane", "criticizes", "Conservative Party"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_fact_is_found(facts_of: FactsOf, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(text)


@pytest.mark.parametrize(("text", "fact"), NOT_FOUND)
def test_fact_is_not_found(facts_of: FactsOf, text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in facts_of(text)
