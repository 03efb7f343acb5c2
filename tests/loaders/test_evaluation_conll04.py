"""`kg eval conll04` end to end: a few CoNLL04 dev sentences through the real product pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from cli.main import app
from loaders.evaluation.conll04 import evaluate_file
from loaders.evaluation.spert import SpertSentence, read_spert, write_spert

DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "conll04" / "conll04_dev.json"


@pytest.fixture(scope="module")
def few_sentences(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[SpertSentence]]:
    """The first dev sentences, written to a temporary file (the shared data is only read)."""
    sentences = read_spert(DEV)[:12]
    path = tmp_path_factory.mktemp("conll04") / "few.json"
    write_spert(path, sentences)
    return path, sentences


def test_the_product_pipeline_finds_conll04_entities_and_relations(
    nlp: Language, few_sentences: tuple[Path, list[SpertSentence]]
) -> None:
    path, gold = few_sentences
    result, predicted = evaluate_file(path, nlp)
    assert [p.tokens for p in predicted] == [g.tokens for g in gold]
    assert result.sentences == 12
    assert result.entities.micro.f1 >= 0.6, result.as_dict()
    assert result.relations.micro.tp >= 2, result.as_dict()
    first = predicted[0]  # "John Wilkes Booth , who assassinated President Lincoln , was an actor ."
    assert any(e.type == "Peop" and (e.start, e.end) == (0, 3) for e in first.entities)


def test_cli_prints_json_and_writes_predictions(
    few_sentences: tuple[Path, list[SpertSentence]], tmp_path: Path
) -> None:
    path, gold = few_sentences
    out = tmp_path / "predictions.json"
    result = CliRunner().invoke(app, ["eval", "conll04", str(path), "--json", "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["sentences"] == 12
    assert set(scores["relations"]["per_type"]) == {
        "Work_For",
        "Live_In",
        "Located_In",
        "OrgBased_In",
        "Kill",
    }
    written = read_spert(out)
    assert [s.tokens for s in written] == [s.tokens for s in gold]


def test_cli_names_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a list"}')
    result = CliRunner().invoke(app, ["eval", "conll04", str(bad)])
    assert result.exit_code == 2
    assert str(bad) in result.stderr and "expected a JSON list of sentences" in result.stderr
