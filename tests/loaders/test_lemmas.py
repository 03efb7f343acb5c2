"""Verb lemmas the base model gets wrong are mended in the pipeline (loaders/nlp.py LEMMA_FIXES)."""

from __future__ import annotations

import pytest
from extraction_helpers import analyse, facts
from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "form", "lemma"),
    [
        ("He had hoped to play against the champions.", "hoped", "hope"),
        ("She hopes to win the title.", "hopes", "hope"),
        ("The regulator fined the bank heavily.", "fined", "fine"),
        ("He was chairing the committee.", "chairing", "chair"),
        ("They installed new machines.", "installed", "install"),
        ("The fines were large.", "fines", "fine"),  # the noun was right already
    ],
)
def test_lemma_of_verb_forms(nlp: Language, sentence: str, form: str, lemma: str) -> None:
    assert next(t.lemma_ for t in nlp(sentence) if t.text == form) == lemma


def test_a_fine_is_a_fact_and_a_hope_is_not(nlp: Language) -> None:
    fined = facts(analyse(nlp, "The European Commission fined Acme Corp on Tuesday."))
    assert ("European Commission", "fined", "Acme Corp") in fined
    hoped = analyse(nlp, "Ben Tully had hoped to meet Anna Morrow in Paris on Friday.")
    assert not any(f.predicate == "metWith" for f in hoped.facts)
