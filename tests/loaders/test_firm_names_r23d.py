"""Firms NER cut or took for people (r23d): a one-word name in a list beside an organisation's name is a
firm's too ("Yamaha Corp and Rohm"); a subsidiary's name with its market in brackets before
its legal form is one firm's ("Nikko Securities Co (Europe) Ltd"), based in the bracketed country and its
parent's when the text names the parent. Real pipeline, invented text."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.nationals import _joined_by_and
from loaders.entities.records import MentionRow
from tests.loaders.extraction_helpers import FactsOf, minted_classes


def test_a_name_listed_with_a_firm_of_a_legal_form_is_a_firm(nlp: Language) -> None:
    classes = minted_classes(
        nlp, "Chip deal\n\nThe phones use chips made by Yamaha Corp and Rohm, the firms said."
    )
    assert classes.get("Rohm") == "Organization", classes


def test_every_one_word_name_of_the_list_is_a_firm(nlp: Language) -> None:
    text = "Suit filed\n\nThe suit was brought by Alcoma Packing Co Inc, Kessler and Dorne on Friday."
    classes = minted_classes(nlp, text)
    assert classes.get("Kessler") == "Organization", classes


def test_a_person_named_in_full_in_the_text_stays_a_person(nlp: Language) -> None:
    text = (
        "Award\n\nThe award went to Acme Corp and Kessler, who runs the firm. John Kessler is its chairman."
    )
    classes = minted_classes(nlp, text)
    assert classes.get("John Kessler") == "Person", classes


def test_a_titled_name_beside_a_firm_stays_a_person(nlp: Language) -> None:
    classes = minted_classes(nlp, "Award\n\nThe award went to Acme Corp and Mr Kessler on Friday.")
    assert classes.get("Kessler") == "Person", classes


def test_names_listed_after_a_plural_noun_of_people_stay_people(nlp: Language) -> None:
    text = "Tour news\n\nThe show features backing singers Pepsi and Marlie, the band said."
    classes = minted_classes(nlp, text)
    assert classes.get("Marlie") != "Organization", classes


def test_a_market_in_brackets_is_inside_the_firms_name(nlp: Language) -> None:
    text = (
        "Bond issue\n\nThe bond is led by Nikko Securities Co (Europe) Ltd and Kanto Information Systems "
        "(U.K.) Ltd, the banks said."
    )
    classes = minted_classes(nlp, text)
    assert classes.get("Nikko Securities Co (Europe) Ltd") == "Organization", classes
    assert classes.get("Kanto Information Systems (U.K.) Ltd") == "Organization", classes


def test_the_bracketed_country_is_the_firms_home_and_the_parent_its_owner(facts_of: FactsOf) -> None:
    found = facts_of(
        "Kanto Sachs and Co said it would grow in Tokyo. Kanto Sachs (Japan) Corp president Eugene Marsh "
        "said trading was slow."
    )
    assert ("Kanto Sachs (Japan) Corp", "basedIn", "Japan") in found, found
    assert ("Kanto Sachs (Japan) Corp", "subsidiaryOf", "Kanto Sachs and Co") in found, found
    assert ("Eugene Marsh", "leaderOf", "Kanto Sachs (Japan) Corp") in found, found


def test_no_parent_when_the_text_names_none(facts_of: FactsOf) -> None:
    found = facts_of("Kanto Sachs (Japan) Corp said trading was slow.")
    assert not [f for f in found if f[1] == "subsidiaryOf"], found


def test_an_acronym_in_brackets_is_no_part_of_the_name(nlp: Language) -> None:
    text = "Phone deal\n\nNippon Telegraph and Telephone (NTT) Corp said it would cut prices."
    classes = minted_classes(nlp, text)
    assert "Nippon Telegraph and Telephone (NTT) Corp" not in classes, classes


def test_a_persons_country_in_brackets_stays_apart(nlp: Language) -> None:
    classes = minted_classes(
        nlp, "Prize list\n\nThe winners were Kenzaburo Oe (Japan) and Ruth Kessler (US)."
    )
    assert classes.get("Kenzaburo Oe") == "Person", classes


def test_a_bracketed_name_that_runs_on_back_over_and_is_left_to_ner(nlp: Language) -> None:
    text = "Merger\n\nThe group will merge Cable and Radio (Hong Kong) Ltd into a new firm, it said."
    classes = minted_classes(nlp, text)
    assert "Radio (Hong Kong) Ltd" not in classes, classes


def test_a_list_of_bracketed_names_is_one_firm_each(nlp: Language) -> None:
    text = "Bond issue\n\nCo-managers are Kanto Securities (Asia) Ltd and Hoare Brett (Japan) Ltd, it said."
    classes = minted_classes(nlp, text)
    assert classes.get("Kanto Securities (Asia) Ltd") == "Organization", classes
    assert classes.get("Hoare Brett (Japan) Ltd") == "Organization", classes


def test_a_comma_before_and_between_two_names_joins_clauses(nlp: Language) -> None:
    """ "the Ohio Trade Commission, and Marlow is a lawyer": two clauses; "A, B, and C" a list."""
    doc = nlp.make_doc("Acme Corp, and Marlow said so. Acme Corp, Dorne, and Marlow said so.")

    def row(k: int) -> MentionRow:
        return MentionRow(
            doc[k].idx, doc[k].idx + len(doc[k]), k, k + 1, "Organization", doc[k].text, doc[k].text
        )

    assert not _joined_by_and(doc, row(1), row(4), 2)
    assert _joined_by_and(doc, row(11), row(14), 3)


def test_a_possessor_in_a_list_is_no_item_of_it(nlp: Language) -> None:
    text = "Banks\n\nThe banks, Commerzbank and Kessler's savings bank, would not help, he said."
    classes = minted_classes(nlp, text)
    assert classes.get("Kessler") != "Organization", classes
