"""Calibration counts a fact once per story, so a story the corpus holds twice does not weigh double."""

from __future__ import annotations

from loaders.evaluation.calibrate import calibrate, stories
from loaders.evaluation.news import FactRecord

STORY = (
    "The harbour board of a small coastal town voted on Tuesday to rebuild the old pier after storms "
    "damaged it last winter, and the work should start in the spring."
)
OTHER = "A chess club in the capital elected a new chair after a long meeting about its fees and rooms."


def _record(article: str, correct: bool) -> FactRecord:
    return FactRecord(article, "s", "worksFor", "o", "rule:title", 0.7, correct)


def test_two_copies_of_a_story_are_one_story_and_other_texts_are_their_own() -> None:
    story = stories({"b": STORY, "a": STORY + " Photo: archive.", "c": OTHER})
    assert story == {"a": "a", "b": "a", "c": "c"}


def test_a_fact_of_two_copies_of_one_story_counts_once() -> None:
    records = [_record("a", False), _record("b", False), _record("c", True)]
    once = calibrate(records, {"a": "a", "b": "a", "c": "c"})["rule:title|worksFor"]
    twice = calibrate(records)["rule:title|worksFor"]
    assert (once["found"], once["right"]) == (2, 1)
    assert (twice["found"], twice["right"]) == (3, 1)
    assert once["confidence"] > twice["confidence"]
