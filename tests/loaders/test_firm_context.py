"""Words around a name that only a firm has make it one, whatever NER said (real pipeline; invented text)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.entities.records import doc_mentions


def _class_of(nlp: Language, text: str, name: str) -> str | None:
    return next((m.cls for m in doc_mentions(nlp(text)) if m.surface.rstrip(".") == name), None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The figures come from analysts Bortner.", "Bortner"),
        ("The audit was done by accountants Ernst Halvery.", "Ernst Halvery"),
        ("The report was published by research consultancy Analyx.", "Analyx"),
        ("The site began using the services of a company called Akamoo.", "Akamoo"),
        ("It wanted to bid for Ruskoil unit Yugantel.", "Yugantel"),
        ("Church leaders are siding with Uganda's New Horizon newspaper.", "New Horizon"),
        ("It wanted to bid for the Ruskoil subsidiary last year.", "Ruskoil"),
        ("Music players come from companies such as Creative, Sony and Philips.", "Philips"),
        ("Handsets are available from major manufacturers including Nokia and Samsung.", "Samsung"),
        ("Dorvane, Powergen and many other companies have left their databases open.", "Powergen"),
    ],
)
def test_a_trade_a_naming_or_a_part_beside_a_name_makes_it_a_firm(
    nlp: Language, text: str, name: str
) -> None:
    assert _class_of(nlp, text, name) == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Analysts Peter Mandrake and Tom Brisco said rates would fall.", "Peter Mandrake", "Person"),
        ("He sold a stake to several Wall Street firms.", "Wall Street", "Location"),
        ("Actors such as Tom Hanks and Sandra Bullock attended.", "Sandra Bullock", "Person"),
        ("The deal was blocked by Rupert Kane, whose Kestrel newspaper backed it.", "Rupert Kane", "Person"),
    ],
)
def test_a_list_a_plural_or_a_persons_paper_is_no_cue(nlp: Language, text: str, name: str, cls: str) -> None:
    assert _class_of(nlp, text, name) == cls
