"""Publication dates as sources give them: ISO 8601, RFC 2822 (feeds, e-mail), and a few archive styles."""

from __future__ import annotations

import email.utils
from datetime import date, datetime

# Formats seen in news archives beyond ISO 8601 and RFC 2822 (e.g. Reuters-21578: "26-FEB-1987 15:01:01.79").
_FORMATS = ("%d-%b-%Y %H:%M:%S.%f", "%d-%b-%Y %H:%M:%S", "%d-%b-%Y", "%d %B %Y", "%B %d, %Y", "%Y/%m/%d")


def parse_published(value: str, notes: list[str]) -> date | datetime | None:
    """A date (day precision) or datetime from a string; None, with a note, when it cannot be read.

    A bad date never rejects an article: the date is optional metadata.
    """
    value = value.strip()
    parsed = _iso(value) or _rfc2822(value) or _archive(value)
    if parsed is None:
        notes.append(f"published date {value!r} not understood; left out")
    return parsed


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
