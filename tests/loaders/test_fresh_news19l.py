"""Errors read in fresh news (lane r19l, seeds 6040-6043): an outlet named right after its kind ("the Ivorian
daily X", "radio station Y") is an organisation, not a person with a nationality. Invented sentences, real
pipeline."""

from __future__ import annotations

from tests.loaders.extraction_helpers import ClassesOf, FactsOf


def test_a_daily_named_after_its_kind_is_an_organisation(facts_of: FactsOf) -> None:
    found = facts_of("The minister spoke in remarks reported by the official Ivorian daily Fraternite Matin.")
    assert ("Fraternite Matin", "citizenOf", "Ivory Coast") not in found, found
    assert ("Fraternite Matin", "basedIn", "Ivory Coast") in found, found


def test_a_radio_station_named_after_its_kind_is_an_organisation(classes_of: ClassesOf) -> None:
    classes = classes_of("Guti told private Spanish radio station Cadena Ser that he was calm.")
    assert classes.get("Cadena Ser") == "Organization", classes
