"""Who made a work or a product, and what it or its maker won, from the words around its name.

The parse often fails these noun phrases (a title's capitals look like names, "show" like a verb), so the
rules read the mentions in order, not the tree:

- a firm's possessive right before the name: "ITV1's This Morning", "Apple's iTunes" -> the firm created
  the work / makes the product (a person's film is left alone: "Foxx's Ray" is the actor's as often as the
  director's);
- a firm's name before the work noun that introduces the title: "the Channel 4 show Faking It", "ITV1
  talent show The X-Factor" -> the firm created the work (a broadcaster or studio makes what it shows);
- a prize hyphenated to "winning" or "nominated" before a named person or work: "Oscar-winning actor Kevin
  Spacey", "the Bafta-nominated drama Bleak House" -> won / nominatedFor the prize.
"""

from __future__ import annotations

from loaders.entities import cues as ecues
from loaders.entities.kinds import accolade_names
from loaders.facts.context import FactContext

_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
_MAKERS = frozenset({"Organization"})
_WINNERS = frozenset({"Person", "Organization", "Work", "Team"})
_MAX_NOUNS = 3  # lower-case words between the prize's adjective and the name ("Oscar-winning film director")
_PREDICATES = {"winning": "won", "winner": "won", "winners": "won", "nominated": "nominatedFor"}
_PREDICATES["shortlisted"] = "nominatedFor"


def maker_of_name(ctx: FactContext, index: int) -> None:
    """created / makes facts for the work or product mention ``index`` from the firm named before it."""
    row = ctx.mentions[index]
    doc = ctx.doc
    k = row.tok_start - 1
    while k >= 0 and doc[k].text in _QUOTES:
        k -= 1
    predicate = "makes" if row.cls == "Product" else "created"
    if k >= 1 and doc[k].tag_ == "POS":
        _add_maker(ctx, predicate, k - 1, index, "maker-possessive")
        return
    if row.cls != "Work" or k < 1 or doc[k].lower_ not in ecues.WORK_NOUNS:
        return
    k -= 1  # "ITV1 talent show X": the firm before the work noun and its lower-case compounds
    while k >= 0 and doc[k].pos_ == "NOUN" and doc[k].is_lower:
        k -= 1
    if k >= 0 and doc[k].text != "'s":
        _add_maker(ctx, predicate, k, index, "maker-noun")


def _add_maker(ctx: FactContext, predicate: str, k: int, index: int, rule: str) -> None:
    owner = ctx.tok2m[k]
    if owner < 0 or owner == index:
        return
    if ctx.mentions[owner].tok_end == k + 1 and ctx.mentions[owner].cls in _MAKERS:
        ctx.add(predicate, owner, index, ctx.doc[k], rule, 0.65)


def accolades(ctx: FactContext) -> None:
    """won / nominatedFor facts of "Oscar-winning actor Kevin Spacey" and "the Bafta-nominated X"."""
    doc = ctx.doc
    for start, end in accolade_names(doc):
        prize = ctx.tok2m[start]
        adjective = doc[end + 1]
        predicate = _PREDICATES.get(adjective.lower_)
        if prize < 0 or predicate is None:
            continue
        k = end + 2
        while (
            k < len(doc) and k - end - 2 < _MAX_NOUNS and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")
        ):
            k += 1
        while k < len(doc) and doc[k].text in _QUOTES:
            k += 1
        holder = ctx.tok2m[k] if k < len(doc) else -1
        if holder >= 0 and ctx.mentions[holder].tok_start == k and ctx.mentions[holder].cls in _WINNERS:
            ctx.add(predicate, holder, prize, adjective, "accolade", 0.7)
