"""Wrong shapes the judges of seed 940 found on outside articles (lane r23h), through the real pipeline on
invented sentences: signers of a deal to buy with a third party, and a firm's local head."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf

_DEAL = "signedAgreementWith"


@pytest.mark.parametrize(
    "text",
    [
        "The four -- Kestrel Inc, Bilco Corp, Apex Ltd and Dorn Corp -- signed a long-term agreement "
        "last month to buy crude oil for 17 dlrs a barrel.",
        "Kestrel Inc, Bilco Corp and Apex Ltd signed an agreement to buy crude oil.",
    ],
)
def test_three_signers_of_a_deal_to_buy_are_no_partners(facts_of: FactsOf, text: str) -> None:
    found = facts_of(text)
    assert not any(p == _DEAL for _, p, _ in found), found


def test_three_signers_of_a_deal_with_no_trade_are_partners(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Inc, Bilco Corp and Apex Ltd signed an agreement to build a plant.")
    assert ("Kestrel Inc", _DEAL, "Bilco Corp") in found, found


def test_two_signers_of_a_deal_to_buy_are_partners(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Inc and Bilco Corp signed an agreement to buy crude oil.")
    assert ("Kestrel Inc", _DEAL, "Bilco Corp") in found, found


@pytest.mark.parametrize("scope", ["local", "country", "divisional"])
def test_a_local_head_works_for_the_firm_and_leads_none(facts_of: FactsOf, scope: str) -> None:
    found = facts_of(f"Tom Harrow, {scope} managing director of Kestrel and Co, said the firm would grow.")
    assert ("Tom Harrow", "worksFor", "Kestrel and Co") in found, found
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_firms_managing_director_still_leads_it(facts_of: FactsOf) -> None:
    found = facts_of("Tom Harrow, managing director of Kestrel and Co, said the firm would grow.")
    assert ("Tom Harrow", "leaderOf", "Kestrel and Co") in found, found
