"""A home nation before a player is the side he plays for only in a report on a team sport
(loaders.entities.kinds.about_team_sport); a report on athletics may be about sport ("championship",
"coach"), and its "Scotland's X" runs for no side of Scotland's. Sentences written for these tests, run
through the real pipeline."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.kinds import about_athletes, about_sport, about_team_sport, names_team_position
from tests.loaders.extraction_helpers import analyse, facts

_ATHLETICS = (
    "Scotland's Ann Roe won bronze at the European indoor championships. Her coach said the sprinter's medal"
    " was deserved."
)
_RUGBY = (
    "Scotland's Tom Hale kicked two penalties in the rugby match against Italy. The championship resumes next"
    " week."
)


def test_a_report_on_athletics_is_about_sport_but_no_team_sport(nlp: Language) -> None:
    doc = nlp(_ATHLETICS)  # "championship" and "coach": about sport
    assert about_sport(doc)
    assert not about_team_sport(doc)


def test_a_report_on_rugby_is_about_a_team_sport(nlp: Language) -> None:
    assert about_team_sport(nlp(_RUGBY))


def test_a_home_nations_athlete_plays_for_no_side(nlp: Language) -> None:
    found = facts(analyse(nlp, _ATHLETICS))
    assert not [f for f in found if f[0] == "Ann Roe" and f[1] == "playsFor"], found


def test_a_home_nations_player_in_a_report_on_rugby_plays_for_the_side(nlp: Language) -> None:
    found = facts(analyse(nlp, _RUGBY))
    assert ("Tom Hale", "playsFor", "Scotland") in found, found


def test_a_sides_position_names_a_team_sport_without_two_words_of_sport(nlp: Language) -> None:
    doc = nlp("Ireland's Tom Hale, an uncapped flanker, joined the squad on Monday.")
    assert names_team_position(doc)
    assert not names_team_position(nlp(_ATHLETICS))


def test_a_doping_story_is_about_athletes_though_not_about_sport(nlp: Language) -> None:
    doc = nlp("The sprinter Ann Roe failed a doping test, officials said.")
    assert not about_sport(doc)
    assert about_athletes(doc)
    assert not about_athletes(nlp("The bank Acme Corp failed a stress test, officials said."))
