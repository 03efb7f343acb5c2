"""The news dev set's annotations (docs/annotation.md): reading them, and matching facts against them.

Both sides are brought to one shape so that the same matcher scores the pipeline against the gold and one
annotator against another: entities are sets of normalised names; a fact is (subject, predicates, object),
where an end is an entity or, for holdsPosition, a title, and an open relation's predicate is
``open:<verb lemma>`` (the first word of its phrase: the verb is what is compared, the rest is a reading aid).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders.entities.gazetteer import load_gazetteer

OPEN_PREFIX = "open:"
POSITION = "holdsPosition"
_NOT_WORD = re.compile(r"[^\w]+")


def normalise(name: str) -> str:
    """Case, accents, punctuation and a leading 'the' aside: 'the U.S.' and 'US' are one name."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    words = _NOT_WORD.sub(" ", folded.replace(".", "")).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def open_key(phrase: str) -> str:
    """'open:award contract to' -> 'open:award': open relations are compared by their verb."""
    words = phrase.removeprefix(OPEN_PREFIX).split()
    return OPEN_PREFIX + (words[0].lower() if words else "")


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact on either side: ends are entity keys (or a normalised title), predicates a set."""

    subject: str
    predicates: frozenset[str]
    object: str
    symmetric: bool = False

    @property
    def is_open(self) -> bool:
        return all(p.startswith(OPEN_PREFIX) for p in self.predicates)


@dataclass(slots=True)
class Annotation:
    """What one annotator (or the pipeline) says of one article."""

    article_id: str
    entities: dict[str, set[str]] = field(default_factory=dict)  # key -> normalised names
    classes: dict[str, str] = field(default_factory=dict)  # key -> class
    facts: list[Fact] = field(default_factory=list)
    headline: Fact | None = None
    annotator: str = ""
    offsets: list[int] = field(default_factory=list)  # each fact's ``at`` (its sentence), -1 where none


def _gold_fact(raw: dict[str, Any], symmetric: frozenset[str], where: str) -> Fact:
    predicates = raw["p"] if isinstance(raw["p"], list) else [raw["p"]]
    if not predicates or not all(isinstance(p, str) for p in predicates):
        raise ValueError(f"{where}: 'p' must be a predicate or a list of them: {raw['p']!r}")
    keys = frozenset(open_key(p) if p.startswith(OPEN_PREFIX) else p for p in predicates)
    obj = normalise(raw["o"]) if keys == {POSITION} else raw["o"]
    return Fact(raw["s"], keys, obj, bool(keys & symmetric))


def read_annotation(path: Path, symmetric: frozenset[str]) -> Annotation:
    """One annotation file, checked: every fact's ends name an entity of the file (titles aside).

    Raises:
        ValueError: naming the file and what is wrong with it.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        annotation = Annotation(raw["id"], annotator=raw.get("annotator", ""))
        for entity in raw["entities"]:
            names = entity["names"] or _names_of_id(entity["id"])
            annotation.entities[entity["id"]] = {normalise(n) for n in names} - {""}
            annotation.classes[entity["id"]] = entity["type"]
        annotation.facts = [_gold_fact(f, symmetric, f"{path} fact {i}") for i, f in enumerate(raw["facts"])]
        annotation.offsets = [f.get("at", -1) for f in raw["facts"]]
        if raw.get("headline"):
            annotation.headline = _gold_fact(raw["headline"], symmetric, f"{path} headline")
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not an annotation file as docs/annotation.md describes ({exc!r})") from exc
    for fact in [*annotation.facts, *([annotation.headline] if annotation.headline else [])]:
        ends = [fact.subject] + ([] if fact.predicates == {POSITION} else [fact.object])
        unknown = [end for end in ends if end not in annotation.entities]
        if unknown:
            raise ValueError(f"{path}: fact {fact} names no entity of the file: {unknown}")
    return annotation


def _names_of_id(key: str) -> list[str]:
    """Names for an entity the article never names (``names: []``: "Finnish" implies Finland): its id read
    as words ("UnitedStates" -> "United States"), with the gazetteer's name and aliases for it, so that the
    pipeline's Finland (found from the demonym) can be matched."""
    words = " ".join(re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|\d+", key)) or key
    entry = load_gazetteer().lookup(words)
    if entry is None:
        return [words]
    return [words, entry.name, *(load_gazetteer().aliases_of(entry.name) or [])]


def read_annotations(paths: Iterable[Path], symmetric: frozenset[str]) -> list[Annotation]:
    """Annotation files and directories of them (*.json), in a stable order."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.json")) if path.is_dir() else [path]
    return [read_annotation(f, symmetric) for f in files]


# --- matching ------------------------------------------------------------------------------------------


def align_entities(gold: Annotation, other: Annotation) -> dict[str, str]:
    """For each entity of ``other``, the gold entity it names, by shared names: the most shared wins, and of
    two that share as many, the one whose shared names are longer ("mrs howard" over a bare "howard")."""
    aligned = {}
    for key, names in other.entities.items():
        best = max(gold.entities, key=lambda g: _overlap(gold.entities[g] & names), default=None)
        if best is not None and gold.entities[best] & names:
            aligned[key] = best
    return aligned


def _overlap(shared: set[str]) -> tuple[int, int]:
    return len(shared), sum(len(name) for name in shared)


def fact_matches(gold: Fact, found: Fact, aligned: dict[str, str]) -> bool:
    """The same ends (either way round for a symmetric predicate) and a predicate gold accepts."""
    if not gold.predicates & found.predicates:
        return False
    subject = aligned.get(found.subject)
    obj = found.object if found.predicates == {POSITION} else aligned.get(found.object)
    if subject is None or obj is None:
        return False
    return (subject, obj) == (gold.subject, gold.object) or (
        gold.symmetric and (obj, subject) == (gold.subject, gold.object)
    )
