"""What dev21, annotated blind and read in the twenty-second round (lane r22d), showed wrong or missed,
through the real pipeline on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.entities import firms
from loaders.evaluation.news_articles import DEFAULT_NEWS_DIR, load_articles
from tests.loaders.extraction_helpers import ClassesOf, FactsOf


def test_a_committee_chairman_holds_the_chair_and_leads_no_party(facts_of: FactsOf) -> None:
    found = facts_of("On Monday Lib Dem home affairs committee chairman Tom Wick warned of the risk.")
    assert ("Tom Wick", "holdsPosition", "chairman") in found, found
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_committee_chairman_leads_no_house(facts_of: FactsOf) -> None:
    found = facts_of("Senate farm committee chairman Tom Wick said the bill would pass.")
    assert ("Tom Wick", "holdsPosition", "chairman") in found, found
    assert ("Tom Wick", "leaderOf", "Senate") not in found, found


def test_a_firms_board_chairman_still_leads_it(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel managing board chairman Tom Wick said sales rose.")
    assert ("Tom Wick", "leaderOf", "Kestrel") in found, found


def test_a_state_and_a_party_word_in_apposition_is_the_party(facts_of: FactsOf) -> None:
    found = facts_of("Senator Tom Wick, a Texas Democrat, said the bill would pass the Senate.")
    assert ("Tom Wick", "memberOf", "Democratic Party") in found, found


def test_a_state_and_a_party_word_read_as_a_name_are_no_person(
    facts_of: FactsOf, classes_of: ClassesOf
) -> None:
    text = (
        "House Ways and Means Committee chairman Dan Rostenkowski, an Illinois Democrat, said his committee"
        " would act."
    )
    assert ("Dan Rostenkowski", "memberOf", "Democratic Party") in facts_of(text)
    assert "Illinois Democrat" not in classes_of(text)


def test_another_partys_name_is_still_no_state(facts_of: FactsOf) -> None:
    found = facts_of('"It is wrong," said Anna Berg, a Social Democrat, on Monday.')
    assert not any(p == "memberOf" and o == "Democratic Party" for _, p, o in found), found


def test_a_princes_rank_is_no_post(facts_of: FactsOf) -> None:
    found = facts_of("Prince Harry visited the school in London on Monday.")
    assert not any(p == "holdsPosition" for _, p, _ in found), found


def test_a_crown_prince_holds_a_post(facts_of: FactsOf) -> None:
    found = facts_of("Saudi Crown Prince Abdullah met President Bush in Texas.")
    assert ("Abdullah", "holdsPosition", "crown prince") in found, found


def _reuters_text(article_id: str) -> str:
    """An outside Reuters article's text (title, blank line, body) by id: none of its words copied here."""
    if not (DEFAULT_NEWS_DIR / "reuters21578_with_body.jsonl").exists():
        pytest.skip("the news corpus is not here")
    return load_articles([article_id])[article_id].text


@pytest.mark.parametrize(
    ("article_id", "body_firm"),
    [("reuters21578-5374", "WTD Industries"), ("reuters21578-8042", "Louisiana Land and Exploration Co")],
)
def test_no_firm_name_runs_over_the_titles_blank_line(
    classes_of: ClassesOf, article_id: str, body_firm: str
) -> None:
    """The title ends in a word in capitals that a firm's name reached back to over the blank line."""
    names = classes_of(_reuters_text(article_id))
    assert body_firm in names, names
    assert not any(n != body_firm and n.endswith(body_firm) for n in names), names


def test_a_blank_line_starts_a_firms_name(nlp: Language) -> None:
    doc = nlp.make_doc("KESTREL SELLS DEBENTURES\n\nZenolite Industries Inc said it filed.")
    assert firms._after_blank_line(doc, 2, 7) == 4
    assert firms._after_blank_line(doc, 4, 7) == 4


def test_a_client_named_before_a_contract_awards_it(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Inc said it has received a U.S. Army contract for ammunition.")
    assert ("United States Army", "awardedContractTo", "Kestrel Inc") in found, found


def test_a_contracts_kind_names_no_client(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Inc won a record contract last year.")
    assert not any(p == "awardedContractTo" for _, p, _ in found), found
