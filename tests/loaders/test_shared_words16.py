"""The throughput changes of round 16 (lane r16c) keep what the pipeline reads (real pipeline, no mocks): the
Doc's text is read once and is the Doc's own, the shared words carry each token's text, and the walks over
them find what a walk over the tokens found."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.categories import award_categories
from loaders.entities.kinds import cued_titles, repeated_titles
from loaders.entities.records import doc_text, doc_words
from loaders.entities.worklists import channel_names, starring_titles
from loaders.trained.relation_features import pair_features

_TEXT = "Radio 4 said so.\n\nThe film won the best actress award, and its star was given an OBE."


def test_the_docs_text_is_read_once_and_is_its_own(nlp: Language) -> None:
    doc = nlp(_TEXT)
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)
    assert doc.user_data["kg_text"] == doc.text  # the paragraph marks, first to read it, left it there


def test_shared_words_carry_each_tokens_text(nlp: Language) -> None:
    doc = nlp(_TEXT)
    assert doc_words(doc).texts == [t.text for t in doc]


def test_starring_titles_from_the_shared_words(nlp: Language) -> None:
    doc = nlp("Grey Orchard, starring Kevin Bacon, opened in June.")
    assert [(t.text, doc[s:e].text) for t, (s, e) in starring_titles(doc)] == [("starring", "Grey Orchard")]
    assert starring_titles(nlp("The film opened in June.")) == []


def test_award_categories_and_honours_from_the_shared_words(nlp: Language) -> None:
    doc = nlp(_TEXT)
    found = [doc[s:e].text for s, e in award_categories(doc, bytearray(len(doc)))]
    assert found == ["best actress award", "OBE"]


def test_channel_names_from_the_shared_words(nlp: Language) -> None:
    doc = nlp("She moved from Radio 4 to BBC Two last year.")
    assert [doc[s:e].text for s, e in channel_names(doc)] == ["Radio 4", "BBC Two"]


def test_surnames_and_bodies_after_a_country_from_the_shared_words(nlp: Language) -> None:
    doc = nlp(
        "Maria Lopez joined the US Environmental Protection Agency in May. Lopez said the London School "
        "of Economics (LSE) had trained her."
    )
    rows = {(r[6], r[4]) for r in doc._.kg_mentions}
    assert ("Environmental Protection Agency", "Organization") in rows
    assert ("Lopez", "Person") in rows  # the surname alone, NER's or the surname rule's
    assert ("London School of Economics", "Organization") in rows


def test_cued_and_repeated_titles_from_the_shared_words(nlp: Language) -> None:
    doc = nlp("The reality show Blue Harbour drew viewers. Critics loved Blue Harbour.")
    taken = bytearray(len(doc))
    found = cued_titles(doc, taken)
    assert [(doc[s:e].text, kind) for s, e, kind in found] == [("Blue Harbour", "Work")]
    later = repeated_titles(doc, found, taken)
    assert [(doc[s:e].text, kind) for s, e, kind in later] == [("Blue Harbour", "Work")]
    assert repeated_titles(doc, [], bytearray(len(doc))) == []  # no title named: none repeated


def test_a_long_gap_between_a_pair_is_read_at_its_ends(nlp: Language) -> None:
    doc = nlp(
        "Anna Morrow, who has lived for many long years with her three dogs in a small house by the sea, "
        "met Ben Tully."
    )
    head, tail = doc.ents[0], doc.ents[-1]
    between = doc[head.end : tail.start]
    assert len(between) > 12
    features = pair_features(head, tail, ("Peop", "Peop"))
    assert "between_seq=long" in features
    assert not any(f.startswith(("bw=", "bw2=")) for f in features)
    assert f"bw_first={between[0].lemma_.lower()}" in features
    assert f"bw_last={between[-1].lemma_.lower()}" in features
    short = nlp("Anna Morrow met Ben Tully.")
    assert "bw=meet" in pair_features(short.ents[0], short.ents[-1], ("Peop", "Peop"))
