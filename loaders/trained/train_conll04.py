"""Train the components shipped in loaders/trained/ (CPU; the NER takes most of an hour on 2 shared cores).

    nice python -m loaders.trained.train_conll04 [--data ../shared/data/conll04] [--epochs 12]
        [--rehearsal 1.0] [--articles 400] [--news-negatives 300] [--skip-ner] [--skip-relations]
        [--ner-out DIR]

Trains (1) ``conll04_ner/``: the base model's NER fine-tuned on the CoNLL04 train split mixed with news
sentences the base model labelled (pseudo-rehearsal, loaders.trained.train_ner), keeping the epoch whose
product scores best on the CoNLL04 dev split and the news dev set together (never a test or held-out set);
and (2) ``conll04_relations.json``, the relation classifier, on the product pipeline's own mentions over
train and on news negatives (loaders.trained.train_relations), its threshold tuned on dev. The base model
comes from ``Settings().spacy_model`` (KG_SPACY_MODEL). Seeded: a rerun on the same data gives the same
choices.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from kg.settings import Settings
from loaders.evaluation.conll04 import predict
from loaders.evaluation.news import SYMMETRIC
from loaders.evaluation.news_gold import read_annotations
from loaders.evaluation.scoring import evaluate
from loaders.evaluation.spert import SpertSentence, read_spert
from loaders.nlp import build_nlp, load_base
from loaders.trained import relation_model
from loaders.trained.components import (
    NER_DIR,
    RELATION_COMPONENT,
    RELATIONS_PATH,
    ConllRelationClassifier,
)
from loaders.trained.news_silver import EVAL_DIR, training_article_ids
from loaders.trained.relation_model import RelationModel
from loaders.trained.train_ner import ProductJudge, Recipe, train_ner
from loaders.trained.train_relations import (
    gold_candidates,
    news_negatives,
    product_candidates,
    without_relations,
)

#: Differences in dev relation F1 below this are noise (about one relation in 343).
NOISE = 0.002
#: The news articles of the relation classifier's negatives are drawn with this seed (the NER's with 0).
NEWS_SEED = 1
DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "conll04"


def train_relations(
    settings: Settings, train: list[SpertSentence], dev: list[SpertSentence], news_articles: int
) -> None:
    """Train the relation classifier on train (product mentions + gold entities) and news negatives, tune
    its threshold on dev, save."""
    nlp = without_relations(build_nlp(settings.model_copy(update={"trained_relations": False})))
    candidates = product_candidates(nlp, train) + gold_candidates(load_base(settings), train)
    if news_articles:
        negatives = news_negatives(nlp, training_article_ids(news_articles // 2, NEWS_SEED))
        print(f"relations: {len(negatives)} news negatives of {news_articles} articles", flush=True)
        candidates += negatives
    model = relation_model.train(candidates)
    model.threshold = tune_product_threshold(settings, model, dev)
    model.save(RELATIONS_PATH)
    print(f"relations: threshold {model.threshold:.2f}, saved to {RELATIONS_PATH}")


def tune_product_threshold(settings: Settings, model: RelationModel, dev: Sequence[SpertSentence]) -> float:
    """The threshold that maximises the product's strict relation F1 on dev, with the classifier on and no
    minimum confidence (`KG_TRAINED_RELATIONS=true KG_MIN_CONFIDENCE=0 kg eval conll04`)."""
    nlp = build_nlp(settings.model_copy(update={"trained_relations": True}))
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
    defaults = Recipe()
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument(
        "--rehearsal", type=float, default=defaults.rehearsal, help="news sentences per CoNLL04 sentence"
    )
    parser.add_argument(
        "--shared-tok2vec", action="store_true", help="a NER head over the base model's tok2vec"
    )
    parser.add_argument("--context-depth", type=int, default=0, help="context layers over the shared tok2vec")
    parser.add_argument("--judge-from", type=int, default=0, help="first epoch judged")
    parser.add_argument("--dropout", type=float, default=defaults.dropout)
    parser.add_argument("--articles", type=int, default=defaults.articles_per_source, help="per news file")
    parser.add_argument(
        "--ner-out", type=Path, default=NER_DIR, help="where the NER goes (trials: elsewhere)"
    )
    parser.add_argument(
        "--skip-ner", action="store_true", help="keep the shipped NER, retrain relations only"
    )
    parser.add_argument("--skip-relations", action="store_true", help="train the NER only")
    parser.add_argument(
        "--news-negatives", type=int, default=300, help="news articles whose pairs are negatives (0: none)"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    train = read_spert(args.data / "conll04_train.json")
    dev = read_spert(args.data / "conll04_dev.json")
    settings = Settings()
    if not args.skip_ner:
        started = time.perf_counter()
        judge = ProductJudge(settings, dev, read_annotations([EVAL_DIR / "dev"], SYMMETRIC))
        recipe = Recipe(
            args.epochs,
            args.rehearsal,
            args.articles,
            args.dropout,
            args.shared_tok2vec,
            args.judge_from,
            args.context_depth,
        )
        best = train_ner(settings, train, judge, recipe, args.ner_out)
        print(f"NER: kept {best}; trained in {time.perf_counter() - started:.0f} s")
    if not args.skip_relations:
        started = time.perf_counter()
        train_relations(settings, train, dev, args.news_negatives)
        print(f"relations: trained in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
