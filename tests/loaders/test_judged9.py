"""Facts a judge found wrong on 75 articles read outside the evaluation sets (round 9): sentences written for
these tests, run through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts


@pytest.mark.parametrize(
    ("text", "person", "post"),
    [
        (
            "Carl Brix, executive vice-president of the firm, said profits rose.",
            "Carl Brix",
            "executive vice-president",
        ),
        (
            "Ben Gamm, vice-president of research at Lexmoor, said sales fell.",
            "Ben Gamm",
            "vice-president of research",
        ),
        ("Sam Chandra, co-founder of the site, said it grew.", "Sam Chandra", "co-founder"),
    ],
)
def test_an_appositive_title_keeps_its_hyphenated_first_part(
    nlp: Language, text: str, person: str, post: str
) -> None:
    # the parser hangs "vice" and "-" beside "president": one post, not "vice" and "president"
    posts = {f[2] for f in facts(analyse(nlp, text)) if f[0] == person and f[1] == "holdsPosition"}
    assert posts == {post}


def test_a_northern_irishman_is_no_citizen_of_ireland(nlp: Language) -> None:
    text = "James Kilroy won in Leipzig. The Northern Irishman is hoping to run in Birmingham."
    assert not {f for f in facts(analyse(nlp, text)) if f[2] == "Ireland"}


def test_a_surname_a_team_sheet_lists_is_a_person_not_a_place(nlp: Language) -> None:
    text = (
        "Calder 17-28 Brenmoor\n\n"
        "Calder scored first through a penalty from Tom Ashby.\n\n"
        "Ashby; Harwick, Mellor, Stanway, Pellham; Orton, Kilby; Dunmore, Astley, Rowe, Fenwick, Larch, "
        "Bramley, Cobb, Tate.\n\n"
        "Quill; Sayer, Moss, Dane, Hollis; Fry, Nash; Grey, Wynn, Pike, Lowe, Stone, Marsh, Hale, Crane."
    )
    analysis = analyse(nlp, text)
    listed = {m.text: m.label for m in analysis.mentions if m.start > text.index("Ashby;")}
    assert listed, "the sheets' names are mentions"
    assert not {name for name, label in listed.items() if label in ("Location", "Organization", "Team")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chelsea have sacked Adrian Kell after he failed a drugs test.", "Chelsea"),
        ("Burberry have signed a supply deal with Qatar, the firm said.", "Burberry"),
    ],
)
def test_a_one_word_name_that_takes_a_plural_verb_is_a_body_not_a_person(
    nlp: Language, text: str, name: str
) -> None:
    # British news writes a side or a firm with a plural verb; NER took these for people
    labels = {m.label for m in analyse(nlp, text).mentions if m.text == name}
    assert labels and labels <= {"Team", "Organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("West Brom drew with Fulham in the Premiership league match.", "Fulham"),
        ("Blackburn beat Wigan on Saturday in the league match.", "Wigan"),
    ],
)
def test_a_town_that_plays_a_match_is_a_club(nlp: Language, text: str, name: str) -> None:
    assert {m.label for m in analyse(nlp, text).mentions if m.text == name} == {"Team"}


def test_a_player_beaten_in_a_match_stays_a_person(nlp: Language) -> None:
    text = "Federer beat Roddick in the tournament final, his coach said after the match."
    assert {m.label for m in analyse(nlp, text).mentions if m.text == "Roddick"} == {"Person"}


def test_a_visit_told_in_the_present_inside_a_report_is_planned(nlp: Language) -> None:
    text = "Mr Kennedy is stepping up his campaign this week as he visits Manchester, Leeds and Leicester."
    assert not {f for f in facts(analyse(nlp, text)) if f[1] == "visited"}
    assert ("Kennedy", "visited", "Manchester") in facts(
        analyse(nlp, "Mr Kennedy visited Manchester on Monday.")
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Growth is slow, Ethiopian trade minister Tesfay Dinka said.", "Tesfay Dinka", "Person"),
        ("The bond is priced at par, lead manager Commerzbank AG said.", "Commerzbank AG", "Organization"),
        (
            "The bond is priced at par, lead manager Nomura International Ltd said.",
            "Nomura International Ltd",
            "Organization",
        ),
    ],
)
def test_a_title_types_a_full_name_a_legal_form_a_firm(
    nlp: Language, text: str, name: str, kind: str
) -> None:
    assert {m.label for m in analyse(nlp, text).mentions if m.text == name} == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "Screen Weekly's US editor Mike Goodwin thinks the films did not grab the public.",
        "Ross Walker, UK economist at the Royal Bank of Scotland, said rates would rise.",
    ],
)
def test_a_country_before_a_reporters_or_economists_title_is_the_beat(nlp: Language, text: str) -> None:
    assert not {f for f in facts(analyse(nlp, text)) if f[1] == "citizenOf"}
