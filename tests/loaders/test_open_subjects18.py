"""Open facts whose partner is the subject of another clause (r18n, judged seed 933)."""

from __future__ import annotations

from spacy.language import Language

from loaders.facts.context import stolen_subject
from tests.loaders.extraction_helpers import analyse, facts


def test_a_name_after_comma_with_and_its_own_predicate_is_no_partner(nlp: Language) -> None:
    # "with rival Y down 3.4%": Y is the subject of a clause of its own, set beside the first
    text = "Acme Corp lost 2.5% to 270 yen, with closest rival Zenith Holdings down 3.4%."
    assert not [f for f in facts(analyse(nlp, text)) if f[1].startswith("open:")]
    # a bare "with" partner, set off by no predicate of its own, stays
    kept = facts(analyse(nlp, "Acme Corp lost 2.5% on Monday, with Zenith Holdings."))
    assert ("Acme Corp", "open:lose with", "Zenith Holdings") in kept


def test_a_conjunct_before_an_auxiliary_of_a_subjectless_verb_is_its_subject(nlp: Language) -> None:
    # "selling a PC and IBM is widely expected to ...": IBM is the subject of "is expected", not sold
    doc = nlp("Zenith is already selling a 386-based PC and IBM is widely expected to reply.")
    ibm = next(t for t in doc if t.text == "IBM")
    assert ibm.dep_ == "conj" and stolen_subject(ibm)
    listed = nlp("Zenith is selling a cheap PC and IBM machines.")
    assert not stolen_subject(next(t for t in listed if t.text == "IBM"))
