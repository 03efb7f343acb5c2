"""Reading and writing the SpERT JSON format that CoNLL04 is distributed in.

A file is a JSON list of sentences; each has ``tokens`` (strings), ``entities`` (``type``, token ``start``,
token ``end`` exclusive) and ``relations`` (``type``, ``head`` and ``tail`` as indices into ``entities``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InvalidInputError


@dataclass(frozen=True, slots=True)
class SpertEntity:
    """A typed token span; ``end`` is exclusive."""

    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SpertRelation:
    """A typed, directed link between two entities of the same sentence (indices into its entities)."""

    type: str
    head: int
    tail: int


@dataclass(frozen=True, slots=True)
class SpertSentence:
    """One sentence: its tokens and the entities and relations over them."""

    tokens: tuple[str, ...]
    entities: tuple[SpertEntity, ...] = ()
    relations: tuple[SpertRelation, ...] = ()
    orig_id: int | str | None = None

    @property
    def text(self) -> str:
        """The sentence as the pipeline sees it: its tokens joined by single spaces."""
        return " ".join(self.tokens)


def read_spert(path: Path) -> list[SpertSentence]:
    """Read a SpERT JSON file.

    Args:
        path: the file, e.g. ``conll04_dev.json``.

    Returns:
        The sentences in file order.

    Raises:
        InvalidInputError: the file is missing, is not JSON, or a sentence is malformed (named by its index).
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InvalidInputError(f"{path}: no such file") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInputError(f"{path}: not a SpERT JSON file ({exc})") from exc
    if not isinstance(raw, list):
        raise InvalidInputError(f"{path}: expected a JSON list of sentences, got {type(raw).__name__}")
    return [_parse_sentence(item, f"{path}: sentence {i}") for i, item in enumerate(raw)]


def _parse_sentence(item: Any, where: str) -> SpertSentence:
    if not isinstance(item, dict) or not isinstance(item.get("tokens"), list):
        raise InvalidInputError(f"{where}: expected an object with a 'tokens' list")
    tokens = tuple(item["tokens"])
    if not tokens or not all(isinstance(t, str) and t and not any(c.isspace() for c in t) for t in tokens):
        raise InvalidInputError(f"{where}: tokens must be non-empty strings without whitespace")
    try:
        entities = tuple(
            SpertEntity(str(e["type"]), int(e["start"]), int(e["end"])) for e in item.get("entities", [])
        )
        relations = tuple(
            SpertRelation(str(r["type"]), int(r["head"]), int(r["tail"])) for r in item.get("relations", [])
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError(f"{where}: malformed entity or relation ({exc!r})") from exc
    for ent in entities:
        if not 0 <= ent.start < ent.end <= len(tokens):
            raise InvalidInputError(
                f"{where}: entity span {ent.start}..{ent.end} outside {len(tokens)} tokens"
            )
    for rel in relations:
        if not (0 <= rel.head < len(entities) and 0 <= rel.tail < len(entities)):
            raise InvalidInputError(f"{where}: relation {rel.type} points at a missing entity")
    return SpertSentence(tokens, entities, relations, item.get("orig_id"))


def sentence_to_json(sentence: SpertSentence) -> dict[str, Any]:
    """The SpERT JSON object of one sentence."""
    out: dict[str, Any] = {
        "tokens": list(sentence.tokens),
        "entities": [{"type": e.type, "start": e.start, "end": e.end} for e in sentence.entities],
        "relations": [{"type": r.type, "head": r.head, "tail": r.tail} for r in sentence.relations],
    }
    if sentence.orig_id is not None:
        out["orig_id"] = sentence.orig_id
    return out


def write_spert(path: Path, sentences: list[SpertSentence]) -> None:
    """Write sentences as a SpERT JSON file (the same shape :func:`read_spert` reads)."""
    path.write_text(
        json.dumps([sentence_to_json(s) for s in sentences], ensure_ascii=False), encoding="utf-8"
    )
