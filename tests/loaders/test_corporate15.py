"""Round 15 (r15f): corporate structure as news writes it (sentences written for these tests; the frame rows'
own examples are in frames.toml and test_frames.py)."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf

FOUND = [
    # a participle on a description in apposition: the name is what is owned
    (
        "Zenith Inc, a brewer that is owned by Kestrel Corp, reported a loss.",
        ("Zenith Inc", "ownedBy", "Kestrel Corp"),
    ),
    # a minority or part owner holds a stake, not the firm
    (
        "Zenith Inc, a Canadian company minority owned by Kestrel Corp, reported a loss.",
        ("Kestrel Corp", "investedIn", "Zenith Inc"),
    ),
    (
        "Zenith Inc, a Canadian company partly owned by Kestrel Corp, reported a loss.",
        ("Kestrel Corp", "investedIn", "Zenith Inc"),
    ),
    # an active relative clause is still the frame's
    ("Marlow Corp, which owns Zenith Inc, reported a loss.", ("Zenith Inc", "ownedBy", "Marlow Corp")),
    # the possessive before "subsidiary" is the parent of the name after it
    ("Kestrel Corp's subsidiary Zenith Inc reported a loss.", ("Zenith Inc", "subsidiaryOf", "Kestrel Corp")),
    # the parent named as such
    (
        "Marlow Corp, the parent of Zenith Inc, reported a loss.",
        ("Zenith Inc", "subsidiaryOf", "Marlow Corp"),
    ),
    ("Zenith Inc's parent, Marlow Corp, reported a loss.", ("Zenith Inc", "subsidiaryOf", "Marlow Corp")),
    # a unit sold, named before its noun, and a sale said by its noun
    (
        "Kestrel Corp said it sold its Zenith Inc subsidiary to Marlow Corp for 20 mln dlrs.",
        ("Marlow Corp", "acquired", "Zenith Inc"),
    ),
    (
        "British Petroleum completed the sale of Zenith Oil Ltd to Royal Dutch Shell on Monday.",
        ("Royal Dutch/Shell Group", "acquired", "Zenith Oil Ltd"),
    ),
    # a hundred pct of a firm bought is the firm
    (
        "Kestrel Corp bought 100% of Zenith Holdings Inc last year.",
        ("Kestrel Corp", "acquired", "Zenith Holdings Inc"),
    ),
]

NOT_FOUND = [
    # a share only perhaps bought is no purchase
    ("Acme Corp may buy 100 pct of Zenith Inc.", ("Acme Corp", "acquired", "Zenith Inc.")),
    # the minority owner does not own the firm
    (
        "Zenith Inc, a Canadian company minority owned by Kestrel Corp, reported a loss.",
        ("Zenith Inc", "ownedBy", "Kestrel Corp"),
    ),
    # a pronoun's possessive is left to no guess
    (
        "Kestrel Corp said its subsidiary Zenith Inc reported a loss.",
        ("Zenith Inc", "subsidiaryOf", "Kestrel Corp"),
    ),
    # a former parent is none
    (
        "Marlow Corp, the former parent of Zenith Inc, reported a loss.",
        ("Zenith Inc", "subsidiaryOf", "Marlow Corp"),
    ),
    # a sale only proposed, or one that may be, is no purchase
    (
        "British Petroleum proposed the sale of Zenith Oil Ltd to Royal Dutch Shell.",
        ("Royal Dutch/Shell Group", "acquired", "Zenith Oil Ltd"),
    ),
    (
        "Kestrel Corp said it may sell its Zenith Inc subsidiary to Marlow Corp.",
        ("Marlow Corp", "acquired", "Zenith Inc"),
    ),
    # a deal completed is the verb's event: its modal is the deal's
    (
        "British Petroleum may complete the sale of Zenith Oil Ltd to Royal Dutch Shell next year.",
        ("Royal Dutch/Shell Group", "acquired", "Zenith Oil Ltd"),
    ),
    (
        "Kestrel Corp may complete its acquisition of Zenith Inc next year.",
        ("Kestrel Corp", "acquired", "Zenith Inc"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_fact_is_found(facts_of: FactsOf, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(text)


@pytest.mark.parametrize(("text", "fact"), NOT_FOUND)
def test_fact_is_not_found(facts_of: FactsOf, text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in facts_of(text)
