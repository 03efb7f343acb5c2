"""The news in the training data: which articles, base labels in CoNLL04's conventions, relation negatives."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from kg.settings import Settings
from loaders.trained.news_silver import evaluation_ids, silver_examples, training_article_ids
from loaders.trained.train_ner import EpochScores, epoch_score

NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news"


@pytest.fixture(scope="module")
def base() -> Language:
    return spacy.load(Settings().spacy_model)


def test_training_articles_are_drawn_from_both_sources_never_from_the_evaluation_sets() -> None:
    held = evaluation_ids()
    assert {"bbc-business-005", "reuters21578-10246"} <= held  # a dev article of each source
    assert len([i for i in held if i.startswith("reuters")]) == 260  # dev 20, held-out 10, dev2-dev24 10 each
    chosen = training_article_ids(300, seed=0, news_dir=NEWS)
    assert len(chosen) == 600 == len(set(chosen))
    assert sum(i.startswith("bbc-") for i in chosen) == 300
    assert held.isdisjoint(chosen)
    assert training_article_ids(300, seed=0, news_dir=NEWS) == chosen  # seeded


def test_evaluation_ids_are_read_from_every_listing(tmp_path: Path) -> None:
    (tmp_path / "dev-ids.txt").write_text("bbc-tech-001\n\nbbc-tech-002\n")
    (tmp_path / "heldout-ids.txt").write_text("reuters21578-7\n")
    assert evaluation_ids(tmp_path) == {"bbc-tech-001", "bbc-tech-002", "reuters21578-7"}


def test_silver_labels_follow_conll04_where_it_has_a_convention(base: Language) -> None:
    text = "On Sunday President Bill Clinton met the Bank of England in London ."
    (example,) = silver_examples(base, base, [text])
    tags = {t.text: (t.ent_iob_, t.ent_type_) for t in example.reference}
    base_ents = {e.text: e.label_ for e in base(text).ents}
    assert base_ents.get("Bill Clinton") == "PERSON" and "Sunday" in base_ents  # what the base model says
    assert tags["Bill"] == ("B", "PERSON") and tags["London"] == ("B", "GPE")
    assert tags["the"] == ("O", "")  # no leading "the" in a name
    assert tags["Bank"][0] == "B"
    assert tags["Sunday"] == ("", "")  # a literal: missing, neither taught nor untaught
    assert tags["President"] == ("", "")  # a title CoNLL04 would keep in the span: missing
    assert tags["met"] == ("O", "")


def test_the_epoch_score_weighs_both_sets_alike() -> None:
    a = EpochScores(conll_f1=0.80, news_precision=0.9, news_recall=0.7, news_f1=0.78, alias_precision=0.7)
    b = EpochScores(conll_f1=0.78, news_precision=0.9, news_recall=0.7, news_f1=0.80, alias_precision=0.7)
    assert epoch_score(a) == pytest.approx(epoch_score(b)) == pytest.approx(0.79)


def test_news_negatives_are_the_pairs_the_classifier_would_score_all_negative() -> None:
    from loaders.nlp import build_nlp
    from loaders.trained.relation_model import SIGNATURES
    from loaders.trained.train_relations import news_negatives, without_relations

    nlp = without_relations(build_nlp(Settings(trained_relations=True)))
    negatives = news_negatives(nlp, ["bbc-business-001"])  # Time Warner's results: no evaluation article
    assert negatives and not any(c.gold for c in negatives)
    assert {c.label for c in negatives} <= set(SIGNATURES.values())
    assert all("bias" in c.features for c in negatives)
