"""Round 13 (r13b): what politics and deals say, where a general structure stopped the rules (sentences
written for these tests; the frame rows' own examples are in frames.toml and test_frames.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

FOUND = [
    # a firm whose name ends in its legal form, possessive right before another firm's name: its unit
    (
        "Seven managers at Kestrel Mining Corp Ltd's Zenora Mines Ltd will face charges.",
        ("Zenora Mines Ltd", "subsidiaryOf", "Kestrel Mining Corp Ltd"),
    ),
    (
        "The flights run under an agreement with Kestrel Air Corp's <KAC> Zenora Airlines.",
        ("Zenora Airlines", "subsidiaryOf", "Kestrel Air Corp"),
    ),
    # a symmetric predicate pairs every two of a coordinated list, not only the first with the rest
    (
        "A joint venture between Kestrel Inc, Marlow Corp and Zenith Holdings Inc will build the plant.",
        ("Marlow Corp", "partneredWith", "Zenith Holdings Inc"),
    ),
    # the copula turned round: "the N of Y is X" says what "X is the N of Y" says
    (
        "The biggest supplier of Marlow Corp is Kestrel Inc in Ohio.",
        ("Kestrel Inc", "supplies", "Marlow Corp"),
    ),
]

NOT_FOUND = [
    # the possessive names whose rival, not whose unit
    ("Kestrel Corp's rival Zenith Inc said traffic rose.", ("Zenith Inc", "subsidiaryOf", "Kestrel Corp")),
    # a one-word name there is as often a product NER took for a firm
    ("Sales of Kestrel Motors Corp's Zephyr rose in May.", ("Zephyr", "subsidiaryOf", "Kestrel Motors Corp")),
    # a copula with no name after it names no holder
    ("The biggest supplier of Marlow Corp is a German firm.", ("Marlow Corp", "supplies", "Marlow Corp")),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_fact_is_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(analyse(nlp, text))


@pytest.mark.parametrize(("text", "fact"), NOT_FOUND)
def test_fact_is_not_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    subject, predicate, obj = fact
    found = facts(analyse(nlp, text))
    assert (subject, predicate, obj) not in found and (obj, predicate, subject) not in found
