"""Turning the product's mentions and facts for a sentence into SpERT predictions over its gold tokens."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from loaders.evaluation.align import TokenAlignment
from loaders.evaluation.mapping import entity_type, relation_label, strip_determiner
from loaders.evaluation.spert import SpertEntity, SpertRelation, SpertSentence


@dataclass(frozen=True, slots=True)
class PredictedMention:
    """A mention as the product found it: character span in the sentence text and its kind.

    ``kind`` is an ontology class local name ("Person") or a literal kind (a spaCy label such as "DATE").
    ``lead`` is how many characters before ``start`` the mention covers as written (a person's title: the
    mention of "Lincoln" in "President Lincoln" covers "President " too); its scored span starts there.
    """

    start: int
    end: int
    kind: str
    lead: int = 0


@dataclass(frozen=True, slots=True)
class PredictedFact:
    """A fact as the product found it: predicate local name and the character spans of its two ends."""

    predicate: str
    subject: tuple[int, int]
    object: tuple[int, int]


def to_spert(
    sentence: SpertSentence, mentions: Iterable[PredictedMention], facts: Iterable[PredictedFact]
) -> SpertSentence:
    """The predictions for one sentence in SpERT form, token indices over the sentence's own tokens.

    Spans are moved onto the gold tokens (see :mod:`loaders.evaluation.align`) and lose a leading
    determiner; a mention is scored over all it covers (its ``lead`` included). A mention of a kind CoNLL04
    does not score is left out; where two mentions share a span the first is kept. A fact becomes a
    relation when its predicate maps to a CoNLL04 label and both of its ends are scored mentions (a fact's
    ends are the names, so they are looked up by the name's span).
    """
    align = TokenAlignment.of(sentence.tokens)
    index: dict[tuple[int, int], int] = {}
    scored: set[tuple[int, int]] = set()
    entities: list[SpertEntity] = []
    for mention in mentions:
        kind, span = entity_type(mention.kind), _token_span(sentence, align, mention.start, mention.end)
        extent = _token_span(sentence, align, mention.start - mention.lead, mention.end)
        if kind is None or span is None or extent is None or span in index or extent in scored:
            continue
        index[span] = len(entities)
        scored.add(extent)
        entities.append(SpertEntity(kind, *extent))
    relations: list[SpertRelation] = []
    for fact in facts:
        head = index.get(_token_span(sentence, align, *fact.subject) or (-1, -1))
        tail = index.get(_token_span(sentence, align, *fact.object) or (-1, -1))
        if head is None or tail is None:
            continue
        label = relation_label(fact.predicate, entities[head].type, entities[tail].type)
        if label is not None and (rel := SpertRelation(label, head, tail)) not in relations:
            relations.append(rel)
    return SpertSentence(sentence.tokens, tuple(entities), tuple(relations), sentence.orig_id)


def _token_span(
    sentence: SpertSentence, align: TokenAlignment, start: int, end: int
) -> tuple[int, int] | None:
    span = align.to_tokens(start, end)
    if span is None:
        return None
    return strip_determiner(sentence.tokens, *span), span[1]
