"""An 'its' or a firm's description before a title stands for the organisation the text names before it
(sentences written for these tests, the real pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

TIED = [
    (
        "The Spanish Cycling Federation has opened an inquiry into Tom Vale. "
        "But its president Marc Olden changed his mind after a request by the ministry.",
        ("Marc Olden", "leaderOf", "Cycling Federation"),
    ),
    (
        'The Hill Institute has warned ministers. "The plan will fail," said its chairman, Sir Tom Glade.',
        ("Tom Glade", "leaderOf", "Hill Institute"),
    ),
    (
        "Shares in Kelbrook Foods rose on Monday after strong results. "
        "The company's chief executive Dan Rowe said sales were good.",
        ("Dan Rowe", "leaderOf", "Kelbrook Foods"),
    ),
    (
        "Unicorp, a holding company controlled by its chairman, George Mann, sold shares.",
        ("George Mann", "leaderOf", "Unicorp"),
    ),
    (
        "Kids First Trust warned of cuts in aid. The charity's director, Ann Pryce, said aid would fail.",
        ("Ann Pryce", "worksFor", "Kids First Trust"),
    ),
]

OPEN = [
    # two names before "its": the nearest is often the other one's
    (
        "Dorfield Freight declined comment on the Emery offer, and its chairman Tom Glade did not call back.",
        "Tom Glade",
    ),
    # a noun of its own sentence owns the post: "its" is the committee's, no name's
    (
        "Senators from Ohio met on Monday. The committee will draft a budget which its chairman, "
        "Sen Tom Glade, said would pass.",
        "Tom Glade",
    ),
    # a person named before "its" is none of its owners
    ("Kelbrook Foods posted a loss. Tom Glade said its chairman Dan Rowe would retire.", "Dan Rowe"),
]


@pytest.mark.parametrize(("text", "fact"), TIED)
def test_an_its_before_a_title_ties_the_organisation_it_stands_for(
    nlp: Language, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in facts(analyse(nlp, text))


@pytest.mark.parametrize(("text", "person"), OPEN)
def test_an_its_with_two_candidates_or_a_noun_before_it_ties_nothing(
    nlp: Language, text: str, person: str
) -> None:
    found = facts(analyse(nlp, text))
    assert not {f for f in found if f[0].endswith(person) and f[1] in ("leaderOf", "worksFor")}
