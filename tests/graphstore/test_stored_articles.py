"""Stored articles read back for re-extraction, whatever form their publication date was stored in."""

from __future__ import annotations

from datetime import date, datetime

import neo4j.time
import pytest

from kg.graphstore.articles import stored_article

PROPS = {"uri": "https://kg.example.org/article/1", "text": "Text.", "contentHash": "abc"}


@pytest.mark.parametrize(
    ("stored", "published"),
    [
        ("1987-03-31", date(1987, 3, 31)),  # a date without a time of day is stored as its ISO string
        (neo4j.time.DateTime(1987, 3, 31, 6, 5), datetime(1987, 3, 31, 6, 5)),
        (neo4j.time.Date(1987, 3, 31), date(1987, 3, 31)),
        ("31-MAR-1987 605:12:19", None),  # no ISO date: left out, not a crash further on
        (None, None),
    ],
)
def test_a_stored_publication_date_comes_back_as_pythons(stored: object, published: object) -> None:
    assert stored_article({**PROPS, "published": stored}).published == published
