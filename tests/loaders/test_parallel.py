"""Extraction in forked workers (processes > 1): the same results, in order, and failures as serially."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractionError
from kg.iri import content_hash, mint_article_iri
from kg.model import Article
from loaders.extract import analyse_texts, extract_articles
from loaders.parallel import run_sharded, shard_bounds

TEXTS = [
    "Germany invaded Poland in 1939.",
    "   ",
    "Norway is a member of NATO.\n\nMaria Lopez urged Ukraine to join the talks.",
    "Angela Merkel was born in Hamburg.",
    "",
    "Xi Jinping met Joe Biden in Bali on Monday.",
    "Apple is based in Cupertino, California.",
]


_REFUSING = "test_refuses_marked_docs"


@Language.component(_REFUSING)
def _refuse_marked(doc: Doc) -> Doc:
    """Fails on a marked text, as a component hitting a bug on odd input would."""
    if "UNPARSEABLE" in doc.text:
        raise ValueError("odd input: UNPARSEABLE")
    return doc


def _article(text: str, number: int) -> Article:
    url = f"https://example.org/{number}"
    return Article(mint_article_iri(url, text), text, content_hash(text), url=url)


def test_two_processes_extract_what_one_does_in_input_order(nlp: Language) -> None:
    articles = [_article(text, i) for i, text in enumerate(TEXTS)]
    serial = list(extract_articles(articles, nlp, processes=1, batch_size=2))
    sharded = list(extract_articles(articles, nlp, processes=2, batch_size=2))
    assert [e.article for e in sharded] == articles
    assert sharded == serial
    assert any(e.facts for e in sharded)


def test_two_processes_analyse_texts_as_one_does(nlp: Language) -> None:
    serial = list(analyse_texts(TEXTS, nlp, batch_size=2))
    sharded = list(analyse_texts(TEXTS, nlp, processes=2, batch_size=2))
    assert [a.text for a in sharded] == TEXTS
    assert sharded == serial


def _until_failure(articles: list[Article], nlp: Language, processes: int) -> tuple[list[Article], str]:
    done: list[Article] = []
    with pytest.raises(ValueError) as failure:
        for extraction in extract_articles(articles, nlp, processes=processes, batch_size=1):
            done.append(extraction.article)
    return done, str(failure.value)


def test_a_failing_article_in_a_worker_fails_as_in_one_process(nlp: Language) -> None:
    texts = [*TEXTS[:4], "An UNPARSEABLE article.", *TEXTS[4:]]
    articles = [_article(text, i) for i, text in enumerate(texts)]
    nlp.add_pipe(_REFUSING, first=True)
    try:
        serial = _until_failure(articles, nlp, processes=1)
        sharded = _until_failure(articles, nlp, processes=2)
    finally:
        nlp.remove_pipe(_REFUSING)
    assert sharded[1] == serial[1] == "odd input: UNPARSEABLE"
    assert sharded[0] == articles[:4]  # every article before the failing one (its own shard)
    # One process may hold back the last article before it (grouping a text's chunks looks one ahead).
    assert serial[0] == articles[: len(serial[0])]


def test_shards_cover_every_input_once() -> None:
    for count, processes, batch_size in [(1, 2, 64), (7, 2, 2), (300, 2, 64), (1000, 3, 16)]:
        bounds = shard_bounds(count, processes, batch_size)
        assert [i for start, stop in bounds for i in range(start, stop)] == list(range(count))
        assert all(0 < stop - start <= batch_size for start, stop in bounds)


def _failing_at(bad: int) -> Callable[[int, int], Iterator[int]]:
    def job(start: int, stop: int) -> Iterator[int]:
        for i in range(start, stop):
            if i == bad:
                raise ExtractionError(f"article {i}: extraction failed (odd input)")
            yield i * 10

    return job


def test_a_failing_input_comes_after_the_results_before_it() -> None:
    seen: list[int] = []
    with pytest.raises(ExtractionError, match="article 5: extraction failed"):
        for result in run_sharded(9, _failing_at(5), processes=2, batch_size=2):
            seen.append(result)
    assert seen == [0, 10, 20, 30, 40]


def test_a_worker_that_dies_is_a_clear_error() -> None:
    def job(start: int, stop: int) -> Iterator[int]:
        if start > 0:
            os._exit(3)  # as if the kernel killed it (out of memory)
        yield from range(start, stop)

    with pytest.raises(ExtractionError, match="worker process died"):
        list(run_sharded(6, job, processes=2, batch_size=2))
