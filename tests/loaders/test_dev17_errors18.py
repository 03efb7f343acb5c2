"""The eighteenth round's reading of the open facts of dev7 to dev13 (lane r18c): each rule with a sentence
it must read and one it must leave alone (made-up sentences, real spaCy)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf


def test_a_player_who_ousts_another_in_sport_defeats_her(facts_of: FactsOf) -> None:
    """ "X ousted seventh seed Y 6-1 6-2": a win, which the defeated frame states (no open "oust")."""
    found = facts_of("Ana Costa ousted seventh seed Maria Lopez 6-1 6-2 in the tennis tournament.")
    assert ("Ana Costa", "defeated", "Maria Lopez") in found
    assert not [f for f in found if f[1].startswith("open:oust")]


def test_a_chairman_ousted_outside_sport_is_no_defeat(facts_of: FactsOf) -> None:
    found = facts_of("Shareholders of Kestrel Corp ousted chairman Tom Hale at the annual meeting.")
    assert not [f for f in found if f[1] == "defeated"]
