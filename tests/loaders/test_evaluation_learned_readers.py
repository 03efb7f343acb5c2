"""The learned readers' experiment (loaders/evaluation/learned_readers.py): candidates are labelled from the
gold by the sentence that states each fact, and the model learns what separates a fact from none."""

from __future__ import annotations

from pathlib import Path

from loaders.evaluation.learned_readers import (
    NONE,
    Candidate,
    Model,
    added_facts,
    candidates,
    pair_candidates,
)

DEV = Path(__file__).resolve().parents[2] / "eval" / "news" / "dev"


def test_a_gold_fact_labels_the_pair_of_names_in_the_sentence_that_states_it() -> None:
    found = candidates([DEV / "bbc-business-005.json"], pair_candidates)
    labels = {(c.ends, c.gold) for c in found}
    assert (("AlliedDomecq", "UK"), "basedIn") in labels  # "UK drinks and food firm Allied Domecq"
    assert (("UK", "AlliedDomecq"), NONE) in labels  # the other way round states nothing


def test_the_model_learns_a_separable_feature_and_counts_what_it_adds_beyond_the_rules() -> None:
    def cand(feature: str, gold: str, article: str, ruled: frozenset[str] = frozenset()) -> Candidate:
        in_gold = frozenset({"makes"}) if gold == "makes" else frozenset()
        return Candidate(article, ("A", "B"), ("makes",), ("bias", feature), gold, ruled, in_gold)

    train = [cand("cue=maker", "makes", f"a{i}") for i in range(20)]
    train += [cand("cue=visitor", NONE, f"b{i}") for i in range(20)]
    model = Model().train(train)
    test = [cand("cue=maker", "makes", "x"), cand("cue=visitor", NONE, "y")]
    test.append(cand("cue=maker", "makes", "z", ruled=frozenset({"makes"})))  # the rules have it already
    assert added_facts(model, test, 0.5) == (1, 0)
