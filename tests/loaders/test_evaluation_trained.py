"""The CoNLL04-trained components: label mapping, entity merging, the relation model, shipped weights."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from kg.errors import ConfigError
from kg.settings import Settings
from loaders.trained import add_trained_components
from loaders.trained.components import (
    NER_COMPONENT,
    RELATION_COMPONENT,
    RELATIONS_PATH,
    check_upstream,
    reconcile_entities,
    shared_tok2vec_context,
)
from loaders.trained.conll_data import conll_type, literal_label, ner_label
from loaders.trained.relation_model import Candidate, RelationModel, train


@pytest.fixture(scope="module")
def conll_nlp() -> Language:
    nlp = spacy.load(Settings().spacy_model)
    add_trained_components(nlp, Settings(trained_relations=False))
    return nlp


def test_gold_types_are_trained_as_base_labels() -> None:
    assert ner_label("Peop", "ORG", "Smith") == "PERSON"
    assert ner_label("Loc", "LOC", "Atlantic") == "LOC"
    assert ner_label("Loc", "ORG", "Boston") == "GPE"
    assert ner_label("Other", "NORP", "American") == "NORP"
    assert literal_label("13 Feb 94") == "DATE"
    assert literal_label("2100 GMT") == "TIME"
    assert literal_label("$160 , 000") == "MONEY"
    assert literal_label("20 miles") == "QUANTITY"
    assert literal_label("Civil War") == "MISC"
    assert [conll_type(x) for x in ("PERSON", "ORG", "FAC", "MISC", "DATE")] == [
        "Peop",
        "Org",
        "Loc",
        "Other",
        "Other",
    ]
    assert conll_type("Quote") is None


def test_trained_entities_give_way_to_curated_names_and_demonyms_fill_gaps() -> None:
    words = "the Belt and Road Initiative of Chinese leader Xi met American envoys"
    doc = spacy.blank("en")(words)
    spans = {s.text: s for s in (doc[a:b] for a in range(len(doc)) for b in range(a + 1, len(doc) + 1))}

    def ent(text: str, label: str) -> Span:
        return Span(doc, spans[text].start, spans[text].end, label=label)

    trained = [ent("Road Initiative", "PERSON"), ent("Xi", "PERSON"), ent("American", "MISC")]
    curated = [ent("Belt and Road Initiative", "Org")]
    demonyms = [ent("Chinese", "NORP"), ent("American", "NORP")]
    # The curated organisation beats the trained person (it is left to the mention layer's gazetteer
    # pass); a demonym the NER left out becomes NORP; one the NER labelled keeps the NER's label.
    assert [(s.text, s.label_) for s in reconcile_entities(trained, curated, demonyms)] == [
        ("Chinese", "NORP"),
        ("Xi", "PERSON"),
        ("American", "MISC"),
    ]


def test_a_place_ending_in_a_curated_place_is_split_at_the_comma() -> None:
    doc = spacy.blank("en")("born in Porto , Portugal and in Salisbury , N.C.")
    trained = [Span(doc, 2, 5, "GPE"), Span(doc, 7, 10, "GPE")]
    curated = [Span(doc, 4, 5, "Loc")]  # Portugal is in the gazetteer, N.C. is not
    assert [(s.text, s.label_) for s in reconcile_entities(trained, curated)] == [
        ("Porto", "GPE"),
        ("Portugal", "GPE"),
        ("Salisbury , N.C.", "GPE"),
    ]


def test_one_ner_in_the_pipeline_and_it_labels_nationalities(conll_nlp: Language) -> None:
    assert "ner" not in conll_nlp.pipe_names
    doc = conll_nlp("Ukrainians welcomed the Ukrainian President Volodymyr Zelenskyy in Kyiv .")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Ukrainians", "NORP") in ents and ("Ukrainian", "NORP") in ents


def test_trained_ner_refuses_a_model_of_another_language() -> None:
    nlp = spacy.blank("de")
    with pytest.raises(ConfigError, match=r"trained on 'en' text but the spaCy model .* is for 'de'"):
        nlp.add_pipe(NER_COMPONENT)


def test_relation_model_learns_separable_cases_and_round_trips(tmp_path: Path) -> None:
    data = [Candidate("Kill", ["bias", "bw=kill"], True), Candidate("Kill", ["bias", "bw=meet"], False)] * 20
    model = train(data, min_count=1)
    yes, no = (model.probability(Candidate("Kill", f)) for f in (["bias", "bw=kill"], ["bias", "bw=meet"]))
    assert yes > 0.9 > 0.1 > no
    path = tmp_path / "model.json"
    model.save(path)
    assert RelationModel.load(path).probability(Candidate("Kill", ["bias", "bw=kill"])) == pytest.approx(
        yes, abs=1e-3
    )


def test_relation_model_of_another_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text('{"version": 99, "threshold": 0.5, "weights": {}}')
    with pytest.raises(ConfigError, match="format 99, expected 1"):
        RelationModel.load(path)
    with pytest.raises(ConfigError, match="cannot read"):
        RelationModel.load(tmp_path / "absent.json")


def test_shipped_weights_exist_and_are_small() -> None:
    assert RelationModel.load(RELATIONS_PATH).weights
    size = sum(p.stat().st_size for p in RELATIONS_PATH.parent.rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024


def test_shipped_ner_finds_conll_style_entities(conll_nlp: Language) -> None:
    doc = conll_nlp("John Wilkes Booth , who assassinated President Lincoln , was an actor .")
    assert ("John Wilkes Booth", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_settings_switch_the_trained_components() -> None:
    nlp = spacy.blank("en")
    add_trained_components(nlp, Settings(trained_ner=False, trained_relations=False))
    assert nlp.pipe_names == []
    add_trained_components(nlp, Settings(trained_ner=False, trained_relations=True))
    assert nlp.pipe_names == [RELATION_COMPONENT]


def _listener_ner_config(width: int) -> dict[str, Any]:
    tok2vec = {"@architectures": "spacy.Tok2VecListener.v1", "width": width, "upstream": "tok2vec"}
    return {"model": {"tok2vec": tok2vec}}


def test_a_listener_ner_needs_the_hosts_shared_tok2vec(conll_nlp: Language) -> None:
    check_upstream(conll_nlp, _listener_ner_config(96))  # the base model's tok2vec: 96 wide
    check_upstream(spacy.blank("en"), {"model": {"tok2vec": {"@architectures": "spacy.Tok2Vec.v2"}}})
    with pytest.raises(ConfigError, match="lacks"):
        check_upstream(spacy.blank("en"), _listener_ner_config(96))
    with pytest.raises(ConfigError, match="lacks"):
        check_upstream(conll_nlp, _listener_ner_config(128))


def test_shared_tok2vec_context_reads_the_shared_vectors() -> None:
    # Its input is doc.tensor (what the host's tok2vec left there), not the words.
    model = shared_tok2vec_context(width=4, upstream="tok2vec", depth=1, window_size=1, maxout_pieces=2)
    docs = [spacy.blank("en")("Ada met Bo"), spacy.blank("en")("Ada met Bo")]
    docs[0].tensor = numpy.ones((3, 4), dtype="f")
    docs[1].tensor = numpy.zeros((3, 4), dtype="f")
    model.initialize(X=docs)
    first, second = model.predict(docs)
    assert first.shape == (3, 4) and not numpy.allclose(first, second)
