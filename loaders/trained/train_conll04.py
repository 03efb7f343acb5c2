"""Train the CoNLL04 components shipped in loaders/trained/ (CPU, a few minutes).

    nice python -m loaders.trained.train_conll04 [--data ../shared/data/conll04] [--epochs 12] [--skip-ner]

Trains (1) ``conll04_ner/``: the base model's NER fine-tuned on the CoNLL04 train split, keeping the epoch
that is best on the dev split (never the test split); and (2) ``conll04_relations.json``, the relation
classifier, on the product pipeline's own mentions over train (loaders.trained.train_relations), its
threshold tuned on dev. The base model comes from ``Settings().spacy_model`` (KG_SPACY_MODEL).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Iterable, Sequence
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.training import Example
from thinc.api import compounding, fix_random_seed

from kg.settings import Settings
from loaders.evaluation.align import TokenAlignment
from loaders.evaluation.conll04 import predict
from loaders.evaluation.mapping import strip_determiner
from loaders.evaluation.scoring import evaluate
from loaders.evaluation.spert import SpertEntity, SpertRelation, SpertSentence, read_spert
from loaders.nlp import build_nlp, load_base
from loaders.trained import relation_model
from loaders.trained.components import (
    NER_DIR,
    RELATION_COMPONENT,
    RELATIONS_PATH,
    ConllRelationClassifier,
)
from loaders.trained.conll_data import (
    MISC,
    conll_type,
    ner_examples,
)
from loaders.trained.relation_model import RelationModel
from loaders.trained.train_relations import gold_candidates, product_candidates, without_relations

#: Differences in dev relation F1 below this are noise (about one relation in 343).
NOISE = 0.002
DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "conll04"


def doc_prediction(
    sentence: SpertSentence, doc: Doc, relations: Iterable[tuple[Span, Span, str]] = ()
) -> SpertSentence:
    """A parsed sentence's entities (and the given relations) over the gold tokens, as a SpERT sentence."""
    align = TokenAlignment.of(sentence.tokens)
    index: dict[tuple[int, int], int] = {}
    ents: list[SpertEntity] = []
    for ent in doc.ents:
        span, kind = align.to_tokens(ent.start_char, ent.end_char), conll_type(ent.label_)
        if span is not None and kind is not None:
            index[(ent.start, ent.end)] = len(ents)
            ents.append(SpertEntity(kind, strip_determiner(sentence.tokens, *span), span[1]))
    rels = {
        SpertRelation(label, index[(h.start, h.end)], index[(t.start, t.end)])
        for h, t, label in relations
        if (h.start, h.end) in index and (t.start, t.end) in index
    }
    return SpertSentence(sentence.tokens, tuple(ents), tuple(rels))


def ner_predictions(nlp: Language, sentences: Sequence[SpertSentence]) -> list[SpertSentence]:
    """The NER's entities over the gold tokens, as SpERT sentences."""
    docs = nlp.pipe(s.text for s in sentences)
    return [doc_prediction(s, doc) for s, doc in zip(sentences, docs, strict=True)]


def train_ner(settings: Settings, train: list[SpertSentence], dev: list[SpertSentence], epochs: int) -> float:
    """Fine-tune the base NER on ``train``; keep the best epoch on ``dev`` in NER_DIR; return its F1."""
    fix_random_seed(0)
    base = load_base(settings)
    nlp = load_base(settings)  # a second copy, whose NER is fine-tuned alone
    for name in [p for p in nlp.component_names if p != "ner"]:
        nlp.remove_pipe(name)
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, EntityRecognizer)
    ner.add_label(MISC)
    examples = list(ner_examples(nlp, base, train))
    optimizer = nlp.resume_training()
    best = -1.0
    for epoch in range(epochs):
        losses = _train_epoch(nlp, examples, optimizer)
        f1 = evaluate(dev, ner_predictions(nlp, dev)).entities.micro.f1
        print(f"epoch {epoch:2d}  loss {losses:9.1f}  dev entity F1 {f1:.4f}", flush=True)
        if f1 > best:
            best = f1
            nlp.to_disk(NER_DIR, exclude=["vocab", "tokenizer"])  # the component reads ner/ and config
    return best


def _train_epoch(nlp: Language, examples: list[Example], optimizer: object) -> float:
    random.shuffle(examples)
    losses: dict[str, float] = {}
    sizes = iter(compounding(4.0, 32.0, 1.001))
    rest = iter(examples)
    while batch := list(islice(rest, int(next(sizes)))):
        nlp.update(batch, drop=0.3, sgd=optimizer, losses=losses)  # type: ignore[arg-type]
    return losses.get("ner", 0.0)


def train_relations(settings: Settings, train: list[SpertSentence], dev: list[SpertSentence]) -> None:
    """Train the relation classifier on train (product mentions + gold entities), tune on dev, save."""
    nlp = without_relations(build_nlp(settings))
    candidates = product_candidates(nlp, train) + gold_candidates(load_base(settings), train)
    model = relation_model.train(candidates)
    model.threshold = tune_product_threshold(settings, model, dev)
    model.save(RELATIONS_PATH)
    print(f"relations: threshold {model.threshold:.2f}, saved to {RELATIONS_PATH}")


def tune_product_threshold(settings: Settings, model: RelationModel, dev: Sequence[SpertSentence]) -> float:
    """The threshold that maximises the product's strict relation F1 on dev (kg eval conll04's number)."""
    nlp = build_nlp(settings)
    classifier = nlp.get_pipe(RELATION_COMPONENT)
    assert isinstance(classifier, ConllRelationClassifier)
    classifier.model = model
    scores = {}
    for threshold in [x / 100 for x in range(20, 66, 5)]:
        model.threshold = threshold
        scores[threshold] = evaluate(dev, predict(dev, nlp)).relations.micro.f1
        print(f"threshold {threshold:.2f}: dev relation F1 {scores[threshold]:.4f}", flush=True)
    # Within noise of the best, the higher threshold: fewer, surer facts on text unlike CoNLL04.
    best = max(scores.values())
    return max(t for t, f1 in scores.items() if f1 >= best - NOISE)


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="folder with conll04_{train,dev}.json"
    )
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument(
        "--skip-ner", action="store_true", help="keep the shipped NER, retrain relations only"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    train = read_spert(args.data / "conll04_train.json")
    dev = read_spert(args.data / "conll04_dev.json")
    settings = Settings()
    if not args.skip_ner:
        started = time.perf_counter()
        f1 = train_ner(settings, train, dev, args.epochs)
        print(f"NER: best dev entity F1 {f1:.4f}, trained in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    train_relations(settings, train, dev)
    print(f"relations: trained in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
