"""Round 21 (r21f): the one test of a to-infinitive's "to" (context.to_infinitive) and only_tried, which now
asks it only where it tells (sentences written for these tests). The quotations the component finds once per
Doc are tested through the party step in test_party_stance20 (a party's word inside a quotation)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from loaders.facts.context import to_infinitive
from loaders.facts.open_checks import only_tried


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Kestrel Foods decided to sell the Orbit unit.", "sell", True),
        ("Kestrel Foods decided to sell the Orbit unit.", "decided", False),
        ("Kestrel Foods sold the Orbit unit in May.", "sold", False),
    ],
)
def test_to_infinitive(nlp: Language, text: str, word: str, expected: bool) -> None:
    assert to_infinitive(_word(nlp, text, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Kestrel Foods wants to buy Orbit Mills.", "buy", True),  # a verb of wanting governs it
        ("Kestrel Foods has yet to buy Orbit Mills.", "buy", True),  # still to come: the verb's own head
        ("Kestrel Foods bought Orbit Mills last year.", "bought", False),
        ("Kestrel Foods bought Orbit Mills to grow.", "grow", False),  # purpose: no wanting, no noun
    ],
)
def test_only_tried(nlp: Language, text: str, word: str, expected: bool) -> None:
    assert only_tried(_word(nlp, text, word)) is expected
