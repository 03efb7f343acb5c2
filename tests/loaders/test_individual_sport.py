"""A report on an individual sport (tennis, athletics; loaders.entities.kinds.about_individual_sport) is about
sport but about no sides: the rules that make a club or a side of a name (sport._club, sport.match_sides,
kinds._match_side, people._a_side) ask kinds.about_sides. A football report that names no position still is
about sides. Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.kinds import about_individual_sport, about_sides, about_sport, about_team_sport
from tests.loaders.extraction_helpers import analyse, facts

_TENNIS = "Henman beat Preston 6-3 6-4 in the second round of the tennis tournament. His backhand won it."
_ATHLETICS = (
    "Sale's Jo Pavey won the 3,000m at the indoor championship in Birmingham. Her coach said the athletics"
    " season had started well."
)
_FOOTBALL = "Wigan's John Hale scored twice in the league match. The cup tie is next."


def test_a_report_on_tennis_is_about_sport_but_about_no_sides(nlp: Language) -> None:
    doc = nlp(_TENNIS)
    assert about_sport(doc)
    assert about_individual_sport(doc)
    assert not about_sides(doc)


def test_athletics_is_read_as_written_not_as_its_lemma(nlp: Language) -> None:
    doc = nlp(_ATHLETICS)  # the lemmatiser makes "athletics" "athletic"
    assert about_individual_sport(doc)
    assert not about_sides(doc)


def test_a_football_report_without_a_position_is_about_sides(nlp: Language) -> None:
    doc = nlp("Dundee beat Aberdeen 4-1 in the league match on Saturday. Their manager praised the cup run.")
    assert not about_team_sport(doc)  # no position's word
    assert about_sides(doc)


def test_a_clubs_athletic_is_no_athletics(nlp: Language) -> None:
    doc = nlp("Charlton Athletic beat Fulham in the league match. The cup tie is next.")
    assert not about_individual_sport(doc)
    assert about_sides(doc)


def test_a_team_sports_word_outweighs_an_individual_sports(nlp: Language) -> None:
    doc = nlp("The striker, a keen golfer, scored in the league match. The cup tie is next.")
    assert not about_individual_sport(doc)
    assert about_sides(doc)


def test_a_runners_athletics_club_is_no_side_he_plays_for(nlp: Language) -> None:
    found = facts(analyse(nlp, _ATHLETICS))
    assert not [f for f in found if f[1] == "playsFor"], found


def test_a_footballers_club_before_his_name_is_his_side(nlp: Language) -> None:
    assert ("John Hale", "playsFor", "Wigan") in facts(analyse(nlp, _FOOTBALL))
