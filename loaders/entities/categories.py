"""Award categories written in lower case: "won best actress", "named best film", "nominated for best
British group".

News names a prize's category as a plain noun phrase ("supporting actor" without its "best", too); NER
finds no name in it, yet it is what was won or nominated for. A phrase counts when it is "best" before a
noun that names what a category honours (a film, an actor, an act) and it sits under a verb or noun of
winning or nominating ("picked up four accolades including best director"). "The best film of the year",
said of taste, has no such verb above it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from loaders.entities import cues

_MAX_STEPS = 4  # how far up the tree the verb of winning may be
_MAX_WORDS = 4  # words after "best" ("foreign language film")
_INSIDE = frozenset(
    {"ADJ", "NOUN", "PROPN", "VERB"}
)  # "best supporting actress", "best foreign language film"


def award_categories(doc: Doc, taken: bytearray) -> list[tuple[int, int]]:
    """(start, end) of the award categories in ``doc`` on tokens no other mention took."""
    found = []
    for token in doc:
        lower = token.lower_
        if lower not in ("best", "supporting"):
            continue  # most words open no category: read them once
        if _supporting(token):
            end = _category_end(doc, token.i)  # "supporting actor for X": "best" is often left out
        elif lower == "best" and token.pos_ in ("ADJ", "ADV"):
            end = _category_end(doc, token.i + 1)
        else:
            continue
        if end is None or not _awarded(doc[end - 1]) or any(taken[token.i : end]):
            continue
        found.append((token.i, end))
        taken[token.i : end] = b"\x01" * (end - token.i)
    return found


def _supporting(token: Token) -> bool:
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ == "supporting" and (before is None or before.lower_ != "best")


def _category_end(doc: Doc, k: int) -> int | None:
    """End of "supporting actress" after "best": modifiers, then a category noun that ends the phrase."""
    for end in range(k, min(k + _MAX_WORDS, len(doc))):
        token = doc[end]
        if token.pos_ not in _INSIDE:
            return None
        last = end + 1 == len(doc) or doc[end + 1].pos_ not in ("NOUN", "PROPN")
        if last and token.pos_ == "NOUN" and token.lemma_.lower() in cues.CATEGORY_NOUNS:
            return end + 1
    return None


def _awarded(noun: Token) -> bool:
    """A verb of winning or nominating, or a noun of prizes, above the phrase."""
    token = noun
    for _ in range(_MAX_STEPS):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in cues.AWARD_VERBS or token.lemma_.lower() in cues.AWARD_PLURALS:
            return True
    return False
