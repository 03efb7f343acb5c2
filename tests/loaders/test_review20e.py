"""The twentieth round's review (lane r20e): one helper for a side, one walk of a title's brackets, one list
of talks, one list of broadcasters; through the real pipeline on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.entities import cues as ecues
from loaders.facts.people import _brackets_around
from tests.loaders.extraction_helpers import FactsOf, PostsOf

_DAVIS_CUP = "Tim Henman lost his tennis match 6-3 6-4 to the ATP number two."


def test_a_country_side_in_a_tennis_report_visits_no_place(facts_of: FactsOf) -> None:
    found = facts_of("Great Britain travel to Israel for the Davis Cup tie. " + _DAVIS_CUP)
    assert not [f for f in found if f[1] == "visited"], found


def test_a_country_managers_coaches_its_side_in_a_tennis_report(facts_of: FactsOf) -> None:
    found = facts_of("Britain manager Tom Hale praised his players after the Davis Cup tie. " + _DAVIS_CUP)
    assert ("Tom Hale", "coaches", "United Kingdom") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Tom Wick, head of Washington's delegation to the conference, said he would go home.",
        "Tom Wick, head of Washington's delegation to the dialogue, said he would go home.",
    ],
)
def test_a_head_of_a_delegation_to_one_event_holds_no_post(posts_of: PostsOf, text: str) -> None:
    assert posts_of(text, "Tom Wick") == []


def test_a_title_in_a_bracket_of_more_than_ten_words_is_no_post_of_the_name_after(posts_of: PostsOf) -> None:
    text = (
        "Guests included Anna Pell, (the club's very much respected and very long serving press officer) "
        "Tom Wick."
    )
    assert posts_of(text, "Tom Wick") == []
    assert posts_of("Guests included Anna Pell, (the press officer) Tom Wick.", "Tom Wick") == [
        "press officer"
    ]


def test_the_brackets_around_a_word(nlp: Language) -> None:
    doc = nlp.make_doc("Anna Pell , ( press officer ) Tom Wick ( and ) so")
    assert _brackets_around(doc, 4) == (3, 6)  # "press"
    assert _brackets_around(doc, 3) is None  # a bracket is inside none
    assert _brackets_around(doc, 7) is None  # "Tom": a closing bracket before it, an opening one after
    assert _brackets_around(doc, 0) is None


def test_the_hyphen_of_a_name_before_a_title_stays_in_the_name(facts_of: FactsOf) -> None:
    found = facts_of("T-Mobile spokeswoman Ann Lee said the phones sold well.")
    assert ("Ann Lee", "worksFor", "T-Mobile") in found, found


def test_the_broadcasters_with_services_are_broadcasters() -> None:
    assert ecues.SERVICE_BROADCASTERS < ecues.BROADCASTERS
    for name in ecues.SERVICE_BROADCASTERS:
        assert ecues.BROADCASTER_ACRONYMS.fullmatch(name)
    assert not ecues.BROADCASTER_ACRONYMS.search("NBC and BBCX")
