"""Facts the judges of seed 938 found wrong (lane r22b): a deed read as done, a departure, an owner; through
the real pipeline on invented sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf


def test_leaving_a_building_at_a_moment_is_no_resignation(facts_of: FactsOf) -> None:
    found = facts_of("Tom Harrow spoke to reporters as he left the White House to visit his wife.")
    assert not any(p == "resignedFrom" for _, p, _ in found), found


def test_leaving_a_firm_is_still_a_resignation(facts_of: FactsOf) -> None:
    found = facts_of("Tom Harrow left Kestrel Corp in 1982 to found his own firm.")
    assert ("Tom Harrow", "resignedFrom", "Kestrel Corp") in found, found


def test_a_subjects_infinitive_reported_is_a_plan_not_a_succession(facts_of: FactsOf) -> None:
    found = facts_of(
        "Commissioner Tom Harrow to replace outgoing Chairman Anna Pell, congressional sources said."
    )
    assert not any(p == "succeeded" for _, p, _ in found), found


def test_an_appointment_done_is_still_a_succession(facts_of: FactsOf) -> None:
    found = facts_of(
        "Acme named Commissioner Tom Harrow to replace outgoing Chairman Anna Pell, sources said."
    )
    assert ("Tom Harrow", "succeeded", "Anna Pell") in found, found


def test_its_agreement_after_an_unread_subject_is_no_earlier_firms(facts_of: FactsOf) -> None:
    text = (
        "Presidential Airways said its Kestrel Jet Express will begin daily service to Ohio.\n"
        "Presidential reiterated its marketing agreement with Acme Corp on Jan 12."
    )
    found = facts_of(text)
    assert not any(p == "signedAgreementWith" and s == "Kestrel Jet Express" for s, p, _ in found), found


def test_its_agreement_after_a_pronoun_subject_is_the_firms(facts_of: FactsOf) -> None:
    found = facts_of(
        "Zenith Corp said sales rose. It reiterated its marketing agreement with Acme Corp on Monday."
    )
    assert ("Zenith Corp", "signedAgreementWith", "Acme Corp") in found, found


def test_a_contracted_will_puts_a_deal_ahead(facts_of: FactsOf) -> None:
    found = facts_of("Tom Harrow is keen on Acme Corp. He'll use bank loans to buy it.")
    assert not any(p == "acquired" for _, p, _ in found), found


def test_a_deal_done_with_loans_is_still_done(facts_of: FactsOf) -> None:
    found = facts_of("Tom Harrow used bank loans to buy Acme Corp on Monday.")
    assert ("Tom Harrow", "acquired", "Acme Corp") in found, found


def test_its_unit_after_a_shortened_unread_subject_is_the_named_firms(facts_of: FactsOf) -> None:
    text = (
        "Cooper Development Co said it revised results.\n"
        "Last August Cooper Development combined its Cooper Biomedical Inc unit with Technicon Corp."
    )
    found = facts_of(text)
    assert any(p == "subsidiaryOf" and parent.startswith("Cooper Development") for _, p, parent in found), (
        found
    )
