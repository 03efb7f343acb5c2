"""Names typed as what they are (round 16, r16f): a person after a country's possessive whom NER took for a
place, outside the football words a report on sport is known by; the Liberal Democrats' names in the
singular. Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, referent_names

_ATHLETE = (  # NER takes the athlete for a place each time
    "Dibaba sets 5,000m world record\n"
    "Ethiopia's Tirunesh Dibaba set a world record when she won the women's 5,000m at an indoor meeting in "
    "Boston.\n\nDibaba ran the distance in 14 minutes."
)


def test_a_name_after_a_countrys_possessive_that_no_place_bears_is_a_person(nlp: Language) -> None:
    referents = analyse(nlp, _ATHLETE).referents
    assert "Person/Tirunesh Dibaba" in referents, sorted(referents)
    assert not any(key.startswith("Location/") and "Dibaba" in key for key in referents), sorted(referents)


def test_a_place_after_a_countrys_possessive_stays_a_place(nlp: Language) -> None:
    text = "Russia's Far East was hit by floods on Monday, officials in Moscow said."
    referents = analyse(nlp, text).referents
    assert not any(key.startswith("Person/") for key in referents), sorted(referents)


def test_the_liberal_democrats_in_the_singular_are_the_party(nlp: Language) -> None:
    analysis = analyse(nlp, "The case is being brought by local Liberal Democrat supporters in Leeds.")
    assert "Liberal Democrat" in referent_names(analysis).get("Liberal Democrats", set()), sorted(
        analysis.referents
    )
