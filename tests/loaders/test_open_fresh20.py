"""Open facts fresh news had wrong (lane r20f), through the real pipeline on invented sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf


def test_a_town_before_based_is_the_partner_s_home_not_the_partner(facts_of: FactsOf) -> None:
    found = facts_of("Apex Systems Inc signed a supply deal with Madrid, Spain-based Bilco Holdings.")
    assert not any(o == "Madrid" and p.startswith("open:") for _, p, o in found), found
    assert ("Bilco Holdings", "basedIn", "Madrid") in found, found


def test_a_partner_without_based_stays(facts_of: FactsOf) -> None:
    found = facts_of("Apex Systems Inc signed a joint venture with Bilco Holdings.")
    assert ("Apex Systems Inc", "open:sign with", "Bilco Holdings") in found, found


def test_a_lead_manager_after_with_is_a_role_in_the_deal_not_a_partner(facts_of: FactsOf) -> None:
    found = facts_of("Apex Systems Inc priced the notes at par, with Bilco Bank Ltd as lead manager.")
    assert not any(o == "Bilco Bank Ltd" and p.startswith("open:") for _, p, o in found), found


def test_a_majority_won_over_a_party_is_a_defeat(facts_of: FactsOf) -> None:
    found = facts_of("Labour won a huge majority of 167 over the Conservatives in 2001.")
    assert ("Labour Party", "defeated", "Conservative Party") in found, found
    assert not any(p.startswith("open:") for _, p, _ in found), found


def test_a_character_whose_role_a_person_takes_is_a_part_not_a_partner(facts_of: FactsOf) -> None:
    found = facts_of("Tom Grant eventually took the role of Don Vito.")
    assert not any(p.startswith("open:") for _, p, _ in found), found


def test_a_name_after_role_as_is_the_character_played_not_a_partner(facts_of: FactsOf) -> None:
    found = facts_of(
        "Geoffrey Hart wins a best actor nomination for his role as Peter Sellers in the recent biopic."
    )
    assert not any(o == "Peter Sellers" and p.startswith("open:") for _, p, o in found), found


def test_a_closing_price_on_a_market_is_no_open_fact(facts_of: FactsOf) -> None:
    found = facts_of("Apex Corp closed on the New York Stock Exchange at 72-5/8, up 4-1/8.")
    assert not any(p.startswith("open:") for _, p, _ in found), found
