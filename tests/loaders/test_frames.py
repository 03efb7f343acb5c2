"""The frame table (loaders/facts/frames.toml): each row's examples and counterexamples, through the real
pipeline, so a new predicate is a row with its tests; and the table's own checks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.vocab import PREDICATE_SPECS
from loaders.facts.frames import Frame, _may_be_a_list, load_frames, parse_path
from tests.loaders.extraction_helpers import analyse, facts

FRAMES = load_frames().frames
EXAMPLES = [(f, e.text, (e.subject, f.predicate, e.object)) for f in FRAMES for e in f.examples]
COUNTEREXAMPLES = [(f, text) for f in FRAMES for text in f.counterexamples]


def _name(item: tuple[Frame, str, object] | tuple[Frame, str]) -> str:
    return f"{item[0].name}:{item[1][:40]}"


@pytest.mark.parametrize(("frame", "text", "triple"), EXAMPLES, ids=[_name(e) for e in EXAMPLES])
def test_each_example_of_a_frame_gives_its_fact(
    nlp: Language, frame: Frame, text: str, triple: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert triple in found, f"frame {frame.name}: {text!r} gave {found}"


@pytest.mark.parametrize(("frame", "text"), COUNTEREXAMPLES, ids=[_name(c) for c in COUNTEREXAMPLES])
def test_no_counterexample_gives_the_fact(nlp: Language, frame: Frame, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1] == frame.predicate], f"frame {frame.name}: {text!r} gave {found}"


def test_every_frame_states_a_predicate_of_the_vocabulary_and_every_phrase_too() -> None:
    table = load_frames()
    assert {f.predicate for f in table.frames} <= set(PREDICATE_SPECS)
    assert set(table.phrases.values()) <= set(PREDICATE_SPECS)
    assert set(table.inverse_phrases.values()) <= set(PREDICATE_SPECS)


def test_a_bad_path_is_refused_with_its_place() -> None:
    with pytest.raises(ValueError, match="'objekt' is no step"):
        parse_path("subject|objekt>prep:in", "frames.toml frame 7")


# The generic steps, on invented sentences: a participle clause lends its noun to the slot it leaves empty
# (the undergoer of a passive one, the doer of an active one); a repeated preposition keeps both objects.
STEP_CASES = [
    ("Acme Corp, headed by John Smith, said profits rose.", ("John Smith", "leaderOf", "Acme Corp")),
    ("The deal, signed by Nissan and Renault, was announced.", ("Nissan", "signedAgreementWith", "Renault")),
    ("Acme Corp, a firm owned by John Smith, grew.", ("Acme Corp", "ownedBy", "John Smith")),
    ("Maria Lopez, a banker living in Madrid, retired.", ("Maria Lopez", "livesIn", "Madrid")),
    ("Ana Ruiz faced criticism from Tom Kline and from Tom Hale.", ("Tom Hale", "criticizes", "Ana Ruiz")),
    # a passive to-clause's undergoer is the subject of the verb that governs it
    ("Zenith Inc has agreed to be bought by Acme Corp for $2bn.", ("Acme Corp", "acquired", "Zenith Inc")),
    # a gerund after "on", "for", "of" is the deed of the governing verb's object, not of its subject
    ("Tom Grant congratulated Anna Berg on beating Mary Stone.", ("Anna Berg", "defeated", "Mary Stone")),
    ("Tom Grant praised Anna Berg for beating Mary Stone.", ("Anna Berg", "defeated", "Mary Stone")),
    # "after" keeps the subject's
    ("Tom Grant beat Mary Stone after beating Anna Berg.", ("Tom Grant", "defeated", "Anna Berg")),
]
STEP_NOT = [
    ("Acme Corp, which John Smith said was headed for trouble, grew.", "leaderOf"),
    ("The deal was signed on Monday by Nissan.", "signedAgreementWith"),
    ("Zenith Inc is to be bought by Acme Corp for $2bn.", "acquired"),  # a plan, like "plans to be bought"
    # the one who congratulates did not win
    ("Tom Grant congratulated his team on beating Mary Stone.", "defeated"),
    # coordinated subjects are partners only when no one else is named after 'with'
    ("Peru, Chile and Bolivia have struck agreements with their creditor banks.", "signedAgreementWith"),
    ("Peru and Chile held talks with the rebels on Monday.", "metWith"),
    # a side plays away, in a text about sport; it visits no place
    ("Peru travel to Madrid for the cup match with their coach and their new striker.", "visited"),
    # a word of a name cues nothing
    (
        "It put in doubt the futures of the Black Watch, the Queens Own Highlanders and the Royal Hussars.",
        "ownedBy",
    ),
]


@pytest.mark.parametrize(("text", "triple"), STEP_CASES)
def test_a_generic_step_fills_the_slot(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(analyse(nlp, text))


@pytest.mark.parametrize(("text", "predicate"), STEP_NOT)
def test_a_generic_step_fills_no_slot_the_sentence_leaves_empty(
    nlp: Language, text: str, predicate: str
) -> None:
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == predicate]


def test_a_singular_winner_describes_its_own_name_not_a_conjunct_hung_on_it(nlp: Language) -> None:
    text = "Booker Prize winner Ian McEwan and Oscar winner Helen Mirren opened the festival."
    found = facts(analyse(nlp, text))
    assert ("Ian McEwan", "won", "Booker Prize") in found
    assert ("Helen Mirren", "won", "Booker Prize") not in found


@pytest.mark.parametrize(
    ("name", "a_list"),
    [
        ("Marlow Holdings Inc", False),
        ("Oppenheimer and Co", False),
        ("Kestrel and Co.", False),
        ("Redstone and Marlow Holdings Inc", True),
        ("Time, Gulf and Western Inc", True),
    ],
)
def test_a_name_that_may_hold_a_list_is_no_one_party(name: str, a_list: bool) -> None:
    assert _may_be_a_list(name) is a_list
