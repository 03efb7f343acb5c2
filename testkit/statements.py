"""Statements for tests that write graphs through kg's GraphWriter: an Evidence whose offsets are
found in its article's text, with the polarity and modality a test gives it."""

from __future__ import annotations

from datetime import date

from rdflib import URIRef

from kg.model import ASSERTED, STATED, Evidence, Span


def evidence(
    text: str,
    sentence: str,
    s: str,
    cue: str,
    o: str,
    polarity: str = ASSERTED,
    modality: str = STATED,
    reported_by: URIRef | None = None,
    event_date: date | None = None,
) -> Evidence:
    """Evidence whose offsets are found in the article text (so they are real offsets)."""
    start = text.index(sentence)

    def span(word: str) -> Span:
        at = start + sentence.index(word)
        return Span(at, at + len(word))

    return Evidence(
        sentence,
        start,
        span(s),
        span(cue),
        span(o),
        "kg.rules.test.v1",
        0.8,
        reported_by=reported_by,
        polarity=polarity,
        modality=modality,
        event_date=event_date,
    )
