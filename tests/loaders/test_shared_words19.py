"""Readers that look for a word over a stretch of the Doc read the Doc's shared words (records.doc_words)
and make a Token only where the word matches (lane r19k, speed): what each finds stays the same. Invented
sentences, real pipeline."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.records import doc_mentions
from loaders.facts.event_dates import _dates
from loaders.facts.frames import _respectively


def test_respectively_is_read_up_to_the_next_comma(nlp: Language) -> None:
    doc = nlp("Kestrel and Zenith are units of Marlow and Acme respectively.")
    assert _respectively(doc[3])  # "are"
    doc = nlp("Kestrel and Zenith are units of Marlow and Acme, which merged respectively.")
    assert not _respectively(doc[3])  # the comma ends the clause of the cue


def test_a_day_word_is_found_in_its_sentence_alone(nlp: Language) -> None:
    doc = nlp("Kestrel met Zenith last Friday. Marlow met Acme yesterday.")
    first, second = list(doc.sents)
    mentions = doc_mentions(doc)
    assert [span.text for span in _dates(first, mentions) if "Friday" in span.text] == ["last Friday"]
    assert all("Friday" not in span.text for span in _dates(second, mentions))


def test_a_lower_case_weekday_is_no_day_word(nlp: Language) -> None:
    doc = nlp("Kestrel met Zenith on friday.")
    sent = next(iter(doc.sents))
    assert all(span.text != "friday" for span in _dates(sent, []))
