"""CoNLL04 sentences as spaCy training examples, tokenised the way the product tokenises them.

The product reads each sentence as ``" ".join(tokens)`` and spaCy re-tokenises it; training on that same
tokenisation (gold spans moved onto it through character offsets) keeps training and use consistent.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from loaders.entities import cues as ecues
from loaders.evaluation.align import TokenAlignment
from loaders.evaluation.mapping import LOC, ORG, OTHER, PEOP
from loaders.evaluation.spert import SpertSentence

#: spaCy (OntoNotes) labels counted as CoNLL04 "Other".
OTHER_LABELS: Final = frozenset(
    {
        "CARDINAL", "DATE", "EVENT", "LANGUAGE", "LAW", "MONEY", "NORP", "ORDINAL",
        "PERCENT", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART", "MISC",
    }
)  # fmt: skip
LOC_LABELS: Final = frozenset({"GPE", "LOC", "FAC"})
#: Gold "Other" spans the base model has no label for; a label of our own, read as Other.
MISC: Final = "MISC"
_MONTHS: Final = ecues.MONTH_NAMES | frozenset(ecues.MONTH_ABBREVIATIONS)
_NAMED: Final = {"PERSON": PEOP, "ORG": ORG}


def conll_type(label: str) -> str | None:
    """CoNLL04 type of a spaCy entity label; None for labels CoNLL04 has no type for."""
    if label in LOC_LABELS:
        return LOC
    if label in OTHER_LABELS:
        return OTHER
    return _NAMED.get(label)


def ner_label(conll_type: str, base_label: str | None, text: str) -> str:
    """The spaCy label a gold CoNLL04 entity is trained as.

    The trained NER speaks the base model's label set, so everything downstream (the kg class mapping)
    works unchanged; where the base model labelled the same span with a label of the right family
    (LOC vs GPE, DATE vs NORP), that finer label is kept.
    """
    if conll_type == PEOP:
        return "PERSON"
    if conll_type == ORG:
        return "ORG"
    if conll_type == LOC:
        return base_label if base_label in LOC_LABELS else "GPE"
    if conll_type == OTHER:
        return base_label if base_label in OTHER_LABELS else literal_label(text)
    raise ValueError(f"unknown CoNLL04 entity type {conll_type!r}")


def literal_label(text: str) -> str:
    """A spaCy label for a gold "Other" span the base model did not label: mostly dates, times, amounts."""
    words = {w.strip(".,").lower() for w in text.split()}
    if words & _MONTHS:
        return "DATE"
    if words & {"gmt", "a.m", "p.m", "edt", "est"}:
        return "TIME"
    if text.startswith("$"):
        return "MONEY"
    if any(c.isdigit() for c in text):
        return "QUANTITY" if len(words) > 1 else "CARDINAL"
    return MISC


def gold_char_spans(sentence: SpertSentence) -> list[tuple[int, int, str]]:
    """Each gold entity as (start char, end char, CoNLL04 type) in the sentence's text."""
    align = TokenAlignment.of(sentence.tokens)
    return [(*align.to_chars(e.start, e.end), e.type) for e in sentence.entities]


def gold_spans(doc: Doc, sentence: SpertSentence) -> list[Span | None]:
    """The gold entities of a sentence as spans of ``doc`` (None where spaCy's tokens cannot hold one)."""
    return [doc.char_span(s, e, label=t, alignment_mode="expand") for s, e, t in gold_char_spans(sentence)]


def ner_examples(nlp: Language, base: Language, sentences: Iterable[SpertSentence]) -> Iterator[Example]:
    """Training examples for the NER: the product's tokens, gold spans labelled by :func:`ner_label`.

    Args:
        nlp: the pipeline being trained (only its tokenizer is used).
        base: the base model, whose NER supplies the finer label where it agrees with the gold span.
        sentences: the CoNLL04 sentences.
    """
    sentences = list(sentences)
    for sentence, base_doc in zip(sentences, base.pipe(s.text for s in sentences), strict=True):
        base_labels = {(e.start_char, e.end_char): e.label_ for e in base_doc.ents}
        ref = nlp.make_doc(sentence.text)
        ents = []
        for span in gold_spans(ref, sentence):
            if span is not None:
                base_label = base_labels.get((span.start_char, span.end_char))
                ents.append(
                    Span(ref, span.start, span.end, label=ner_label(span.label_, base_label, span.text))
                )
        ref.ents = non_overlapping(ents)
        yield Example(nlp.make_doc(sentence.text), ref)


def non_overlapping(spans: list[Span]) -> list[Span]:
    """The spans that overlap no earlier (or, at one start, longer) span."""
    taken: set[int] = set()
    kept = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return kept
