"""Facts and posts the judges of seed 936 found wrong (lane r20b), through the real pipeline on invented
sentences."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf, PostsOf


def test_a_deed_joined_is_no_membership(facts_of: FactsOf) -> None:
    found = facts_of("Tom Wick said the Green Party was joined by Anna Berg in criticising Spain.")
    assert not any(p == "memberOf" for _, p, _ in found), found


def test_a_gerund_on_a_passive_is_its_subjects_deed(facts_of: FactsOf) -> None:
    found = facts_of("Tom Wick said the Green Party was joined by Anna Berg in criticising Spain.")
    assert ("Tom Wick", "criticizes", "Spain") not in found, found
    assert ("Green Party", "criticizes", "Spain") in found, found


def test_a_membership_joined_stands(facts_of: FactsOf) -> None:
    assert ("Anna Berg", "memberOf", "Green Party") in facts_of("Anna Berg joined the Green Party in 1998.")


def test_a_conjunct_with_its_own_subject_takes_none(facts_of: FactsOf) -> None:
    found = facts_of("Poland has rejected the proposal and Germany's main political parties have opposed it.")
    assert not any(p == "opposes" for _, p, _ in found), found


def test_a_state_charged_with_a_breach_is_accused(facts_of: FactsOf) -> None:
    found = facts_of("Spain charged Portugal with violating the fishing accord.")
    assert ("Spain", "accuses", "Portugal") in found, found
    assert not any(p == "charged" for _, p, _ in found), found


def test_a_person_charged_is_still_charged(facts_of: FactsOf) -> None:
    found = facts_of("The Securities and Exchange Commission charged Tom Grant with fraud.")
    assert ("Securities and Exchange Commission", "charged", "Tom Grant") in found, found


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "Acme said chief executive and senior vice president Tom Wick will retire.",
            "Tom Wick",
            "senior vice president",
        ),
        ("He said Budget Minister Alain Juppe was right.", "Alain Juppe", "budget minister"),
        ("Q magazine reviews editor Ted Kessler said the band was good.", "Ted Kessler", "reviews editor"),
        ("Trade and Industry Secretary Anna Berg said so.", "Anna Berg", "trade and industry secretary"),
    ],
)
def test_posts_as_written(posts_of: PostsOf, text: str, person: str, post: str) -> None:
    assert posts_of(text, person) == [post]


def test_a_reflexive_read_as_a_subject_keeps_the_clauses(facts_of: FactsOf) -> None:
    found = facts_of(
        "Exel employs 109,000 people and has itself been active in the sector, "
        "paying 328m to buy Tibbett & Britten last August."
    )
    assert ("Exel", "acquired", "Tibbett & Britten") in found, found
