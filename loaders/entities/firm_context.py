"""Words around a name that only a firm has, whatever NER's label (loaders/entities/kinds.py's _firm_cue reads
these after its own cues):

- an item of a list of examples of firms: "companies such as Sony and Philips", "manufacturers including
  Nokia and Samsung", "CD Universe, Powergen and many other companies" (a pattern of English for naming
  kinds of a thing);
- a plural firm noun right before a name or a list of names: "technology firms Earthlink and Webroot";
- a trade in the plural right before one name, the British way of naming a firm by what its people do:
  "analysts Gartner", "accountants KPMG", "auctioneers Sotheby's" (a list after it, "analysts Smith and
  Jones", is left alone: the plural may be the people themselves);
- a part of a firm right before the name: "oil unit Yuganskneftegas";
- "a company called Akamai", "a firm named X": a firm noun and the verb that gives its name;
- a firm's noun, or a part of a firm, right after the name that modifies it: "the Yukos unit", "Yukos
  subsidiary Yuganskneftegas", "Uganda's New Vision newspaper". A name NER took for a person takes only a
  part noun ("a Murdoch newspaper" is his, "the Yukos unit" a firm's); one it took for a place only after a
  possessive ("Uganda's New Vision newspaper"; "the Dundee firm" is the place's firm). A plural noun is
  no cue: "Wall Street firms" are the street's.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc, Token

from loaders.entities import cues

#: Trades whose plural names a firm when it stands right before a name ("analysts Gartner").
_TRADES: Final = frozenset(
    {
        "analyst", "consultant", "accountant", "auditor", "broker", "stockbroker", "researcher",
        "pollster", "auctioneer", "solicitor", "bookmaker", "housebuilder", "headhunter",
    }
)  # fmt: skip
#: Parts of a firm: the name they modify is the firm's ("the Yukos unit").
PART_NOUNS: Final = frozenset({"unit", "subsidiary", "affiliate", "division"})
_PARTS_BEFORE: Final = PART_NOUNS - {"division"}
#: Words that open a list of examples after a plural noun ("companies such as", "firms including").
_LIST_OPENERS: Final = frozenset({"as", "including", "like"})
_NAMING_VERBS: Final = frozenset({"called", "named"})
_PLACE_LABELS: Final = frozenset({"GPE", "LOC", "FAC"})


def firm_context(doc: Doc, start: int, end: int, label: str) -> bool:
    """Whether the words around the name doc[start:end] (of NER label ``label``) make it a firm."""
    return (
        _listed_firm(doc[start:end].root)
        or _firms_before_list(doc[start:end].root)
        or _trade_before(doc, start, end)
        or _part_before(doc, start, end)
        or _called(doc, start)
        or _firm_noun_after(doc, start, end, label)
    )


def _listed_firm(root: Token) -> bool:
    """ "companies such as Sony and Philips", "manufacturers including Nokia", "Powergen and many other
    companies": an item of a list that a plural firm noun introduces or closes."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items = [first, *first.conjuncts]
    if any(_firms(t) and any(c.lower_ == "other" for c in t.children) for t in items if t.i > root.i):
        return True
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in _LIST_OPENERS or not _firms(prep.head):
        return False
    return (
        prep.lower_ != "as"
        or any(c.lower_ == "such" for c in prep.children)
        or prep.nbor(-1).lower_ == "such"
    )


def _firms_before_list(root: Token) -> bool:
    """ "technology firms Earthlink and Webroot", "two US firms Scansoft and Gracenote", "banks Barclays,
    Lloyds and HSBC": a list of names right after a plural firm noun names those firms, however the parser
    hangs it (a trade's plural may be the people themselves: "analysts Smith and Jones", above)."""
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    k = first.left_edge.i - 1
    return k >= 0 and _firms(first.doc[k])


def _firms(noun: Token) -> bool:
    return noun.tag_ == "NNS" and noun.lemma_.lower() in cues.FIRM_NOUNS - cues.BAND_NOUNS


def _trade_before(doc: Doc, start: int, end: int) -> bool:
    if start < 1 or (end < len(doc) and doc[end].lower_ in ("and", "&")):
        return False
    trade, root = doc[start - 1], doc[start:end].root
    joined = trade.head.i in range(start, end) or (root.dep_ == "appos" and root.head.i == trade.i)
    return joined and trade.tag_ == "NNS" and trade.lemma_.lower() in _TRADES


def _part_before(doc: Doc, start: int, end: int) -> bool:
    """ "oil unit Yuganskneftegas" ("division" is no cue here: "second division Brentford" is a club)."""
    part = doc[start - 1] if start > 0 else None
    return part is not None and part.lower_ in _PARTS_BEFORE and part.head.i in range(start, end)


def _called(doc: Doc, start: int) -> bool:
    if start < 2 or doc[start - 1].lower_ not in _NAMING_VERBS:
        return False
    noun = doc[start - 2]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in cues.FIRM_NOUNS - cues.BAND_NOUNS


def _firm_noun_after(doc: Doc, start: int, end: int, label: str) -> bool:
    if end >= len(doc):
        return False
    after, root = doc[end], doc[start:end].root
    if after.tag_ != "NN" or root.head.i != after.i or root.dep_ not in ("compound", "nmod"):
        return False  # (a plural is a kind the name's place or trade has: "Wall Street firms")
    lemma = after.lemma_.lower()
    if label == "PERSON":
        return lemma in PART_NOUNS
    if label in _PLACE_LABELS and not (start > 0 and doc[start - 1].tag_ == "POS"):
        return False
    return lemma in PART_NOUNS or lemma in cues.FIRM_NOUNS - cues.BAND_NOUNS
