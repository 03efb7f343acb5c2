"""Names the judges of seed 938 found cut, split or mistyped (lane r22a), through the real pipeline, on
invented sentences: a title's domain word taken for an employer ("Commercial Director", "Chief of Staff"),
a firm whose name ends in "Foods" typed a person (and a person "of" it in NER's one span), "Royal
Dutch/Shell" cut at its slash, a town in a Canadian province typed a bare Location, a ship's name typed a
person, and a firm whose name ends in its "'s" taken for the object of what it owns ("oversaw McDonald's
... campaign")."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.places import in_canadian_province
from tests.loaders.extraction_helpers import FactsOf, PostsOf, minted_classes


def test_a_commercial_director_works_for_no_firm_called_commercial(
    nlp: Language, facts_of: FactsOf, posts_of: PostsOf
) -> None:
    text = "Exports will rise next year, Petrobras Commercial Director Carlos Mendes said."
    assert "Commercial" not in minted_classes(nlp, text)
    assert ("Carlos Mendes", "worksFor", "Commercial") not in facts_of(text)
    assert posts_of(text, "Carlos Mendes") == ["commercial director"]


def test_a_chief_of_staff_works_for_no_staff(nlp: Language, facts_of: FactsOf, posts_of: PostsOf) -> None:
    text = "Lugar has urged White House Chief of Staff Howard Baker to recommend Tom Hill as commissioner."
    found = facts_of(text)
    assert ("Howard Baker", "worksFor", "Staff") not in found, found
    assert ("Howard Baker", "worksFor", "White House") in found, found
    assert posts_of(text, "Howard Baker") == ["chief of staff"]


def test_a_name_ending_in_foods_is_a_firm(nlp: Language) -> None:
    text = "In December the group acquired Arnold Foods for about 170 mln dlrs."
    assert minted_classes(nlp, text).get("Arnold Foods") == "Organization"


def test_royal_dutch_shell_is_named_whole(nlp: Language, facts_of: FactsOf) -> None:
    text = "Acme said it signed an agreement with Royal Dutch/Shell Group unit Shell Oil Co to buy assets."
    classes = minted_classes(nlp, text)
    assert classes.get("Royal Dutch/Shell Group") == "Organization", classes
    assert "Shell Group" not in classes and "Netherlands" not in classes, classes
    assert ("Shell Oil Co", "subsidiaryOf", "Royal Dutch/Shell Group") in facts_of(text)
    assert "Royal Dutch/Shell Group" in minted_classes(nlp, "Royal Dutch/Shell said its profits rose.")


def test_a_town_in_a_canadian_province_is_a_city(nlp: Language) -> None:
    text = "Murgold Resources Inc said the property south of Timmins, Ontario, holds gold."
    assert minted_classes(nlp, text).get("Timmins") == "City"
    assert in_canadian_province(["Timmins"], "Ontario")
    assert not in_canadian_province(["Timmins"], "Quebec")
    assert not in_canadian_province(["Timmins"], "Ohio")


def test_a_person_of_a_firm_in_one_ner_span_is_two_names(nlp: Language, facts_of: FactsOf) -> None:
    text = "Others include Bruce Robinson of Basic American Foods and Michael Rogers."
    classes = minted_classes(nlp, text)
    assert classes.get("Bruce Robinson") == "Person", classes
    assert classes.get("Basic American Foods") == "Organization", classes
    assert ("Bruce Robinson", "worksFor", "Basic American Foods") in facts_of(text)


def test_a_firm_named_with_its_possessive_owns_what_follows_it(facts_of: FactsOf) -> None:
    text = "Mr Bell oversaw McDonald's \"I'm lovin' it\" advertising campaign and introduced new salads."
    assert ("Bell", "open:oversee", "McDonald's") not in facts_of(text)
    text = "Mr Hale joined McDonald's in 1976 as a crew member."
    assert ("Hale", "open:join", "McDonald's") in facts_of(text)


def test_a_ships_name_is_no_entity(nlp: Language, facts_of: FactsOf) -> None:
    text = "The Iranian steam tanker Avaj was hit by a missile on Saturday."
    assert "Avaj" not in minted_classes(nlp, text)
    assert ("Avaj", "citizenOf", "Iran") not in facts_of(text)
    assert "Stark" not in minted_classes(nlp, "Iraqi jets hit the frigate Stark in the Gulf.")
    assert "Middle East" in minted_classes(nlp, "Kuwait will ship Middle East crude to Japan.")
    text = "Nobody said how the United States will beef up its seven-ship Middle East Task Force in the gulf."
    assert "Middle East Task Force" in minted_classes(nlp, text)
