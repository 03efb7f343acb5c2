"""Which of the relation classifier's pairs may become facts by default: a gate per CoNLL04 label.

The classifier (``kg_relations_conll_v1``) learned 1980s wire sentences; on today's news most of its pairs
are wrong ("John Kirby livesIn China"). A gate keeps a pair only when the sentence reads the way English
states that relation, and the model is confident:

- Kill: a word of killing ("killed", "assassin", "murdering", "shot") between the two or on the parse
  path that links them; without one, two people in one sentence are just two people.
- Located_In: the smaller place first and at most three words before the larger ("Albany, N.Y.",
  "Kassala in eastern Sudan"), and no country: a place named after another is not inside it, and
  countries side by side are lists ("Britain, Canada, France") or fixtures ("New Zealand in Cardiff").
- Work_For: the person first ("X, vice president of Y", "X, an executive with Y"); when the organisation
  comes first the person is as often its overseer, its critic or its regulator ("Y, headed by X").
- OrgBased_In: the place at most four words from the organisation ("Paris AFP", "the U.S. Congress",
  "the Commodity Exchange Inc. of New York"); further off, the place is the firm's market ("its sales
  in China"), not its home.
- Live_In: the model's probability alone, set higher (a person's event, "her success in Athens", reads
  like a home to it).

A person's Work_For pair with a body of members ("the Senate Budget Committee", "the Labour Party") is
asserted as memberOf, not worksFor: one sits on a committee, one does not work for it.

Gated facts carry the extractor name ``kg_relations_conll_v1:gated``, so they are calibrated apart from
the ungated ones (``:linear``, KG_TRAINED_RELATIONS=all).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from spacy.tokens import Span

from loaders.evaluation.mapping import LABEL_TO_PREDICATE
from loaders.trained.relation_features import dependency_path

#: Lemmas (and the odd irregular form spaCy leaves as it is) that state a killing.
KILL_WORDS: Final = frozenset(
    {
        "kill", "killer", "killing", "murder", "murderer", "assassinate", "assassin", "assassination",
        "slay", "slain", "shoot", "shot", "execute", "strangle", "stab",
    }
)  # fmt: skip


#: Last words of the names of bodies whose people are members, not staff.
MEMBER_BODY_WORDS: Final = frozenset(
    {
        "committee", "subcommittee", "party", "senate", "congress", "parliament", "assembly", "council",
        "house", "caucus", "board", "union", "club",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Gate:
    """What one label's pairs need: a probability, an order, a distance, a cue."""

    min_probability: float
    head_first: bool = False
    max_between: int | None = None
    cue_words: frozenset[str] = frozenset()
    head_classes_not: frozenset[str] = frozenset()


GATES: Final = {
    "Kill": Gate(0.5, cue_words=KILL_WORDS),
    "Located_In": Gate(0.5, head_first=True, max_between=3, head_classes_not=frozenset({"Country"})),
    "Work_For": Gate(0.5, head_first=True),
    "Live_In": Gate(0.65),
    "OrgBased_In": Gate(0.5, max_between=4),
}


def passes(label: str, head: Span, tail: Span, probability: float, head_class: str = "") -> bool:
    """Whether the pair head -> tail, scored ``probability`` for ``label``, may be asserted by default
    (``head_class``: the ontology class of the head's mention)."""
    gate = GATES.get(label)
    if gate is None or probability < gate.min_probability or head_class in gate.head_classes_not:
        return False
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    if gate.head_first and first is not head:
        return False
    if gate.max_between is not None and second.start - first.end > gate.max_between:
        return False
    return not gate.cue_words or _has_cue(head, tail, first, second, gate.cue_words)


def predicate_of(label: str, tail: Span) -> str:
    """The vocabulary predicate a pair of ``label`` is asserted with (memberOf for a body of members)."""
    if label == "Work_For" and tail[-1].lower_ in MEMBER_BODY_WORDS:
        return "memberOf"
    return LABEL_TO_PREDICATE[label]


def _has_cue(head: Span, tail: Span, first: Span, second: Span, words: frozenset[str]) -> bool:
    between = head.doc[first.end : second.start]
    _, _, ancestor = dependency_path(head.root, tail.root)
    path = [ancestor] if ancestor is not None else []
    return any(t.lemma_.lower() in words or t.lower_ in words for t in [*between, *path])
