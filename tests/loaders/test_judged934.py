"""Facts the judges of seed 934 found wrong (lane r18h), through the real pipeline on invented sentences."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf


def test_a_board_governor_is_a_member_of_the_board(facts_of: FactsOf) -> None:
    found = facts_of("Federal Reserve Board Governor Anna Pell said rates would stay steady.")
    assert ("Anna Pell", "memberOf", "Federal Reserve Board") in found, found
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_fed_governor_is_a_member_of_the_fed(facts_of: FactsOf) -> None:
    found = facts_of("Federal Reserve Governor Anna Pell said rates would stay steady.")
    assert any(s == "Anna Pell" and p == "memberOf" for s, p, _ in found), found
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_central_bank_governor_still_leads_the_bank(facts_of: FactsOf) -> None:
    found = facts_of("Bank of England Governor Tom Harrow said rates would stay steady.")
    assert ("Tom Harrow", "leaderOf", "Bank of England") in found, found


def test_a_board_chairman_still_leads_the_board(facts_of: FactsOf) -> None:
    found = facts_of("Federal Home Loan Bank Board Chairman Tom Harrow said the thrifts were weak.")
    assert ("Tom Harrow", "leaderOf", "Federal Home Loan Bank Board") in found, found


@pytest.mark.parametrize(
    "text",
    [
        '"The tapes matter," said Rep. John Marsh, a Wisconsin Democrat and member of the House Budget'
        " Committee, told reporters.",
        "The bill was opposed by Rep. John Marsh, an Ohio Democrat.",
    ],
)
def test_a_legislators_state_before_his_party_is_no_home(facts_of: FactsOf, text: str) -> None:
    found = facts_of(text)
    assert not any(p == "livesIn" for _, p, _ in found), found
