"""Shapes the judges of seed 940 found wrong on outside news (lane r24b), through the real pipeline on
invented sentences, each beside a near miss the rule leaves alone."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import ClassesOf, FactsOf, PostsOf, minted_classes


def test_other_before_a_post_is_no_word_of_it(posts_of: PostsOf) -> None:
    text = "Tom Harrow and other executive vice presidents Mark Dale and Ian Kerr were named to the office."
    assert posts_of(text, "Mark Dale") == ["executive vice president"]


def test_a_side_of_politics_in_two_words_is_no_word_of_the_post(posts_of: PostsOf) -> None:
    text = "The deal was praised by right wing Prime Minister Jean Pilon in a radio interview."
    assert posts_of(text, "Jean Pilon") == ["prime minister"]


def test_a_players_left_wing_stays_his_post(posts_of: PostsOf) -> None:
    assert posts_of("Wales left wing Shane Rees scored twice.", "Shane Rees") == ["wing"]


def test_a_bank_analyst_keeps_his_beat(facts_of: FactsOf) -> None:
    found = facts_of("The plan helps creditors, Kestrel Securities Inc bank analyst Tom Harrow said.")
    assert ("Tom Harrow", "holdsPosition", "bank analyst") in found, found
    assert ("Tom Harrow", "worksFor", "Kestrel Securities Inc") in found, found


def test_a_central_bank_governor_holds_governor(posts_of: PostsOf) -> None:
    assert posts_of("Central bank governor Tom Harrow said rates would fall.", "Tom Harrow") == ["governor"]


def test_a_sports_chief_leads_no_country(facts_of: FactsOf) -> None:
    found = facts_of("However, the ban was condemned by Russian tennis chief Ivan Petrov.")
    assert ("Ivan Petrov", "citizenOf", "Russia") in found, found
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_countrys_president_still_leads_it(facts_of: FactsOf) -> None:
    found = facts_of("The decision was welcomed by Russian President Ivan Petrov.")
    assert ("Ivan Petrov", "leaderOf", "Russia") in found, found


def test_a_headlines_firm_is_no_name(classes_of: ClassesOf) -> None:
    assert "Firm" not in classes_of("Firm agrees to merge with Kestrel Corp.")


def test_a_firm_word_with_its_legal_form_is_a_name(facts_of: FactsOf) -> None:
    found = facts_of("Unit Corp agreed to merge with Kestrel Corp.")
    assert ("Unit Corp", "mergedWith", "Kestrel Corp.") in found, found


def test_a_wire_town_too_small_for_geonames_is_a_city(nlp: Language) -> None:
    classes = minted_classes(nlp, "Bilco Corp is located in Rolling Hills Estates, Calif.")
    assert classes["Rolling Hills Estates"] == "City", classes


def test_a_county_in_a_state_stays_a_location(nlp: Language) -> None:
    classes = minted_classes(nlp, "The plant is in Orange County, Calif.")
    assert classes["Orange County"] == "Location", classes


def test_a_post_with_its_domains_is_no_organisation(facts_of: FactsOf) -> None:
    found = facts_of("Canada's Minister of State for Finance, Tom Hockin, said progress was made.")
    assert ("Tom Hockin", "holdsPosition", "minister of state for finance") in found, found
    assert not any(s.startswith("Minister") for s, _, _ in found), found


def test_a_ministry_is_an_organisation(facts_of: FactsOf) -> None:
    found = facts_of("The Ministry of Finance in Ottawa said progress was made.")
    assert ("Ministry of Finance", "basedIn", "Ottawa") in found, found


def test_a_forecast_of_a_firms_recovery_urges_nothing(facts_of: FactsOf) -> None:
    found = facts_of(
        "Kestrel Inc should return to profitability this year after a loss in 1986, Bilco Corp, which owns "
        "45 pct of the company, said."
    )
    assert not any(p == "urges" for _, p, _ in found), found


def test_should_with_an_object_still_urges(facts_of: FactsOf) -> None:
    found = facts_of("Bilco Corp said Kestrel Inc should return the money to its shareholders.")
    assert ("Bilco Corp", "urges", "Kestrel Inc") in found, found


_ADELAIDE = (
    "American Taylor Dent reached the final in Adelaide with a 6-1 6-1 win over Argentine Juan Ignacio "
    "Chela. Dent will meet Swede Joachim Johansson on Sunday after {} survived a tense tie-break to defeat "
    "Belgium's Olivier Rochus 6-1 7-6."
)


def test_a_clause_with_a_subject_of_its_own_takes_none_from_above(facts_of: FactsOf) -> None:
    found = facts_of(_ADELAIDE.format("the second seed"))
    assert ("Taylor Dent", "defeated", "Juan Ignacio Chela") in found, found
    assert ("Taylor Dent", "defeated", "Olivier Rochus") not in found, found


def test_a_pronoun_subject_of_the_clause_still_defeats(facts_of: FactsOf) -> None:
    found = facts_of(_ADELAIDE.format("he"))
    assert ("Joachim Johansson", "defeated", "Olivier Rochus") in found, found


def test_a_saints_place_keeps_its_possessive(classes_of: ClassesOf) -> None:
    classes = classes_of(
        "Former Southampton manager Gordon Strachan has rejected the chance. Strachan left St Mary's in "
        "February, after earlier announcing his intention to take a break."
    )
    assert classes.get("St Mary's") == "Location", classes


def test_a_saints_possessive_before_a_noun_is_no_place_name(classes_of: ClassesOf) -> None:
    assert "St Andrew's" not in classes_of("Gordon Strachan praised St Andrew's fans.")


def test_a_clauses_own_agreement_urges_for_no_speaker(facts_of: FactsOf) -> None:
    found = facts_of(
        "Tom Harrow said the new agreement was a continuation of the old one and calls for South Africa to "
        "keep paying interest."
    )
    assert not any(p == "urges" for _, p, _ in found), found


def test_a_firms_own_board_appoints_for_the_firm(facts_of: FactsOf) -> None:
    found = facts_of(
        "Kestrel Computer AG said its supervisory board has appointed Sven Kado to the new position of "
        "deputy member of the managing board."
    )
    assert ("Sven Kado", "appointedTo", "Kestrel Computer AG") in found, found


def test_a_mine_is_a_place(classes_of: ClassesOf) -> None:
    classes = classes_of("Geodome Ltd will start construction at its Sunbeam Mine in Custer County, Idaho.")
    assert classes.get("Sunbeam Mine") == "Location", classes


def test_a_firm_of_mines_is_an_organisation(classes_of: ClassesOf) -> None:
    assert classes_of("Mount Isa Mines Ltd said output rose.").get("Mount Isa Mines Ltd") == "Organization"


_COUNCIL = (
    "The Bay Area Council released a study. Ted Harrow, a council director and managing director of Kestrel "
    "and Co, said the study was new. Council President George Kellan told a news conference that the region "
    "had problems."
)


def test_the_kind_of_a_named_body_is_no_word_of_the_post(posts_of: PostsOf) -> None:
    assert "director" in posts_of(_COUNCIL, "Ted Harrow")
    assert posts_of(_COUNCIL, "George Kellan") == ["president"]


def test_the_kind_of_a_body_named_nowhere_stays_in_the_post(posts_of: PostsOf) -> None:
    assert posts_of("Tom Harrow, a council director, said the study was new.", "Tom Harrow") == [
        "council director"
    ]


def test_a_name_before_the_kind_keeps_it(posts_of: PostsOf) -> None:
    text = "The Bay Area Council met. The ICCO council chairman Tom Harrow said talks would go on."
    assert posts_of(text, "Tom Harrow") == ["council chairman"]
