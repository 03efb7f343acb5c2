"""Facts judges found wrong on random articles read outside the evaluation sets (rounds 10 and 11): sentences
written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts, referent_names

ASSERTED = [
    # "Shadow" is a word of the post, the party before it the person's
    ("Conservative Shadow chancellor Tom Hale said so.", ("Tom Hale", "holdsPosition", "shadow chancellor")),
    # a member now is a member
    ("Tom Hale is a member of the Kelbrook Union.", ("Tom Hale", "memberOf", "Kelbrook Union")),
    # a capital and its country, both named as places
    (
        "Tom Hale flew home from Moscow on Friday after a two-day visit to Russia.",
        ("Moscow", "locatedIn", "Russia"),
    ),
    ("Tom Hale was in the UK to attend a meeting in London.", ("London", "locatedIn", "United Kingdom")),
    # a player's side is read from the words before his name, though "player" is no post
    ("Chelsea player Tom Hale scored twice.", ("Tom Hale", "playsFor", "Chelsea")),
    # a name made only of a post's words is no organisation; the words are the post's
    ("New Home Secretary Tom Hale spoke on Monday.", ("Tom Hale", "holdsPosition", "home secretary")),
    # a post held "then" is a former one, and written so (judged seed 935)
    (
        "The inquiry sparked the resignation of its then chief executive, Tom Hale.",
        ("Tom Hale", "holdsPosition", "former chief executive"),
    ),
]

REFUSED = [
    # a party before a shadow post is the holder's party, no body he leads
    ("Conservative Shadow chancellor Tom Hale said so.", ("Tom Hale", "leaderOf", "Conservative Shadow")),
    # a former membership ties nothing now
    ("Tom Hale is a former member of the Kelbrook Union.", ("Tom Hale", "memberOf", "Kelbrook Union")),
    ("New Home Secretary Tom Hale spoke on Monday.", ("Tom Hale", "worksFor", "New Home")),
    # what an athlete is, is no post
    ("Tom Hale is a capable player.", ("Tom Hale", "holdsPosition", "capable player")),
    ("Chelsea player Tom Hale scored twice.", ("Tom Hale", "holdsPosition", "player")),
    # a post held 'then' ties nothing now, and no reader of relations ties it either
    (
        "Ann Roe said Tom Hale, then head of the National Security Council (NSC), kept her away.",
        ("Tom Hale", "memberOf", "National Security Council"),
    ),
    (
        "Ann Roe said Tom Hale, then head of the National Security Council (NSC), kept her away.",
        ("Tom Hale", "leaderOf", "National Security Council"),
    ),
    # a capital whose country is named as a side or a possessor, not as a place
    (
        "Wales have beaten France on two of their last three visits to Paris.",
        ("Paris", "locatedIn", "France"),
    ),
    (
        "Tom Hale arrived after a stopover in Riyadh, where he met Saudi Arabia's oil minister.",
        ("Riyadh", "locatedIn", "Saudi Arabia"),
    ),
    (
        "England were denied two tries in Sunday's 19-13 loss to Ireland in Dublin.",
        ("Dublin", "locatedIn", "Ireland"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), ASSERTED)
def test_judged_fact_is_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(("text", "fact"), REFUSED)
def test_judged_fact_is_not_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact not in found, found


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "In 2002, Ann Roe won best pop collaboration for the hit Lady Marmalade with Lil' Kim and Pink.",
            "Kim",
        ),
        ("Ann Roe won best collaboration with Tom Hale.", "Tom Hale"),
    ],
)
def test_a_win_shared_with_others_makes_no_open_fact(nlp: Language, text: str, partner: str) -> None:
    # who shares a prize won 'with' is no partner of an open relation ("win collaboration with")
    assert not {f for f in facts(analyse(nlp, text)) if f[0] == "Ann Roe" and f[2] == partner}


def test_a_rating_agency_cut_at_its_and_is_one_firm(nlp: Language) -> None:
    # NER reads "Standard and Poor's" as a firm "Standard" and a person "Poor": the gazetteer's name is whole
    analysis = analyse(
        nlp, "The Standard and Poor's 500 index fell 2%, said Tom Hale, an analyst at Standard & Poor's."
    )
    names = referent_names(analysis)
    assert "Standard & Poor's" in names and not {"Poor", "Standard"} & set(names), names
    assert ("Tom Hale", "worksFor", "Standard & Poor's") in facts(analysis)
    moody = referent_names(analyse(nlp, "Moody's said it may downgrade Kelbrook Inc."))
    assert "Moody's Investors Service" in moody and "Moody" not in moody, moody


def test_a_credit_rating_is_no_entity(nlp: Language) -> None:
    # "cut to B-plus from BB-minus", "to Baa-2 from Baa-1": the grades of a debt, no names to relate
    text = "Kelbrook Corp said it cut to B-plus from BB-minus the 58 mln dlrs of debentures of Lexmoor Inc."
    analysis = analyse(nlp, text)
    assert not {"B-plus", "BB-minus", "BB"} & set(referent_names(analysis)), referent_names(analysis)
