"""Lane r18o, through the real pipeline on invented sentences: "Soviet" is a name of the Soviet Union (as
"U.S." is of the United States), not a place of its own; a body's name NER cut at the "and" of its domain
runs on to the word after it."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.firms import _body_domain_spans
from loaders.entities.gazetteer import load_gazetteer
from loaders.entities.records import MentionRow
from tests.loaders.extraction_helpers import analyse, facts, minted_classes


def test_soviet_is_a_name_of_the_soviet_union(nlp: Language) -> None:
    classes = minted_classes(nlp, "The Soviet delegation arrived in Geneva on Monday for the talks.")
    assert "Soviet" not in classes, classes
    found = facts(analyse(nlp, "Soviet grain imports through Shanghai rose sharply, the ministry said."))
    assert not any(o == "Soviet" or s == "Soviet" for s, _, o in found), found


def test_a_department_named_by_two_domains_is_one_name(nlp: Language) -> None:
    classes = minted_classes(nlp, "Output fell in March, the Department of Resources and Energy said.")
    assert classes.get("Department of Resources and Energy") == "Organization", classes
    classes = minted_classes(
        nlp, "The Florida Department of Banking and Finance said it would review the bank."
    )
    assert classes.get("Florida Department of Banking and Finance") == "Organization", classes


def test_a_name_after_and_is_another_body(nlp: Language) -> None:
    classes = minted_classes(nlp, "Officials from the Department of Agriculture and Congress met on Monday.")
    assert "Department of Agriculture" in classes, classes
    assert not any(name.endswith("and Congress") for name in classes), classes


def _body_spans(nlp: Language, text: str, name: str) -> list[tuple[int, int]]:
    """_body_domain_spans over ``text`` with one Organization row, NER's cut ``name`` ("Department of X")."""
    doc = nlp.make_doc(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    row = MentionRow(span.start_char, span.end_char, span.start, span.end, "Organization", name, name)
    return _body_domain_spans(doc, [row], load_gazetteer())


def test_a_body_head_runs_on_only_where_of_is_its_next_token(nlp: Language) -> None:
    """The head pattern finds "Department" before "of" across any white space; the name runs on only where
    "of" is the next token, not over a line break (a token of its own) between them."""
    assert _body_spans(
        nlp, "Output fell, the Department of Resources and Energy said.", "Department of Resources"
    )
    spans = _body_spans(
        nlp, "Output fell, the Department\nof Resources and Energy said.", "Department\nof Resources"
    )
    assert spans == [], spans
