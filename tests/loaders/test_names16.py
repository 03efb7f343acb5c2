"""Names a reader would accept (round 16, judges' seeds 927 and 928): laws and treaties are works, a firm's
name runs over "and" to its line of business, a capitalised description after "U.S." opens no name, and a
Reuters table's column words are no names. Sentences written for these tests, run through the real
pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts


def test_an_earnings_tables_column_words_are_no_names(nlp: Language) -> None:
    text = (
        "Halvern Tool Corp said first quarter profits rose.\n"
        "    Shr 1.20 dlrs vs 1.10 dlrs\n"
        "    Net 5.1 mln vs 4.2 mln\n"
        "    Revs 50.2 mln vs 45.1 mln\n"
        "    Avg shrs 4.2 mln vs 4.1 mln\n"
    )
    referents = analyse(nlp, text).referents
    assert not any(key.split("/", 1)[1] in ("Avg", "Revs", "Shr") for key in referents), sorted(referents)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Firms in Leeds must obey the Data Protection Act, the minister said.", "Data Protection Act"),
        ("MPs will vote on the Gambling Bill in Westminster next week.", "Gambling Bill"),
    ],
)
def test_a_law_or_a_bill_is_a_work(nlp: Language, text: str, name: str) -> None:
    referents = analyse(nlp, text).referents
    assert f"Work/{name}" in referents, sorted(referents)


def test_the_bill_alone_is_no_person(nlp: Language) -> None:
    text = "The Mental Capacity Bill has broad support in London. The Bill will then go to a third reading."
    referents = analyse(nlp, text).referents
    assert not any(key.startswith("Person/") for key in referents), sorted(referents)


def test_a_title_the_bill_inside_a_sentence_stays(nlp: Language) -> None:
    referents = analyse(nlp, "Viewers of the ITV police drama The Bill fell to five million.").referents
    assert any(key.startswith("Work/") and key.endswith("Bill") for key in referents), sorted(referents)


def test_a_treaty_named_for_a_place_is_one_work(nlp: Language) -> None:
    analysis = analyse(nlp, "The bank timed the issue to mark the 30th anniversary of the Treaty of Rome.")
    assert "Work/Treaty of Rome" in analysis.referents, sorted(analysis.referents)
    assert not any(p == "basedIn" for _, p, _ in facts(analysis)), sorted(facts(analysis))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Delcor Inc said it sold a plant to Harlow Specialities and Technologies Inc, a private company.",
            "Harlow Specialities and Technologies Inc",
        ),
        (
            "Crestmont Federal Savings and Loan Association said it would buy the branch.",
            "Crestmont Federal Savings and Loan Association",
        ),
        (
            "Coast Savings said it is in talks with the Federal Savings and Loan Insurance Corp on a deal.",
            "Federal Savings and Loan Insurance Corp",
        ),
    ],
)
def test_a_firm_runs_over_and_to_its_line_of_business(nlp: Language, text: str, name: str) -> None:
    referents = analyse(nlp, text).referents
    assert f"Organization/{name}" in referents, sorted(referents)


def test_two_firms_joined_by_and_stay_two(nlp: Language) -> None:
    text = "The notes were sold through Merrill Lynch and Montgomery Securities, the company said."
    referents = analyse(nlp, text).referents
    assert "Organization/Montgomery Securities" in referents, sorted(referents)


def test_a_description_after_a_countrys_abbreviation_opens_no_name(nlp: Language) -> None:
    text = "Madagascar extended its exploration agreement with the U.S. Firm Delcor Corp for 17 months."
    analysis = analyse(nlp, text)
    assert "Organization/Delcor Corp" in analysis.referents, sorted(analysis.referents)
    assert ("Delcor Corp", "basedIn", "United States") in facts(analysis), sorted(facts(analysis))


def test_a_firms_short_name_before_its_business_is_the_firm(nlp: Language) -> None:
    text = "Shares of Corran Mohawk Power Corp fell. A spokesman said Corran Mohawk had advised the board."
    referents = analyse(nlp, text).referents
    assert "Organization/Corran Mohawk Power Corp" in referents, sorted(referents)
    assert not any(key.startswith("Person/") for key in referents), sorted(referents)
