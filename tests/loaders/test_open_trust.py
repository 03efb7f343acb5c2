"""Open facts a reader can trust (lane r13e), through the real pipeline, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.extract import TextAnalysis, analyse_texts
from tests.loaders.extraction_helpers import analyse, facts


def _open(analysis: TextAnalysis) -> set[tuple[str, str, str]]:
    return {f for f in facts(analysis) if f[1].startswith("open:")}


@pytest.mark.parametrize(
    "text",
    [
        # a gerund after a preposition of topic is talked or worried about, not done
        "Tom Grant met Anna Berg to talk about Ruritania entering the European Union.",
        # a word of a title is no preposition of the verb
        "Tom Grant recorded part of his classic album Songs In The Key Of Life there.",
        # a work after "with" is the subject's means, not a partner of the deed
        "Film star Tom Grant has returned to the top of the box office with his film Hide and Seek.",
        "Tom Grant rose to fame with the 1996 single Return of the Mack.",
    ],
)
def test_no_open_partner(nlp: Language, text: str) -> None:
    found = _open(analyse(nlp, text))
    partners = {"European Union", "Hide and Seek", "Return of the Mack"}
    assert not {f for f in found if f[2] in partners or f[1].endswith(" in")}, found


def test_an_open_fact_does_not_restate_a_frame_judged_too_weak(nlp: Language) -> None:
    # the succession frame reads "replaced ... by"; where calibration judges it too weak to keep, the open
    # "replace" of the same verb would only say it again, with the same doubt and no predicate
    text = "Tom Grant was replaced by Bill Stone after the game."
    weak = {"kg_facts_v2:succeeded:succeed|succeeded": 0.3}
    (analysis,) = analyse_texts([text], nlp, min_confidence=0.5, calibration=weak)
    assert not [f for f in facts(analysis) if f[1] in ("succeeded", "open:replace")], facts(analysis)
    (kept,) = analyse_texts([text], nlp, min_confidence=0.5, calibration={})
    assert ("Bill Stone", "succeeded", "Tom Grant") in facts(kept), facts(kept)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # the opponent of a match the phrase's noun names, in a report on sport
        (
            "Kestrel Rovers followed up their derby defeat against Zenith United with a draw in the league,"
            " their coach said.",
            "Zenith United",
        ),
        # a player NER took for a firm still makes a move of the match in a sentence about the ball
        (
            "Celtic dominated the league match. Dado Prso turned inside Neil Lennon only for the Celtic"
            " goalkeeper to beat away his powerful 18-yard drive.",
            "Neil Lennon",
        ),
        # a location after "on" is where the deed was done (a country or a city after "on" may be its target)
        ("Tom Grant received the 2,271st star on Hollywood Boulevard on Monday.", "Hollywood Boulevard"),
        # a unit's abbreviation in brackets is no name
        ("In 2004, Ruritania increased its generating capacity to 440,700 megawatts (MW).", "MW"),
    ],
)
def test_no_open_partner_in_a_match_or_an_amount(nlp: Language, text: str, partner: str) -> None:
    found = _open(analyse(nlp, text))
    assert not {f for f in found if f[2] == partner}, found


def test_the_competition_of_a_match_stays_a_partner(nlp: Language) -> None:
    text = "Kestrel Rovers have lost their first three matches in the Six Nations, the coach said."
    assert ("Kestrel Rovers", "open:lose match in", "Six Nations") in _open(analyse(nlp, text))
