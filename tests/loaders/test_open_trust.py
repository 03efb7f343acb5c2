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
        "There were fears over Acme Corp buying Zenith Inc last year.",
        # a word of a title is no preposition of the verb
        "Tom Grant recorded part of his classic album Songs In The Key Of Life there.",
        # a work after "with" is the subject's means, not a partner of the deed
        "Film star Tom Grant has returned to the top of the box office with his film Hide and Seek.",
        "Tom Grant rose to fame with the 1996 single Return of the Mack.",
    ],
)
def test_no_open_partner(nlp: Language, text: str) -> None:
    found = _open(analyse(nlp, text))
    partners = {"European Union", "Zenith Inc", "Hide and Seek", "Return of the Mack"}
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
