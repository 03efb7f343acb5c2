"""The evaluation result as a table for people and as JSON for machines."""

from __future__ import annotations

import json

from loaders.evaluation.scoring import Counts, EvaluationResult, Scores

_HEADER = f"{'':14}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}{'tp':>6}{'fp':>6}{'fn':>6}"


def _row(name: str, c: Counts) -> str:
    return f"{name:14}{c.precision:8.4f}{c.recall:8.4f}{c.f1:8.4f}{c.tp + c.fn:9d}{c.tp:6d}{c.fp:6d}{c.fn:6d}"


def _table(title: str, scores: Scores) -> list[str]:
    lines = [f"{title:14}{_HEADER[14:]}"]
    lines += [_row("  " + name, counts) for name, counts in scores.per_type.items()]
    lines.append(_row("  micro", scores.micro))
    return lines


def format_table(result: EvaluationResult, source: str) -> str:
    """Per-type and micro P/R/F1 for entities and relations, as aligned text."""
    lines = [
        f"CoNLL04 evaluation of {source}: {result.sentences} sentences",
        "strict: entity = exact span + type; relation = label + both spans + both types",
        "",
        *_table("Entities", result.entities),
        "",
        *_table("Relations", result.relations),
    ]
    return "\n".join(lines)


def format_json(result: EvaluationResult, source: str) -> str:
    """The same numbers as :func:`format_table`, as JSON (counts and rates to 4 decimals)."""
    return json.dumps({"source": source, **result.as_dict()}, indent=2)
