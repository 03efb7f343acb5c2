"""An organisation's later short names within one text: the start of its full name (real pipeline)."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.gazetteer import GazEntry, Gazetteer
from loaders.entities.variants import _country_words
from tests.loaders.extraction_helpers import analyse, referent_names


def test_a_chain_of_short_names_ends_at_the_full_name(nlp: Language) -> None:
    text = (
        "Harwick Financial Group Inc said it agreed to buy Norbeck Savings Bank. A spokesman for "
        "Harwick Financial said the purchase would add to earnings. Shares of Harwick rose."
    )
    names = referent_names(analyse(nlp, text))
    assert {"Harwick", "Harwick Financial"} <= names["Harwick Financial Group Inc"]
    assert "Harwick" not in names and "Harwick Financial" not in names


def test_a_start_less_proper_words_joins_the_firm(nlp: Language) -> None:
    text = (
        "Larkmoor Stanwick Tillard, the accountancy firm, said trade fell in May. "
        "Larkmoor said it expected a recovery."
    )
    names = referent_names(analyse(nlp, text))
    assert names["Larkmoor Stanwick Tillard"] == {"Larkmoor", "Larkmoor Stanwick Tillard"}


def test_a_start_of_two_firms_joins_neither(nlp: Language) -> None:
    text = (
        "Harwick Financial Group Inc said it agreed to sell Harwick Leasing Corp to a rival. "
        "Shares of Harwick rose."
    )
    names = referent_names(analyse(nlp, text))
    assert names["Harwick Financial Group Inc"] == {"Harwick Financial Group Inc"}
    assert names["Harwick Leasing Corp"] == {"Harwick Leasing Corp"}


def test_a_start_before_a_subsidiary_s_business_words_stays_apart(nlp: Language) -> None:
    text = "Dunmore Motor Credit Corp said it agreed to buy Norbeck Savings Bank. Shares of Dunmore rose."
    names = referent_names(analyse(nlp, text))
    assert names["Dunmore Motor Credit Corp"] == {"Dunmore Motor Credit Corp"}
    assert names["Dunmore"] == {"Dunmore"}


def test_a_longer_name_that_extends_the_match_is_no_rival(nlp: Language) -> None:
    text = (
        "Pellham State Oil Refining Corp said it signed a 100 mln dlr credit agreement. "
        "Pellham State said the loan would finance new stores. Pellham said profits rose."
    )
    names = referent_names(analyse(nlp, text))
    assert names["Pellham State"] == {"Pellham", "Pellham State"}


def test_a_unit_and_the_partnership_that_buys_it_stay_apart(nlp: Language) -> None:
    text = (
        "Corvane Energy Corp said it would sell its Corvane Natural Gas subsidiary to "
        "Corvane Natural Gas Partners L.P. for 40 mln dlrs."
    )
    names = referent_names(analyse(nlp, text))
    assert names["Corvane Natural Gas"] == {"Corvane Natural Gas"}


def test_an_acronym_and_its_council_stay_apart(nlp: Language) -> None:
    text = (
        "Hundreds attended, including IKAF chief Tom Wick. The IKAF Council will meet in April to decide "
        "on the ban."
    )
    names = referent_names(analyse(nlp, text))
    assert names["IKAF"] == {"IKAF"}
    assert names["IKAF Council"] == {"IKAF Council"}


def test_the_last_word_of_a_firm_s_name_with_a_legal_form_is_the_firm(nlp: Language) -> None:
    text = (
        "Castleton and Brimley Inc said it would sell its sugar unit for 40 mln dlrs. "
        "Brimley said the sale would cut its debt."
    )
    names = referent_names(analyse(nlp, text))
    assert "Brimley" in names["Castleton and Brimley Inc"]
    assert "Brimley" not in names


def test_a_titled_last_word_of_a_firm_s_name_stays_a_person(nlp: Language) -> None:
    text = (
        "Castleton and Brimley Inc said it would sell its sugar unit for 40 mln dlrs. "
        "Mr Brimley said the sale would cut its debt."
    )
    names = referent_names(analyse(nlp, text))
    assert "Brimley" not in names["Castleton and Brimley Inc"]


def test_a_firm_s_start_ner_took_for_a_place_joins_the_firm(nlp: Language) -> None:
    # NER labels the bare "Tressel" a place; no gazetteer or GeoNames place has the name (r18i).
    text = (
        "Tressel Group Ltd said John Stiska has resigned as its president. "
        "He will continue to serve as special counsel to Tressel and to Intermark Inc."
    )
    names = referent_names(analyse(nlp, text))
    assert names["Tressel Group Ltd"] == {"Tressel", "Tressel Group Ltd"}
    assert "Tressel" not in names


def test_a_real_place_that_starts_a_firm_s_name_stays_a_place(nlp: Language) -> None:
    text = (
        "Denver Group Ltd said John Stiska has resigned as its president. "
        "He will move to Denver and serve as special counsel to Intermark Inc."
    )
    names = referent_names(analyse(nlp, text))
    assert names["Denver Group Ltd"] == {"Denver Group Ltd"}
    assert names["Denver"] == {"Denver"}


def test_a_place_word_that_starts_two_firms_joins_neither(nlp: Language) -> None:
    text = (
        "Tressel Group Ltd said it had agreed to sell Tressel Leasing Corp to a rival. "
        "He will continue to serve as special counsel to Tressel and to Intermark Inc."
    )
    names = referent_names(analyse(nlp, text))
    assert names["Tressel Group Ltd"] == {"Tressel Group Ltd"}
    assert names["Tressel Leasing Corp"] == {"Tressel Leasing Corp"}
    assert names["Tressel"] == {"Tressel"}


def test_a_word_of_a_country_s_name_stays_a_place(nlp: Language) -> None:
    # "Korea" is a word of the gazetteer's "South Korea": a country, not the start of the firm (r18i).
    text = (
        "Korea Tressel Industries Corp said it would sell ethylene to Japan. "
        "Traders said it was hard to find vessels to ship it to Korea."
    )
    names = referent_names(analyse(nlp, text))
    assert names["Korea Tressel Industries Corp"] == {"Korea Tressel Industries Corp"}


def test_the_words_of_country_names_are_gathered_once_per_gazetteer() -> None:
    korea = Gazetteer([GazEntry("South Korea", "Country"), GazEntry("Seoul", "City")], {}, {})
    assert _country_words(korea) == {"South", "Korea"}
    assert _country_words(korea) is _country_words(korea)  # built at the first call, not at each
    assert _country_words(Gazetteer([GazEntry("New Zealand", "Country")], {}, {})) == {"New", "Zealand"}
