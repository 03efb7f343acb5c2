"""Posts and the ties titles give that the judges of seed 938 found wrong (lane r22b), through the real
pipeline on invented sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf, PostsOf


def test_a_party_leader_in_a_chamber_leads_neither(facts_of: FactsOf) -> None:
    found = facts_of("Senate Republican leader Tom Harrow said the bill would pass.")
    assert not any(p == "leaderOf" for _, p, _ in found), found
    assert ("Tom Harrow", "memberOf", "Senate") in found, found
    assert ("Tom Harrow", "memberOf", "Republican Party") in found, found


def test_a_chamber_leader_without_a_party_still_leads_it(facts_of: FactsOf) -> None:
    found = facts_of("Senate leader Tom Harrow said the bill would pass.")
    assert ("Tom Harrow", "leaderOf", "Senate") in found, found


def test_a_partys_election_chief_runs_its_campaign_not_the_party(facts_of: FactsOf) -> None:
    found = facts_of("Labour's election chief Tom Harrow denied the claim.")
    assert not any(p == "leaderOf" for _, p, _ in found), found
    assert ("Tom Harrow", "memberOf", "Labour Party") in found, found


def test_a_conference_chairman_of_a_country_is_its_citizen(facts_of: FactsOf) -> None:
    found = facts_of("Conference chairman Tom Harrow of Thailand said talks would go on.")
    assert not any(p == "leaderOf" for _, p, _ in found), found
    assert ("Tom Harrow", "citizenOf", "Thailand") in found, found
    assert ("Tom Harrow", "holdsPosition", "conference chairman") in found, found


def test_a_company_chairman_at_the_sentence_start_holds_chairman(posts_of: PostsOf) -> None:
    assert posts_of("Company chairman Tom Harrow said the market offered chances.", "Tom Harrow") == [
        "chairman"
    ]


def test_an_abbreviated_senator_holds_senator(posts_of: PostsOf) -> None:
    assert posts_of("Sen. Tom Harrow said the bill would pass.", "Tom Harrow") == ["senator"]


def test_praise_leaves_the_post_and_a_cause_stays(posts_of: PostsOf) -> None:
    text = "Reagan said Tom Harrow, another leading conservative activist, would serve as a consultant."
    assert posts_of(text, "Tom Harrow") == ["conservative activist"]


def test_a_leaning_before_an_office_is_no_word_of_it(posts_of: PostsOf) -> None:
    assert posts_of("Conservative senator Tom Harrow said the bill would pass.", "Tom Harrow") == ["senator"]


def test_a_line_break_inside_a_post_is_no_word_of_it(posts_of: PostsOf) -> None:
    text = "Acme named Tom Harrow to replace outgoing\nChairman Anna Pell, sources said."
    assert posts_of(text, "Anna Pell") == ["chairman"]
