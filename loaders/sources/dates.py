"""Publication dates as sources give them: ISO 8601, RFC 2822 (feeds, e-mail), and a few archive styles."""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime

# Formats seen in news archives beyond ISO 8601 and RFC 2822 (e.g. Reuters-21578: "26-FEB-1987 15:01:01.79").
_FORMATS = ("%d-%b-%Y %H:%M:%S.%f", "%d-%b-%Y %H:%M:%S", "%d-%b-%Y", "%d %B %Y", "%B %d, %Y", "%Y/%m/%d")
# What archives leave after a date: control characters, raw or as character references (Reuters-21578's
# "27-MAR-1987 14:04:26.14&#5;&#5;&#5;F RM" keeps its SGML's ^E and category codes), and "# ..." comments.
_TRAILER = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]|&#\d+;|&#x[0-9a-fA-F]+;|\s#")
_SPACES = re.compile(r"\s+")
_DAY_THEN_TIME = re.compile(r"(\d{1,2}-[A-Za-z]{3}-\d{4}) \d+:\d+:\d+(?:\.\d+)?$")


def parse_published(value: str, notes: list[str]) -> date | datetime | None:
    """A date (day precision) or datetime from a string; None, with a note, when it cannot be read.

    What an archive appends to a date (control characters, character references of them, a comment) is cut
    off first, and a time of day that cannot be (a Reuters "605:12:19.12") leaves the day, with a note. A bad
    date never rejects an article: the date is optional metadata.
    """
    value = value.strip()
    cleaned = _clean(value)
    parsed = _iso(cleaned) or _rfc2822(cleaned) or _archive(cleaned)
    if parsed is None and (day := _DAY_THEN_TIME.match(cleaned)) is not None:
        parsed = _archive(day.group(1))
        if parsed is not None:
            notes.append(f"published date {value!r}: time of day not understood; the day kept")
    if parsed is None:
        notes.append(f"published date {value!r} not understood; left out")
    return parsed


def _clean(value: str) -> str:
    """The date without an archive's trailer, its spaces collapsed."""
    trailer = _TRAILER.search(value)
    if trailer is not None:
        value = value[: trailer.start()]
    return _SPACES.sub(" ", value).strip()


def _iso(value: str) -> date | datetime | None:
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _rfc2822(value: str) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _archive(value: str) -> date | datetime | None:
    for fmt in _FORMATS:
        try:
            parsed = datetime.strptime(value.title() if "%b" in fmt else value, fmt)
        except ValueError:
            continue
        return parsed if "%H" in fmt else parsed.date()
    return None
