"""Precision on fresh news (issue 14, round 14): wrong facts read on the fresh dev sets and on outside
articles, each cause fixed in general and pinned here with sentences written for the test."""

from __future__ import annotations

from extraction_helpers import analyse, facts
from spacy.language import Language


def test_new_opening_a_name_before_a_post_stays_in_the_name(nlp: Language) -> None:
    text = "New Kestrel Stock Exchange chairman Tom Hale said trading would stay calm."
    found = facts(analyse(nlp, text))
    assert ("Tom Hale", "leaderOf", "New Kestrel Stock Exchange") in found
    assert not [f for f in found if f[2] == "Kestrel Stock Exchange"]


def test_a_short_name_used_before_the_longer_one_names_the_parent(nlp: Language) -> None:
    text = (
        "Kestrel is to close its Kestrel Powertrain plant near Milan. Kestrel has yet to comment. "
        "Union leaders met Kestrel chairman Tom Hale on Tuesday."
    )
    found = facts(analyse(nlp, text))
    assert ("Tom Hale", "leaderOf", "Kestrel") in found
    assert not [f for f in found if f[0] == "Tom Hale" and f[2] == "Kestrel Powertrain"]


def test_a_short_name_after_the_longer_one_is_the_same_firm(nlp: Language) -> None:
    text = "Kestrel Domecq said profits rose. Kestrel chairman Tom Hale was pleased."
    assert ("Tom Hale", "leaderOf", "Kestrel Domecq") in facts(analyse(nlp, text))


def test_a_party_word_and_a_title_name_no_person(nlp: Language) -> None:
    text = "Tom Hale then accused the Tory Leader of behaving like a bully."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "accuses"]


def test_a_word_before_former_is_not_the_posts(nlp: Language) -> None:
    text = "Ann Dale praised the way former Kestrel Rovers coach Tom Hale has turned the side round."
    posts = [f[2] for f in facts(analyse(nlp, text)) if f[1] == "holdsPosition"]
    assert posts == ["former coach"]


def test_a_shadow_post_keeps_its_shadow_and_an_under_secretary_his_under(nlp: Language) -> None:
    shadow = facts(analyse(nlp, "He and his shadow Chancellor Tom Hale have been edging towards it."))
    assert ("Tom Hale", "holdsPosition", "shadow chancellor") in shadow
    under = facts(analyse(nlp, "But US Treasury Under-Secretary Tom Hale said the plan would fail."))
    assert ("Tom Hale", "holdsPosition", "treasury under-secretary") in under


def test_a_hyphen_inside_a_firms_name_keeps_the_name_whole(nlp: Language) -> None:
    found = facts(analyse(nlp, '"We acted quickly," Tom Hale, a K-Zenith spokesperson said.'))
    assert ("Tom Hale", "holdsPosition", "spokesperson") in found
    assert ("Tom Hale", "worksFor", "K-Zenith") in found


def test_waiting_to_join_is_no_membership(nlp: Language) -> None:
    text = "Kestria has been waiting for a decade to join the World Trade Organization."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "memberOf"]


def test_a_possessive_in_an_opening_phrase_points_to_the_subject_after_it(nlp: Language) -> None:
    text = (
        "Ann Dale beat Mary Lowe in Dubai. Jane Hart lost in the first round. "
        "After her talks with Lowe, Dale said she was happy."
    )
    met = [f for f in facts(analyse(nlp, text)) if f[1] == "metWith"]
    assert met == [("Ann Dale", "metWith", "Mary Lowe")]


def test_a_music_genre_is_no_organisation(nlp: Language) -> None:
    found = facts(analyse(nlp, "R&B singer Tom Hale was jailed for a year."))
    assert ("Tom Hale", "holdsPosition", "r&b singer") in found
    assert not [f for f in found if f[1] == "memberOf"]


def test_an_under_secretary_of_a_department_is_left_to_the_rules_for_of(nlp: Language) -> None:
    text = "Visiting U.S. Under-Secretary of State for Economic Affairs Tom Hale told Ann Dale to act."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "worksFor"]


def test_an_abbreviated_post_is_no_word_of_the_name(nlp: Language) -> None:
    found = facts(analyse(nlp, "Committee chairman Sen. Tom Hale said rates would rise."))
    assert ("Tom Hale", "holdsPosition", "chairman") in found
    assert not [f for f in found if f[0].startswith("Sen")]


def test_a_british_junior_ends_the_name(nlp: Language) -> None:
    found = analyse(nlp, "Tom Hale played Martin Luther King Jnr in the film.")
    assert not [f for f in facts(found) if f[1] in ("holdsPosition", "leaderOf")]


def test_a_country_between_a_grade_and_an_occupation_is_a_word_of_the_post(nlp: Language) -> None:
    text = "Tom Hale, chief US economist at Kestrel Securities, said rates would rise."
    found = facts(analyse(nlp, text))
    assert ("Tom Hale", "holdsPosition", "chief us economist") in found
    assert ("Tom Hale", "worksFor", "Kestrel Securities") in found
