"""Titles listed after a plural work noun: "more than 25 films, including Jungle Fever, Do the Right Thing
and Summer of Sam", "their singles include Year 3000, You Said No and Crashed the Wedding".

The noun says what every item of the list is; NER finds some of the titles (as organisations, places or
people) and misses the rest. :func:`listed_works` gives the spans of the items, whatever NER made of them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from loaders.entities import cues

_INTRODUCERS = frozenset({"including", "include", "includes", "included"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
_MAX_ITEMS = 12

TitleEnd = Callable[[Doc, int], int]


def listed_works(doc: Doc, title_end: TitleEnd) -> list[tuple[int, int]]:
    """(start, end) of each title in the lists the text introduces with a plural work noun (cached)."""
    cached = doc.user_data.get("kg_listed_works")
    if cached is None:
        cached = [span for token in doc if _introduces(token) for span in _items(doc, token.i + 1, title_end)]
        doc.user_data["kg_listed_works"] = cached
    return list(cached)


def _introduces(token: Token) -> bool:
    """ "films, including" / "singles include": the introducer with a plural work noun as its head or
    subject."""
    if token.lower_ not in _INTRODUCERS:
        return False
    nouns = [token.head] + [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "prep" or token.lower_ == "including":
        nouns = [token.head]
    return any(n.tag_ == "NNS" and n.lemma_.lower() in cues.WORK_NOUNS for n in nouns)


def _items(doc: Doc, k: int, title_end: TitleEnd) -> list[tuple[int, int]]:
    """Title-case items from ``k``, separated by commas and a final "and"."""
    found: list[tuple[int, int]] = []
    while k < len(doc) and len(found) < _MAX_ITEMS:
        while k < len(doc) and doc[k].text in _QUOTES:
            k += 1
        end = title_end(doc, k)
        if end == k:
            break
        end = next((j for j in range(k + 1, end) if doc[j].lower_ == "and"), end)  # "A and B": two items
        found.append((k, end))
        k = end
        while k < len(doc) and doc[k].text in _QUOTES:
            k += 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
        elif found and (k >= len(doc) or doc[k - 1].text != ","):
            break
    return found
