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
