"""Precision on fresh articles (issue 14, round 7): wrong facts read on articles outside the evaluation
sets, each cause fixed in general and pinned here with sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import FactsOf, analyse, facts
from spacy.language import Language


def test_a_site_or_a_venue_lies_in_its_place_and_is_based_nowhere(nlp: Language) -> None:
    staged = facts(analyse(nlp, "The band had to pull out of a concert at the SECC in Glasgow last month."))
    assert ("SECC", "locatedIn", "Glasgow") in staged
    assert not [f for f in staged if f[1] == "basedIn"]
    site = facts(analyse(nlp, "Kestrel Mining said output at its Hollow Creek Mine in Nevada rose."))
    assert ("Hollow Creek Mine", "locatedIn", "Nevada") in site
    assert not [f for f in site if f[1] == "basedIn"]
    firm = facts(
        analyse(nlp, "Tom Hale, an economist at Kestrel Securities in New York, said rates would rise.")
    )
    assert ("Kestrel Securities", "basedIn", "New York") in firm


def test_a_site_is_not_in_its_owner(nlp: Language) -> None:
    found = facts(analyse(nlp, "Kestrel Corp operates Harlan's Marina Hotel in Atlantic City."))
    assert ("Marina Hotel", "locatedIn", "Atlantic City") in found
    assert not [f for f in found if f[0] == "Marina Hotel" and f[2] != "Atlantic City"]


def test_it_of_a_new_sentence_is_no_country_of_the_last(nlp: Language) -> None:
    text = (
        "Last month, they were the big winners in Ireland's top music honours, the Kestrel Awards. "
        "It followed nominations for the Brit Awards."
    )
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "nominatedFor"]


def test_it_in_a_reported_clause_is_the_firm_that_reports_it(nlp: Language) -> None:
    told = "Kestrel Holdings told the Securities and Exchange Commission"
    text = f"{told} it raised its stake in Zenith Corp today."
    found = facts(analyse(nlp, text))
    assert ("Kestrel Holdings", "investedIn", "Zenith Corp") in found
    assert not [f for f in found if f[0] == "Securities and Exchange Commission"]


def test_a_guess_at_what_someone_is_doing_urges_nothing(nlp: Language) -> None:
    guess = analyse(nlp, "Peter Kane said Tom Hale and Ann Dale must be wondering what has happened.")
    assert not [f for f in guess.facts + guess.claims if f.predicate == "urges"]
    urged = analyse(nlp, "Peter Kane said Tom Hale must resign.")
    assert [f.predicate for f in urged.facts if f.predicate == "urges"] == ["urges"]


def test_looking_to_join_is_no_membership(nlp: Language) -> None:
    found = analyse(nlp, "Kestrel Corp is looking to join the Zenith Futures Exchange.")
    assert not [f for f in found.facts if f.predicate == "memberOf"]


def test_a_person_demonym_is_no_country(nlp: Language) -> None:
    found = facts(analyse(nlp, "Briton wins the Golden Rose award."))
    assert not [f for f in found if f[1] == "won"]


def test_a_winner_before_one_name_is_that_name_alone(nlp: Language) -> None:
    found = facts(analyse(nlp, "The new drama stars Anna Berg and Oscar winner John Smith."))
    assert ("John Smith", "won", "Oscar") in found
    assert ("Anna Berg", "won", "Oscar") not in found


def test_an_event_or_a_firms_reach_is_no_home(nlp: Language) -> None:
    event = facts(analyse(nlp, "Kestrel showed its new player at the Zenith Electronics Show in Las Vegas."))
    assert not [f for f in event if f[1] == "basedIn"]
    text = (
        "The offices trade under the name of Kestrel Finance Inc in Arizona, Colorado, Oregon and Virginia."
    )
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "basedIn"]


def test_a_player_in_a_sides_defeat_is_not_its_loser(nlp: Language) -> None:
    text = "Tom Hale picked up the injury in the 19-13 defeat to Ireland at Lansdowne Road on Saturday."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "defeated"]


def test_selling_a_unit_supplies_nothing(nlp: Language) -> None:
    text = "Kestrel Corp sold its Zenith Bottling Co unit to Pepsico Inc for 160 mln dlrs."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "supplies"]


def test_who_is_named_to_a_post_is_who_succeeds(nlp: Language) -> None:
    text = "Kestrel Corp said it named Tom Hale as chairman, succeeding Peter Kane, who is retiring."
    assert ("Tom Hale", "succeeded", "Peter Kane") in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Corp nominated Tom Hale as president, to replace Peter Kane, company officials said.",
        "Kestrel Corp said it nominated Tom Hale to become chairman, replacing Peter Kane, who will retire.",
    ],
)
def test_who_is_nominated_to_a_post_is_who_succeeds(facts_of: FactsOf, text: str) -> None:
    # one list of appointing verbs (cues.APPOINTEE_VERBS): the clause under "nominated" is the nominee's too
    assert ("Tom Hale", "succeeded", "Peter Kane") in facts_of(text)


def test_a_headline_infinitive_is_a_plan(nlp: Language) -> None:
    text = "Kestrel Corp to buy Zenith Inc\n\nKestrel Corp said on Monday it was in talks with Zenith Inc."
    analysis = analyse(nlp, text)
    assert not [f for f in analysis.facts if f.predicate == "acquired"]
    assert [c.modality for c in analysis.claims if c.predicate == "acquired"] == ["future"]


def test_it_of_a_group_no_name_gives_is_not_the_one_told(nlp: Language) -> None:
    told = (
        "An investor group led by members of the Kestrel family told the Securities and Exchange Commission"
    )
    found = facts(analyse(nlp, f"{told} it has acquired a 6.2 pct stake in Zenith Corp today."))
    assert not [f for f in found if f[1] == "investedIn"]
    led = (
        "A group of affiliated firms led by Kestrel Holdings Inc told the Securities and Exchange Commission"
    )
    found = facts(analyse(nlp, f"{led} it raised its stake in Zenith Corp today."))
    assert ("Kestrel Holdings Inc", "investedIn", "Zenith Corp") in found
