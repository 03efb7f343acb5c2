"""Open relations (loaders/facts/open_relations.py) through the real pipeline, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a phrasal verb is a word of its own, even when its verb alone is light
        ("Budget car maker Aston Martin takes on Porsche.", ("Aston Martin", "open:take on", "Porsche")),
        # a light verb with a noun object: the noun carries the meaning
        (
            "Lord Sainsbury made a donation to the Labour Party last year.",
            ("Sainsbury", "open:make donation to", "Labour Party"),
        ),
        # a frame's fact between the same two the other way round says something else: both stand
        (
            "Andy Roddick has split from coach Brad Gilbert.",
            ("Andy Roddick", "open:split from", "Brad Gilbert"),
        ),
    ],
)
def test_open_relation_is_found(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Aston Martin took Porsche's place in the ranking.",  # a light verb alone says nothing
        "The World Bank linked new borrowing by Indonesia to trade reforms.",  # "by" after an active verb
        "Microsoft had talks with IBM in Seattle on Monday.",  # the meeting rule says it already
    ],
)
def test_no_open_relation(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


def test_the_talks_are_a_meeting_not_an_open_relation_too(nlp: Language) -> None:
    found = facts(analyse(nlp, "Microsoft had talks with IBM in Seattle on Monday."))
    assert ("Microsoft", "metWith", "IBM") in found


def test_the_lead_main_clause_has_its_own_extractor(nlp: Language) -> None:
    text = (
        "Andy Roddick splits from coach Brad Gilbert\n\n"
        "The American said on Monday he was happy.\n\n"
        "Separately, Andy Roddick hired Tom Grant last year."
    )
    rows = [f for f in analyse(nlp, text).facts if f.predicate.startswith("open:")]
    lead = {(f.predicate, f.extractor.rsplit(":", 1)[-1]) for f in rows}
    assert ("open:split from", "open-lead") in lead or ("open:split", "open-lead") in lead
    assert ("open:hire", "open") in lead


def test_an_open_fact_stands_when_assembly_refuses_the_rule_s_fact(nlp: Language) -> None:
    # "visit" states visited, whose range is a place; a firm is none, so assembly refuses it, and the open
    # relation the frame's fact would have restated is all the sentence says.
    found = facts(analyse(nlp, "Dan Brown paid a visit to Acme Corp in March."))
    assert ("Dan Brown", "open:pay visit to", "Acme Corp") in found, found
    assert not [f for f in found if f[1] == "visited"], found
