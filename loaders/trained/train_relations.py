"""Training the relation classifier on the product's own mentions (what it sees in use).

The product's mentions differ from the gold entities (titles stripped, "Porto, Portugal" split in two,
nationalities added), and the classifier only asks about pairs the fact rules left unlinked. So the
training candidates are exactly the pairs the component would score, taken from the product pipeline run
over the CoNLL04 train split; a candidate is positive when both of its spans and types match a gold
relation's ends and the label matches. The gold entities' own pairs are added as clean examples (on
dev this lifts pair-level F1 from 0.566 to 0.581).

News negatives: the same candidates taken from news articles of neither news evaluation set, every one a
negative. On CoNLL04 alone the classifier learned configurations that on the news are nearly always wrong
(lists of players, products typed as people, "Ireland's Alistair Cragg" read as livesIn): of the 85 facts
it added to the news dev set with no minimum confidence, 5 were right (with the negatives: 23, 2 right),
so a few true pairs among the negatives are the price of teaching it what the news looks like.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from loaders.entities.records import doc_facts, doc_mentions
from loaders.evaluation.align import TokenAlignment
from loaders.evaluation.mapping import strip_determiner
from loaders.evaluation.news_articles import load_articles
from loaders.evaluation.spert import SpertSentence
from loaders.trained.components import RELATION_COMPONENT, named_mentions, typed_pairs
from loaders.trained.conll_data import gold_spans, non_overlapping
from loaders.trained.relation_features import pair_features
from loaders.trained.relation_model import Candidate

Key = tuple[int, int, str]  # gold token start, end, CoNLL04 type


def without_relations(nlp: Language) -> Language:
    """The product pipeline minus the relation component (the candidates are what it would see)."""
    if RELATION_COMPONENT in nlp.pipe_names:
        nlp.remove_pipe(RELATION_COMPONENT)
    return nlp


def pair_candidates(doc: Doc) -> Iterator[tuple[Span, Span, str, str, str]]:
    """The pairs the relation component scores in a doc: head, tail, their types, the label."""
    mentions = doc_mentions(doc)
    facts = doc_facts(doc)
    linked = {(f.subject, f.object) for f in facts} | {(f.object, f.subject) for f in facts}
    named = list(named_mentions(doc, mentions))
    for a, b, label in typed_pairs([(span, kind) for _, span, kind in named]):
        if (named[a][0], named[b][0]) not in linked:
            yield named[a][1], named[b][1], named[a][2], named[b][2], label


def product_candidates(nlp: Language, sentences: Sequence[SpertSentence]) -> list[Candidate]:
    """Candidates from the product's mentions over ``sentences``, answered from their gold relations."""
    out = []
    for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
        gold = _gold_relations(sentence)
        align = TokenAlignment.of(sentence.tokens)
        for head, tail, head_type, tail_type, label in pair_candidates(doc):
            key = (_key(sentence, align, head, head_type), _key(sentence, align, tail, tail_type), label)
            features = pair_features(head, tail, (head_type, tail_type))
            out.append(Candidate(label, features, key in gold))
    return out


def gold_candidates(base: Language, sentences: Sequence[SpertSentence]) -> list[Candidate]:
    """Candidates from the gold entities themselves (parsed by the base model): clean extra examples."""
    out = []
    for sentence, doc in zip(sentences, base.pipe(s.text for s in sentences), strict=True):
        spans = gold_spans(doc, sentence)
        ents = [(span, span.label_) for span in spans if span is not None]
        position = {id(span): k for k, (span, _) in enumerate(ents)}
        gold = {
            (position[id(spans[r.head])], position[id(spans[r.tail])], r.type)
            for r in sentence.relations
            if spans[r.head] is not None and spans[r.tail] is not None
        }
        doc.ents = non_overlapping([span for span, _ in ents])  # for the entities-between feature
        for i, j, label in typed_pairs(ents):
            features = pair_features(ents[i][0], ents[j][0], (ents[i][1], ents[j][1]))
            out.append(Candidate(label, features, (i, j, label) in gold))
    return out


def news_negatives(nlp: Language, article_ids: Sequence[str]) -> list[Candidate]:
    """Every pair the component would score in these news articles, as a negative (see the module doc)."""
    articles = load_articles(article_ids)
    out = []
    for doc in nlp.pipe((articles[i].text for i in article_ids), batch_size=16):
        for head, tail, head_type, tail_type, label in pair_candidates(doc):
            out.append(Candidate(label, pair_features(head, tail, (head_type, tail_type))))
    return out


def _gold_relations(sentence: SpertSentence) -> set[tuple[Key, Key, str]]:
    ents = [(e.start, e.end, e.type) for e in sentence.entities]
    return {(ents[r.head], ents[r.tail], r.type) for r in sentence.relations}


def _key(sentence: SpertSentence, align: TokenAlignment, span: Span, kind: str) -> Key | None:
    tokens = align.to_tokens(span.start_char, span.end_char)
    if tokens is None:
        return None
    return strip_determiner(sentence.tokens, *tokens), tokens[1], kind
