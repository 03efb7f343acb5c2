"""Errors read in fresh news (lane r19l, seeds 6040-6043): an outlet named right after its kind ("the Ivorian
daily X", "radio station Y") is an organisation, not a person with a nationality; "deputy" stays a title's
word when the tagger reads it as a verb, so a deputy does not lead the party named between. Invented
sentences, real pipeline."""

from __future__ import annotations

from tests.loaders.extraction_helpers import ClassesOf, FactsOf


def test_a_daily_named_after_its_kind_is_an_organisation(facts_of: FactsOf) -> None:
    found = facts_of("The minister spoke in remarks reported by the official Ivorian daily Fraternite Matin.")
    assert ("Fraternite Matin", "citizenOf", "Ivory Coast") not in found, found
    assert ("Fraternite Matin", "basedIn", "Ivory Coast") in found, found


def test_a_radio_station_named_after_its_kind_is_an_organisation(classes_of: ClassesOf) -> None:
    classes = classes_of("Guti told private Spanish radio station Cadena Ser that he was calm.")
    assert classes.get("Cadena Ser") == "Organization", classes


def test_a_deputy_read_as_a_verb_does_not_lead_the_party(facts_of: FactsOf) -> None:
    found = facts_of("Then deputy Conservative Chairman Howard Flight was reported to have said it.")
    assert ("Howard Flight", "leaderOf", "Conservative Party") not in found, found
    assert ("Howard Flight", "holdsPosition", "chairman") not in found, found
