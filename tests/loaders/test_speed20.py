"""Work skipped where it can change nothing (lane r20g, speed): a frame that found no object seeks no
subject unless it is symmetric (its coordinated subjects pair with each other), and the one-word towns are
looked for at proper nouns alone. What each finds stays the same. Invented sentences, real pipeline."""

from __future__ import annotations

from tests.loaders.extraction_helpers import ClassesOf, FactsOf


def test_a_frame_with_an_object_still_pairs_it_with_its_subject(facts_of: FactsOf) -> None:
    assert ("Acme Corp", "acquired", "Zenith Inc") in facts_of("Acme Corp bought Zenith Inc for $2bn.")


def test_a_frame_with_no_object_gives_nothing(facts_of: FactsOf) -> None:
    assert not {f for f in facts_of("Acme Corp bought on Monday.") if f[1] == "acquired"}


def test_a_symmetric_frame_with_no_object_still_pairs_its_subjects(facts_of: FactsOf) -> None:
    found = facts_of("Peru and Chile signed an agreement on Monday.")
    assert {("Peru", "signedAgreementWith", "Chile"), ("Chile", "signedAgreementWith", "Peru")} & found


def test_a_town_after_a_name_and_in_is_still_found(classes_of: ClassesOf) -> None:
    classes = classes_of("Kestrel Bank opened a branch in Gateshead on Monday.")
    assert classes.get("Gateshead") in ("City", "Location")
    assert classes.get("Kestrel Bank") == "Organization"
