"""A club's player named by a possessive or a transfer, in reports on sport written for the test."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

REPORT_PLAYERS = """Leicester 31-25 Bath

Leicester scored three tries at home on Saturday, and Bath never led in the Premiership match.

Bath's Tom Hale was sent off before half-time, and Leicester's Dan Price scored twice.

Leicester's manager Ian Rowe praised Bath's Joe Lane, a former team-mate of Rowe."""


def test_a_clubs_possessive_before_a_player_in_a_report_on_sport(nlp: Language) -> None:
    found = {f for f in facts(analyse(nlp, REPORT_PLAYERS)) if f[1] == "playsFor"}
    assert ("Tom Hale", "playsFor", "Bath") in found, found
    assert ("Dan Price", "playsFor", "Leicester") in found, found
    assert ("Joe Lane", "playsFor", "Bath") in found, found
    assert not [f for f in found if f[0] == "Ian Rowe"], found  # a manager is no player


TRANSFERS = """Rovers sign Hale

Tom Hale signed for Kestrel Rovers on Monday, and Dan Lee left Bath to join Hornets FC on loan.

Hale scored a late goal in the league match against Arsenal on Saturday.

Sam Cole joined Hornets FC as chief executive in 2001, and Ian Kerr will join Dan Lee in the squad.

Rovers also wanted Mark Dunn, but he refused to join Kestrel Rovers."""


def test_a_player_who_joins_or_signs_for_a_club_plays_for_it(nlp: Language) -> None:
    found = {f for f in facts(analyse(nlp, TRANSFERS)) if f[1] == "playsFor"}
    assert ("Tom Hale", "playsFor", "Kestrel Rovers") in found, found
    assert ("Dan Lee", "playsFor", "Hornets FC") in found, found
    assert ("Dan Lee", "playsFor", "Bath") not in found, found  # where he came from
    assert not [f for f in found if f[0] in ("Sam Cole", "Ian Kerr", "Mark Dunn")], found


def test_a_town_or_region_beaten_in_a_report_on_sport_is_a_side(nlp: Language) -> None:
    text = (
        "Kestrel claim Sevens title\n\nEngland beat Fiji 26-21 in the final in Dubai on Sunday, "
        "and Ireland lost 17-5 to Tunisia in the shield final.\n\nAlicia Molik played well, "
        "but Maria Lopez beat Molik in the women's final."
    )
    found = facts(analyse(nlp, text))
    assert ("England", "defeated", "Fiji") in found and ("Tunisia", "defeated", "Ireland") in found, found
    # a player's surname stays the player's, whatever NER took it for
    assert ("Maria Lopez", "defeated", "Alicia Molik") in found, found


def test_a_side_before_a_players_position_is_the_players_side(nlp: Language) -> None:
    text = (
        "Hale fit for Six Nations\n\nThe coach named his squad and his captain for the Six Nations match on "
        "Monday, with uncapped Kestrels prop John Yapp on the bench.\n\nIt was a relief when Hornets "
        "scrum-half Tom Hale passed a fitness test, but English prop Dan Lee and the former lock Ian Kerr "
        "are out, and Wales number eight Sam Cole is a doubt."
    )
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert ("John Yapp", "playsFor", "Kestrels") in found, found  # NER left the club out
    assert ("Tom Hale", "playsFor", "Hornets") in found, found
    assert ("Sam Cole", "playsFor", "Wales") in found, found
    assert not [f for f in found if f[0] in ("Dan Lee", "Ian Kerr")], found  # a nationality; no side


def test_a_post_left_at_a_side_ties_nothing(nlp: Language) -> None:
    text = (
        "Former Hornets scrum-half Tom Dane watched from the stand. Hornets scrum-half Joe Hale scored twice"
        " in the match. Later the coach praised Hornets for their effort."
    )
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert ("Tom Dane", "playsFor", "Hornets") not in found, found
    found = {f for f in facts(analyse(nlp, text.replace("Former ", ""))) if f[1] == "playsFor"}
    assert ("Tom Dane", "playsFor", "Hornets") in found, found


def test_a_club_before_a_position_is_the_whole_name_not_a_town_inside_it(nlp: Language) -> None:
    text = (
        "Real Madrid midfielder Tom Hale has no plans to retire.\n\n"
        "Hale scored twice in the 3-1 league win on Saturday."
    )
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert ("Tom Hale", "playsFor", "Real Madrid") in found, found
    assert ("Tom Hale", "playsFor", "Madrid") not in found, found


def test_a_team_mate_or_a_debutant_named_after_a_side_plays_for_it(nlp: Language) -> None:
    text = (
        "Hale fit for Wales\n\n"
        "Wales centre Tom Hale will face England debutant Mark Tait in the Six Nations match on Saturday.\n\n"
        "Hale's Hornets team-mate Dan Price sits on the bench, and the Wales coach named his squad on Monday."
    )
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert ("Mark Tait", "playsFor", "England") in found, found
    assert ("Dan Price", "playsFor", "Hornets") in found, found
    assert ("Dan Price", "playsFor", "Wales") not in found, found


def test_a_substitute_replacing_a_player_during_a_game_succeeds_nobody(nlp: Language) -> None:
    game = (
        "Rovers 3-1 Hornets\n\n"
        "Tom Hale replaced the injured Dan Price at half-time as Rovers won the league match.\n\n"
        "Sam Cole came off the bench to replace Ian Kerr, and Mark Dunn replaced Joe Lane in the 70th minute."
    )
    found = {f for f in facts(analyse(nlp, game)) if f[1] == "succeeded"}
    assert not found, found
    # a player who replaces another in the side picked for the next game takes his place
    picked = (
        "Rovers 3-1 Hornets\n\n"
        "Tom Hale replaces the injured Dan Price in the Rovers side for the league match against Hornets."
    )
    assert ("Tom Hale", "succeeded", "Dan Price") in facts(analyse(nlp, picked))


def test_he_who_joins_a_club_plays_for_it(nlp: Language) -> None:
    """r20d: the transfer rule reads a "he" or "she" subject as the player coref gives it."""
    text = (
        "Leeds beat Bath 20-10 in the Premiership on Saturday.\n\nFlanker Andy Hazell scored two tries. "
        "He joined Leeds from Gloucester in the summer.\n\nBath chairman Tom Dunn said that Bath had also "
        "wanted Hazell, but he refused to join Bath."
    )
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert ("Andy Hazell", "playsFor", "Leeds") in found, found
    assert ("Andy Hazell", "playsFor", "Gloucester") not in found, found  # where he came from
    assert ("Andy Hazell", "playsFor", "Bath") not in found, found  # a refusal is no transfer


CONTRACT = """Hale hopeful over new deal

Leicester's Tom Hale will find out within a month whether he is to be offered a new one-year deal.

The 33-year-old {word} is out of contract in the summer, and he told the club he would like to stay."""


def test_a_text_naming_a_sides_position_is_about_sides(nlp: Language) -> None:
    # a short report on a player's contract names no match and few words of sport; its position word
    # ("midfielder") says a side's player is meant, so "Leicester's Tom Hale" plays for Leicester
    found = facts(analyse(nlp, CONTRACT.format(word="midfielder")))
    assert ("Tom Hale", "playsFor", "Leicester") in found, found
    # without it "Leicester's Tom Hale" may be the city's anything: no tie
    found = facts(analyse(nlp, CONTRACT.format(word="veteran")))
    assert not [f for f in found if f[1] == "playsFor"], found
