"""Names the judges of seed 937 found cut, padded or mistyped (lane r21a), through the real pipeline, on
invented sentences: a firm whose name ends in its possessive ("McDonald's") or in "of America" after its
legal form, a two-word demonym before a person's name, a foreign firm "of" its country typed as a place, a
film industry's nickname read as an employer."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import FactsOf, PostsOf, minted_classes


def test_a_firm_named_with_its_possessive_keeps_it(nlp: Language, facts_of: FactsOf) -> None:
    text = "Mr Hale came out of retirement to turn McDonald's around."
    classes = minted_classes(nlp, text)
    assert classes.get("McDonald's") == "Organization", classes
    assert "McDonald" not in classes, classes
    text = "McDonald's Corp said it would open forty restaurants in Spain."
    assert minted_classes(nlp, text).get("McDonald's") == "Organization"


def test_a_possessive_after_an_honorific_is_a_mans_not_the_firms(nlp: Language) -> None:
    text = "Mr McDonald's team won the vote on Tuesday."
    assert "McDonald's" not in minted_classes(nlp, text)


def test_of_america_after_a_legal_form_ends_the_firms_name(nlp: Language) -> None:
    text = "Prudential Insurance Co of America said it had obtained a line of credit."
    classes = minted_classes(nlp, text)
    assert classes.get("Prudential Insurance Co of America") == "Organization", classes
    assert "Prudential Insurance Co" not in classes, classes
    text = "Hospital Corp of America said it would sell twelve hospitals."
    assert minted_classes(nlp, text).get("Hospital Corp of America") == "Organization"


def test_a_two_word_demonym_is_no_part_of_a_persons_name(nlp: Language, facts_of: FactsOf) -> None:
    text = "New Zealander Peter Jackson took ten years to film the trilogy."
    classes = minted_classes(nlp, text)
    assert classes.get("Peter Jackson") == "Person", classes
    assert "New Zealander Peter Jackson" not in classes, classes
    assert ("Peter Jackson", "citizenOf", "New Zealand") in facts_of(text)


def test_a_firm_of_its_country_is_no_place(nlp: Language, facts_of: FactsOf) -> None:
    text = "The contract went to Agusta of Italy and Aerospatiale of France."
    classes = minted_classes(nlp, text)
    assert classes.get("Agusta") == "Organization", classes
    assert ("Aerospatiale", "basedIn", "France") in facts_of(text)


def test_a_film_industry_is_no_employer(nlp: Language, facts_of: FactsOf, posts_of: PostsOf) -> None:
    text = "The music is being written by Bollywood composer AR Rahman."
    assert "Bollywood" not in minted_classes(nlp, text)
    assert ("AR Rahman", "worksFor", "Bollywood") not in facts_of(text)
    assert posts_of(text, "AR Rahman") == ["composer"]
