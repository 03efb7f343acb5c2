"""The recall-gap table accounts for every gold fact, and its found facts are the ones `kg eval news` scores
right (real pipeline, on dev articles read from ../shared/data/news)."""

from __future__ import annotations

from pathlib import Path

from kg.settings import Settings
from loaders.evaluation import news
from loaders.evaluation.news_gold import POSITION, read_annotations
from loaders.evaluation.recall_gaps import STAGES, gaps
from loaders.extract import extract_articles
from loaders.nlp import build_nlp

DEV = Path(__file__).resolve().parents[2] / "eval" / "news" / "dev"
FILES = [DEV / "bbc-business-005.json", DEV / "bbc-politics-011.json"]


def test_every_gold_fact_is_found_or_lost_at_one_stage_and_found_agrees_with_the_evaluation() -> None:
    counts = gaps(FILES)
    total = counts["all"]
    gold = read_annotations(FILES, news.SYMMETRIC)
    scored = [f for a in gold for f in a.facts if not f.is_open and POSITION not in f.predicates]
    assert total["gold"] == len(scored) == total["found"] + sum(total[s] for s in STAGES)
    nlp = build_nlp(Settings())
    result = news.run(gold, lambda articles: list(extract_articles(articles, nlp, Settings())))
    right = [r for r in result.records if r.correct and r.predicate != POSITION and ":" not in r.predicate]
    assert total["found"] == len({(r.article, r.subject, r.predicate, r.object) for r in right}) > 0
