"""Makers and prizes of works and products from the words around their names (loaders.facts.works)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Oscar-winning actor Tom Vale opened the festival.", ("Tom Vale", "won", "Oscar")),
        ("The Bafta-nominated drama Low Tide returns.", ("Low Tide", "nominatedFor", "Bafta")),
        ("Booker Prize-winning novelist Ana Costa spoke.", ("Ana Costa", "won", "Booker Prize")),
        (
            "He told the Daily Courier's Money Hour programme that sales fell.",
            ("Daily Courier", "created", "Money Hour"),
        ),
        ("Users of Zentro Corp's Foxglove browser rose.", ("Zentro Corp", "makes", "Foxglove")),
    ],
)
def test_words_around_a_name_say_who_made_or_won_it(
    nlp: Language, text: str, fact: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale, winning the Oscar race, smiled.",  # no hyphenated adjective
        "The Oscar - winning streak ended, said Tom Vale.",  # spaced hyphen: no adjective
        "Ana Costa's Low Tide film opened.",  # a person's film: actor or director?
    ],
)
def test_no_prize_or_maker_without_the_shape(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not {f for f in found if f[1] in ("won", "nominatedFor", "created")}, found
