"""Values the compiled queries compute in Neo4j are the ones the API has always answered.

Published dates and times are ISO 8601 text written by Cypher (``iso_text``), equal to Python's
``isoformat`` of the value the driver reads: dates, date-times with and without a zone, with and
without microseconds, offsets east and west. Evaluated by the real server.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import neo4j
import pytest

from kg.graphstore.compiler.cypher import iso_text

pytestmark = pytest.mark.neo4j

VALUES = [
    None,
    date(2023, 3, 22),
    date(987, 1, 2),
    datetime(1987, 2, 26, 15, 1, 1, 790000),
    datetime(2024, 5, 1, 9, 30),
    datetime(2024, 5, 1, 9, 30, 0, 5, tzinfo=UTC),
    datetime(2024, 5, 1, 9, 30, 7, tzinfo=timezone(timedelta(hours=2))),
    datetime(2024, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
]


@pytest.mark.parametrize("value", VALUES, ids=str)
def test_iso_text_is_pythons_isoformat(driver: neo4j.Driver, value: object) -> None:
    records, _, _ = driver.execute_query(f"RETURN $v AS stored, {iso_text('$v')} AS text", v=value)
    stored = records[0]["stored"]
    native = stored.to_native() if hasattr(stored, "to_native") else stored
    expected = native.isoformat() if hasattr(native, "isoformat") else native
    assert records[0]["text"] == expected
