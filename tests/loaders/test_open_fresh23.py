"""Open facts a reader can trust on fresh news (lane r23g), through the real pipeline, on invented sentences
in the shapes outside articles showed (seeds 6260 and 6261)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts


def _open(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(analyse(nlp, text)) if f[1].startswith("open:")}


@pytest.mark.parametrize(
    "text",
    [
        # in a report on tennis a player "against" a player is the opponent of a match, no partner
        "Tom Grant endured early problems against Bill Stone before sealing a 7-5 6-1 victory at the tennis"
        " tournament, where the second seed lost in the first set.",
        # a person's name after "as" is the part played
        '"This is my tribute," said Tom Grant, who, as Bobby Darin, sings all 18 songs on the'
        " film soundtrack.",
        # a feeling, a judgement and news told are no deeds
        "At the end of his trip, Mr Grant said he still admired Bill Stone and thought his integrity"
        " was intact.",
        "Critic Dan Jolin also tipped Bill Stone for a best supporting actor prize for his role in the film.",
        "Coach Tom Grant has revealed defender Bill Stone and striker Max Hale will be in the starting"
        " line-up.",
    ],
)
def test_no_open_fact(nlp: Language, text: str) -> None:
    assert not _open(nlp, text)


def test_a_deed_done_to_a_named_partner_still_stands(nlp: Language) -> None:
    # the near miss: a verb of doing with a named source is an open fact, as before
    found = _open(
        nlp, "The Kestrel virus spread quickly. Zenith Corp grabbed e-mail addresses from Kestrel Mail."
    )
    assert ("Zenith Corp", "open:grab address from", "Kestrel Mail") in found


def test_a_firm_s_town_before_a_state_with_no_stop_is_no_partner(nlp: Language) -> None:
    text = (
        "The Federal Deposit Insurance Corp said it transferred the insured deposits of Kestrel Bank and"
        " Trust Co, Madill, Okla, to the healthy Zenith National Bank, Tishomingo, Okla., after Kestrel"
        " was closed."
    )
    found = _open(nlp, text)
    assert not {f for f in found if f[2] == "Madill"}, found
    # the near miss: the bank whose deposits they were stays a partner
    assert any(f[2] == "Kestrel Bank and Trust Co" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a set of a match dropped to a player is the match's score, no relation
        "Top seed Tom Grant dropped a set to Bill Stone at the tennis tournament, before pulling out a"
        " 6-3 3-6 6-2 win in the quarter-final.",
        # a person played is a part, whatever NER made of the actor
        "The Pilot, in which DiCaprio plays millionaire Howard Hughes, edged ahead of its rivals by winning"
        " the best original score prize.",
    ],
)
def test_no_open_fact_of_a_match_or_a_part(nlp: Language, text: str) -> None:
    assert not _open(nlp, text)


def test_a_player_s_deed_against_a_governing_body_is_no_match(nlp: Language) -> None:
    # the near miss of the opponent "against": a governing body is no side, a player's appeal against it stays
    text = "Kestrel Rovers won the league match 3-1. Tom Grant lodged an appeal against UEFA after the match."
    found = _open(nlp, text)
    assert any(f[0] == "Tom Grant" and f[2] == "UEFA" for f in found), found


def test_named_examples_after_such_as_stay_partners(nlp: Language) -> None:
    # the near miss of the part after "as": "such as" gives examples of the object, which are partners
    found = _open(
        nlp, "Kestrel Games publishes blockbuster titles such as Zorro and John Madden, as well as films."
    )
    assert any(f[2] == "John Madden" for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mr Grant said he found Bill Stone in her boyfriend's home.",
        "Kestrel Rovers won the league match 3-1. Tom Grant prodded Zenith United ahead in 19 minutes.",
    ],
)
def test_a_discovery_and_a_goal_are_no_open_facts(nlp: Language, text: str) -> None:
    assert not _open(nlp, text)
