"""Calibrated confidence: what share of an extractor's facts of a predicate are right, on the news dev set.

Each rule gives a fact a prior confidence; calibration.json (written by ``python -m
loaders.evaluation.calibrate``) replaces it with the precision that extractor reached for that predicate on
eval/news/dev, shrunk towards the prior where it saw few facts, so that a confidence of 0.8 means about 80%
of such facts are right. ``KG_MIN_CONFIDENCE`` then decides what is stored and served.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

CALIBRATION_PATH = Path(__file__).with_name("calibration.json")
OPEN_KEY = "open"  # every open relation shares one row: their phrases are too many to count apart


def calibration_key(extractor: str, predicate: str) -> str:
    """'kg_facts_v2:acquired:acquire|acquired'; open relations: '<extractor>|open'."""
    return f"{extractor}|{OPEN_KEY if predicate.startswith('open:') else predicate}"


@cache
def load_calibration(path: Path = CALIBRATION_PATH) -> dict[str, float]:
    """Key -> calibrated confidence; an absent file means no calibration (every prior stands)."""
    if not path.exists():
        return {}
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {key: float(row["confidence"]) for key, row in rows.items()}
