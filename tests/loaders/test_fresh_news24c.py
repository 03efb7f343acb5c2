"""Precision on fresh news read by eye (lane r24c, seeds 6273-6276), through the real pipeline, on invented
sentences in the shapes the outside articles had: a country after a possessive inside a post is the owner's
market, a bare apostrophe after a name's final s is a possessive the pronouns pass over, and a name the
parser glued to the first clause's list is the subject of the verb right after it."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.coref import _possessive_after
from tests.loaders.extraction_helpers import FactsOf, analyse, facts


def test_a_country_after_an_owners_possessive_is_the_market(facts_of: FactsOf) -> None:
    found = facts_of('"Buyers want it now," said Tom Harlow, Bargain\'s UK sales director.')
    assert ("Tom Harlow", "holdsPosition", "sales director") in found, found
    assert ("Tom Harlow", "citizenOf", "United Kingdom") not in found, found


def test_a_country_before_a_post_with_no_owner_still_gives_citizenship(facts_of: FactsOf) -> None:
    """Near miss: no possessive before the country, which is the holder's own."""
    found = facts_of('"Buyers want it now," said UK sales director Tom Harlow.')
    assert ("Tom Harlow", "citizenOf", "United Kingdom") in found, found


def test_she_passes_over_a_possessor_written_with_a_bare_apostrophe(nlp: Language) -> None:
    text = (
        "Dutch actress Anna Veld will play the lead in the new film. The film also stars Tom Hanks. Veld "
        "will play Hanks' partner, according to newspapers. She is currently starring in The Long Road, "
        "directed by Jean Morel."
    )
    found = facts(analyse(nlp, text))
    assert ("Anna Veld", "starsIn", "The Long Road") in found, found
    assert ("Tom Hanks", "starsIn", "The Long Road") not in found, found


def test_a_bare_apostrophe_is_a_possessive_only_after_a_final_s() -> None:
    assert _possessive_after("Hanks' partner", 5)
    assert _possessive_after("Blair's record", 5)
    assert not _possessive_after("Hanks said", 5)
    assert not _possessive_after("the 'Hanks'.", 10)  # a closing quote before a full stop
    assert not _possessive_after("Veld' is", 4)


def test_a_name_glued_to_the_first_clauses_list_is_the_next_verbs_subject(facts_of: FactsOf) -> None:
    found = facts_of(
        "Karl Voss was its best performer for Hamlet at the Old Vic and Peter Crane won the design award."
    )
    assert ("Peter Crane", "won", "design award") in found, found
    assert ("Karl Voss", "won", "design award") not in found, found


def test_a_conjunct_verb_after_and_keeps_the_first_subject(facts_of: FactsOf) -> None:
    """Near miss: "and" stands between the list's last name and the verb, so the verb is the subject's."""
    found = facts_of("Peter Crane thanked the staff of the Old Vic and won the design award.")
    assert ("Peter Crane", "won", "design award") in found, found
