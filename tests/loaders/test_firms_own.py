"""What only a firm has makes a one-word name a firm's, unless the text makes it a person's (real pipeline;
invented text)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse


def _classes_of(nlp: Language, text: str, name: str) -> set[str]:
    """The classes the article settles on for the mentions of ``name``."""
    found = analyse(nlp, text).mentions
    return {m.entity.split("/", 1)[0] for m in found if m.entity and m.text.rstrip(".") == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares rose after Brantex's profits doubled. Brantex will open new stores.", "Brantex"),
        ("A spokeswoman for Vellacor declined to comment. Vellacor has won approval.", "Vellacor"),
        ("The Quorvane spokesman said the talks went well. Quorvane built a plant.", "Quorvane"),
        ("Halvex said its sales rose 5%. Halvex expects growth.", "Halvex"),
        ("Dremmel's chief executive resigned on Monday.", "Dremmel"),
        ("It bought Korvask, the main unit of Brantex Corp, last year.", "Korvask"),
        ("Vellstrom, a division of Halvex Inc, cut 40 jobs.", "Vellstrom"),
        ("Sales of Norvex's popular hypertension drug fell. Norvex will cut jobs.", "Norvex"),
        ("The Quarlon workforce voted to strike. Quarlon makes games.", "Quarlon"),
        ("Brisko customers will pay more from May. Brisko said prices rose.", "Brisko"),
        ("It may buy 15% of Vorkos' former key oil production unit. Vorkos denied it.", "Vorkos"),
        ("Teenagers spend more, said market analyst Datavane. Datavane said so.", "Datavane"),
        ("It may buy the assets of troubled Russian crude producer Vorkos.", "Vorkos"),
        ("Paris-based Dravenor, owner of a bourse in Lisbon, said it may bid.", "Dravenor"),
    ],
)
def test_what_only_a_firm_has_makes_the_name_a_firm(nlp: Language, text: str, name: str) -> None:
    assert _classes_of(nlp, text, name) == {"Organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Garvey has left. A spokesman for Garvey said he was tired.", "Garvey"),
        ("Tom Brannock spoke on Monday. Brannock's spokesman said he would stay.", "Brannock"),
        ("President Obwaldo was in Paris. A spokesman for Obwaldo said the visit went well.", "Obwaldo"),
        ("Tom Brannock spoke on Monday. Brannock's employees were told to stay.", "Brannock"),
        ("Madonna's new car was stolen in London.", "Madonna"),
        ("Rates will rise, said market analyst Tom Brannock. Brannock said so.", "Brannock"),
        ("The film was made by film producer Garvey, who said it was his best.", "Garvey"),
        ("Two wheel-based Kelvos, Pal and Chum, greeted reporters.", "Kelvos"),
        ("Rebels said so in a statement from their Jambalo headquarters.", "Jambalo"),
        ("Sales of Germany's drugs rose as Britain's customers paid more.", "Germany"),
        ("It signed a deal with Halvex Corp of Delaware, a unit of Brantex AG.", "Delaware"),
        ("Tom Brannock, a clerk at the Carvel Office in Leeds, a division of Halvex, spoke.", "Tom Brannock"),
        (
            "Rain came late, said a clerk at the Carvel Office in Dallas, a division of the Energy Agency.",
            "Dallas",
        ),
    ],
)
def test_a_title_or_a_full_name_keeps_a_person(nlp: Language, text: str, name: str) -> None:
    assert "Organization" not in _classes_of(nlp, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Research by technology firms Dremlink and Vetroot found the flaw.", "Vetroot"),
        ("Under plans by two US firms Scanvale and Gracemoor, users can talk to their TVs.", "Gracemoor"),
    ],
)
def test_a_list_after_a_plural_firm_noun_names_firms(nlp: Language, text: str, name: str) -> None:
    assert _classes_of(nlp, text, name) == {"Organization"}


def test_a_list_after_a_plural_trade_may_name_people(nlp: Language) -> None:
    text = "The report was written by analysts Brannock and Garvey. Garvey said it was late."
    assert "Organization" not in _classes_of(nlp, text, "Garvey")
