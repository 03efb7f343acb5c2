"""How the product's vocabulary is scored against CoNLL04.

See ../shared/design/vocabulary.md, "Mapping for evaluation".

Entity types: Person -> Peop, Organization and Team -> Org, Country/City/Location -> Loc, and every other
named or literal mention (events, works, products, awards, dates, numbers, nationalities ...) -> Other.
Relations are mapped from the predicate together with the types of its two ends, since one predicate can
stand for two CoNLL04 labels (``leaderOf`` a country is Live_In, ``leaderOf`` an organisation is Work_For).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

PEOP: Final = "Peop"
ORG: Final = "Org"
LOC: Final = "Loc"
OTHER: Final = "Other"
ENTITY_TYPES: Final = (PEOP, ORG, LOC, OTHER)
RELATION_TYPES: Final = ("Work_For", "Live_In", "Located_In", "OrgBased_In", "Kill")

_CLASS_TO_TYPE: Final = {
    "Person": PEOP,
    "Organization": ORG,
    "Team": ORG,
    "Country": LOC,
    "City": LOC,
    "Location": LOC,
}
#: Mentions CoNLL04 calls "Other": events, literals (dates, amounts ...), nationalities, works, products.
_OTHER_KINDS: Final = frozenset(
    {
        "Event", "Work", "Product", "Award", "NORP", "MISC", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY",
        "ORDINAL", "CARDINAL", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE",
    }
)  # fmt: skip

#: (predicate, head type, tail type) -> CoNLL04 label; None in a type slot means any type.
_RELATION_RULES: Final[Sequence[tuple[str, str | None, str | None, str]]] = (
    ("worksFor", None, None, "Work_For"),
    ("memberOf", PEOP, None, "Work_For"),
    ("holdsPosition", PEOP, ORG, "Work_For"),
    ("leaderOf", None, ORG, "Work_For"),
    ("leaderOf", None, LOC, "Live_In"),
    ("livesIn", None, None, "Live_In"),
    ("citizenOf", None, None, "Live_In"),
    ("bornIn", None, None, "Live_In"),
    ("locatedIn", ORG, None, "OrgBased_In"),
    ("locatedIn", None, None, "Located_In"),
    ("basedIn", None, None, "OrgBased_In"),
    ("killed", None, None, "Kill"),
)

#: The predicate a CoNLL04 label is emitted as by the trained relation component (one per label).
LABEL_TO_PREDICATE: Final = {
    "Work_For": "worksFor",
    "Live_In": "livesIn",
    "Located_In": "locatedIn",
    "OrgBased_In": "basedIn",
    "Kill": "killed",
}

_DETERMINERS: Final = frozenset({"the", "a", "an"})


def entity_type(kind: str) -> str | None:
    """CoNLL04 type of a mention, from its kg class local name or literal kind (a spaCy label).

    Returns None for what is not a named or numeric mention (pronouns, quotes, position titles).
    """
    if kind in _OTHER_KINDS:
        return OTHER
    return _CLASS_TO_TYPE.get(kind)


def relation_label(predicate: str, head_type: str, tail_type: str) -> str | None:
    """CoNLL04 label of a fact, from its predicate's local name and the CoNLL04 types of its ends.

    Returns None for predicates that CoNLL04 does not annotate (metWith, urges, says, ...). The types are
    only used to choose between labels: a ``worksFor`` whose object was typed Loc still scores as Work_For,
    and then counts as wrong because the tail type is wrong.
    """
    for pred, head, tail, label in _RELATION_RULES:
        if pred == predicate and head in (None, head_type) and tail in (None, tail_type):
            return label
    return None


def strip_determiner(tokens: Sequence[str], start: int, end: int) -> int:
    """Start of the token span without a leading article, as CoNLL04 spans have none ("the United States")."""
    if end - start > 1 and tokens[start].lower() in _DETERMINERS:
        return start + 1
    return start
