"""Fine-tuning the base NER on CoNLL04 with pseudo-rehearsal on news, and choosing the epoch to ship.

Each epoch trains on the CoNLL04 train split plus a fresh seeded draw of news sentences labelled by the
base model (loaders.trained.news_silver), ``rehearsal`` of them per CoNLL04 sentence. After each epoch the
NER is put into the product pipeline and scored twice, as the user would score it: entity F1 of
`kg eval conll04` on the CoNLL04 dev split, and entity F1 of `kg eval news` on the news dev set
(eval/news/dev). The epoch kept is the one with the best mean of the two (:func:`epoch_score`), so neither
the CoNLL04 conventions nor the news knowledge is given up for the other. Test and held-out sets are
never read.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.training import Example
from thinc.api import Adam, Optimizer, compounding, fix_random_seed

from kg.settings import Settings
from loaders.evaluation import news
from loaders.evaluation.conll04 import predict
from loaders.evaluation.news_gold import Annotation
from loaders.evaluation.scoring import evaluate
from loaders.evaluation.spert import SpertSentence
from loaders.extract import extract_articles
from loaders.nlp import build_nlp, load_base
from loaders.trained.components import NER_COMPONENT, ConllEntityRecognizer
from loaders.trained.conll_data import MISC, ner_examples
from loaders.trained.news_silver import news_sentences, silver_examples, training_article_ids
from loaders.trained.train_relations import without_relations

SEED = 0


@dataclass(frozen=True, slots=True)
class Recipe:
    """What the NER is trained on and for how long."""

    epochs: int = 12
    #: News (silver) sentences per CoNLL04 train sentence in each epoch; 0 trains on CoNLL04 alone.
    rehearsal: float = 1.0
    #: Articles drawn from each news file for the silver pool (a fresh subset of it each epoch).
    articles_per_source: int = 400
    dropout: float = 0.3
    #: A NER head of its own over the base model's shared ``tok2vec`` (frozen, read from ``doc.tensor``)
    #: instead of the base NER fine-tuned with a tok2vec of its own: it skips a second tok2vec at run time.
    shared_tok2vec: bool = False
    #: Epochs before this one are trained but not judged (a head trained from scratch is poor early on).
    judge_from: int = 0
    #: Trainable context layers over the shared vectors (kg.SharedTok2VecContext.v1); 0: the listener alone.
    context_depth: int = 0


@dataclass(frozen=True, slots=True)
class EpochScores:
    """The product's entity scores with one epoch's NER."""

    conll_f1: float
    news_precision: float
    news_recall: float
    news_f1: float
    alias_precision: float

    def __str__(self) -> str:
        return (
            f"conll04 dev entity F1 {self.conll_f1:.4f}  news dev entity P {self.news_precision:.4f} "
            f"R {self.news_recall:.4f} F1 {self.news_f1:.4f}  alias P {self.alias_precision:.4f}  "
            f"score {epoch_score(self):.4f}"
        )


def epoch_score(scores: EpochScores) -> float:
    """How an epoch is judged: the mean of the product's CoNLL04 dev and news dev entity F1."""
    return (scores.conll_f1 + scores.news_f1) / 2


class ProductJudge:
    """Scores a NER in the product pipeline on CoNLL04 dev and the news dev set (entities only)."""

    def __init__(
        self, settings: Settings, conll_dev: Sequence[SpertSentence], news_dev: Sequence[Annotation]
    ) -> None:
        self.settings = settings.model_copy(update={"trained_ner": True, "nlp_processes": 1})
        self.product = without_relations(build_nlp(self.settings))
        component = self.product.get_pipe(NER_COMPONENT)
        assert isinstance(component, ConllEntityRecognizer)
        self.component = component
        self.conll_dev = conll_dev
        self.news_dev = news_dev

    def use_model(self, model: dict[str, Any]) -> None:
        """Judge NERs of this architecture (a listener NER's weights do not fit the shipped one's)."""
        ner = self.product.create_pipe("ner", name=NER_COMPONENT, config={"model": model})
        assert isinstance(ner, EntityRecognizer)
        self.component.ner = ner

    def __call__(self, ner: EntityRecognizer) -> EpochScores:
        self.component.ner.from_bytes(ner.to_bytes(exclude=["vocab"]), exclude=["vocab"])
        conll = evaluate(self.conll_dev, predict(self.conll_dev, self.product)).entities.micro
        result = news.run(
            self.news_dev, lambda articles: list(extract_articles(articles, self.product, self.settings))
        )
        return EpochScores(
            conll.f1,
            result.entities.precision,
            result.entities.recall,
            result.entities.f1,
            result.alias_precision,
        )


def train_ner(
    settings: Settings,
    train: Sequence[SpertSentence],
    judge: ProductJudge,
    recipe: Recipe,
    out: Path,
) -> EpochScores:
    """Fine-tune the base NER (see the module's doc); keep the best epoch in ``out``; return its scores."""
    fix_random_seed(SEED)
    rng = random.Random(SEED)
    base = load_base(settings)
    nlp = load_base(settings)  # a second copy, whose NER is trained alone
    for name in [p for p in nlp.component_names if p != "ner"]:
        nlp.remove_pipe(name)
    if recipe.shared_tok2vec:
        nlp.replace_pipe("ner", "ner", config={"model": listener_ner_model(base, recipe.context_depth)})
        judge.use_model(listener_ner_model(base, recipe.context_depth))
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, EntityRecognizer)
    ner.add_label(MISC)
    gold = list(ner_examples(nlp, base, train))
    silver = _silver_pool(nlp, base, recipe) if recipe.rehearsal > 0 else []
    if recipe.shared_tok2vec:
        _set_base_tensors(base, gold + silver)
        ner.initialize(lambda: gold + silver, nlp=nlp)
        optimizer = Adam(0.001, L2=0.01, grad_clip=1.0, use_averages=True)  # the base model's own
    else:
        optimizer = nlp.resume_training()
    best: EpochScores | None = None
    for epoch in range(recipe.epochs):
        started = time.perf_counter()
        draw = rng.sample(silver, min(len(silver), round(recipe.rehearsal * len(gold))))
        loss = _train_epoch(nlp, gold + draw, optimizer, rng, recipe.dropout)
        if epoch < recipe.judge_from:
            print(f"epoch {epoch:2d}  loss {loss:8.1f}  {time.perf_counter() - started:.0f} s", flush=True)
            continue
        scores = judge(ner)
        kept = best is None or epoch_score(scores) > epoch_score(best)
        print(
            f"epoch {epoch:2d}  loss {loss:8.1f}  {scores}  {time.perf_counter() - started:.0f} s"
            + ("  kept" if kept else ""),
            flush=True,
        )
        if kept:
            best = scores
            nlp.to_disk(out, exclude=["vocab", "tokenizer"])  # the component reads ner/ and config
    assert best is not None, "no epoch was trained"
    return best


def listener_ner_model(base: Language, context_depth: int = 0) -> dict[str, Any]:
    """The base NER's architecture with a listener of the base model's ``tok2vec`` in place of a tok2vec
    of its own (with ``context_depth`` trainable layers on top): at run time it reads the vectors the shared
    tok2vec left in ``doc.tensor``."""
    width = base.config["components"]["tok2vec"]["model"]["encode"]["width"]
    listener: dict[str, Any] = {
        "@architectures": "spacy.Tok2VecListener.v1",
        "width": width,
        "upstream": "tok2vec",
    }
    if context_depth:
        listener |= {
            "@architectures": "kg.SharedTok2VecContext.v1",
            "depth": context_depth,
            "window_size": 1,
            "maxout_pieces": 3,
        }
    return {**base.config["components"]["ner"]["model"], "tok2vec": listener}


def _set_base_tensors(base: Language, examples: Sequence[Example]) -> None:
    """Run the base model's tok2vec (frozen: at inference) over each example's predicted Doc, so the
    listener reads in training what it reads in the product: ``doc.tensor``."""
    started = time.perf_counter()
    with base.select_pipes(enable=["tok2vec"]):
        for _ in base.pipe((eg.predicted for eg in examples), batch_size=256):
            pass  # it sets doc.tensor in place
    print(f"base tensors: {len(examples)} docs, {time.perf_counter() - started:.0f} s", flush=True)


def _silver_pool(nlp: Language, base: Language, recipe: Recipe) -> list[Example]:
    started = time.perf_counter()
    ids = training_article_ids(recipe.articles_per_source, SEED)
    pool = list(silver_examples(nlp, base, news_sentences(base, ids)))
    print(f"silver pool: {len(pool)} sentences of {len(ids)} articles, {time.perf_counter() - started:.0f} s")
    return pool


def _train_epoch(
    nlp: Language, examples: list[Example], optimizer: Optimizer, rng: random.Random, dropout: float
) -> float:
    rng.shuffle(examples)
    losses: dict[str, float] = {}
    sizes = iter(compounding(4.0, 32.0, 1.001))
    rest = iter(examples)
    while batch := list(islice(rest, int(next(sizes)))):
        nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
    return losses.get("ner", 0.0)
