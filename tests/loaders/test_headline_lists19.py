"""Round 19 (r19g): the headline fact where the lead names its parties as a list in apposition to a plural
noun ("consumer electronics giants X and Y are joining forces"): the noun stands for every name of the list,
not the first alone; and a plural noun cue ("settled lending agreements") is no agreement between its
coordinated subjects (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

FOUND = [
    # the subject: a plural kind noun renamed by two names
    (
        "Software makers Kestrel Inc and Marlow Corp are joining forces to build phones.",
        ("Kestrel Inc", "partneredWith", "Marlow Corp"),
    ),
    (
        "Consumer electronics giants Kestrel and Marlow Electric are joining forces to build phones.",
        ("Kestrel", "partneredWith", "Marlow Electric"),
    ),
    # the agent of a passive: the same list after "by"
    (
        "The deal was signed by rival banks Kestrel Bank and Zenith Bank.",
        ("Kestrel Bank", "signedAgreementWith", "Zenith Bank"),
    ),
]

NOT_FOUND = [
    # a singular noun is one thing: the second name is no item of its apposition
    (
        "The software firm, Kestrel Inc, and its rival Marlow Corp were fined.",
        ("Kestrel Inc", "partneredWith", "Marlow Corp"),
    ),
    # a list that repeats "and" holds a name with "and" in it, cut in two ("Lyon and Ross Inc")
    (
        "The deal was signed by rival banks Kestrel Bank and Zenith Bank and Marlow Bank.",
        ("Zenith Bank", "signedAgreementWith", "Marlow Bank"),
    ),
    # a plural noun cue with no partner of its own: each settled its own agreements (with its lenders)
    (
        "Kestrel Timber Ltd and Marlow Oil Ltd have settled revised lending agreements.",
        ("Kestrel Timber Ltd", "signedAgreementWith", "Marlow Oil Ltd"),
    ),
    # "such as" gives examples of the kind, no apposition and no parties
    (
        "Mobile firms such as Kestrel Inc and Marlow Corp are joining forces to build phones.",
        ("Kestrel Inc", "partneredWith", "Marlow Corp"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_fact_is_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    subject, predicate, obj = fact
    found = facts(analyse(nlp, text))
    assert (subject, predicate, obj) in found or (obj, predicate, subject) in found


@pytest.mark.parametrize(("text", "fact"), NOT_FOUND)
def test_fact_is_not_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    subject, predicate, obj = fact
    found = facts(analyse(nlp, text))
    assert (subject, predicate, obj) not in found and (obj, predicate, subject) not in found
