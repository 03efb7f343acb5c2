"""The headline fact (lane r24e): a country's chart topped, on invented texts through the real pipeline. (A
player named in a side's squad is a frame row: its tests are the row's examples in frames.toml, run by
test_frames.py.)"""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Eminem topped the US box office last week.", ("Eminem", "open:top box office in", "United States")),
        ("Eminem topped the charts in the US.", ("Eminem", "open:top chart in", "United States")),
    ],
)
def test_the_country_of_a_chart_topped_is_the_deed_s_partner(
    facts_of: FactsOf, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in facts_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eminem topped the bill at the Apollo in the US.",  # no chart: the country is where it happened
        "Eminem topped the US poll of critics.",  # a poll is no chart of sales
        "Eminem topped the box office in Los Angeles.",  # a city's takings are no country's chart
    ],
)
def test_no_partner_where_no_country_s_chart_was_topped(facts_of: FactsOf, text: str) -> None:
    assert not any(p.startswith("open:top") for _, p, _ in facts_of(text))
