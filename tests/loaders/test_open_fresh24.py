"""Open facts a reader can trust on fresh news (lane r24f), through the real pipeline, on invented sentences
in the shapes the wrong open facts of dev..dev23 and outside articles (seeds 6284 and 6285) showed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts


def _open(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(analyse(nlp, text)) if f[1].startswith("open:")}


@pytest.mark.parametrize(
    "text",
    [
        # a relation planned, aimed at or sought is not done yet
        "Former world number one Tom Grant is planning a long-term relationship with the Kestrel Tennis"
        " Association.",
        "England captain Tom Grant has targeted success over Australia on Saturday.",
        "Mr Grant said that he was seeking agreements between Zenland and Ruritania on the matter.",
        # a to-infinitive under a verb of getting ready is still ahead
        "Meanwhile, Tom Grant is gearing up to promote his novel Kestrel Tales in the US.",
        # in a report on sport, the coach under whom a side lost is a circumstance
        "Zenland Rugby have now lost four Six Nations matches in a row under coach Tom Grant, and face"
        " Ruritania at Twickenham on Saturday in the championship.",
    ],
)
def test_no_open_fact(nlp: Language, text: str) -> None:
    assert not _open(nlp, text)


def test_a_relative_clause_after_a_list_is_no_deed_of_its_first_item(nlp: Language) -> None:
    text = (
        "His film credits include Kestrel Dawn, Zenith Falls and Orbit Road, which starred Mary Hale and"
        " Bill Stone."
    )
    found = _open(nlp, text)
    assert not {f for f in found if f[0] == "Kestrel Dawn"}, found


def test_a_relative_clause_of_one_name_still_stands(nlp: Language) -> None:
    # the near miss: one antecedent, no list
    found = _open(nlp, "Zenith Corp bought Kestrel Inc, which overtook Orbit Motors last year.")
    assert ("Kestrel Inc", "open:overtake", "Orbit Motors") in found, found


def test_a_relative_clause_on_a_list_s_last_item_still_stands(nlp: Language) -> None:
    text = "The firms are Kestrel Inc, Zenith Corp and Orbit Motors, which overtook Acme Corp last year."
    assert ("Orbit Motors", "open:overtake", "Acme Corp") in _open(nlp, text)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # near misses: a deed done with a noun object, a deed under a verb of doing, a "with" partner
        (
            "Tom Grant has signed a long-term deal with the Kestrel Tennis Association.",
            ("Tom Grant", "open:sign deal with", "Kestrel Tennis Association"),
        ),
        (
            "Tom Grant has paid 5m dollars to Bill Stone.",
            ("Tom Grant", "open:pay to", "Bill Stone"),
        ),
        (
            "Tom Grant raised a legal challenge in 2001 under the Kestrel Convention on Trade.",
            ("Tom Grant", "open:raise challenge under", "Kestrel Convention on Trade"),
        ),
        # outside a report on sport a person served under is a partner
        (
            "The economist Tom Grant has served under presidents Bill Stone and Max Hale.",
            ("Tom Grant", "open:serve under", "Bill Stone"),
        ),
    ],
)
def test_a_deed_done_still_stands(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = {f for f in facts(analyse(nlp, text))}
    assert fact in found or any(f[0] == fact[0] and f[2] == fact[2] for f in found), found
