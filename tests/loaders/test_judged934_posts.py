"""Facts the judges of seed 934 found wrong or weak (lane r18l), through the real pipeline on invented
sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.settings import Settings
from loaders.evaluation.facts_of import facts_of
from loaders.evaluation.news_articles import DEFAULT_NEWS_DIR
from tests.loaders.extraction_helpers import FactsOf


@pytest.mark.parametrize(
    "text",
    [
        "The Director-General of the World Trade Organisation, Anna Pell, signed the accord.",
        "CBI director general Anna Pell said taxes were too high.",
    ],
)
def test_a_director_general_leads_the_body(facts_of: FactsOf, text: str) -> None:
    found = facts_of(text)
    assert any(s == "Anna Pell" and p == "leaderOf" for s, p, _ in found), found


def test_a_deputy_director_general_leads_nothing(facts_of: FactsOf) -> None:
    found = facts_of("CBI deputy director general Anna Pell said taxes were too high.")
    assert not any(p == "leaderOf" for _, p, _ in found), found


#: Outside articles (judged seed 934 and the rule's outside check) where a firm the tagger read as no firm
#: "told the Securities and Exchange Commission it ...": the body told did nothing it was told.
TOLD_THE_SEC = ["reuters21578-13085", "reuters21578-16873"]


@pytest.mark.skipif(not DEFAULT_NEWS_DIR.exists(), reason="the news corpus is not here")
@pytest.mark.parametrize("article_id", TOLD_THE_SEC)
def test_the_body_told_is_no_subject_of_what_it_was_told(nlp: Language, article_id: str) -> None:
    [article] = facts_of([article_id], nlp, Settings())
    subjects = {r["s"] for r in article["facts"] if r["p"] != "holdsPosition"}
    assert not any(s.startswith("Securities and Exchange Commission") for s in subjects), article["facts"]
