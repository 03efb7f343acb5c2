"""A government body's name written head first, that NER misses after a country's abbreviation
(loaders.entities.kinds.body_names), and the country before it as the body's home."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import ClassesOf, analyse, facts


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "Officials of the US Department of Fisheries said catches fell.",
            "Department of Fisheries",
            "United States",
        ),
        ("A UK Department of Transport spokesman denied it.", "Department of Transport", "United Kingdom"),
        (
            "The US Office of Management and Budget revised its forecast.",
            "Office of Management and Budget",
            "United States",
        ),
    ],
)
def test_a_body_named_head_first_after_its_country_is_one_organisation(
    nlp: Language, classes_of: ClassesOf, text: str, body: str, country: str
) -> None:
    analysis = analyse(nlp, text)
    assert classes_of(text).get(body) == "Organization"
    assert (body, "basedIn", country) in facts(analysis)


def test_a_department_in_lower_case_is_no_body(classes_of: ClassesOf) -> None:
    classes = classes_of("She moved to the department of Physics at the college in May.")
    assert not any(name.lower().startswith("department") for name in classes), classes


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The filing was made with the U.S. Maritime and Rail Commission on Monday.",
            "Maritime and Rail Commission",
        ),
        ("The US Coastal Protection Agency said the spill was small.", "Coastal Protection Agency"),
    ],
)
def test_a_public_body_after_its_country_abbreviation_is_one_organisation(
    nlp: Language, classes_of: ClassesOf, text: str, body: str
) -> None:
    analysis = analyse(nlp, text)
    assert classes_of(text).get(body) == "Organization"
    assert (body, "basedIn", "United States") in facts(analysis)


def test_a_party_keeps_the_country_in_its_name(classes_of: ClassesOf) -> None:
    classes = classes_of("The UK Independence Party won two seats in the poll.")
    assert "Independence Party" not in classes, classes


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Bank of England kept rates on hold on Thursday.", "Bank of England"),
        ("Royal Bank of Scotland profits rose by a fifth.", "Royal Bank of Scotland"),
        ("Shares in Royal Bank of Scotland fell.", "Royal Bank of Scotland"),
        ("She studied at the Institute for Fiscal Studies for a year.", "Institute for Fiscal Studies"),
    ],
)
def test_a_place_after_a_bodys_head_and_of_ends_the_bodys_name(
    classes_of: ClassesOf, text: str, body: str
) -> None:
    # NER's reading was the gazetteer's England or Scotland, or nothing at all
    classes = classes_of(text)
    assert classes.get(body) == "Organization", classes


def test_a_title_after_a_bodys_name_is_no_word_of_it(classes_of: ClassesOf) -> None:
    classes = classes_of("On Monday Bank of Japan Governor Tom Hale said rates would stay low.")
    assert classes.get("Bank of Japan") == "Organization", classes
