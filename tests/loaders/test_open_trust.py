"""Open facts a reader can trust (lane r13e), through the real pipeline, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.entities.records import MentionRow
from loaders.extract import TextAnalysis, analyse_texts
from loaders.facts.context import FactContext
from loaders.facts.open_checks import cut_name
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


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # a person played is a part, and a character is no entity
        ("Tom Grant, who plays Mary Lennox in the Zenith films, was also there.", "Mary Lennox"),
        # the subject's own unit after "with" is its means or its burden, no other party
        ("Kestrel Motors is struggling with its own loss-making brands Zenith and Falcon.", "Zenith"),
        # a day or a month is when the deed was done
        ("Kestrel Motors said it sold 5,000 cars in February.", "February"),
    ],
)
def test_no_open_partner_that_is_a_part_a_means_or_a_time(nlp: Language, text: str, partner: str) -> None:
    found = _open(analyse(nlp, text))
    assert not {f for f in found if f[2] == partner}, found


def test_a_denied_deed_is_no_open_fact(nlp: Language) -> None:
    found = _open(analyse(nlp, "Tom Grant denies rift with Bill Stone"))
    assert not {f for f in found if f[2] == "Bill Stone"}, found


def test_names_joined_past_a_nouns_phrase_are_no_objects(nlp: Language) -> None:
    # the parser joins the later sources to "programmes": they are the from-phrase's list, not what is indexed
    text = "Zenith Video has been indexing programmes from Kestrel TV, the Falcon Network and Orbit News."
    found = _open(analyse(nlp, text))
    assert not {f for f in found if f[1] == "open:index"}, found


def test_a_name_cut_out_of_a_longer_one_is_no_end(nlp: Language) -> None:
    doc = nlp("Tom Grant thanked Mr Stone, then provided BBC Scotland with the Shaun of the Dead figures.")
    words = [t.text for t in doc]

    def row(first: str, length: int, cls: str) -> MentionRow:
        k = words.index(first)
        span = doc[k : k + length]
        return MentionRow(span.start_char, span.end_char, k, k + length, cls, span.text, span.text)

    rows = [
        row("Tom", 2, "Person"),
        row("Stone", 1, "Person"),  # after a title: whole
        row("Scotland", 1, "Country"),  # "BBC Scotland" cut
        row("Shaun", 1, "Work"),  # "Shaun of the Dead" cut
    ]
    ctx = FactContext(doc, rows)
    assert [cut_name(ctx, i) for i in range(len(rows))] == [False, False, True, True]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kestrel Group moved its offices to the Gobi Desert.",
        "Tom Grant took another step towards the Grand Slam.",
        "Acme Corp linked the Sahara Desert with the Nile Delta.",
    ],
)
def test_no_open_fact_with_an_end_ner_could_only_call_a_place(nlp: Language, sentence: str) -> None:
    # lane r20m: an end classed "Location" (neither a city nor a country) is too often a fragment of a name
    # or a thing misread; on judged outside articles none of its open facts was right
    found = analyse(nlp, "Tom Grant said on Monday he was happy.\n\n" + sentence).facts
    assert not [f for f in found if f.predicate.startswith("open:")], found
