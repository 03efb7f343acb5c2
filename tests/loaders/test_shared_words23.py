"""Work a rule did twice, or on every word, done once or only where it can fire (lane r23e, speed): what
each finds stays the same. Invented sentences, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from loaders.entities import kinds, worklists
from loaders.entities.kinds import accolade_names
from loaders.facts import lineups, speech, titles
from loaders.facts.lineups import _items
from tests.loaders.extraction_helpers import analyse, facts
from tests.loaders.test_lineups import REPORT, SQUAD


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(module, name)

    def counting(*args: Any) -> Any:
        calls.append(1)
        return original(*args)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_a_reports_sheets_are_found_once_for_both_readers(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counted(monkeypatch, lineups, "_sheet_groups")
    found = facts(analyse(nlp, REPORT))
    assert ("Gareth Price", "playsFor", "Wales") in found, found  # match_reports read the sheets
    assert len(calls) == 1  # sheet_reports read the same ones


def test_a_list_without_a_colon_and_one_with_an_inline_label_are_read_alike() -> None:
    plain = "Hale, Morgan, Price, Evans."
    assert [plain[a:b] for a, b in _items(plain, 0, len(plain)) or []] == ["Hale", "Morgan", "Price", "Evans"]
    labelled = "Hale, Morgan. Subs Not Used: Price, Evans."
    assert [labelled[a:b] for a, b in _items(labelled, 0, len(labelled)) or []] == [
        "Hale",
        "Morgan",
        "Price",
        "Evans",
    ]


def test_club_sheets_need_three_brackets_in_a_paragraph(nlp: Language) -> None:
    assert ("D Morgan", "playsFor", "Kestrels") in facts(analyse(nlp, SQUAD))
    # the same paragraph with two players only: too few items for a sheet, whatever the rest says
    two = SQUAD.replace(
        "T Hale (Ravens, capt); D Morgan (Kestrels), G Price (Oxford City AC), H Bowen (Newport-Gwent), "
        "S Lloyd (Rams).",
        "T Hale (Ravens, capt) and D Morgan (Kestrels) start.",
    ).replace("Replacements: R Evans (Kestrels), J Ellis (Ravens), P Harries (Kestrels (capt).", "")
    assert two != SQUAD
    assert not [f for f in facts(analyse(nlp, two)) if f[:2] == ("D Morgan", "playsFor")]


def test_a_monitoring_reference_opens_a_source_line_only_at_its_length(nlp: Language) -> None:
    line = "{} Havana Radio Reloj Network in Spanish 1402 GMT 27 Jun 94"
    assert ("Radio Reloj Network", "basedIn", "Havana") in facts(analyse(nlp, line.format("FL2706231194")))
    found = facts(analyse(nlp, line.format("FL27062311945")))  # eleven digits: no reference
    assert ("Radio Reloj Network", "basedIn", "Havana") not in found, found


def test_the_nearest_say_verb_outside_the_quotes_speaks_a_quote(nlp: Language) -> None:
    text = 'Tom Hale said the plan was good. "We will build the new bridge," Ann Lee added.'
    doc = nlp(text)
    quotes = speech.quote_regions(text)
    [(start, end)] = quotes
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None
    verb = speech._nearest_say_verb(span, quotes)
    assert verb is not None and verb.text == "added"  # in the quote's sentence, not "said" before it
    text = 'Ann Lee spoke. "They said we will build the new bridge next year."'
    doc, quotes = nlp(text), speech.quote_regions(text)
    [(start, end)] = quotes
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None and speech._nearest_say_verb(span, quotes) is None  # "said" is quoted


def test_accolades_are_read_once_a_doc(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch, kinds, "_accolade_names")
    doc = nlp("Oscar-winning actor Tom Vale opened the festival.")
    first = accolade_names(doc)
    assert [doc[a:b].text for a, b in first] == ["Oscar"]
    first.clear()  # a reader's copy: the cached names stay
    assert [doc[a:b].text for a, b in accolade_names(doc)] == ["Oscar"]
    assert len(calls) == 1  # the mention layer read them; the calls above read the cache
    doc = nlp("The award-winning actor Tom Vale opened the festival.")
    assert accolade_names(doc) == []  # "award-winning" names no prize


def test_a_title_set_off_after_a_work_noun_and_not_after_another_noun(nlp: Language) -> None:
    doc = nlp("His song, Like Toy Soldiers, stormed the charts.")
    assert [doc[a:b].text for _, (a, b) in worklists.apposed_titles(doc, kinds.title_end)] == [
        "Like Toy Soldiers"
    ]
    doc = nlp("His dog, Like Toy Soldiers, stormed the charts.")
    assert worklists.apposed_titles(doc, kinds.title_end) == []


def test_singular_titles_are_the_nouns_is_title_passes(nlp: Language) -> None:
    doc = nlp("The club's fly-half and the chairman met a partner at Kestrel and the right-wing party.")
    assert [t.text for t in titles.singular_titles(doc)] == [
        t.text for t in doc if t.tag_ == "NN" and titles.is_title(t)
    ]
    assert "chairman" in {t.text for t in titles.singular_titles(doc)}
    assert "wing" not in {t.text for t in titles.singular_titles(doc)}  # a party's side, no title
    assert "party" not in {t.text for t in titles.singular_titles(doc)}
