"""kg_attributes_v1 (loaders.attributes): the attribute ruler as table look-ups, the same attributes."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.settings import Settings
from loaders.attributes import AttributeLookup
from loaders.nlp import ATTRIBUTES_COMPONENT, load_base

#: Sentences of our own that reach the ruler's every kind of pattern: tags alone, forms and tags, dependency
#: labels ("I" as subject and object, "but" as adverb, aux), spaces, several tokens ("gonna", "ain't"),
#: regular expressions ("nothin'"), and alternatives ("gets", "got").
SENTENCES = [
    "The board said on Monday that it gets $4.5 million, but I got nothing.",
    "I ain't gonna tell you,  and you told me it was nothin'.",
    "There is a plan:  Kestrel Mining, which was fined, has been sold to them.\n\nIt will be done.",
    "Let's see what they did; we had hoped she would have come, but she didn't.",
]


def _attributes(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def base() -> Language:
    return load_base(Settings())


def _before_ruler(base: Language, text: str) -> Doc:
    doc = base.make_doc(text)
    for name, proc in base.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = proc(doc)
    raise AssertionError("the base model has no attribute_ruler")


@pytest.mark.parametrize("text", SENTENCES)
def test_lookup_sets_what_the_ruler_sets(base: Language, text: str) -> None:
    ruler = base.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    doc = _before_ruler(base, text)
    expected = _attributes(ruler(doc.copy()))
    assert _attributes(AttributeLookup(ruler)(doc.copy())) == expected


def test_later_pattern_wins_as_in_the_ruler(base: Language) -> None:
    """A form-and-tag pattern after a tag pattern overrides its POS, as the ruler's later patterns do."""
    ruler = AttributeRuler(base.vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"TAG": "NN", "LOWER": "board"}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": "board", "DEP": {"NOT_IN": ["nsubj"]}}]], {"POS": "X"})
    doc = _before_ruler(base, "The board met. He sat on the board.")
    expected = [t.pos_ for t in ruler(doc.copy())]
    assert [t.pos_ for t in AttributeLookup(ruler)(doc.copy())] == expected
    assert "PROPN" in expected and "X" in expected


def test_pipeline_runs_the_lookup_not_the_ruler(nlp: Language) -> None:
    assert ATTRIBUTES_COMPONENT in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert nlp.pipe_names.index(ATTRIBUTES_COMPONENT) < nlp.pipe_names.index("lemmatizer")
    doc = nlp("She was fined and he gets nothing.")
    assert [t.pos_ for t in doc][:3] == ["PRON", "AUX", "VERB"]


def test_words_no_lookup_names_share_one_row(base: Language) -> None:
    """'board' and 'panel' (no pattern names either) meet the same look-ups: one row of the table, not one
    a word (each new row cost a search of the look-ups)."""
    ruler = base.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    lookup = AttributeLookup(ruler)
    doc = _before_ruler(base, "The board met. The panel met.")
    assert [(t.tag_, t.dep_) for t in doc if t.lower_ in ("board", "panel")] == [("NN", "nsubj")] * 2
    lookup(doc)
    assert len([key for key in lookup.table if key[0] == "NN"]) == 1


def test_refused_forms_and_labels_hold_for_the_words_no_lookup_names(base: Language) -> None:
    """A pattern that refuses some forms or labels (the empty label among them) holds for every other word,
    those no pattern names too, as in the ruler."""
    ruler = AttributeRuler(base.vocab)
    ruler.add([[{"TAG": "NN", "LOWER": {"NOT_IN": ["board"]}}]], {"POS": "X"})
    ruler.add([[{"TAG": "VBD", "DEP": {"NOT_IN": ["", "conj"]}}]], {"POS": "INTJ"})
    doc = _before_ruler(base, "The board met. The panel met and sat.")
    expected = [t.pos_ for t in ruler(doc.copy())]
    assert [t.pos_ for t in AttributeLookup(ruler)(doc.copy())] == expected
    assert expected.count("X") == 1 and expected.count("INTJ") == 2
