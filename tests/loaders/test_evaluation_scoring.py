"""The CoNLL04 scorer on small hand-made cases whose P/R/F1 are worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InvalidInputError
from loaders.evaluation.align import TokenAlignment
from loaders.evaluation.mapping import entity_type, relation_label, strip_determiner
from loaders.evaluation.report import format_json, format_table
from loaders.evaluation.scoring import evaluate
from loaders.evaluation.spert import SpertEntity, SpertRelation, SpertSentence, read_spert, write_spert

TOKENS = (
    "John",
    "Smith",
    ",",
    "a",
    "spokesman",
    "for",
    "Acme",
    "Corp",
    "in",
    "Boston",
    ",",
    "said",
    "it",
    ".",
)
PEOP, ORG, LOC = SpertEntity("Peop", 0, 2), SpertEntity("Org", 6, 8), SpertEntity("Loc", 9, 10)
GOLD = SpertSentence(
    TOKENS,
    (PEOP, ORG, LOC),
    (SpertRelation("Work_For", 0, 1), SpertRelation("OrgBased_In", 1, 2)),
)


def test_perfect_prediction_scores_one() -> None:
    result = evaluate([GOLD], [GOLD])
    assert (result.entities.micro.f1, result.relations.micro.f1) == (1.0, 1.0)
    assert result.entities.per_type["Other"].tp == 0


def test_wrong_span_or_type_is_one_false_positive_and_one_false_negative() -> None:
    # "Smith" alone (span wrong), Acme Corp typed Loc (type wrong), Boston right: 1 tp, 2 fp, 2 fn.
    pred = SpertSentence(TOKENS, (SpertEntity("Peop", 1, 2), SpertEntity("Loc", 6, 8), LOC))
    result = evaluate([GOLD], [pred])
    micro = result.entities.micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 2, 2)
    assert micro.precision == pytest.approx(1 / 3)
    assert micro.recall == pytest.approx(1 / 3)
    assert micro.f1 == pytest.approx(1 / 3)
    assert result.entities.per_type["Org"].fn == 1
    assert result.entities.per_type["Loc"].fp == 1 and result.entities.per_type["Loc"].tp == 1


def test_relation_needs_label_both_spans_and_both_types() -> None:
    wrong_tail_type = SpertEntity("Loc", 6, 8)
    pred = SpertSentence(
        TOKENS,
        (PEOP, wrong_tail_type, LOC),
        (SpertRelation("Work_For", 0, 1), SpertRelation("OrgBased_In", 1, 2)),
    )
    assert evaluate([GOLD], [pred]).relations.micro.tp == 0
    wrong_label = SpertSentence(TOKENS, GOLD.entities, (SpertRelation("Live_In", 0, 2),))
    rel = evaluate([GOLD], [wrong_label]).relations
    assert (rel.micro.tp, rel.micro.fp, rel.micro.fn) == (0, 1, 2)
    assert rel.per_type["Live_In"].fp == 1


def test_relation_scores_over_several_sentences() -> None:
    # Sentence 1 has both relations right plus a spurious one; sentence 2 misses its only relation.
    extra = SpertSentence(TOKENS, GOLD.entities, (*GOLD.relations, SpertRelation("Live_In", 0, 2)))
    second = SpertSentence(("Ann", "killed", "Bob"), (SpertEntity("Peop", 0, 1), SpertEntity("Peop", 2, 3)))
    second_gold = SpertSentence(second.tokens, second.entities, (SpertRelation("Kill", 0, 1),))
    micro = evaluate([GOLD, second_gold], [extra, second]).relations.micro
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 1)
    assert micro.precision == pytest.approx(2 / 3)
    assert micro.recall == pytest.approx(2 / 3)
    assert micro.f1 == pytest.approx(2 / 3)


def test_duplicates_count_once_and_empty_prediction_scores_zero() -> None:
    doubled = SpertSentence(TOKENS, (PEOP, PEOP))
    micro = evaluate([GOLD], [doubled]).entities.micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 0, 2)
    empty = evaluate([GOLD], [SpertSentence(TOKENS)])
    assert (empty.entities.micro.f1, empty.entities.micro.precision) == (0.0, 0.0)


def test_sentence_counts_must_match() -> None:
    with pytest.raises(ValueError, match="1 gold sentences but 0 predicted"):
        evaluate([GOLD], [])


def test_alignment_maps_characters_to_the_gold_tokens_they_overlap() -> None:
    align = TokenAlignment.of(["the", "theater."])
    assert align.to_chars(1, 2) == (4, 12)
    assert align.to_tokens(4, 11) == (1, 2)  # spaCy's "theater" without the full stop
    assert align.to_tokens(0, 12) == (0, 2)
    assert align.to_tokens(3, 4) is None  # only the joining space


def test_mapping_follows_the_vocabulary_note() -> None:
    assert [entity_type(k) for k in ("Person", "Organization", "Country", "City", "Location")] == [
        "Peop",
        "Org",
        "Loc",
        "Loc",
        "Loc",
    ]
    assert entity_type("DATE") == entity_type("Event") == entity_type("NORP") == "Other"
    assert entity_type("Quote") is None and entity_type("PRON") is None and entity_type("Position") is None
    assert relation_label("leaderOf", "Peop", "Loc") == "Live_In"
    assert relation_label("leaderOf", "Peop", "Org") == "Work_For"
    assert relation_label("locatedIn", "Org", "Loc") == "OrgBased_In"
    assert relation_label("locatedIn", "Loc", "Loc") == "Located_In"
    assert relation_label("worksFor", "Peop", "Loc") == "Work_For"  # scored, and then wrong by type
    assert relation_label("metWith", "Peop", "Peop") is None
    assert strip_determiner(["the", "United", "States"], 0, 3) == 1
    assert strip_determiner(["The"], 0, 1) == 0


def test_spert_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "preds.json"
    write_spert(path, [GOLD])
    assert read_spert(path) == [GOLD]
    assert json.loads(path.read_text())[0]["relations"][1] == {"type": "OrgBased_In", "head": 1, "tail": 2}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a SpERT JSON file"),
        ('{"tokens": []}', "expected a JSON list of sentences"),
        (
            '[{"tokens": ["a"], "entities": [{"type": "Peop", "start": 0, "end": 2}]}]',
            "sentence 0: entity span 0..2",
        ),
        (
            '[{"tokens": ["a"], "relations": [{"type": "Kill", "head": 0, "tail": 1}]}]',
            "points at a missing entity",
        ),
        ('[{"tokens": ["a b"]}]', "tokens must be non-empty strings without whitespace"),
    ],
)
def test_bad_files_are_named_with_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(InvalidInputError, match=message) as info:
        read_spert(path)
    assert str(path) in str(info.value)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="no such file"):
        read_spert(tmp_path / "absent.json")


def test_reports_show_every_type_and_the_micro_row() -> None:
    result = evaluate([GOLD], [GOLD])
    table = format_table(result, "dev.json")
    assert "Work_For" in table and "Kill" in table and "micro" in table and "dev.json" in table
    data = json.loads(format_json(result, "dev.json"))
    assert data["relations"]["micro"]["f1"] == 1.0
    assert data["entities"]["per_type"]["Org"]["support"] == 1
