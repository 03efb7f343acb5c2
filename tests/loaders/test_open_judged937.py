"""Open facts the judges of seed 937 and fresh news had wrong or open where the vocabulary fits (lane r21c),
through the real pipeline on invented sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf


def _open(found: set[tuple[str, str, str]], obj: str) -> list[tuple[str, str, str]]:
    return [f for f in found if f[2] == obj and f[1].startswith("open:")]


def test_a_thing_cited_from_a_firm_is_no_deed_to_the_firm(facts_of: FactsOf) -> None:
    found = facts_of(
        "Chairman Tom Grant cited higher earnings from Bilco Financial Services and lower costs."
    )
    assert not _open(found, "Bilco Financial Services"), found


def test_a_thing_mentioned_of_a_firm_is_no_deed_to_the_firm(facts_of: FactsOf) -> None:
    found = facts_of("Tom Grant mentioned the sale of Bilco Holdings in his speech to analysts.")
    assert not _open(found, "Bilco Holdings"), found


def test_a_possessor_the_parser_took_for_the_object_is_no_object(facts_of: FactsOf) -> None:
    found = facts_of(
        'Mr Hart oversaw Bilco\'s "Go further" advertising campaign and introduced new products.'
    )
    assert not _open(found, "Bilco"), found


def test_a_named_object_stays_the_object(facts_of: FactsOf) -> None:
    found = facts_of("Tom Grant hired Peter Hale in June.")
    assert ("Tom Grant", "open:hire", "Peter Hale") in found, found


def test_a_name_told_something_is_no_partner_of_a_deed(facts_of: FactsOf) -> None:
    found = facts_of("Apex Corp advised Bilco Holdings that a merger would be contrary to its interests.")
    assert not _open(found, "Bilco Holdings"), found


def test_a_name_advised_on_a_deal_stays(facts_of: FactsOf) -> None:
    found = facts_of("Goldman Sachs advised Bilco Holdings on the sale of its unit.")
    assert _open(found, "Bilco Holdings"), found


def test_agreed_with_a_party_to_do_a_deed_is_an_agreement(facts_of: FactsOf) -> None:
    found = facts_of(
        "New Zealand agreed with the Meat Producers Board to write off 1.03 billion dlrs of debt."
    )
    assert ("New Zealand", "signedAgreementWith", "Meat Producers Board") in found, found
    assert not _open(found, "Meat Producers Board"), found


def test_agreed_with_a_view_is_no_agreement(facts_of: FactsOf) -> None:
    found = facts_of("Tom Grant agreed with Peter Hale that the price was too high.")
    assert not any(p == "signedAgreementWith" for _, p, _ in found), found


def test_rates_misread_as_rat_is_no_open_fact(facts_of: FactsOf) -> None:
    found = facts_of("Coach John Connolly rates Olly Barkley as a doubt for the trip.")
    assert not _open(found, "Olly Barkley"), found
