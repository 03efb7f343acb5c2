"""Towns NER sees nothing of whose name the lemmatizer's noun list holds too (WordNet's proper nouns,
"aberdeen", "cannes"): named after "in" where the language has the word as a noun only and the text never
writes it in lower case (r21e, twenty-first round; real pipeline, sentences made up)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import ClassesOf


def test_a_town_the_noun_list_holds_is_a_place(classes_of: ClassesOf) -> None:
    classes = classes_of("Boats landed their catch in Aberdeen on Monday.")
    assert classes.get("Aberdeen") in ("City", "Location")


def test_the_word_written_in_lower_case_stays_a_word(classes_of: ClassesOf) -> None:
    classes = classes_of("Boats landed their catch in Aberdeen on Monday. The aberdeen angus herd grew.")
    assert "Aberdeen" not in classes


def test_a_word_of_other_classes_too_stays_a_word(classes_of: ClassesOf) -> None:
    # "bath" is a verb as well as a noun: the guard of r19h stands
    assert "Bath" not in classes_of("Boats landed their catch in Bath on Monday.")
