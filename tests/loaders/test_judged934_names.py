"""Names and classes the judges of seed 934 found wrong (lane r18g), through the real pipeline, on invented
sentences: the Soviet Union typed an organisation, a Spanish club typed a place or a person."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.kinds import cued_kind
from tests.loaders.extraction_helpers import minted_classes


def test_the_soviet_union_is_a_country(nlp: Language) -> None:
    classes = minted_classes(nlp, "The Soviet Union sold more grain to the United States last year.")
    assert classes.get("Soviet Union") == "Country", classes
    classes = minted_classes(nlp, "Exports from the USSR rose sharply in March, the ministry said.")
    assert "Organization" not in {classes.get("USSR"), classes.get("Soviet Union")}, classes


def test_a_name_opened_by_real_is_a_club_in_a_text_about_sport(nlp: Language) -> None:
    doc = nlp("The striker scored a late goal in the league match against Real Sociedad on Sunday.")
    start = next(t.i for t in doc if t.text == "Real")
    for label in ("GPE", "PERSON", "ORG"):  # whatever NER made of the name
        assert cued_kind(doc, start, start + 2, label) == "Team", label
    # outside sport the same opening says nothing: a firm keeps NER's class
    doc = nlp("Shares of Real Estate Partners rose after the firm said its profits rose.")
    start = next(t.i for t in doc if t.text == "Real")
    assert cued_kind(doc, start, start + 3, "ORG") != "Team"
