"""A linear (logistic) relation classifier over entity pairs, with its JSON weights.

Each CoNLL04 relation fixes the types of its two ends (Work_For is Peop -> Org, ...), so a typed, ordered
pair of entities has exactly one candidate label and the task is binary: one weight vector per label.
Training is plain SGD on the logistic loss with L2 decay, in pure Python: a few seconds for CoNLL04.
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from kg.errors import ConfigError

#: (head type, tail type) -> the one CoNLL04 label such a pair can have.
SIGNATURES: Final = {
    ("Peop", "Org"): "Work_For",
    ("Peop", "Loc"): "Live_In",
    ("Loc", "Loc"): "Located_In",
    ("Org", "Loc"): "OrgBased_In",
    ("Peop", "Peop"): "Kill",
}
FORMAT_VERSION: Final = 1


@dataclass(frozen=True, slots=True)
class Candidate:
    """One ordered entity pair to classify: its label if true, its features, and (in training) the answer."""

    label: str
    features: Sequence[str]
    gold: bool = False


@dataclass(slots=True)
class RelationModel:
    """Weights per label; ``threshold`` is the probability above which a relation is asserted."""

    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    threshold: float = 0.5

    def probability(self, candidate: Candidate) -> float:
        """P(relation holds) for the candidate."""
        w = self.weights.get(candidate.label, {})
        z = sum(w.get(f, 0.0) for f in candidate.features)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def to_json(self) -> dict[str, Any]:
        return {"version": FORMAT_VERSION, "threshold": self.threshold, "weights": self.weights}

    def save(self, path: Path) -> None:
        """Write the model as compact JSON (weights rounded: 4 decimals are far below their noise)."""
        rounded = {
            lbl: {f: round(v, 4) for f, v in w.items() if abs(v) >= 1e-4} for lbl, w in self.weights.items()
        }
        path.write_text(json.dumps({**self.to_json(), "weights": rounded}, sort_keys=True), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> RelationModel:
        """Read a model written by :meth:`save`.

        Raises:
            ConfigError: the file is missing or of another format version (retrain: see train_conll04).
        """
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the relation model ({exc})") from exc
        if data.get("version") != FORMAT_VERSION:
            raise ConfigError(
                f"{path}: relation model format {data.get('version')}, expected {FORMAT_VERSION}"
            )
        return cls(weights=data["weights"], threshold=float(data["threshold"]))


def train(
    candidates: Sequence[Candidate], epochs: int = 15, rate: float = 0.2, l2: float = 1e-4, min_count: int = 2
) -> RelationModel:
    """Fit the per-label weights by SGD on the logistic loss (seeded, so reruns give the same model).

    Features seen fewer than ``min_count`` times are dropped: they fit the training set and nothing else.
    """
    counts = Counter(f for c in candidates for f in c.features)
    kept = [Candidate(c.label, [f for f in c.features if counts[f] >= min_count], c.gold) for c in candidates]
    model = RelationModel()
    rng = random.Random(0)
    order = list(range(len(kept)))
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1.0 + epoch)
        for i in order:
            cand = kept[i]
            w = model.weights.setdefault(cand.label, {})
            grad = model.probability(cand) - (1.0 if cand.gold else 0.0)
            for f in cand.features:
                w[f] = w.get(f, 0.0) * (1.0 - step * l2) - step * grad
    return model
