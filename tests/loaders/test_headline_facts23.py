"""The headline fact (lane r23f): a score line's names kept in capitals, on invented texts through the real
pipeline."""

from __future__ import annotations

from loaders.truecase import truecase_headline
from tests.loaders.extraction_helpers import FactsOf


def test_a_score_line_keeps_its_names_capitals() -> None:
    body = "A second-half goal condemned Mansfield to defeat. As Orient chased a second, Mansfield held on."
    assert truecase_headline("Mansfield 0-1 Leyton Orient", body) == "Mansfield 0-1 Leyton Orient"
    # a headline with words besides the names and the score is re-cased as before
    assert truecase_headline("Mansfield Lose 0-1 At Home Again", body).startswith("Mansfield lose")


def test_a_score_line_s_winner_is_read_when_the_report_shortens_its_name(facts_of: FactsOf) -> None:
    text = (
        "Mansfield 0-1 Leyton Orient\n\n"
        "A second-half goal from Andy Scott condemned Mansfield to a ninth game without a win.\n\n"
        "As Orient chased a second, Mansfield had to clear a header off the line."
    )
    assert ("Leyton Orient", "defeated", "Mansfield") in facts_of(text)
