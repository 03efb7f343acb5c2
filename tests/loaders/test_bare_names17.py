"""Organisations whose name was cut to a bare common word (the judges of seed 932, lane r17o): "the Bank",
"Stock Exchange", "Marketing Co", a "Federation" cut from its possessor. Invented sentences, real pipeline."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.names import bare_common_name
from tests.loaders.extraction_helpers import ClassesOf, FactsOf


def test_bare_common_words_name_nothing(nlp: Language) -> None:
    doc = nlp("Stock Exchange and Marketing Co and Acme Bank and Federation and Bank")
    assert bare_common_name(doc[0:2])  # Stock Exchange
    assert bare_common_name(doc[3:5])  # Marketing Co
    assert not bare_common_name(doc[6:8])  # Acme Bank: a proper word
    assert bare_common_name(doc[9:10])
    assert bare_common_name(doc[11:12])


def test_a_city_before_a_bare_body_opens_its_name(facts_of: FactsOf) -> None:
    found = facts_of("Lisbon Stock Exchange president Carlos Pereira said shares would rise.")
    assert ("Carlos Pereira", "leaderOf", "Lisbon Stock Exchange") in found, found
    assert not any(o == "Stock Exchange" for _, _, o in found), found


def test_a_firm_ending_in_a_legal_form_keeps_its_words_after_and(facts_of: FactsOf) -> None:
    found = facts_of("Roger Smith, President of Acme Shamrock Refining and Marketing Co, said he was happy.")
    assert not any(o == "Marketing Co" for _, _, o in found), found


def test_a_possessive_before_a_bare_head_stays_in_the_name(classes_of: ClassesOf) -> None:
    classes = classes_of("Pedro Silva, president of the Minas State Farmers' Federation, spoke on Monday.")
    assert "Federation" not in classes, classes


def test_the_bank_alone_is_no_entity(classes_of: ClassesOf) -> None:
    classes = classes_of(
        "The Acme Development Bank lends to Peru. The U.S., which holds a stake in the Bank, wants reform."
    )
    assert "Bank" not in classes, classes
