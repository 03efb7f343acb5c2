"""The day a sentence dates its statement: "met on Wednesday", "said yesterday", "signed March 3".

Two halves, because the Doc is gone by the time the article's published date is at hand:

- :func:`date_span` (on the Doc): the one DATE mention in the clause of the fact's cue, or none;
- :func:`resolve` (on the article): that expression as a day, counted from the published date.

News convention: a bare weekday or month-day in a past statement is the latest such day on or before
publication ("said on Monday" in a Monday paper is that Monday), "last Friday" the one before it; in a
future statement (modality future, or "next Friday") the first one on or after. Only single days that
say themselves unambiguously resolve: "last week", "every Friday", "in March", "the 1990s" do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Final

from spacy.tokens import Span, Token

from loaders.entities.cues import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from loaders.entities.records import MentionRow, doc_words

DATE_LABEL: Final = "DATE"
_MONTH_NUMBERS: Final = {name: number for number, name in enumerate(MONTHS, start=1)}
#: A month's number by its name or short form.
_MONTHS: Final = _MONTH_NUMBERS | {short: _MONTH_NUMBERS[name] for short, name in MONTH_ABBREVIATIONS.items()}
_RELATIVE: Final = {"today": 0, "yesterday": -1, "tomorrow": 1}
_MONTH: Final = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY: Final = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR: Final = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_PART: Final = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WEEKDAY: Final = re.compile(
    r"(?:(?P<which>last|this|next|past)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + ")" + _PART
)
_MONTH_DAY: Final = re.compile(f"{_MONTH}\\s+{_DAY}{_YEAR}")
_DAY_MONTH: Final = re.compile(f"{_DAY}\\s+(?:of\\s+)?{_MONTH}{_YEAR}")
_LEAD: Final = re.compile(r"^(?:on|the|early|late)\s+")


def resolve(expression: str, published: date, future: bool = False) -> date | None:
    """The day ``expression`` names, read in an article published on ``published``; None unless one."""
    text = " ".join(expression.lower().split())
    while (stripped := _LEAD.sub("", text)) != text:
        text = stripped
    if text in _RELATIVE:
        if future and _RELATIVE[text] < 0:
            return None  # "will draw on the loan following approval yesterday": yesterday is the approval's
        return published + timedelta(days=_RELATIVE[text])
    if match := _WEEKDAY.fullmatch(text):
        return _weekday(published, WEEKDAYS.index(match["weekday"]), match["which"], future)
    if match := _MONTH_DAY.fullmatch(text) or _DAY_MONTH.fullmatch(text):
        year = int(match["year"]) if match["year"] else None
        return _month_day(published, _MONTHS[match["month"]], int(match["day"]), year, future)
    return None


def _weekday(published: date, weekday: int, which: str | None, future: bool) -> date | None:
    if which == "this":
        return None  # "this Friday" is either side of publication
    ahead = (weekday - published.weekday()) % 7
    behind = (published.weekday() - weekday) % 7
    if which == "next":
        return published + timedelta(days=ahead or 7)
    if which in ("last", "past"):
        return published - timedelta(days=behind or 7)
    return published + timedelta(days=ahead) if future else published - timedelta(days=behind)


def _month_day(published: date, month: int, day: int, year: int | None, future: bool) -> date | None:
    if year is not None:
        return _day(year, month, day)
    step = 1 if future else -1
    for candidate_year in (published.year, published.year + step):
        found = _day(candidate_year, month, day)
        if found is not None and (found >= published if future else found <= published):
            return found
    return None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # "February 30"
        return None


# -- on the Doc -----------------------------------------------------------------------------------------


def date_span(cue: Token | Span, mentions: Sequence[MentionRow]) -> tuple[int, int] | None:
    """The character span of the single date expression that dates the cue, or None.

    The date must hang from the cue itself, directly or through "on" ("met X on Monday", "talks on
    Monday"; "as of", "since", "by" date no day of the fact): "Kremlin leader X proposed on Saturday"
    dates the proposal, not the leadership; "said on Monday that X met Y" the saying, not the meeting;
    "will be dissolved, effective February 24" the dissolving, not the saying. Two dates ("on Friday
    and Saturday", "Monday ... Friday") date nothing.
    """
    root = cue if isinstance(cue, Token) else cue.root
    found = [
        (span.start_char, span.end_char) for span in _dates(root.sent, mentions) if _attaches(span.root, root)
    ]
    return found[0] if len(found) == 1 else None


def _dates(sent: Span, mentions: Sequence[MentionRow]) -> list[Span]:
    """The sentence's DATE mentions, and the day words NER left out ("met on Friday" is often missed):
    a weekday, yesterday, today, tomorrow, with what modifies it ("last Friday", "every Friday")."""
    doc = sent.doc
    spans = [
        doc[row.tok_start : row.tok_end]
        for row in mentions
        if row.cls == DATE_LABEL and sent.start <= row.tok_start and row.tok_end <= sent.end
    ]
    covered = {i for span in spans for i in range(span.start, span.end)}
    words = doc_words(doc)  # (the Doc's shared words: a Token only for a day word)
    for i in range(sent.start, sent.end):
        lower = words.lowers[i]
        day_word = lower in _RELATIVE or (lower in WEEKDAYS and words.texts[i][0].isupper())
        if day_word and i not in covered:
            spans.append(doc[doc[i].left_edge.i : i + 1])
    return spans


def _attaches(head: Token, cue: Token) -> bool:
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        return False
    node = head.head
    if node.pos_ == "ADP":
        if node.lower_ != "on":
            return False
        node = node.head
    return node == cue  # hangs from the cue itself: "met X on Monday", "talks on Monday", "said yesterday"


def event_date(
    text: str, span: tuple[int, int] | None, published: date | datetime | None, future: bool
) -> date | None:
    """The day a statement's date expression (``span`` in ``text``) names; None without one or a date."""
    if span is None or published is None:
        return None
    day = published.date() if isinstance(published, datetime) else published
    return resolve(text[span[0] : span[1]], day, future)
