"""Team sheets at the end of a match report, through the real pipeline, on a report written for the test."""

from __future__ import annotations

from spacy.language import Language

from kg.iri import mint_entity_iri
from kg.vocab import KG
from tests.loaders.extraction_helpers import analyse, facts

REPORT = """Wales 24-18 Scotland

Tom Hale scored two tries as Wales beat Scotland in Cardiff on Saturday.

Scotland led early through a penalty from Callum Reid, but Gareth Price levelled before the break.

Ewan Bryce went close late on, and Dafydd Morgan was unlucky not to score for the hosts.

Hale; Morgan, Price (capt), D Evans, Lloyd; Jenkins, Rees; Powell, Hughes, Bowen; Griffiths, Parry;
Owen, Pugh, Vaughan.

Replacements: Thomas, Ellis, Harries, Jones, Lewis, Probert, Watkins.

Reid; Bryce, Munro, Fraser, Kerr; Ross, Grant; Murray, Stewart, Hamilton; Campbell, Young;
Scott, Wallace, Reid.

Replacements: Forbes, Sinclair, Mackay, Duncan, Gordon, Paterson, Hunter.

G Price (Ireland)"""


def test_listed_players_play_for_the_side_of_their_sheet(nlp: Language) -> None:
    found = {f for f in facts(analyse(nlp, REPORT)) if f[1] == "playsFor"}
    for player in ("Tom Hale", "Dafydd Morgan"):
        assert (player, "playsFor", "Wales") in found, found
    for player in ("Callum Reid", "Ewan Bryce"):
        assert (player, "playsFor", "Scotland") in found, found
    # Gareth Price is listed for Wales, but "G Price" the referee is no player: one side only
    assert ("Gareth Price", "playsFor", "Scotland") not in found
    assert ("Gareth Price", "playsFor", "Wales") in found
    # an initial and a surname nobody fits is a player the sheet names; so is a bare surname, as the sheet
    # writes him
    assert ("D Evans", "playsFor", "Wales") in found, found
    assert {("Owen", "playsFor", "Wales"), ("Pugh", "playsFor", "Wales")} <= found, found
    assert ("Forbes", "playsFor", "Scotland") in found, found


def test_a_bare_surname_of_a_sheet_is_a_person_scoped_by_his_side(nlp: Language) -> None:
    """ "Owen" of Wales's sheet is one player, within Wales: his IRI joins the same surname of the same side
    in another report, never every Owen of the corpus; his name stays "Owen"."""
    analysis = analyse(nlp, REPORT)
    owen = analysis.referents["Person/Owen"]
    assert (owen.name, owen.scope) == ("Owen", "Wales")
    assert str(mint_entity_iri(KG.Person, owen.name, owen.scope)).endswith("/Person/owen--wales")
    assert analysis.referents["Person/Forbes"].scope == "Scotland"
    # a name an article gives in full is no scoped one
    assert not analysis.referents["Person/Tom Hale"].scope


def test_a_bare_surname_listed_on_both_sheets_is_left_out(nlp: Language) -> None:
    text = REPORT.replace("Paterson, Hunter.", "Paterson, Hunter, Pugh.")
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert not [f for f in found if f[0] == "Pugh"], found
    assert ("Owen", "playsFor", "Wales") in found, found


def test_a_report_without_a_score_line_or_two_sheets_gives_no_sheet_facts(nlp: Language) -> None:
    _headline, rest = REPORT.split("\n\n", 1)
    found = facts(analyse(nlp, "Wales hold on in Cardiff\n\n" + rest))
    assert not [f for f in found if f[1] == "playsFor"], found
    one_sheet = REPORT.rsplit("\n\nReid;", 1)[0]
    found = facts(analyse(nlp, one_sheet))
    assert not [f for f in found if f[1] == "playsFor"], found


def test_a_name_that_fits_two_people_is_left_out(nlp: Language) -> None:
    text = REPORT.replace("Ewan Bryce went close", "Ewan Bryce and Alan Bryce went close")
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert not {f for f in found if "Bryce" in f[0]}, found


def test_a_score_line_says_who_won_and_a_draw_says_nothing(nlp: Language) -> None:
    body = "\n\nThe crowd in Cardiff saw a close game on Saturday."
    found = facts(analyse(nlp, "Wales 12-18 Scotland" + body))
    assert ("Scotland", "defeated", "Wales") in found, found
    assert ("Wales", "defeated", "Scotland") not in found
    found = facts(analyse(nlp, "Wales 18-18 Scotland" + body))
    assert not [f for f in found if f[1] == "defeated"], found
    prose = "\n\nThe visitors were poor. Wales had led 20-6 at the break against Scotland."
    found = facts(analyse(nlp, "Wales hold on" + prose + body))
    assert not [f for f in found if f[1] == "defeated"], found
    for sentence in (
        "England lost 2-1 to Wales.",
        "England went down 3-0 to Wales.",
    ):  # a paragraph of its own
        found = facts(analyse(nlp, sentence + body))
        assert ("England", "defeated", "Wales") not in found, found
    found = facts(analyse(nlp, "ACME CORP CHIEF SEES 7-8 PCT GROWTH IN SPAIN" + body))
    assert not [f for f in found if f[1] == "defeated"], found
    found = facts(analyse(nlp, "Result: Nadal 6-7 6-2 Roddick" + body))
    assert not [f for f in found if f[1] == "defeated"], found


def test_a_club_the_headline_names_is_a_side_whatever_ner_made_of_it(nlp: Language) -> None:
    body = "\n\nLeicester scored three tries at home on Saturday, and Bath never led."
    found = facts(analyse(nlp, "Leicester 31-25 Bath" + body))
    assert ("Leicester", "defeated", "Bath") in found, found
    found = facts(analyse(nlp, "Leicester 31-25 bath" + body))  # a re-cased headline: no name to trust
    assert not [f for f in found if f[1] == "defeated"], found


def test_a_fixture_without_sheets_names_no_sides(nlp: Language) -> None:
    analysis = analyse(
        nlp, "Hale v Pemberton\n\nThe court in Cardiff heard the case of Hale v Pemberton on Monday."
    )
    assert not [r for r in analysis.referents.values() if r.cls == "Team"], analysis.referents


SQUAD = """Wales name Hale for Scotland

Tom Hale will start at fly-half for Wales in the Six Nations match against Scotland on Saturday.

Hale returns after a knee injury, and coach Huw Rees said the squad was fit and ready for the game.

T Hale (Ravens, capt); D Morgan (Kestrels), G Price (Oxford City AC), H Bowen (Newport-Gwent), S Lloyd (Rams).

Replacements: R Evans (Kestrels), J Ellis (Ravens), P Harries (Kestrels (capt).

Referee: A Rolland (Ireland)"""


def test_players_listed_with_their_clubs_play_for_them(nlp: Language) -> None:
    found = {f for f in facts(analyse(nlp, SQUAD)) if f[1] == "playsFor"}
    for player, club in (
        ("Tom Hale", "Ravens"),  # "T Hale" is the Tom Hale the article names
        ("D Morgan", "Kestrels"),
        ("G Price", "Oxford City AC"),  # the whole name, though NER finds a part of it
        ("H Bowen", "Newport-Gwent"),
        ("R Evans", "Kestrels"),
        ("P Harries", "Kestrels"),
        ("S Lloyd", "Rams"),
    ):
        assert (player, "playsFor", club) in found, found
    assert not [f for f in found if f[0] == "A Rolland"], found  # the referee is no player
    # the lead says whose squad it is: Hale starts for Wales (Scotland is the opponent)
    assert ("D Morgan", "playsFor", "Wales") in found and ("R Evans", "playsFor", "Wales") in found, found
    assert not [f for f in found if f[2] == "Scotland"], found


def test_a_squad_list_whose_lead_names_two_squads_or_lists_countries_has_no_national_side(
    nlp: Language,
) -> None:
    two = SQUAD.replace("for Wales in", "for Wales, and Ian Kerr for Scotland, in")
    found = {f for f in facts(analyse(nlp, two)) if f[1] == "playsFor"}
    assert ("D Morgan", "playsFor", "Kestrels") in found, found
    assert not [f for f in found if f[2] in ("Wales", "Scotland")], found
    select = "\n\n".join(SQUAD.split("\n\n")[:3]) + (
        "\n\nT Hale (Wales, capt); D Morgan (Ireland), G Price (Scotland), H Bowen (Italy), S Lloyd (France)."
    )
    said = facts(analyse(nlp, select))
    found = {f for f in said if f[1] == "playsFor"}
    assert ("D Morgan", "playsFor", "Ireland") in found, found
    assert ("D Morgan", "playsFor", "Wales") not in found, found
    # a select side's brackets name whom each plays for, not a nationality
    assert not [f for f in said if f[1] == "citizenOf"], said


def test_a_list_of_people_with_countries_outside_sport_is_no_squad(nlp: Language) -> None:
    text = (
        "Writers vie for prize\n\nThe judges named the writers on the list for the prize on Monday.\n\n"
        "Anna Berg (Sweden), Tomas Novak (Poland), Ruth Ellis (Canada), Marco Conti (Italy)."
    )
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"]


def test_prose_with_brackets_is_no_squad_list(nlp: Language) -> None:
    text = (
        "Shares fell\n\nAcme Corp (Dallas), Beta Mining (Perth) and Gamma Oil (Calgary) said on Monday that "
        "their shares fell because demand for their products was weak."
    )
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"]


def test_a_squad_list_marks_its_captain_and_team_news_the_positions_played(nlp: Language) -> None:
    found = {f for f in facts(analyse(nlp, SQUAD)) if f[1] == "holdsPosition"}
    assert ("Tom Hale", "holdsPosition", "captain") in found, found  # "T Hale (Ravens, capt)"
    assert ("P Harries", "holdsPosition", "captain") in found, (
        found
    )  # "(Kestrels (capt)", a bracket left open
    assert ("Tom Hale", "holdsPosition", "fly-half") in found, found  # "will start at fly-half"
    assert not [f for f in found if f[2] == "captain" and f[0] not in ("Tom Hale", "P Harries")], found


def test_a_vice_captain_is_no_captain_and_a_place_on_the_pitch_no_position(nlp: Language) -> None:
    text = SQUAD.replace("(Rams)", "(Rams, vice-capt)").replace(
        "Hale returns", "Dai Morgan will play at the back of the scrum. Hale returns"
    )
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "holdsPosition"}
    assert not [f for f in found if f[0] == "S Lloyd"], found
    assert not [f for f in found if f[0] == "Dai Morgan"], found


def _unheaded(report: str) -> str:
    """The report under a headline that is no score line ("Wales hold on in Cardiff"), as many carry."""
    return "Wales hold on in Cardiff\n\n" + report.split("\n\n", 1)[1]


def test_sheets_under_a_headline_without_sides_are_the_sides_the_prose_ties_their_players_to(
    nlp: Language,
) -> None:
    # Bryce, listed on the second sheet, is Scotland's flanker: that sheet is Scotland's, the other the side
    # that beat Scotland
    text = _unheaded(REPORT.replace("Ewan Bryce went close", "Scotland flanker Ewan Bryce went close"))
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert ("Callum Reid", "playsFor", "Scotland") in found, found
    for player in ("Tom Hale", "Dafydd Morgan", "Gareth Price"):
        assert (player, "playsFor", "Wales") in found, found
    # the bare surnames of each sheet go with it
    assert {("Owen", "playsFor", "Wales"), ("Forbes", "playsFor", "Scotland")} <= found, found
    wales = {"Tom Hale", "Dafydd Morgan", "Gareth Price", "D Evans", "Owen", "Pugh", "Thomas"}
    assert not {f for f in found if f[0] in wales and f[2] == "Scotland"}, found


def test_sheets_the_prose_ties_to_one_side_or_to_no_known_opponent_give_nothing(nlp: Language) -> None:
    # both sheets' players tied to Wales: no sheet is told apart
    both = REPORT.replace("Ewan Bryce went close", "Wales flanker Ewan Bryce went close").replace(
        "Dafydd Morgan was", "Wales wing Dafydd Morgan was"
    )
    # one sheet tied to Scotland, and no result says whom Scotland played
    alone = REPORT.replace("Ewan Bryce went close", "Scotland flanker Ewan Bryce went close").replace(
        " as Wales beat Scotland", ""
    )
    for text in (both, alone):
        found = {f for f in facts(analyse(nlp, _unheaded(text))) if f[1] == "playsFor"}
        assert not {f for f in found if f[0] in ("Tom Hale", "Callum Reid", "Gareth Price")}, found


def test_in_a_team_games_report_one_player_beating_another_is_play_not_a_result(nlp: Language) -> None:
    text = REPORT.replace(
        "Ewan Bryce went close", "Dafydd Morgan beat Ewan Bryce to the ball and Bryce went close"
    )
    found = facts(analyse(nlp, text))
    assert ("Wales", "defeated", "Scotland") in found, found
    assert not {f for f in found if f[1] == "defeated" and "Morgan" in f[0]}, found
    # a report without sheets (a tennis match) keeps its players' results
    singles = "Dafydd Morgan beat Ewan Bryce 6-3 6-2 in the semi-finals of the Open."
    assert ("Dafydd Morgan", "defeated", "Ewan Bryce") in facts(analyse(nlp, singles))


HEADED = """Rovers 2-1 Albion

Neil Pike scored twice as Rovers came from behind to beat Albion in a league match on Saturday.

Albion had gone ahead through a Dean Corr penalty, and Rovers keeper Owen Lusk saved well from Jake Tamsin.

- Rovers boss Mark Healey: "We were poor for an hour. But the lads kept going." Rovers: Lusk, Finch, Dale,
Orme, Pike, Webb, Hoyle, Keble, Strand (Simon Farrant 80), Brough, Quinlan. Subs Not Used: Wilde, Trent.
Booked: Finch. Goals: Pike 55, 71. Albion: Tamsin, Corr, Ewart, Plumb, Rudge, Sayle, Tully, Vane, Garrow,
Hebden, Ince. Subs Not Used: Voss, Ould. Goals: Corr 30. Att: 12,400 Ref: P Grant (Kent)."""


def test_a_sheets_head_names_the_side_of_the_list_after_it(nlp: Language) -> None:
    found = {f for f in facts(analyse(nlp, HEADED)) if f[1] == "playsFor"}
    for player in ("Owen Lusk", "Simon Farrant"):  # a substitute in brackets, named in full
        assert (player, "playsFor", "Rovers") in found, found
    for player in ("Dean Corr", "Jake Tamsin"):
        assert (player, "playsFor", "Albion") in found, found
    assert not [f for f in found if f[0] in ("Mark Healey", "P Grant")], found
    assert not {f for f in found if "Pike" in f[0] and f[2] == "Albion"}, found


def test_a_head_that_names_no_side_gives_no_sheet(nlp: Language) -> None:
    squad = HEADED.replace("Rovers: Lusk,", "Backs: Lusk,").replace("Albion: Tamsin,", "Forwards: Tamsin,")
    found = {f for f in facts(analyse(nlp, squad)) if f[1] == "playsFor"}
    assert not [f for f in found if f[2] in ("Backs", "Forwards")], found
    assert not [f for f in found if f[0] in ("Simon Farrant", "Jake Tamsin", "Dean Corr")], found


def test_an_inline_label_and_a_list_of_replacements_stay_in_their_sheet(nlp: Language) -> None:
    # "... Devine. Subs Not Used: Rice, Todd." on one line; "Replacements: X for Y" lists twice as many names
    text = REPORT.replace(
        "Replacements: Thomas, Ellis, Harries, Jones, Lewis, Probert, Watkins.",
        "Replacements: Thomas for Hale (50), Ellis for Morgan (60), Harries for Jenkins (61), Jones for Rees"
        " (65), Lewis for Powell (70), Probert for Bowen (72). Not used: Watkins",
    ).replace("Owen, Pugh, Vaughan.", "Owen, Pugh, Vaughan. Subs Not Used: Nash, Ivor Bevan.")
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    for player in ("Tom Hale", "Dafydd Morgan", "Ivor Bevan"):
        assert (player, "playsFor", "Wales") in found, found
    for player in ("Callum Reid", "Ewan Bryce"):
        assert (player, "playsFor", "Scotland") in found, found


def test_a_full_name_ner_took_for_a_place_is_a_listed_player(nlp: Language) -> None:
    text = (
        "Wales make two changes for France\n\nWales coach Huw Rees has made two changes to the squad for the"
        " match against France, and the flanker is fit.\n\nRhodri Fenwick (Scarlets), Aled Brace (Ospreys),"
        " Sion Merrick (Blues, capt), Dafydd"
        " Ruthin (Dragons), Emyr Caerwys (Scarlets), Gwion Tudor (Ospreys)."
    )
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert ("Rhodri Fenwick", "playsFor", "Scarlets") in found, found
    assert ("Aled Brace", "playsFor", "Ospreys") in found, found


def test_a_club_in_brackets_after_a_listed_player_is_no_player(nlp: Language) -> None:
    text = REPORT.replace("Owen, Pugh, Vaughan.", "Owen, Pugh, Vaughan (Bridgend).").replace(
        "Jones, Lewis", "Jones (Ellis 71), Lewis"
    )
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "playsFor"}
    assert not [f for f in found if f[0] == "Bridgend"], found
    assert ("Vaughan", "playsFor", "Wales") in found, found
