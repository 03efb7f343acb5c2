"""Facts judges found damaged on random articles read outside the evaluation sets (round 15, seed 926):
sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a foreign legal form ("A.S.", Turkish) makes a firm of what NER took for a person
        (
            "Kelbrook Dorman A.S. issued bonds through Yorvik Lexmoor A.S., officials said.",
            "Kelbrook Dorman A.S.",
        ),
        # a name the text once gives with its legal form stays a firm's, whatever NER calls its later uses
        ("Pharmacia AB said earnings rose. Pharmacia said it expects more.", "Pharmacia AB"),
    ],
)
def test_a_name_with_a_legal_form_is_an_organisation(nlp: Language, text: str, name: str) -> None:
    referents = analyse(nlp, text).referents
    assert f"Organization/{name}" in referents, sorted(referents)
