"""Features of a candidate relation between two entity spans of a parsed sentence.

Lexical context (the words between and around the two mentions), the mentions' own words and labels,
and the dependency path between their syntactic heads: the classic features of feature-based relation
extraction (e.g. Roth & Yih's CoNLL04 work, Mintz et al. 2009), small enough for a linear model.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Span, Token

_MAX_BETWEEN = 12  # words between longer than this say little, and their bag only adds noise


def _word(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def _bucket(n: int) -> str:
    return str(n) if n < 5 else ("5-9" if n < 10 else "10+")


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def dependency_path(head: Token, tail: Token) -> tuple[str, str, Token | None]:
    """The path head -> tail through their lowest common ancestor.

    Returns:
        The dependency labels on the path, the same with the ancestor's lemma, and the ancestor.
    """
    up, down = _ancestors(head), _ancestors(tail)
    down_ids = {t.i: n for n, t in enumerate(down)}
    for n, tok in enumerate(up):
        if tok.i in down_ids:
            left, right = up[:n], down[: down_ids[tok.i]]
            deps = [f"{t.dep_}^" for t in left] + [f"v{t.dep_}" for t in reversed(right)]
            lex = [f"{t.dep_}^" for t in left] + [_word(tok)] + [f"v{t.dep_}" for t in reversed(right)]
            return " ".join(deps), " ".join(lex), tok
    return "none", "none", None  # different sentences of one doc


def pair_features(
    head: Span, tail: Span, types: tuple[str, str], ents: Sequence[Span] | None = None
) -> list[str]:
    """Feature strings of the candidate relation head -> tail (spans of the same Doc, CoNLL04 types).
    ``ents``: the Doc's ``ents``, from a caller that scores many pairs of one Doc (spaCy builds that tuple
    anew at every read)."""
    doc = head.doc
    ents = doc.ents if ents is None else ents
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    between = doc[first.end : second.start]
    feats = [
        "bias",
        f"order={'ht' if first is head else 'th'}",
        f"dist={_bucket(len(between))}",
        f"types={types[0]}|{types[1]}",
        f"ents_between={_bucket(sum(1 for e in ents if first.end <= e.start and e.end <= second.start))}",
        f"h={head.text.lower()}",
        f"t={tail.text.lower()}",
        f"hroot={_word(head.root)}",
        f"troot={_word(tail.root)}",
    ]
    feats += _context_features(first, second, between)
    deps, lex, ancestor = dependency_path(head.root, tail.root)
    feats += [f"path={deps}", f"lexpath={lex}", f"pathlen={_bucket(deps.count(' ') + 1)}"]
    if ancestor is not None:
        feats += [f"lca={_word(ancestor)}", f"lca_pos={ancestor.pos_}"]
    return feats


def _context_features(first: Span, second: Span, between: Span) -> list[str]:
    doc = first.doc
    bagged = len(between) <= _MAX_BETWEEN
    # a longer gap is read at its ends only (first and last word): no lemma made for the words inside
    words = [_word(t) for t in between] if bagged else [_word(between[0]), _word(between[-1])]
    feats = [f"between_seq={' '.join(words)}" if len(between) <= 4 else "between_seq=long"]
    if bagged:
        feats += [f"bw={w}" for w in set(words)]
        feats += [f"bw2={a}_{b}" for a, b in pairwise(words)]
    if words:
        feats += [f"bw_first={words[0]}", f"bw_last={words[-1]}"]
    before = [_word(t) for t in doc[max(first.start - 2, 0) : first.start]]
    after = [_word(t) for t in doc[second.end : second.end + 2]]
    feats += [f"before={w}" for w in before] + [f"after={w}" for w in after]
    if before:
        feats.append(f"before1={before[-1]}")
    if after:
        feats.append(f"after1={after[0]}")
    return feats
