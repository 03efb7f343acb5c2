"""One-word music acts NER leaves unnamed after a lower-case trade or band noun (lane r18j): "singer X" and
"rapper X" name a person, "duo X" a band, also camel-cased. Invented sentences, real pipeline."""

from __future__ import annotations

from tests.loaders.extraction_helpers import ClassesOf, FactsOf


def test_a_singers_one_word_name_is_a_person(classes_of: ClassesOf) -> None:
    classes = classes_of("Soul singer Usher won the top prize on Sunday.")
    assert classes.get("Usher") == "Person", classes


def test_a_rapper_the_tagger_calls_an_adjective_still_names_a_person(classes_of: ClassesOf) -> None:
    classes = classes_of("Fans voted for rapper Nelly and the Kooks in the chart.")
    assert classes.get("Nelly") == "Person", classes


def test_a_camel_cased_duo_is_a_band(classes_of: ClassesOf) -> None:
    classes = classes_of("Hip-hop duo OutKast have won three prizes in Rome.")
    assert classes.get("OutKast") == "Organization", classes


def test_the_act_named_takes_the_prize(facts_of: FactsOf) -> None:
    found = facts_of("Soul singer Usher won best male at the ceremony.")
    assert ("Usher", "won", "best male") in found, found
