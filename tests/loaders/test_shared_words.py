"""The throughput changes of round 15 (lane r15d) keep what the pipeline reads (real pipeline, no mocks):
the Doc's shared words are the tokens' own, the lemma mending runs after the lemmatizer, the relation
features read the entities once per Doc, and the walks over the shared words find what they found."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from loaders.attributes import AttributeLookup
from loaders.entities.kinds import about_sport, title_end
from loaders.entities.records import DocWords, doc_words
from loaders.entities.worklists import apposed_titles, work_lists
from loaders.nlp import ATTRIBUTES_COMPONENT, LEMMAS_COMPONENT
from loaders.trained.relation_features import pair_features

_TEXT = "The striker scored a late goal as Ashford beat Bexley. She had hoped to play in the final."


def test_shared_words_are_the_tokens_own(nlp: Language) -> None:
    doc = nlp(_TEXT)
    words = doc_words(doc)
    assert words.lowers == [t.lower_ for t in doc]
    assert words.lemmas == [t.lemma_.lower() for t in doc]
    assert words.tags == [t.tag_ for t in doc]
    assert words.poses == [t.pos_ for t in doc]
    assert words.lemmas[[t.text for t in doc].index("hoped")] == "hope"  # read after the mending


def test_shared_words_are_read_once_and_again_after_a_byte_round_trip(nlp: Language) -> None:
    doc = nlp(_TEXT)
    assert doc_words(doc) is doc_words(doc)
    doc.user_data.clear()  # (the rules' other caches hold sets, which Doc.to_bytes cannot write)
    doc_words(doc)
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())  # user_data comes back as plain lists
    assert isinstance(doc_words(copy), DocWords)
    assert doc_words(copy).lowers == [t.lower_ for t in copy]


def test_lemmas_are_mended_after_the_lemmatizer(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index(LEMMAS_COMPONENT) == names.index("lemmatizer") + 1
    # the attribute ruler's look-ups (kg_attributes_v1, in its place) carry no fixes (they cost the ruler a
    # seventh of its time)
    lookup = nlp.get_pipe(ATTRIBUTES_COMPONENT)
    assert isinstance(lookup, AttributeLookup) and lookup.lookups
    assert not any(("LEMMA", "fine") in attrs for _, _, attrs in lookup.lookups)


def test_a_noun_keeps_its_lemma_where_a_verb_form_is_mended(nlp: Language) -> None:
    doc = nlp("The court fined the firm. The fines were paid by the firm.")
    assert [t.lemma_ for t in doc if t.lower_ in ("fined", "fines")] == ["fine", "fine"]
    doc = nlp("Fined heavily, the firm paid.")
    assert doc[0].lemma_ == "fine" or doc[0].tag_ not in ("VBD", "VBG", "VBN", "VBZ")


def test_walks_over_the_shared_words_find_lists_and_sport(nlp: Language) -> None:
    doc = nlp(
        "His films, including Grey Orchard and Salt Meadow, sold well. His film, Blue Harbour, flopped."
    )
    assert [[doc[s:e].text for s, e in items] for _, items in work_lists(doc, title_end)] == [
        ["Grey Orchard", "Salt Meadow"]
    ]
    assert [noun.text for noun, _ in apposed_titles(doc, title_end)] == []  # no title-case words after
    assert about_sport(nlp(_TEXT))
    assert not about_sport(nlp("The bank raised its rates on Tuesday."))


def test_relation_features_are_the_same_with_the_entities_read_once(nlp: Language) -> None:
    doc = nlp("Anna Morrow, who works for Acme Corp in Leeds, met Ben Tully.")
    ents = doc.ents
    assert len(ents) >= 3
    for head, tail in ((ents[0], ents[-1]), (ents[-1], ents[0])):
        assert pair_features(head, tail, ("Peop", "Peop"), ents) == pair_features(
            head, tail, ("Peop", "Peop")
        )
