"""Calibrate the extractors' confidence on the news dev set, and say how well it holds (reliability).

    python -m loaders.evaluation.calibrate eval/news/dev eval/news/dev2 eval/news/dev3 eval/news/dev4 \
        eval/news/dev5 eval/news/dev6 eval/news/dev7 eval/news/dev8
    python -m loaders.evaluation.calibrate --report eval/news/heldout   # the reliability table, no writing

The first writes loaders/facts/calibration.json. Calibration runs the pipeline with the rules' own priors
and no minimum, counts for each (extractor, predicate) how many of its facts the gold has, and stores the
precision shrunk towards the prior ((right + K * prior) / (found + K)), so a rule seen twice does not jump
to 0 or 1. The corpus holds some stories twice (bbc-tech-032 and bbc-tech-335 are one text); a fact of two
articles that tell one story counts once, or one sentence's error would weigh as two. The relation
classifier is calibrated too (run with KG_TRAINED_RELATIONS=all: its gated facts, on by default, and the
rest, which only "all" asserts), so that each kind is served at the confidence it earned. The report
bins facts by their shipped (calibrated) confidence, with the shipped settings, and prints each bin's
observed precision.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from kg.settings import Settings
from loaders.evaluation import news
from loaders.evaluation.news_articles import load_articles
from loaders.evaluation.news_gold import read_annotations
from loaders.extract import extract_articles
from loaders.facts.calibration import CALIBRATION_PATH, calibration_key
from loaders.nlp import build_nlp

K = 2.0  # pseudo-facts of prior weight
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
#: Two articles tell one story when this share of the shorter one's word 5-grams is in the other (the dev
#: sets' three such pairs share 90% or more; any other pair of them under 30%).
SAME_STORY = 0.8


def _records(
    paths: Sequence[Path], calibration: dict[str, float] | None, *, every_extractor: bool = False
) -> list[news.FactRecord]:
    update: dict[str, object] = {"min_confidence": 0.0}
    if every_extractor:
        update["trained_relations"] = "all"
    settings = Settings().model_copy(update=update)
    gold = read_annotations(paths, news.SYMMETRIC)
    nlp = build_nlp(settings)
    result = news.run(gold, lambda arts: list(extract_articles(arts, nlp, settings, calibration=calibration)))
    return result.records


def stories(texts: dict[str, str]) -> dict[str, str]:
    """Article id -> the first id (in sorted order) of the articles that tell the same story."""
    grams = {}
    for article_id, text in texts.items():
        words = re.findall(r"\w+", text.lower())
        grams[article_id] = {tuple(words[i : i + 5]) for i in range(len(words) - 4)}
    story: dict[str, str] = {}
    for article_id in sorted(texts):
        mine = grams[article_id]
        story[article_id] = next(
            (
                story[seen]
                for seen in story
                if len(mine & grams[seen]) >= SAME_STORY * max(1, min(len(mine), len(grams[seen])))
            ),
            article_id,
        )
    return story


def calibrate(
    records: Sequence[news.FactRecord], story: dict[str, str] | None = None
) -> dict[str, dict[str, float]]:
    """Key -> {confidence, found, right, prior} from facts scored with the rules' priors; a fact counts once
    per story (``story``: article id -> story id, as `stories` gives it)."""
    story = story or {}
    found: dict[str, list[news.FactRecord]] = defaultdict(list)
    seen = set()
    for record in records:
        told = (story.get(record.article, record.article), record.subject, record.predicate, record.object)
        key = calibration_key(record.extractor, record.predicate)
        if (key, told) not in seen:
            seen.add((key, told))
            found[key].append(record)
    table = {}
    for key, rows in sorted(found.items()):
        prior = sum(r.confidence for r in rows) / len(rows)
        right = sum(r.correct for r in rows)
        confidence = (right + K * prior) / (len(rows) + K)
        table[key] = {"confidence": round(confidence, 3), "found": len(rows), "right": right, "prior": prior}
    return table


def reliability(records: Sequence[news.FactRecord]) -> list[str]:
    """One line per confidence bin: facts, right, observed precision, mean confidence."""
    lines = [f"{'confidence':>12}{'facts':>7}{'right':>7}{'precision':>11}{'mean conf':>11}"]
    for low, high in itertools.pairwise(BINS):
        rows = [r for r in records if low <= r.confidence < high]
        if rows:
            right = sum(r.correct for r in rows)
            mean = sum(r.confidence for r in rows) / len(rows)
            counts = f"{len(rows):7d}{right:7d}{right / len(rows):11.3f}{mean:11.3f}"
            lines.append(f"{low:5.2f}-{min(high, 1):<6.2f}{counts}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--report", action="store_true", help="print the reliability table, write nothing")
    args = parser.parse_args()
    if args.report:
        print("\n".join(reliability(_records(args.paths, None))))
        return
    records = _records(args.paths, {}, every_extractor=True)
    articles = load_articles({r.article for r in records})
    table = calibrate(records, stories({i: a.text for i, a in articles.items()}))
    CALIBRATION_PATH.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {CALIBRATION_PATH} ({len(table)} extractor/predicate rows)")


if __name__ == "__main__":
    main()
