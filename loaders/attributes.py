"""The base model's attribute ruler, run as look-ups: the same POS, MORPH, LEMMA, TAG and DEP, set faster.

The ruler (en_core_web_sm: 179 patterns) maps each token's tag and form to its part of speech, morphology and
some lemmas. Its matcher tries every pattern at every token, about 2 s CPU per 200 BBC articles, as much as
the parser; all but a few of its patterns ask only one token's tag, lower-case form, dependency label or
whether it is a space. ``AttributeLookup`` answers those from a table keyed by those four, made once per
combination, and leaves the others (regular expressions, several tokens) to a matcher of their own.

The result is the ruler's: like it, a token gets every matching pattern's attributes in the patterns' order,
a later pattern overriding an earlier one on the same attribute (spaCy applies the ruler's matches sorted by
pattern); tests/loaders/test_attributes.py compares every token's attributes with the ruler's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, MorphAnalysis, Token

Attrs = tuple[tuple[str, str], ...]
Key = tuple[str, str | None, str | None, bool]
#: A condition on one attribute: the values it accepts, or (with False) the ones it refuses.
Condition = tuple[frozenset[Any], bool]
#: A one-token pattern: its place in the ruler, its conditions by position in a token's key, what it sets.
Lookup = tuple[int, dict[int, Condition], Attrs]
#: The token attributes a look-up pattern may ask for, in the order of a token's key.
_LOOKUP_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
#: Keys kept at most (some tens of MB); with the forms and labels no look-up names folded into one (_OTHER),
#: 200 BBC articles make a few hundred.
_TABLE_LIMIT = 200_000
#: What a token's key holds in the place of a form or dependency label that no look-up names: all such meet
#: the same look-ups (a condition on the form or label refuses or fails them alike), so they share one row
#: of the table instead of making one each (most words; made anew, each cost a search of the look-ups).
#: None, which no pattern's value is.
_OTHER = None


class AttributeLookup:
    """The attribute ruler's patterns as a table look-up per token (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.lookups: list[Lookup] = []
        self.matcher = Matcher(ruler.vocab)
        self.others: dict[str, tuple[int, int, Attrs]] = {}
        for order, rule in enumerate(ruler.patterns):
            patterns: list[list[dict[str, Any]]] = rule["patterns"]  # type: ignore[assignment]
            sets: dict[str, Any] = rule["attrs"]  # type: ignore[assignment]
            attrs: Attrs = tuple((str(k), str(v)) for k, v in sets.items())
            conditions = [_lookup_conditions(pattern) for pattern in patterns]
            found = [c for c in conditions if c is not None]
            if len(found) == len(patterns):
                # alternatives of one token each: one look-up each (at most one matches a token's key)
                self.lookups += [(order, c, attrs) for c in found]
            else:
                key = f"kg_attributes_{order}"
                self.matcher.add(key, patterns)
                self.others[key] = (order, int(str(rule.get("index", 0))), attrs)
        self.table: dict[Key, list[tuple[int, Attrs]]] = {}
        self.forms = _named_values(self.lookups, 1)
        # each morphology the patterns set, analysed once: a string given to Token.set_morph is parsed anew
        # at every token (about half of what setting the attributes cost)
        self.morphs = {
            value: MorphAnalysis(ruler.vocab, value)
            for _, _, attrs in [*self.lookups, *self.others.values()]
            for name, value in attrs
            if name == "MORPH"
        }
        self.labels = _named_values(self.lookups, 2)
        # Each look-up filed once, under the form it asks for, else the tag (most ask one), else anywhere:
        # a token's candidates are the few filed under its form and tag.
        self.by_value: dict[tuple[int, Any], list[Lookup]] = {}
        self.anywhere: list[Lookup] = []
        for lookup in self.lookups:
            at = _filed_at(lookup[1])
            if at is None:
                self.anywhere.append(lookup)
            else:
                for value in lookup[1][at][0]:
                    self.by_value.setdefault((at, value), []).append(lookup)

    def __call__(self, doc: Doc) -> Doc:
        found: dict[int, list[tuple[int, Attrs]]] = {}
        matches = self.matcher(doc, allow_missing=True) if self.others else []  # spaCy warns on no patterns
        for match_id, start, end in matches:
            order, index, attrs = self.others[doc.vocab.strings[match_id]]
            found.setdefault(doc[start:end][index].i, []).append((order, attrs))
        forms, labels = self.forms, self.labels
        for token in doc:
            lower, dep = token.lower_, token.dep_
            form = lower if lower in forms else _OTHER
            label = dep if dep in labels else _OTHER
            rules = self._rules((token.tag_, form, label, token.is_space))
            extra = found.get(token.i)
            if extra:
                rules = sorted([*rules, *extra], key=lambda rule: rule[0])
            for _, attrs in rules:
                _set(token, attrs, self.morphs)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _rules(self, key: Key) -> list[tuple[int, Attrs]]:
        """The look-up patterns a token of this key matches, in the ruler's order (made once per key)."""
        rules = self.table.get(key)
        if rules is None:
            candidates = [
                *self.by_value.get((1, key[1]), ()),
                *self.by_value.get((0, key[0]), ()),
                *self.anywhere,
            ]
            rules = [
                (order, attrs)
                for order, conditions, attrs in sorted(candidates, key=_order)
                if _holds(conditions, key)
            ]
            if len(self.table) >= _TABLE_LIMIT:
                self.table.clear()  # a long `kg watch` meets ever new words: the table must stay bounded
            self.table[key] = rules
        return rules


def _filed_at(conditions: dict[int, Condition]) -> int | None:
    """Where a look-up is filed: the form it asks for (1), else the tag (0), else None (anywhere)."""
    return next((at for at in (1, 0) if at in conditions and conditions[at][1]), None)


def _named_values(lookups: list[Lookup], at: int) -> frozenset[Any]:
    """The values the look-ups' conditions name at one position of a token's key."""
    return frozenset(value for _, conditions, _ in lookups if at in conditions for value in conditions[at][0])


def _order(lookup: Lookup) -> int:
    return lookup[0]


def _holds(conditions: dict[int, Condition], key: Key) -> bool:
    return all((key[at] in values) == accept for at, (values, accept) in conditions.items())


def _lookup_conditions(pattern: list[dict[str, Any]]) -> dict[int, Condition] | None:
    """A one-token pattern's conditions by position in a token's key, or None when it asks more (or is
    longer)."""
    if len(pattern) != 1 or not set(pattern[0]) <= set(_LOOKUP_KEYS):
        return None
    conditions = {}
    for position, name in enumerate(_LOOKUP_KEYS):
        if name in pattern[0]:
            condition = _condition(pattern[0][name])
            if condition is None:
                return None
            conditions[position] = condition
    return conditions


def _condition(value: Any) -> Condition | None:
    """The values a pattern's value accepts or refuses; None for any other operator (REGEX, ...)."""
    if isinstance(value, (str, bool)):
        return frozenset({value}), True
    if isinstance(value, Mapping) and len(value) == 1:
        operator, values = next(iter(value.items()))
        if operator in ("IN", "NOT_IN"):
            return frozenset(values), operator == "IN"
    return None


def _set(token: Token, attrs: Attrs, morphs: dict[str, MorphAnalysis]) -> None:
    for name, value in attrs:
        if name == "POS":
            token.pos_ = value
        elif name == "MORPH":
            token.morph = morphs[value]
        elif name == "LEMMA":
            token.lemma_ = value
        elif name == "TAG":
            token.tag_ = value
        elif name == "DEP":
            token.dep_ = value
        else:
            raise ValueError(f"attribute ruler pattern sets {name}, which AttributeLookup does not")
