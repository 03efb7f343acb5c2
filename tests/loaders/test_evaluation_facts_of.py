"""`python -m loaders.evaluation.facts_of`: the facts of real articles of ../shared/data/news, and the seeded
draw of outside articles every engineer reads (real pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.settings import Settings
from loaders.evaluation.facts_of import facts_of, outside_ids, render
from loaders.evaluation.news_articles import DEFAULT_NEWS_DIR, load_articles
from loaders.trained.news_silver import evaluation_ids

#: A dev article whose facts the gold says are right: Allied Domecq is based in the United Kingdom.
ARTICLE = "bbc-business-005"
#: A dev article with open facts (and vocabulary ones).
WITH_OPEN = "bbc-sport-481"


@pytest.fixture(autouse=True)
def _corpus() -> None:
    if not DEFAULT_NEWS_DIR.exists():
        pytest.skip(f"{DEFAULT_NEWS_DIR} is not here")


def test_a_seed_draws_the_same_outside_articles_of_the_source_asked() -> None:
    drawn = outside_ids(6, 5080, "bbc-sport")
    assert len(set(drawn)) == 6 and all(i.startswith("bbc-sport") for i in drawn), drawn
    assert not set(drawn) & evaluation_ids()
    assert outside_ids(6, 5080, "bbc-sport") == drawn
    assert outside_ids(6, 5081, "bbc-sport") != drawn


def test_an_article_s_facts_name_their_ends_and_the_sentence_they_come_from(nlp: Language) -> None:
    [article] = facts_of([ARTICLE], nlp, Settings())
    assert article["id"] == ARTICLE and article["title"]
    triples = {(r["s"], r["p"], r["o"]) for r in article["facts"]}
    assert ("Allied Domecq (Organization)", "basedIn", "United Kingdom (Country)") in triples, sorted(triples)
    text = load_articles([ARTICLE])[ARTICLE].text
    assert all(r["sentence"] in text and r["p"] != "says" for r in article["facts"])
    shown = render([article])
    assert shown.startswith(f"=== {ARTICLE}: ") and "--basedIn--> United Kingdom (Country)" in shown


def test_open_only_keeps_the_open_facts_alone(nlp: Language) -> None:
    [every] = facts_of([WITH_OPEN], nlp, Settings())
    [opened] = facts_of([WITH_OPEN], nlp, Settings(), open_only=True)
    assert len(opened["facts"]) < len(every["facts"])
    assert opened["facts"] == [r for r in every["facts"] if r["p"].startswith("open:")] != []
