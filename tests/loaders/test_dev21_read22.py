"""What dev21, annotated blind and read in the twenty-second round (lane r22d), showed wrong or missed,
through the real pipeline on invented sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf


def test_a_committee_chairman_holds_the_chair_and_leads_no_party(facts_of: FactsOf) -> None:
    found = facts_of("On Monday Lib Dem home affairs committee chairman Tom Wick warned of the risk.")
    assert ("Tom Wick", "holdsPosition", "chairman") in found, found
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_committee_chairman_leads_no_house(facts_of: FactsOf) -> None:
    found = facts_of("Senate farm committee chairman Tom Wick said the bill would pass.")
    assert ("Tom Wick", "holdsPosition", "chairman") in found, found
    assert ("Tom Wick", "leaderOf", "Senate") not in found, found


def test_a_firms_board_chairman_still_leads_it(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel managing board chairman Tom Wick said sales rose.")
    assert ("Tom Wick", "leaderOf", "Kestrel") in found, found
