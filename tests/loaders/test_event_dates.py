"""Event dates: a statement's date expression resolved against its article's published date."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from spacy.language import Language

from kg.iri import content_hash, mint_article_iri
from kg.model import Article, Fact
from loaders.evaluation.news_articles import load_articles
from loaders.extract import extract_article
from loaders.facts.event_dates import event_date, resolve

WEDNESDAY = date(2024, 3, 13)


@pytest.mark.parametrize(
    ("expression", "future", "day"),
    [
        ("Monday", False, date(2024, 3, 11)),  # a bare weekday in the past: the last one
        ("on Friday", False, date(2024, 3, 8)),
        ("Wednesday", False, WEDNESDAY),  # "said on Wednesday" in a Wednesday paper: that day
        ("last Friday", False, date(2024, 3, 8)),
        ("last Wednesday", False, date(2024, 3, 6)),  # "last" is never the day itself
        ("Friday morning", False, date(2024, 3, 8)),
        ("Friday", True, date(2024, 3, 15)),  # a future statement: the next one
        ("Monday", True, date(2024, 3, 18)),
        ("next Friday", False, date(2024, 3, 15)),
        ("next Wednesday", True, date(2024, 3, 20)),
        ("yesterday", False, date(2024, 3, 12)),
        ("today", False, WEDNESDAY),
        ("tomorrow", True, date(2024, 3, 14)),
        ("March 3", False, date(2024, 3, 3)),
        ("3 March", False, date(2024, 3, 3)),
        ("March 20", False, date(2023, 3, 20)),  # after publication, in the past: last year's
        ("March 20", True, date(2024, 3, 20)),
        ("March 3", True, date(2025, 3, 3)),
        ("December 30", False, date(2023, 12, 30)),
        ("March 3, 2004", False, date(2004, 3, 3)),
        ("3 March 2004", False, date(2004, 3, 3)),
        ("Sept. 3rd", False, date(2023, 9, 3)),
        ("the 3rd of March", False, date(2024, 3, 3)),
    ],
)
def test_resolves_single_days(expression: str, future: bool, day: date) -> None:
    assert resolve(expression, WEDNESDAY, future) == day


@pytest.mark.parametrize(
    "expression",
    [
        "every Friday",
        "Fridays",
        "last week",
        "this Friday",  # either side of publication
        "this week",
        "March",
        "the 1990s",
        "2004",
        "recent days",
        "February 30",
        "Friday and Saturday",
        "two weeks ago",
    ],
)
def test_leaves_what_is_not_one_day(expression: str) -> None:
    assert resolve(expression, WEDNESDAY) is None
    assert resolve(expression, WEDNESDAY, future=True) is None


def test_a_future_statement_is_not_dated_yesterday() -> None:
    assert resolve("yesterday", WEDNESDAY, future=True) is None


def test_no_published_date_no_event_date() -> None:
    text = "They met on Friday."
    assert event_date(text, (12, 18), None, future=False) is None
    assert event_date(text, (12, 18), datetime(2024, 3, 13, 23, 30), future=False) == date(2024, 3, 8)
    assert event_date(text, None, WEDNESDAY, future=False) is None


def _dated(facts: list[Fact]) -> dict[tuple[str, str], date | None]:
    """(sentence, cue) -> event date."""
    return {
        (f.evidence.sentence, f.evidence.sentence[f.evidence.cue.start - f.evidence.sentence_start :][:4]): (
            f.evidence.event_date
        )
        for f in facts
    }


def test_the_clause_of_the_cue_dates_it(nlp: Language) -> None:
    text = (
        "Boris Johnson met Emmanuel Macron on Monday in Paris. "
        "Angela Merkel said on Tuesday that Joe Biden met Xi Jinping. "
        "Vladimir Putin met Narendra Modi every Friday. "
        "Justin Trudeau will meet Fumio Kishida on Friday. "
        "Rishi Sunak met Joe Biden yesterday. "
        "Tony Blair met Gordon Brown on March 3."
    )
    article = Article(mint_article_iri(None, text), text, content_hash(text), published=WEDNESDAY)
    ext = extract_article(article, nlp)
    dated = _dated([*ext.facts, *ext.claims])
    assert dated["Boris Johnson met Emmanuel Macron on Monday in Paris.", "met "] == date(2024, 3, 11)
    # Tuesday dates the saying, not the meeting it reports.
    merkel = "Angela Merkel said on Tuesday that Joe Biden met Xi Jinping."
    assert (dated[merkel, "said"], dated[merkel, "met "]) == (date(2024, 3, 12), None)
    assert dated["Vladimir Putin met Narendra Modi every Friday.", "met "] is None
    assert dated["Justin Trudeau will meet Fumio Kishida on Friday.", "meet"] == date(2024, 3, 15)
    assert dated["Rishi Sunak met Joe Biden yesterday.", "met "] == date(2024, 3, 12)
    assert dated["Tony Blair met Gordon Brown on March 3.", "met "] == date(2024, 3, 3)
    undated = extract_article(Article(article.iri, text, article.content_hash), nlp)
    assert all(f.evidence.event_date is None for f in [*undated.facts, *undated.claims])


def test_a_reuters_article_dates_what_its_sentences_date(nlp: Language) -> None:
    # reuters21578-316, published Monday 2 March 1987: a minister "told reporters on Saturday".
    # reuters21578-206, published 26 February 1987: a company "said on December 30" (of 1986).
    articles = load_articles(["reuters21578-316", "reuters21578-206"])
    told = extract_article(articles["reuters21578-316"], nlp)
    said = extract_article(articles["reuters21578-206"], nlp)
    found = {
        (f.evidence.sentence[f.evidence.cue.start - f.evidence.sentence_start :][:4], f.evidence.event_date)
        for f in [*told.facts, *told.claims, *said.facts, *said.claims]
        if f.evidence.event_date is not None
    }
    assert found == {("told", date(1987, 2, 28)), ("said", date(1986, 12, 30))}
