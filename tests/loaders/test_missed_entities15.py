"""Entities the NER misses or cuts, read whole (fifteenth round; real pipeline, sentences made up)."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import ClassesOf, FactsOf, analyse, referent_names


def test_a_leader_s_administration_is_one_organisation(classes_of: ClassesOf) -> None:
    classes = classes_of("The Reagan administration urged Japan to open its markets to farm goods.")
    assert classes.get("Reagan administration") == "Organization"
    assert "Reagan" not in classes


def test_the_leader_named_apart_stays_a_person(classes_of: ClassesOf) -> None:
    text = (
        "President Reagan met Nakasone on Monday. "
        "The Reagan administration wants Japan to cut its trade surplus, officials said."
    )
    classes = classes_of(text)
    assert classes.get("Reagan") == "Person"
    assert classes.get("Reagan administration") == "Organization"


def test_a_body_of_the_administration_is_its_part(facts_of: FactsOf) -> None:
    text = "The Reagan administration's Economic Policy Council will meet on Friday to discuss farm trade."
    assert ("Economic Policy Council", "subsidiaryOf", "Reagan administration") in facts_of(text)


def test_an_administration_of_a_nation_is_no_leader_s(nlp: Language) -> None:
    names = referent_names(analyse(nlp, "The Portuguese administration of Macau ended in 1999, Lisbon said."))
    assert not any("administration" in name for name in names)


def test_a_post_in_a_former_administration_leaves_the_story_s_firm_its_officers(facts_of: FactsOf) -> None:
    text = (
        "Senior Harwick Mutual bosses resign\n\n"
        "The two most senior executives at mortgage giant Harwick Mutual have resigned after errors were "
        "found at the company.\n\n"
        "Chief executive Tom Bellamy, a former senior official in the Clinton administration, and chief "
        "financial officer Tim Corder have left the firm."
    )
    found = facts_of(text)
    assert ("Tom Bellamy", "leaderOf", "Harwick Mutual") in found


def test_the_treasury_heading_its_phrase_is_the_ministry(classes_of: ClassesOf) -> None:
    text = "The Treasury said there would be no change in tax rates this year, officials added."
    assert classes_of(text).get("Treasury") == "Organization"


def test_a_country_s_treasury_is_based_there(facts_of: FactsOf) -> None:
    text = "Costs fell by half, reports from the U.S. Treasury and the World Bank said on Monday."
    assert ("Treasury", "basedIn", "United States") in facts_of(text)


def test_treasury_before_the_noun_it_modifies_is_no_ministry(classes_of: ClassesOf) -> None:
    text = "Yields on U.S. Treasury bonds rose sharply in early trading on Monday, dealers said."
    assert "Treasury" not in classes_of(text)


def test_the_ministry_named_keeps_the_secretary_s_portfolio(facts_of: FactsOf) -> None:
    text = (
        "The Treasury said the dollar was stable. "
        "Treasury Secretary James Baker said the currency pact was working."
    )
    assert ("James Baker", "holdsPosition", "treasury secretary") in facts_of(text)


def test_treasury_before_a_capitalised_title_stays_in_the_post(facts_of: FactsOf) -> None:
    text = "But US Treasury Under-Secretary John Taylor said the US could not back the plan this year."
    assert ("John Taylor", "holdsPosition", "treasury under-secretary") in facts_of(text)
