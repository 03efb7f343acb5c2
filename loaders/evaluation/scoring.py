"""Strict micro precision / recall / F1 for entities and relations, overall and per type.

Strict means: an entity counts when its token span and type are both right; a relation counts when its
label, both spans and both entity types are right (SpERT's "strict" relation evaluation). Duplicates in a
sentence count once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from loaders.evaluation.mapping import ENTITY_TYPES, RELATION_TYPES
from loaders.evaluation.spert import SpertSentence

EntityKey = tuple[int, int, int, str]  # sentence, start, end, type
RelationKey = tuple[int, EntityKey, EntityKey, str]  # sentence, head, tail, label


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one class (or of all, micro)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Counts and rates, rounded for reading; what ``--json`` prints for one row."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.tp + self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Scores:
    """Micro counts over all types, and counts per type."""

    micro: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "micro": self.micro.as_dict(),
            "per_type": {name: c.as_dict() for name, c in self.per_type.items()},
        }


@dataclass(slots=True)
class EvaluationResult:
    """What ``kg eval conll04`` reports."""

    sentences: int
    entities: Scores
    relations: Scores

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "entities": self.entities.as_dict(),
            "relations": self.relations.as_dict(),
        }


def entity_keys(index: int, sentence: SpertSentence) -> set[EntityKey]:
    """The scored identity of each entity of a sentence."""
    return {(index, e.start, e.end, e.type) for e in sentence.entities}


def relation_keys(index: int, sentence: SpertSentence) -> set[RelationKey]:
    """The scored identity of each relation of a sentence: label plus both typed spans."""
    ents = [(index, e.start, e.end, e.type) for e in sentence.entities]
    return {(index, ents[r.head], ents[r.tail], r.type) for r in sentence.relations}


def _score(gold: set[Any], pred: set[Any], type_of: int, types: Iterable[str]) -> Scores:
    scores = Scores(per_type={t: Counts() for t in types})
    for bucket, keys in (("tp", gold & pred), ("fp", pred - gold), ("fn", gold - pred)):
        for key in keys:
            for counts in (scores.micro, scores.per_type.setdefault(key[type_of], Counts())):
                setattr(counts, bucket, getattr(counts, bucket) + 1)
    return scores


def evaluate(gold: Sequence[SpertSentence], predicted: Sequence[SpertSentence]) -> EvaluationResult:
    """Score predictions against gold, sentence by sentence (the two lists are parallel).

    Raises:
        ValueError: the lists differ in length.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    gold_ents: set[EntityKey] = set()
    pred_ents: set[EntityKey] = set()
    gold_rels: set[RelationKey] = set()
    pred_rels: set[RelationKey] = set()
    for i, (g, p) in enumerate(zip(gold, predicted, strict=True)):
        gold_ents |= entity_keys(i, g)
        pred_ents |= entity_keys(i, p)
        gold_rels |= relation_keys(i, g)
        pred_rels |= relation_keys(i, p)
    return EvaluationResult(
        sentences=len(gold),
        entities=_score(gold_ents, pred_ents, 3, ENTITY_TYPES),
        relations=_score(gold_rels, pred_rels, 3, RELATION_TYPES),
    )
