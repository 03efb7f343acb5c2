"""Bodies named with their country, and firms cut at their first word, read whole (fifteenth round, r15h;
real pipeline, sentences made up)."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import FactsOf, analyse, referent_names


def test_a_body_after_its_country_s_abbreviation_is_named_with_it(facts_of: FactsOf) -> None:
    text = "Ships of the U.S. Navy left the port on Monday, officials said."
    found = facts_of(text)
    assert ("United States Navy", "basedIn", "United States") in found
    assert not any(subject == "Navy" for subject, _, _ in found)


def test_the_bare_name_later_is_the_same_body(nlp: Language) -> None:
    text = "The bill passed the U.S. House on Monday. The House vote was 230 to 190, officials said."
    names = referent_names(analyse(nlp, text))
    assert "United States House" in names
    assert "House" not in names


def test_a_body_named_apart_from_its_country_word_keeps_its_own_name(nlp: Language) -> None:
    text = "The Environmental Protection Agency said on Monday that the water was safe."
    assert "Environmental Protection Agency" in referent_names(analyse(nlp, text))


def test_two_countries_bodies_of_one_name_leave_the_bare_name_alone(nlp: Language) -> None:
    text = "The U.S. Navy and the UK Navy held drills on Monday. The Navy said the drills went well."
    names = referent_names(analyse(nlp, text))
    assert "United States Navy" not in names


def test_a_firm_whose_first_word_ner_left_out_is_named_whole(nlp: Language, facts_of: FactsOf) -> None:
    text = (
        "Dexco Corp agreed to buy all the stock of RentCo Trailer Corp, a unit of Fruehauf Corp, on Friday."
    )
    found = facts_of(text)
    assert ("RentCo Trailer Corp", "subsidiaryOf", "Fruehauf Corp") in found
    assert "Trailer Corp" not in referent_names(analyse(nlp, text))


def test_the_article_before_a_firm_is_no_word_of_its_name(nlp: Language) -> None:
    text = "FARM AGENCY SEES CREDITS\n\nThe Commodity Credit Corp will lend 50 mln dlrs to Mexico, they said."
    names = referent_names(analyse(nlp, text))
    assert "Commodity Credit Corp" in names
    assert not any(name.startswith("The ") for name in names)
