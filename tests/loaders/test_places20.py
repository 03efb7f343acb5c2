"""Places read from a site's town and from a place's 'in' the parser hangs on the verb (r20i), through the
real pipeline (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf

SITES = [
    ("Educated at Eton and at New College, Oxford, he served in the army.", ("New College", "Oxford")),
    ("Tom Hale was sentenced at Harrow Crown Court, London, on Tuesday.", ("Harrow Crown Court", "London")),
]


@pytest.mark.parametrize(("text", "pair"), SITES)
def test_a_site_lies_in_the_town_after_its_comma(facts_of: FactsOf, text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "locatedIn", pair[1]) in facts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp, London and Paris were named in the report.",  # a firm is no site
        "He studied at Acme College, Britain said.",  # a site's country after a comma is rather a list
    ],
)
def test_no_site_pair_without_a_site_and_its_town(facts_of: FactsOf, text: str) -> None:
    assert not {f for f in facts_of(text) if f[1] == "locatedIn"}


def test_a_place_and_the_place_after_its_in_though_the_verb_holds_the_in(facts_of: FactsOf) -> None:
    text = "Aid Secretary Tom Hale will also visit Aceh in Indonesia, as well as Sri Lanka."
    assert ("Aceh", "locatedIn", "Indonesia") in facts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "England beat France in Paris on Saturday.",  # a country's 'in' is the match's place
        "Acme Corp sued Brantex Inc in Texas last week.",  # a firm's 'in' is the suit's place
        # a side NER took for a place
        "Victory for the Azzurri in Rome last year saw Scotland end their campaign.",
        "From talking to BT in Belfast, I believe that they will give out a free application.",  # an acronym
    ],
)
def test_no_place_after_in_of_a_side_or_a_firm(facts_of: FactsOf, text: str) -> None:
    assert not {f for f in facts_of(text) if f[1] == "locatedIn"}
