"""Round 13 (r13c): posts and places the sentence states, through the real pipeline (sentences written for
these tests): a post after a bracketed short name, a post still to come, a venue named before its kind noun
and an event named as an organisation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

ASSERTED = [
    # the short name in brackets ends the title's words: the post is held at the organisation before it
    (
        "Northern Growers Association (NGA) chairman Tom Hale said the tax would hurt farmers.",
        ("Tom Hale", "leaderOf", "Northern Growers Association"),
    ),
    (
        "The United Harbour Workers (UHW) spokesman Paul Jones said talks would resume.",
        ("Paul Jones", "worksFor", "United Harbour Workers"),
    ),
    # the name before the bracket, not the short one, which may be a ticker
    (
        "Kestrel Holdings Corp (KHC) president Tom Hale said the decline was not justified.",
        ("Tom Hale", "leaderOf", "Kestrel Holdings Corp"),
    ),
    # a venue's name before its kind noun lies where the kind noun's "in" says
    (
        "The awards will be handed out at the Kestrel Park hotel in Manchester next month.",
        ("Kestrel Park", "locatedIn", "Manchester"),
    ),
    # an event whose name ends in an event's word is held in the place after it
    (
        "Acme unveiled its new phone at the Consumer Electronics Show in Las Vegas on Friday.",
        ("Consumer Electronics Show", "locatedIn", "Las Vegas"),
    ),
]

REFUSED = [
    # a deputy never leads, bracket or none
    (
        "Northern Growers Association (NGA) deputy chairman Tom Hale said the tax would hurt farmers.",
        ("Tom Hale", "leaderOf", "Northern Growers Association"),
    ),
    # a post still to come ties nothing yet
    (
        "Northern Growers Association president-elect Tom Hale said the tax would hurt farmers.",
        ("Tom Hale", "leaderOf", "Northern Growers Association"),
    ),
    (
        "Acme Corp chairman-designate Tom Hale said profits would rise.",
        ("Tom Hale", "leaderOf", "Acme Corp"),
    ),
    # a one-word name before "studios" or "hotel" is the owner's or a brand's, not the venue's
    ("The show is recorded at the BBC studios in London.", ("BBC", "locatedIn", "London")),
]


@pytest.mark.parametrize(("text", "fact"), ASSERTED)
def test_fact_is_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(("text", "fact"), REFUSED)
def test_wrong_fact_is_not_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact not in found, found


def test_a_post_to_come_is_still_a_post(nlp: Language) -> None:
    """ "chairman-designate" is the post the person holds now; only its tie waits."""
    found = facts(analyse(nlp, "Acme Corp chairman-designate Tom Hale said profits would rise."))
    assert ("Tom Hale", "holdsPosition", "chairman-designate") in found, found
