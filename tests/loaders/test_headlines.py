"""Headline grammar (loaders/headlines.py): a headline "Name verbs ..." parsed again, through the real
pipeline, on invented texts."""

from __future__ import annotations

from spacy.language import Language

from loaders.headlines import headline, verb_forms
from tests.loaders.extraction_helpers import analyse, facts

QUESTIONS = (
    "Halloran questions trust of Dempsey\n\n"
    "Liberal leader Jane Halloran has questioned whether voters can trust Mark Dempsey. "
    "Halloran said Dempsey had misled them."
)


def _headline_tokens(nlp: Language, text: str) -> dict[str, tuple[str, str, str]]:
    doc = nlp(text)
    line = text.split("\n", 1)[0]
    return {t.text: (t.pos_, t.dep_, t.head.text) for t in doc if t.idx < len(line)}


def test_a_headline_s_verb_after_a_name_is_read_as_its_verb(nlp: Language) -> None:
    # the parser alone reads "Halloran questions" as a noun phrase and "trust" as the root
    tokens = _headline_tokens(nlp, QUESTIONS)
    assert tokens["questions"][:2] == ("VERB", "ROOT")
    assert tokens["Halloran"] == ("PROPN", "nsubj", "questions")
    assert ("Jane Halloran", "open:question trust of", "Mark Dempsey") in facts(analyse(nlp, QUESTIONS))


def test_a_name_and_its_plural_noun_stay_a_noun_phrase(nlp: Language) -> None:
    # the body writes "Kestrel shares": the -s word is the name's plural noun, not a verb
    text = "Kestrel shares climb on bid talk\n\nKestrel shares rose 5% on Monday after reports of a bid."
    assert _headline_tokens(nlp, text)["shares"][1] != "ROOT"
    # a sentence-case adjective is no name: the body never writes "Tough" mid-sentence
    text = "Tough rules for ringtone sellers\n\nSellers of ringtones face tough new rules from the regulator."
    assert _headline_tokens(nlp, text)["rules"][0] == "NOUN"


def test_a_plural_noun_before_another_verb_is_left_alone(nlp: Language) -> None:
    # "balances ... rose": the -s word is the subject's noun, the verb comes later
    text = (
        "Kestrel balances at Zenith rose on Monday\n\n"
        "Balances held by Kestrel Corp at Zenith Bank rose on Monday, Kestrel said."
    )
    assert _headline_tokens(nlp, text)["balances"][:2] != ("VERB", "ROOT")


def test_only_a_first_line_apart_is_a_headline(nlp: Language) -> None:
    assert headline(nlp.make_doc(QUESTIONS)) is not None
    # a line of a wrapped paragraph, and a first line that ends a sentence, are no headline
    assert headline(nlp.make_doc("Halloran questions trust of Dempsey\nand his party, she said.")) is None
    assert headline(nlp.make_doc("Halloran questions trust of Dempsey.\n\nShe said so.")) is None


def test_a_surname_as_a_side_of_a_match_stays_the_player_s(nlp: Language) -> None:
    # "a side of a match in a report on sport is a club" (loaders/entities/kinds.py), but not a word that
    # ends a player's full name in the text
    text = (
        "Dempsey overcomes rival Halloran\n\n"
        "Sean Dempsey beat his rival Mark Halloran 6-4 6-3 in the tennis final on Sunday. "
        "Dempsey served well."
    )
    analysis = analyse(nlp, text)
    assert ("Sean Dempsey", "defeated", "Mark Halloran") in facts(analysis)
    assert not any(key.startswith("Team/") for key in analysis.referents)


def test_a_name_before_a_noun_object_in_a_headline_modifies_it(nlp: Language) -> None:
    # no article in a headline: "savours Ruritania comeback" is a comeback with Ruritania, not two objects
    text = (
        "Halloran savours Ruritania comeback\n\n"
        "Jane Halloran returned to the Ruritania side on Saturday. Halloran said she was delighted."
    )
    tokens = _headline_tokens(nlp, text)
    assert tokens["Ruritania"][1:] == ("compound", "comeback")


def test_verb_forms() -> None:
    assert verb_forms("attacks") == ("attack",)
    assert verb_forms("issues") == ("issue", "issu")
    assert verb_forms("carries") == ("carrie", "carri", "carry")
    assert verb_forms("boss") == ()
    assert verb_forms("is") == ()
