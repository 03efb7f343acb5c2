"""A maker of goods, a think-tank and a post's "at" before a one-word name make it a firm's, whatever NER
labels it (r21i; real pipeline, invented text)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse


def _classes_of(nlp: Language, text: str, name: str) -> set[str]:
    """The classes the article settles on for the mentions of ``name``."""
    found = analyse(nlp, text).mentions
    return {m.entity.split("/", 1)[0] for m in found if m.entity and m.text.rstrip(".") == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Game maker Dravelle shut down the accounts of the players. Dravelle said so.", "Dravelle"),
        ("Sales at car maker Korvask fell by 5% in March.", "Korvask"),
        ("The study came in a report by UK think-tank Vellamo on Monday.", "Vellamo"),
        ("Tom Brannock, security expert at Quorvane, said the attacks were rising.", "Quorvane"),
        ("Rates will rise, said Tom Brannock, chief economist at Halvex.", "Halvex"),
    ],
)
def test_a_maker_or_a_post_at_makes_a_firm(nlp: Language, text: str, name: str) -> None:
    assert _classes_of(nlp, text, name) == {"Organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Brannock, a senior engineer at Boston, said the plane was ready.", "Boston"),
        ("Jim Quorvane spoke first. Tom Brannock, security expert at Quorvane, said so.", "Quorvane"),
    ],
)
def test_a_known_place_or_a_person_is_no_firm(nlp: Language, text: str, name: str) -> None:
    assert "Organization" not in _classes_of(nlp, text, name)
