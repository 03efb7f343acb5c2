"""Precision on fresh news read by eye (lane r23c, seeds 6245-6248), through the real pipeline, on invented
sentences in the shapes the outside articles had: a firm's unit named by its country ("Nintendo UK general
manager") is one organisation, not the country the post would lead or make its holder a citizen of."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import ClassesOf, FactsOf, PostsOf, analyse, referent_names


def test_a_firms_unit_named_by_its_country_before_a_title(facts_of: FactsOf) -> None:
    facts = facts_of("Tom Harlow, Zentrix UK general manager, told a press conference to wait for news.")
    assert ("Tom Harlow", "worksFor", "Zentrix UK") in facts, facts
    assert not any(o == "United Kingdom" for s, p, o in facts if s == "Tom Harlow"), facts


def test_a_firms_unit_named_by_its_country_after_title_of(facts_of: FactsOf) -> None:
    text = (
        'The study was paid for by net provider Zentrix. "Sales are rising," said Karen Toms, Chief '
        "Executive of Zentrix UK, in a statement."
    )
    facts = facts_of(text)
    assert ("Karen Toms", "leaderOf", "Zentrix UK") in facts, facts
    assert ("Karen Toms", "leaderOf", "United Kingdom") not in facts, facts


def test_a_firms_unit_for_a_region_before_an_opening_title_word(facts_of: FactsOf) -> None:
    facts = facts_of("Zentrix Europe managing director Paul Arne said sales were strong.")
    assert ("Paul Arne", "leaderOf", "Zentrix Europe") in facts, facts


def test_the_parent_named_before_its_unit_stays_apart(nlp: Language) -> None:
    text = (
        "The report was commissioned by net provider Zentrix. Sales are rising, said Karen Toms, chief "
        "executive of Zentrix UK, on Monday. Zentrix has a 40% share of the market."
    )
    names = referent_names(analyse(nlp, text))
    assert "Zentrix UK" in names and "Zentrix" not in names["Zentrix UK"], names


def test_a_firm_and_a_country_as_its_market_stay_apart(facts_of: FactsOf) -> None:
    """Near miss: no post's place, so the country is the market the text speaks of."""
    facts = facts_of("Zentrix UK sales rose by 5% last year, said chief executive Paul Arne.")
    assert not any("Zentrix UK" in (s, o) for s, p, o in facts), facts


def test_members_of_a_parliament_are_no_body(facts_of: FactsOf, classes_of: ClassesOf) -> None:
    text = "MPs criticised Tony Blair and Gordon Brown over reports of their rift."
    assert "MPs" not in classes_of(text)
    assert not any(p == "criticizes" for s, p, o in facts_of(text)), facts_of(text)


def test_a_partys_members_still_name_the_party(classes_of: ClassesOf) -> None:
    """Near miss: the party before "MPs" is a name of its own."""
    classes = classes_of("Labour MPs backed the plan on Tuesday.")
    assert classes.get("Labour Party") == "Organization", classes
    assert "MPs" not in classes and "Labour MPs" not in classes, classes


def test_a_rear_admiral_is_a_rank_not_a_body(facts_of: FactsOf, posts_of: PostsOf) -> None:
    for text in (
        "The plan was announced on Monday by Rear-Admiral Augustine Okoro, seen as the number two.",
        "Rear Admiral Augustine Okoro resigned on Monday.",
    ):
        facts = facts_of(text)
        assert not any(p == "worksFor" for s, p, o in facts), facts
        assert posts_of(text, "Augustine Okoro") in (["rear-admiral"], ["rear admiral"]), facts


def test_rear_before_no_title_stays_a_word_of_a_name(classes_of: ClassesOf) -> None:
    """Near miss: "Rear" opens a name where no title's noun follows it."""
    classes = classes_of("Rear Window Ltd said it would close its shop in March.")
    assert classes.get("Rear Window Ltd") == "Organization", classes


def test_talks_that_will_start_are_no_meeting(facts_of: FactsOf) -> None:
    facts = facts_of("The EU has also announced that it will start accession talks with Moldova in April.")
    assert ("European Union", "metWith", "Moldova") not in facts, facts


def test_talks_started_are_a_meeting(facts_of: FactsOf) -> None:
    """Near miss: the talks the verb says were started have been held."""
    facts = facts_of("The EU started accession talks with Moldova in April.")
    assert ("European Union", "metWith", "Moldova") in facts, facts


def test_backing_lent_or_given_is_support(facts_of: FactsOf) -> None:
    facts = facts_of("Kestrel Corp lent its backing to the Green Party on Monday.")
    assert ("Kestrel Corp", "supports", "Green Party") in facts, facts
    facts = facts_of("Kestrel Corp gave its support to Tom Hale on Monday.")
    assert ("Kestrel Corp", "supports", "Tom Hale") in facts, facts


def test_backing_lent_to_a_plan_names_no_one(facts_of: FactsOf) -> None:
    """Near miss: support for a thing that is no entity is no fact."""
    facts = facts_of("Kestrel Corp lent its backing to the plan on Monday.")
    assert not any(p == "supports" for s, p, o in facts), facts


def test_a_post_held_formerly_is_a_former_post(facts_of: FactsOf, posts_of: PostsOf) -> None:
    text = "Acme formed a unit headed by Graham Hume, formerly chairman of Mellon Bank Corp, on Monday."
    facts = facts_of(text)
    assert posts_of(text, "Graham Hume") == ["former chairman"], facts
    assert ("Graham Hume", "leaderOf", "Mellon Bank Corp") not in facts, facts


def test_a_post_held_now_leads(facts_of: FactsOf, posts_of: PostsOf) -> None:
    """Near miss: "now" keeps the post the person's."""
    text = "Acme formed a unit headed by Graham Hume, now chairman of Mellon Bank Corp, on Monday."
    assert ("Graham Hume", "leaderOf", "Mellon Bank Corp") in facts_of(text)
    assert posts_of(text, "Graham Hume") == ["chairman"]


def test_a_last_word_a_place_of_the_text_ends_too_joins_no_firm(nlp: Language) -> None:
    text = (
        "Shares in Westford United were up on Monday. Fans have lent their backing to the supporters' "
        "group, Shareholders United. A proposal was received by Tom Gale, United's chief executive, last "
        "week."
    )
    names = referent_names(analyse(nlp, text))
    assert "United" not in names.get("Shareholders United", set()), names


def test_a_last_word_of_one_firm_alone_joins_it(nlp: Language) -> None:
    """Near miss: no place of the text ends with the word."""
    text = (
        "Fans have lent their backing to the supporters' group, Shareholders United. A proposal was "
        "received by Tom Gale, United's chief executive, last week."
    )
    names = referent_names(analyse(nlp, text))
    assert "United" in names.get("Shareholders United", set()), names


def test_weapons_of_mass_destruction_are_no_body(facts_of: FactsOf) -> None:
    facts = facts_of("Remember there were no WMD in Iraq, the writer said.")
    assert not any(p == "basedIn" for s, p, o in facts), facts


def test_a_cup_captain_in_tennis_plays_for_no_side(facts_of: FactsOf) -> None:
    text = (
        "Lopez was dropped by Spain captain Jordi Arana for the Davis Cup final. His backhand let him down "
        "in the tennis."
    )
    facts = facts_of(text)
    assert ("Jordi Arana", "playsFor", "Spain") not in facts, facts
    assert ("Jordi Arana", "holdsPosition", "captain") in facts, facts


def test_a_captain_in_rugby_plays_for_his_side(facts_of: FactsOf) -> None:
    """Near miss: in a team sport the captain is one of the side."""
    facts = facts_of("Ireland captain Brian Doyle was dropped for the match. The rugby side lost the scrum.")
    assert ("Brian Doyle", "playsFor", "Ireland") in facts, facts


def test_a_direct_quotations_should_urges_no_one(facts_of: FactsOf) -> None:
    text = (
        '"Takemura should not merely follow the old policies but should cope with new issues," Taro Ishida, '
        "chairman of the Japan Business Council, said in a statement."
    )
    assert not any(p == "urges" for s, p, o in facts_of(text)), facts_of(text)


def test_reported_speechs_should_urges(facts_of: FactsOf) -> None:
    """Near miss: the article reports the urging in its own words."""
    facts = facts_of("Taro Ishida, chairman of the Japan Business Council, said Takemura should act soon.")
    assert ("Taro Ishida", "urges", "Takemura") in facts, facts
