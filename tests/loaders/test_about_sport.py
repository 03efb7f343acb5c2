"""Which texts are about sport (loaders.entities.kinds.about_sport): tennis, rugby and cricket count, and
words of sport that business and politics also use ("race", "title", "marathon talks") do not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.entities.kinds import about_sport


@pytest.mark.parametrize(
    "text",
    [
        "Dara Quill withstood a rally from Tomas Ferro to reach the last eight. Her backhand won the tennis.",
        "The flanker hurt his chest against Wales. The rugby side must find a new scrum leader.",
        "The batsman was out for nine. The cricket board met on Friday.",
    ],
)
def test_reports_of_tennis_rugby_and_cricket_are_about_sport(nlp: Language, text: str) -> None:
    assert about_sport(nlp(text))


@pytest.mark.parametrize(
    "text",
    [
        "The firm won the race to buy the bank. Its title to the land was disputed.",
        "The party leaders failed to agree after marathon talks. The premiership passes to Mr Osu.",
        "The set of rules was agreed in the second round of talks.",
    ],
)
def test_business_and_politics_are_not_about_sport(nlp: Language, text: str) -> None:
    assert not about_sport(nlp(text))
