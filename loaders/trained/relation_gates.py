"""Which of the relation classifier's pairs may become facts by default: a gate per CoNLL04 label.

The classifier (``kg_relations_conll_v1``) learned 1980s wire sentences; on today's news most of its pairs
are wrong ("John Kirby livesIn China"). A gate keeps a pair only when the sentence reads the way English
states that relation, and the model is confident:

- Kill: a word of killing ("killed", "assassin", "murdering", "shot") between the two or on the parse
  path that links them; without one, two people in one sentence are just two people.
- Located_In: the smaller place first and at most three words before the larger ("Albany, N.Y.",
  "Kassala in eastern Sudan"), no country as the smaller (by its class, or by its name where GeoNames
  knows the larger as a city: "Jordan ... in Amman"), and not inside a list: countries side by side
  ("Britain, Canada, France") and "Barcelona, Bilbao, Las Palmas" are lists, "New Zealand in Cardiff"
  a fixture; and not a larger place that qualifies a noun after it ("allies in Central America, U.S.
  officials said": the officials').
- Work_For: the person first, and the organisation reached through the person's apposition or
  preposition ("X, vice president of Y", "X, an economist with Y", "X of Y"); when the organisation
  comes first, or only the clause links them, the person is as often its overseer, its critic or its
  rival ("Y, headed by X", "X beat Y"). Nothing "former" between: "X, formerly head of Y" or "X, then
  head of Y" no longer works there.
- Live_In: the place reached through the person's own words: a place before the name ("Ohio Governor
  X", "Soviet historian X"), an apposition ("X, a Republican from Chicago"), a participle or a passive
  ("X, 87, born in Y", "X was born in Y"); a place in another clause is what the person spoke of
  ("President X said Japan had ...") or where they competed ("her success in Athens"), and "X in Y" is
  where X was that day ("Hantuchova in Dubai last eight").
- OrgBased_In: no gate; read on the news, its pairs were right 5 times in 18 (a place split off the
  organisation's name, "China Central Television"; a venue; "Maryland Wal-Marts"), so the classifier
  asserts none by default.

A person's Work_For pair with a body of members ("the Senate Budget Committee", "the Labour Party") is
asserted as memberOf, not worksFor: one sits on a committee, one does not work for it.

Gated facts carry the extractor name ``kg_relations_conll_v1:gated``, so they are calibrated apart from
the ungated ones (``:linear``, KG_TRAINED_RELATIONS=all).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from spacy.tokens import Span

from loaders.entities.names import initial_and_surname
from loaders.entities.places import country_in_city
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


#: Words for a party's member, which a state before them makes a legislator's seat, not a home ("Rep. X, a
#: Wisconsin Democrat": no fact, as for a senator's state; judged seed 934).
PARTY_MEMBER_WORDS: Final = frozenset({"democrat", "democrats", "republican", "republicans"})


@dataclass(frozen=True, slots=True)
class Gate:
    """What one label's pairs need: a probability, an order, a distance, a cue."""

    min_probability: float
    head_first: bool = False
    max_between: int | None = None
    cue_words: frozenset[str] = frozenset()
    head_classes_not: frozenset[str] = frozenset()
    not_in_list: bool = False
    path_starts: tuple[str, ...] = ()  # the parse path head -> tail must start with one of these
    words_not: frozenset[str] = frozenset()  # none of these between the two
    head_words_not: frozenset[str] = frozenset()  # the head's first word is none of these
    country_in_city_not: bool = False  # no head named like a country in a tail GeoNames knows as a city
    tail_qualifies_not: frozenset[str] = frozenset()  # the tail is no word before one of these
    tail_modifier_not: bool = False  # the tail modifies no noun after it ("Central America, U.S. officials")


GATES: Final = {
    "Kill": Gate(0.5, cue_words=KILL_WORDS),
    "Located_In": Gate(
        0.5,
        head_first=True,
        max_between=3,
        head_classes_not=frozenset({"Country"}),
        not_in_list=True,
        head_words_not=frozenset({"shares", "stocks", "stakes"}),  # "Shares in China Mobile rose"
        country_in_city_not=True,  # "water in Jordan was agreed in Amman", Jordan typed a Location
        tail_modifier_not=True,
    ),
    "Work_For": Gate(
        0.5,
        head_first=True,
        path_starts=("vappos", "vprep"),
        words_not=frozenset({"former", "formerly", "ex", "then"}),  # "X, then head of Y": no longer
    ),
    "Live_In": Gate(
        0.65,
        path_starts=("vcompound", "vappos", "vacl", "nsubjpass^"),
        tail_qualifies_not=PARTY_MEMBER_WORDS,  # "Rep. X, a Wisconsin Democrat": a legislator's seat
    ),
}


def passes(label: str, head: Span, tail: Span, probability: float, head_class: str = "") -> bool:
    """Whether the pair head -> tail, scored ``probability`` for ``label``, may be asserted by default
    (``head_class``: the ontology class of the head's mention)."""
    gate = GATES.get(label)
    if gate is None or probability < gate.min_probability or head_class in gate.head_classes_not:
        return False
    if head[0].lower_ in gate.head_words_not:
        return False
    if gate.country_in_city_not and country_in_city([head.text], [tail.text]):
        return False
    if tail.root.dep_ == "compound" and tail.root.head.lower_ in gate.tail_qualifies_not:
        return False
    if gate.tail_modifier_not and _modifies_a_noun_after(tail):
        return False
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    if gate.head_first and first is not head:
        return False
    if gate.max_between is not None and second.start - first.end > gate.max_between:
        return False
    if _players(first, second) or (gate.not_in_list and _in_list(second)):
        return False
    between = head.doc[first.end : second.start]
    if gate.words_not and any(t.lower_ in gate.words_not for t in between):
        return False
    if gate.path_starts and not dependency_path(head.root, tail.root)[0].startswith(gate.path_starts):
        return False
    return not gate.cue_words or _has_cue(head, tail, first, second, gate.cue_words)


def _modifies_a_noun_after(name: Span) -> bool:
    """Whether a name qualifies a plural noun after it, the head of another phrase: in "allies in Central
    America, U.S. officials said" the U.S. is the officials', not the larger place after a comma ("Albany,
    N.Y." stands alone, and "a Saddlebrook, N.J. carpet maker" is the maker's address; judged seed 935 had
    Central America locatedIn the U.S.)."""
    root = name.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i >= name.end and root.head.tag_ == "NNS"


def _in_list(last: Span) -> bool:
    """Whether another name, not a person's, follows the pair's second name: ", Bilbao", "and Spain",
    "and west Virginia", "and coastal Rhode Island" ("Rockville, Md., Bernero said" is no list)."""
    doc = last.doc
    if last.end + 1 >= len(doc) or doc[last.end].lower_ not in (",", "and", "or"):
        return False
    k = last.end + 1
    while k < min(len(doc) - 1, last.end + 3) and doc[k].is_lower and doc[k].ent_iob_ != "B":
        k += 1  # the next item's own part or kind: "west", "coastal", "southern"
    return doc[k].ent_iob_ == "B" and doc[k].ent_type_ != "PERSON"


def _players(first: Span, second: Span) -> bool:
    """ "L Orquera, A Troncon;", "O Milloud, G Lamboley": a team sheet's players, who hold no relation to
    each other (NER may also take them for places or firms)."""
    return any(initial_and_surname(s.doc, s.start, s.end) for s in (first, second))


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
