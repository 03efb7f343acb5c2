"""News sentences labelled by the base model's NER: the rehearsal half of the NER's training data.

Fine-tuning the base NER on CoNLL04 alone made it forget what OntoNotes taught it about today's news
(companies typed as people or places, football clubs missed). Pseudo-rehearsal (Robins 1995; spaCy's
"catastrophic forgetting" advice) mixes sentences labelled by the original model into the fine-tuning
batches, so the update keeps agreeing with it where CoNLL04 says nothing.

The sentences come from ../shared/data/news, from articles that are in neither news evaluation set
(eval/news/*-ids.txt), body text only (no headline). The base labels are brought to CoNLL04's conventions
where the two disagree, and where CoNLL04 has a convention the base model cannot supply the tokens are left
*missing* (no gradient either way) rather than taught as outside an entity:
- a leading "the" is not part of a name (CoNLL04 writes "United States", not "the United States");
- dates, amounts and other literals: CoNLL04 annotates some of them as Other, inconsistently; missing;
- the capitalised words just before a person (titles: "President", "Gov."), which CoNLL04 keeps in the
  span and the base model leaves out; missing.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from loaders.entities.cues import LITERAL_LABELS
from loaders.evaluation.news_articles import DEFAULT_NEWS_DIR, load_articles

EVAL_DIR: Final = Path(__file__).resolve().parents[2] / "eval" / "news"
#: Sentences shorter than this say little about context; longer ones are mostly tables or run-ons.
MIN_TOKENS: Final = 6
MAX_TOKENS: Final = 60
#: At most this many capitalised words before a person are taken for a title ("Secretary of State").
TITLE_WORDS: Final = 2


def evaluation_ids(eval_dir: Path = EVAL_DIR) -> set[str]:
    """Every article id of the news evaluation sets (dev, held-out): never used for training."""
    ids: set[str] = set()
    for listing in sorted(eval_dir.glob("*-ids.txt")):
        ids |= {line.strip() for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ids


def training_article_ids(
    per_source: int, seed: int, news_dir: Path = DEFAULT_NEWS_DIR, eval_dir: Path = EVAL_DIR
) -> list[str]:
    """A seeded sample of ``per_source`` article ids from each news file, none of an evaluation set."""
    excluded = evaluation_ids(eval_dir)
    rng = random.Random(seed)
    chosen: list[str] = []
    for path in sorted(news_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            ids = [json.loads(line)["id"] for line in lines if line.strip()]
        pool = sorted(i for i in ids if i not in excluded)
        chosen += rng.sample(pool, min(per_source, len(pool)))
    return chosen


def news_sentences(
    base: Language, article_ids: Sequence[str], news_dir: Path = DEFAULT_NEWS_DIR
) -> list[str]:
    """The body sentences of these articles (as `kg extract` reads them), split by the base model's parser."""
    articles = load_articles(article_ids, news_dir=news_dir)
    bodies = [_body(articles[i].text) for i in article_ids]
    out = []
    with base.select_pipes(enable=["tok2vec", "parser"]):
        for doc in base.pipe(bodies, batch_size=32):
            out += [
                s.text.strip() for s in doc.sents if MIN_TOKENS <= len(s) <= MAX_TOKENS and "\n" not in s.text
            ]
    return out


def _body(text: str) -> str:
    """The article without its headline (the first paragraph: Reuters headlines are in capitals)."""
    head, _, body = text.partition("\n\n")
    return body or head


def silver_examples(nlp: Language, base: Language, sentences: Sequence[str]) -> Iterator[Example]:
    """One training example per sentence: the base NER's entities, in CoNLL04's conventions (see above).

    Args:
        nlp: the pipeline being trained (only its tokenizer is used).
        base: the base model, whose NER labels the sentences.
        sentences: the news sentences.
    """
    for text, base_doc in zip(sentences, base.pipe(sentences, batch_size=64), strict=True):
        ref = nlp.make_doc(text)
        ents, missing = _conventions(ref, base_doc)
        ref.set_ents(ents, missing=missing, default="outside")
        yield Example(nlp.make_doc(text), ref)


def _conventions(ref: Doc, base_doc: Doc) -> tuple[list[Span], list[Span]]:
    """The base entities moved onto ``ref``'s tokens: the spans to teach and the spans to leave missing."""
    ents: list[Span] = []
    missing: list[Span] = []
    for ent in base_doc.ents:
        span = ref.char_span(ent.start_char, ent.end_char, label=ent.label_)
        if span is None:
            continue
        if ent.label_ in LITERAL_LABELS:
            missing.append(span)
            continue
        start = span.start + (len(span) > 1 and span[0].lower_ == "the")
        ents.append(Span(ref, start, span.end, label=ent.label_))
        if ent.label_ == "PERSON":
            missing += _title_before(ref, start)
    named = {i for e in ents for i in range(e.start, e.end)}
    unknown = {i for m in missing for i in range(m.start, m.end)} - named
    return ents, [ref[i : i + 1] for i in sorted(unknown)]


def _title_before(doc: Doc, start: int) -> list[Span]:
    """The capitalised words (a title, perhaps) right before a person's name, at most TITLE_WORDS."""
    first = start
    while first > 0 and start - first < TITLE_WORDS and doc[first - 1].text[:1].isupper():
        first -= 1
    return [Span(doc, first, start)] if first < start else []
