"""Names the judges of seed 936 found cut or mistyped (lane r20a), through the real pipeline, on invented
sentences: a currency in a rate table typed a person (whose country's adjective then gave citizenOf), an
adjective opening a sentence made a body ("Presidential spokesman"), a body's name run on into a title's
first word ("IMF Managing director")."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import FactsOf, minted_classes

RATES = (
    "Other currency values against the SDR were:\n"
    " Dutch Guilder      2.64062   (3.20316)\n"
    " Swiss Franc        1.94130   (3.19548)\n"
    " Deutsche Mark      2.33983   (3.06809)\n"
    "Venezuelan Bolivar Aug 27, Saudi Riyal Aug 9, all 1974. Swiss Franc Sept 16, 1975."
)


def test_a_currency_in_a_rate_table_is_no_name(nlp: Language, facts_of: FactsOf) -> None:
    classes = minted_classes(nlp, RATES)
    currencies = [n for n in classes if any(w in n for w in ("Guilder", "Franc", "Mark", "Bolivar", "Riyal"))]
    assert currencies == [], classes
    assert not any(p == "citizenOf" for _, p, _ in facts_of(RATES)), facts_of(RATES)


def test_a_name_with_a_currency_word_stays(nlp: Language) -> None:
    text = "Simon Bolivar led the revolt. Mark Thompson, the director general, said the plan would work."
    classes = minted_classes(nlp, text)
    assert classes.get("Simon Bolivar") == "Person", classes
    assert classes.get("Mark Thompson") == "Person", classes


def test_presidential_is_no_body(nlp: Language, facts_of: FactsOf) -> None:
    text = (
        "Abducted Japanese trader Taro Yamada was freed after two months, Presidential spokesman Teodoro"
        " Benigno said."
    )
    assert "Presidential" not in minted_classes(nlp, text)
    assert not any(o == "Presidential" for _, _, o in facts_of(text)), facts_of(text)


def test_a_body_is_cut_before_a_title_it_ran_into(facts_of: FactsOf) -> None:
    text = "IMF Managing director Michel Camdessus said the fund would lend more to the poorest nations."
    facts = facts_of(text)
    assert ("Michel Camdessus", "worksFor", "IMF Managing") not in facts, facts
    assert any(
        s == "Michel Camdessus" and o in ("IMF", "International Monetary Fund") for s, _, o in facts
    ), facts


def test_air_and_a_country_is_an_airline(nlp: Language) -> None:
    text = "The government will sell a 25 pct stake in Air New Zealand to foreign investors."
    classes = minted_classes(nlp, text)
    assert classes.get("Air New Zealand") == "Organization", classes


def test_a_firm_of_two_initials_is_named_whole(nlp: Language) -> None:
    text = "Paul Gallant, president of A and P's Compass Foods unit, said the line would sell well."
    classes = minted_classes(nlp, text)
    assert classes.get("A and P") == "Organization", classes
    assert "P" not in classes, classes
    text = "P and O said its profits rose 20 pct in the first half."
    assert minted_classes(nlp, text).get("P and O") == "Organization"


def test_initials_of_countries_or_classes_are_no_firm(nlp: Language) -> None:
    text = "Holders of Class A and B shares will vote, the UK and US said."
    classes = minted_classes(nlp, text)
    assert not any(" and " in name and len(name) < 8 for name in classes), classes
