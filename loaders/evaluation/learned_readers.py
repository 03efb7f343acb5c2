"""Two learned fact readers, trained on the news dev gold and measured beside the rules (not shipped).

    python -m loaders.evaluation.learned_readers pairs eval/news/dev ... eval/news/dev6 --test eval/news/dev7
    python -m loaders.evaluation.learned_readers cues eval/news/dev ... eval/news/dev6 --test eval/news/dev7

Both read one sentence at a time, over the names the pipeline found in it; they were tried on the facts the
rules leave unread (docs/extraction.md, "Where recall is lost") and add too few right facts to ship.

- ``pairs``: every ordered pair of names in a sentence is a candidate; a softmax over the predicates whose
  domain and range fit the two classes, and "none", reads the dependency path between their heads (with and
  without its words), the words between them, their classes and what the rules said of the pair.
- ``cues``: a candidate is (name, predicate, name) where a cue word of the predicate (the cues of
  frames.toml, title, player and coach nouns) lies on the path between the names or modifies one of them; one
  logistic model shared by every predicate reads delexicalised features (where the cue sits, the path's shape,
  negation, a modal, what the rules said), so that each predicate lends its examples to the others.

A candidate's label is the gold fact the annotator placed (``at``) in its sentence between the entities of
its names (a name is a gold entity's when exactly one entity has that name); a candidate whose fact the gold
places in another sentence is left out of training, since its own sentence may not say it. With one set
held out in turn, the report counts per article, as `kg eval news` does, the facts the reader adds beyond the
rules, right (in the article's gold) or wrong, at each probability threshold.
"""

from __future__ import annotations

import argparse
import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.settings import Settings
from kg.vocab import PREDICATE_SPECS
from loaders.entities import cues as ecues
from loaders.entities.records import MentionRow, doc_facts, doc_mentions
from loaders.evaluation.news import SYMMETRIC
from loaders.evaluation.news_articles import load_articles
from loaders.evaluation.news_gold import Annotation, normalise, read_annotations
from loaders.extract import article_docs
from loaders.facts.assemble import SIGNATURES
from loaders.facts.frames import load_frames
from loaders.nlp import build_nlp

NONE = "-"
MAX_STEPS = 5  # dependency steps between two names' heads


@dataclass(frozen=True, slots=True)
class Candidate:
    """One thing a reader decides: its features, the labels it may take, its gold label and where it is."""

    article: str
    ends: tuple[str, str]  # the gold entities of the two names ('' for none)
    labels: tuple[str, ...]  # the predicates the candidate may be
    features: tuple[str, ...]
    gold: str | None  # the label; None when left out of training
    ruled: frozenset[str]  # the predicates the rules gave the pair
    in_gold: frozenset[str]  # the predicates the gold has for the two entities anywhere in the article


@dataclass(frozen=True, slots=True)
class Sentence:
    """A parsed chunk's sentence context for one ordered pair of names."""

    doc: Doc
    mentions: Sequence[MentionRow]
    a: int
    b: int
    up: list[Token]  # from a's head up to (not including) the lowest common head
    top: Token  # the lowest common head
    down: list[Token]  # from below the lowest common head down to b's head
    said: frozenset[str]  # what the rules said of (a, b)
    said_back: frozenset[str]  # and of (b, a)

    @property
    def steps(self) -> int:
        return len(self.up) + len(self.down)


def fits(predicate: str, subject_cls: str, object_cls: str) -> bool:
    """Whether the classes fit the predicate's domain and range, as assembly checks them."""
    domain, range_ = SIGNATURES[predicate]
    return subject_cls in domain and object_cls in range_


def _path(low: Token, other: Token) -> tuple[list[Token], Token, list[Token]] | None:
    up_a, up_b = [low, *low.ancestors], [other, *other.ancestors]
    index_b = {t.i: k for k, t in enumerate(up_b)}
    k = next((k for k, t in enumerate(up_a) if t.i in index_b), None)
    if k is None:
        return None
    top = up_a[k]
    return up_a[:k], top, list(reversed(up_b[: index_b[top.i]]))


def name_pairs(doc: Doc, mentions: Sequence[MentionRow]) -> Iterator[Sentence]:
    """Every ordered pair of distinct names of one sentence whose heads are at most MAX_STEPS apart."""
    said: dict[tuple[int, int], set[str]] = defaultdict(set)
    for fact in doc_facts(doc):
        said[(fact.subject, fact.object)].add(fact.predicate)
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, row in enumerate(mentions):
        if row.cls in ecues.NAMED_CLASSES and row.tok_end > row.tok_start:
            by_sentence[doc[row.tok_start].sent.start].append(index)
    for members in by_sentence.values():
        for a in members:
            for b in members:
                if a == b or mentions[a].key == mentions[b].key:
                    continue
                heads = [doc[m.tok_start : m.tok_end].root for m in (mentions[a], mentions[b])]
                path = _path(heads[0], heads[1])
                if path is not None and len(path[0]) + len(path[2]) <= MAX_STEPS:
                    yield Sentence(
                        doc, mentions, a, b, *path, frozenset(said[(a, b)]), frozenset(said[(b, a)])
                    )


def _word(token: Token) -> str:
    return token.ent_type_ if token.ent_type_ in ecues.LITERAL_LABELS else token.lemma_.lower()


def _head(s: Sentence, index: int) -> Token:
    row = s.mentions[index]
    return s.doc[row.tok_start : row.tok_end].root


# --- the pairs reader's candidates ---------------------------------------------------------------------


def pair_candidates(s: Sentence) -> Iterator[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(cue-free key, labels, features) of the pair: the labels its classes allow."""
    ra, rb = s.mentions[s.a], s.mentions[s.b]
    labels = tuple(p for p in sorted(SIGNATURES) if fits(p, ra.cls, rb.cls))
    if not labels:
        return
    ha, hb = _head(s, s.a), _head(s, s.b)
    inner = s.top not in (ha, hb)
    ups, downs = [f"{t.dep_}^" for t in s.up], [f"{t.dep_}v" for t in s.down]
    mids = s.up[1:] + ([s.top] if inner else []) + s.down[:-1]
    types = f"{ra.cls}>{rb.cls}"
    bare = " ".join([*ups, "|", *downs])
    full = " ".join([*ups, _word(s.top) if inner else "|", *downs])
    order = "ab" if ra.tok_start < rb.tok_start else "ba"
    first, last = (ra, rb) if order == "ab" else (rb, ra)
    between = [_word(t) for t in s.doc[first.tok_end : last.tok_start] if not t.is_punct or t.text in ",(-'"]
    features = [
        "bias", f"t={types}", f"pd={bare}", f"tpd={types} {bare}", f"p={full}", f"tp={types} {full}",
        f"order={order}", f"steps={min(s.steps, 4)}", f"ha={ha.dep_} {ha.head.lemma_.lower()}",
        f"hb={hb.dep_} {hb.head.lemma_.lower()}",
    ]  # fmt: skip
    features += [f"w={_word(t)}" for t in mids] + [f"tw={types} {_word(t)}" for t in mids]
    if len(between) <= 12:
        features += [f"bw={w}" for w in between]
        features += [f"b={' '.join(between)} {order}"] if len(between) <= 4 else []
    features += [f"rule={p}" for p in sorted(s.said)] + [f"rule=~{p}" for p in sorted(s.said_back)]
    yield "", labels, tuple(features)


# --- the cues reader's candidates ----------------------------------------------------------------------


def cue_lexicon() -> dict[str, frozenset[str]]:
    """Cue lemma -> the predicates it can say: frames.toml's cues, and the title and role nouns."""
    lexicon: dict[str, set[str]] = defaultdict(set)
    for frame in load_frames().frames:
        for cue in frame.cues:
            lexicon[cue].add(frame.predicate)
    for words, predicate in (
        (ecues.LEADER_TITLES, "leaderOf"),
        (ecues.TITLE_NOUNS, "worksFor"),
        (ecues.PLAYER_ROLES, "playsFor"),
        (frozenset({"coach", "manager", "boss"}), "coaches"),
        (frozenset({"member", "membership"}), "memberOf"),
        (frozenset({"base", "headquarters", "based"}), "basedIn"),
    ):
        for word in words:
            lexicon[word].add(predicate)
    return {k: frozenset(p for p in v if p in PREDICATE_SPECS) for k, v in lexicon.items()}


def cue_candidates(
    s: Sentence, lexicon: dict[str, frozenset[str]]
) -> Iterator[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(predicate, (predicate,), features) for each predicate a cue on the pair's path can say."""
    ra, rb = s.mentions[s.a], s.mentions[s.b]
    ha, hb = _head(s, s.a), _head(s, s.b)
    inside = set(range(ra.tok_start, ra.tok_end)) | set(range(rb.tok_start, rb.tok_end))
    on_path = s.up[1:] + ([s.top] if s.top not in (ha, hb) else []) + s.down[:-1]
    near = [
        c
        for h in (ha, hb)
        for c in h.children
        if c.dep_ in ("compound", "amod", "appos") and c.i not in inside
    ]
    shape = " ".join([f"{t.dep_}^" for t in s.up] + ["|"] + [f"{t.dep_}v" for t in s.down])
    seen: set[str] = set()
    for where, cue in [("path", t) for t in on_path] + [("near", t) for t in near]:
        for p in sorted(lexicon.get(cue.lemma_.lower(), ())):
            if p in seen or not fits(p, ra.cls, rb.cls):
                continue
            seen.add(p)
            to_a, to_b = _relation(cue, ha), _relation(cue, hb)
            features = (
                "bias", f"p={p}", f"where={where}", f"cpos={cue.pos_}", f"shape={shape}",
                f"rel={to_a}|{to_b}", f"rela={to_a}", f"relb={to_b}", f"prel={p} {to_a}|{to_b}",
                f"cls={ra.cls}>{rb.cls}", f"pcls={p} {ra.cls}>{rb.cls}", f"steps={s.steps}",
                f"order={'ab' if ra.tok_start < rb.tok_start else 'ba'}", f"cue={cue.lemma_.lower()}",
                f"neg={any(c.dep_ == 'neg' for c in cue.children)}",
                f"modal={any(c.tag_ == 'MD' for c in cue.children)}",
                f"said={'same' if p in s.said else 'other' if s.said else 'none'}",
                f"said_back={'same' if p in s.said_back else 'other' if s.said_back else 'none'}",
            )  # fmt: skip
            yield p, (p,), features


def _relation(cue: Token, head: Token) -> str:
    """The steps from a cue to a name's head: '^' for each step up, then the dependencies down."""
    path = _path(cue, head)
    if path is None:
        return "?"
    up, _, down = path
    return "^" * len(up) + ">".join(t.dep_ for t in down)


# --- labelled candidates from the gold -----------------------------------------------------------------

Reader = Callable[[Sentence], Iterator[tuple[str, tuple[str, ...], tuple[str, ...]]]]


def candidates(paths: Sequence[Path], reader: Reader) -> list[Candidate]:
    """Run the shipped pipeline over the gold articles of ``paths`` and label the reader's candidates."""
    settings = Settings()
    golds = read_annotations(paths, SYMMETRIC)
    placings = [_gold_facts(g) for g in golds]
    found = load_articles([g.article_id for g in golds])
    articles = [found[g.article_id] for g in golds]
    out: list[Candidate] = []
    for index, offset, doc in article_docs(articles, build_nlp(settings), settings.nlp_batch_size):
        gold, (facts, placed) = golds[index], placings[index]
        mentions = doc_mentions(doc)
        ends = [_gold_entity(m, gold.entities) or "" for m in mentions]
        for s in name_pairs(doc, mentions):
            pair = (ends[s.a], ends[s.b])
            here = facts.get(pair, set())
            sentence = s.doc[s.top.i].sent
            lo, hi = offset + sentence.start_char, offset + sentence.end_char
            for label, labels, features in reader(s):
                stated = [
                    p for p in sorted(here)
                    if p in labels and any(lo <= at < hi for at in placed[(*pair, p)])
                ]  # fmt: skip
                if stated:
                    answer: str | None = label or stated[0]
                elif any(p in labels for p in here):
                    answer = None
                else:
                    answer = NONE
                out.append(
                    Candidate(gold.article_id, pair, labels, features, answer, s.said, frozenset(here))
                )
    return out


def _gold_facts(
    gold: Annotation,
) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str, str], set[int]]]:
    """The gold's predicates per ordered pair of entities, and the offsets of the sentences stating each."""
    facts: dict[tuple[str, str], set[str]] = defaultdict(set)
    placed: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for fact, at in zip(gold.facts, gold.offsets, strict=True):
        for p in fact.predicates:
            ends = [(fact.subject, fact.object)] + ([(fact.object, fact.subject)] if p in SYMMETRIC else [])
            for s, o in ends:
                facts[(s, o)].add(p)
                placed[(s, o, p)].add(at)
    return facts, placed


def _gold_entity(row: MentionRow, names: dict[str, set[str]]) -> str | None:
    for form in (normalise(row.surface), normalise(row.key.split("/")[-1])):
        hits = [key for key, forms in names.items() if form in forms]
        if len(hits) == 1:
            return hits[0]
    return None


# --- model and report ----------------------------------------------------------------------------------


class Model:
    """A softmax over each candidate's labels and NONE, by SGD on sparse string features."""

    def __init__(self) -> None:
        self.weights: dict[str, dict[str, float]] = defaultdict(dict)

    def scores(self, candidate: Candidate) -> dict[str, float]:
        logits = {
            label: sum(self.weights[label].get(f, 0.0) for f in candidate.features)
            for label in (NONE, *candidate.labels)
        }
        top = max(logits.values())
        exps = {k: math.exp(v - top) for k, v in logits.items()}
        total = sum(exps.values())
        return {k: v / total for k, v in exps.items()}

    def train(self, data: Sequence[Candidate], epochs: int = 12, rate: float = 0.2, seed: int = 0) -> Model:
        usable = [c for c in data if c.gold is not None]
        rng = random.Random(seed)
        for epoch in range(epochs):
            rng.shuffle(usable)
            step = rate / (1 + epoch)
            for c in usable:
                for label, p in self.scores(c).items():
                    grad = (label == c.gold) - p
                    if abs(grad) > 1e-4:
                        weights = self.weights[label]
                        for f in c.features:
                            weights[f] = weights.get(f, 0.0) + step * grad
        return self


def added_facts(model: Model, data: Sequence[Candidate], threshold: float) -> tuple[int, int]:
    """(right, wrong) facts beyond the rules' at ``threshold``, once per article, ends and predicate."""
    right: set[tuple[object, ...]] = set()
    wrong: set[tuple[object, ...]] = set()
    for c in data:
        probs = model.scores(c)
        label = max(c.labels, key=probs.__getitem__)
        if probs[label] < threshold or label in c.ruled:
            continue
        key = (c.article, c.ends, label)
        (right if all(c.ends) and label in c.in_gold else wrong).add(key)
    return len(right), len(wrong)


def report(model: Model, data: Sequence[Candidate], title: str) -> None:
    stated = sum(c.gold not in (None, NONE) for c in data)
    unread = sum(c.gold not in (None, NONE) and c.gold not in c.ruled for c in data)
    print(
        f"{title}: {len(data)} candidates, {stated} stated in their sentence, "
        f"{unread} of them unread by the rules"
    )
    for threshold in (0.3, 0.5, 0.7, 0.9):
        right, wrong = added_facts(model, data, threshold)
        print(f"  at {threshold:.1f}: {right + wrong:4d} facts added, {right:4d} right, {wrong:4d} wrong")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("reader", choices=("pairs", "cues"))
    parser.add_argument("sets", nargs="+", type=Path, help="training sets, each held out in turn")
    parser.add_argument("--test", type=Path, action="append", default=[], help="trained on all sets, scored")
    args = parser.parse_args(argv)
    lexicon = cue_lexicon()
    reader: Reader = pair_candidates if args.reader == "pairs" else (lambda s: cue_candidates(s, lexicon))
    data = {path: candidates([path], reader) for path in [*args.sets, *args.test]}
    for held in args.sets:
        model = Model().train([c for p in args.sets if p != held for c in data[p]])
        report(model, data[held], f"{held} held out")
    model = Model().train([c for p in args.sets for c in data[p]])
    for path in args.test:
        report(model, data[path], f"{path} (trained on all)")


if __name__ == "__main__":
    main()
