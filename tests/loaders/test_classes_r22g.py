"""Names NER typed otherwise (r22g): a party's word for its members NER took for a person ("the Lib Dem
leader") is the party; a time zone NER took for a firm ("1400 MDT") is no name; "Man Utd" is a club in a
report on sport. Real pipeline, invented text."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import ClassesOf, FactsOf, analyse


def _classes_of(nlp: Language, text: str, name: str) -> set[str]:
    """The classes the article settles on for the mentions of ``name``."""
    found = analyse(nlp, text).mentions
    return {m.entity.split("/", 1)[0] for m in found if m.entity and m.text.rstrip(".") == name}


def test_a_partys_word_ner_calls_a_person_is_the_party(classes_of: ClassesOf) -> None:
    classes = classes_of("The tax was unfair, the Lib Dem leader asked. The Lib Dem plan would help.")
    assert classes.get("Liberal Democrats") == "Organization"
    assert "Lib Dem" not in classes


def test_the_party_word_leaves_the_person_after_it(facts_of: FactsOf) -> None:
    found = facts_of("Lib Dem MP Jane Smith said the plan was wrong.")
    assert ("Jane Smith", "memberOf", "Liberal Democrats") in found


def test_a_surname_is_no_party_of_its_plural(nlp: Language) -> None:
    """ "McDonalds" names a firm, not the McDonalds: a one-word name is a party's only for a party."""
    assert _classes_of(nlp, "The speech was read by McDonald on Monday.", "McDonald") != {"Organization"}


def test_a_time_zone_after_a_clock_time_is_no_name(classes_of: ClassesOf) -> None:
    classes = classes_of("Turner will hold a news conference at 1400 MDT (1600 EDT) in Calgary.")
    assert "MDT" not in classes
    assert "EDT" not in classes


def test_a_clubs_short_name_in_utd_is_a_side(classes_of: ClassesOf) -> None:
    text = "The striker scored twice as Man Utd reached the fourth round of the FA Cup. The goal came late."
    assert classes_of(text).get("Man Utd") == "Team"
