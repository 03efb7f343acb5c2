"""Firm names cut at commas, "and" and "of" are one firm; lists of firms stay apart (real pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.entities.records import doc_mentions


def _organisations(nlp: Language, text: str) -> set[str]:
    return {m.surface for m in doc_mentions(nlp(text)) if m.cls == "Organization"}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "The offer was managed by Hollis Brant, Pelham, Stroud and Voss Inc, the bidder said.",
            "Hollis Brant, Pelham, Stroud and Voss Inc",
        ),
        (
            "Dunmore and Kessel Banking Corp. raised its lending rate on Tuesday.",
            "Dunmore and Kessel Banking Corp.",
        ),
        (
            "Shares of Larkspur Fields of South Africa Ltd rose sharply.",
            "Larkspur Fields of South Africa Ltd",
        ),
        ("He joined Quarle Motors of Canada Ltd last year.", "Quarle Motors of Canada Ltd"),
        ("The adviser was Tamsin Orley and Co Inc, a broker.", "Tamsin Orley and Co Inc"),
        ("Economist Vera Halden of Brisco Securities Co said rates would fall.", "Brisco Securities Co"),
    ],
)
def test_a_legal_form_ends_a_firm_name_that_runs_back_over_commas_and_of(
    nlp: Language, text: str, firm: str
) -> None:
    organisations = _organisations(nlp, text)
    assert firm in organisations
    assert not any(o != firm and o in firm for o in organisations)  # none of its pieces on its own


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Corvane Inc and Delmont Co settled the dispute.", {"Corvane Inc", "Delmont Co"}),
        ("Ostrava and Martin Pellew Corp made rival bids.", {"Martin Pellew Corp"}),
        ("Analyst Vera Halden of Brisco Securities Co said rates would fall.", {"Brisco Securities Co"}),
    ],
)
def test_a_list_of_firms_or_a_person_of_a_firm_is_not_one_firm(
    nlp: Language, text: str, firms: set[str]
) -> None:
    organisations = _organisations(nlp, text)
    assert firms <= organisations
    assert not any(" and " in o or " of " in o for o in organisations)


def test_a_firm_name_broken_across_lines_is_one_firm(nlp: Language) -> None:
    doc = nlp("The bonds were sold, said lead manager Hollis\nBrant and Co Inc.")
    keys = {m.key for m in doc_mentions(doc) if m.cls == "Organization"}
    assert "Hollis Brant and Co Inc." in keys, keys


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Public and Commercial Services Union called a strike on Monday.",
            "Public and Commercial Services Union",
        ),
        ("Shares of the Savings and Loan Association fell.", "Savings and Loan Association"),
        (
            "A report by Harbour and Counties Economics said rates would rise.",
            "Harbour and Counties Economics",
        ),
    ],
)
def test_an_institution_named_after_two_words_is_one_organisation(
    nlp: Language, text: str, name: str
) -> None:
    organisations = _organisations(nlp, text)
    assert name in organisations
    assert not any(o != name and o in name for o in organisations)  # none of its pieces on its own


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Money came from Soros and Quantum Fund last year.", "Quantum Fund"),
        ("Fuji Bank and Mitsubishi Bank raised their rates.", "Mitsubishi Bank"),
        ("Talks between the Netherlands and Sages Group failed.", "Sages Group"),
    ],
)
def test_a_name_of_its_own_before_and_is_not_part_of_an_institution(
    nlp: Language, text: str, apart: str
) -> None:
    organisations = _organisations(nlp, text)
    assert not any(" and " in o for o in organisations), organisations


def test_a_name_that_ends_in_an_institution_noun_is_no_person(nlp: Language) -> None:
    doc = nlp("Wing Lung Bank said its profits rose by a tenth.")
    rows = [(m.surface, m.cls) for m in doc_mentions(doc) if m.cls in ("Person", "Organization")]
    assert rows == [("Wing Lung Bank", "Organization")], rows


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The set was played by disc jockey Rob Da Bank on Friday.", "Rob Da Bank"),
        ("He met Swiss Economics Minister Jean-Pascal Delamuraz in Bern.", "Jean-Pascal Delamuraz"),
    ],
)
def test_a_particle_or_a_title_after_it_keeps_a_person(nlp: Language, text: str, person: str) -> None:
    doc = nlp(text)
    people = {m.surface for m in doc_mentions(doc) if m.cls == "Person"}
    assert person in people, people
    assert person not in _organisations(nlp, text)


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        (
            "The lenders were UBS, Credit Suisse First Boston, Norrland Bank and Citigroup.",
            {"Norrland Bank", "Citigroup"},
        ),
        (
            "The bill featured the Mull Historical Society, Deacon Blue, Idlewild and Mogwai.",
            {"Deacon Blue", "Idlewild"},
        ),
    ],
)
def test_a_list_that_ner_ran_into_one_organisation_is_cut(nlp: Language, text: str, apart: set[str]) -> None:
    organisations = _organisations(nlp, text)
    assert apart <= organisations, organisations
    assert not any(", " in o or " and " in o for o in organisations), organisations


@pytest.mark.parametrize(
    "text",
    [
        "The figures were compiled by the Federal Office of Industry, Trade and Labour in Bern.",
        "Its auditor, Peat, Marwick, Mitchell and Co, resigned on Friday.",
        "Carriers are opting for a technology called Evolution, Data Optimised (EV-DO) this year.",
    ],
)
def test_a_comma_inside_a_body_or_a_firm_name_stays(nlp: Language, text: str) -> None:
    organisations = _organisations(nlp, text)
    assert any(", " in o for o in organisations), organisations


def test_a_country_abbreviation_and_a_business_word_before_a_legal_form_are_one_firm(nlp: Language) -> None:
    # NER cuts "US" off as a country and leaves a firm named "Air Corp"; the bare "US Air" later is it too
    text = (
        "Kestrel Airways received bids from Norfolk Western Corp and US Air Corp. "
        "A rival offered to buy Kestrel suitor US Air instead."
    )
    firms = _organisations(nlp, text)
    assert "US Air Corp." in firms or "US Air Corp" in firms, firms
    assert "Air Corp." not in firms and "Air Corp" not in firms, firms


def test_a_country_before_a_firm_with_a_proper_name_stays_its_home(nlp: Language) -> None:
    firms = _organisations(nlp, "Shares of US retailer Kestrel Stores Inc rose on Monday.")
    assert not any(f.startswith("US") for f in firms), firms


def test_an_institution_cut_at_and_keeps_the_place_it_serves(nlp: Language) -> None:
    """NER reads "Loan Association of Durant, Okla" as a name of its own; the whole runs from "United"
    to the place (judges' seed 933 had it cut to the piece after "and")."""
    text = (
        "The bank board said it closed down the insolvent United Federal Savings and Loan Association"
        " of Durant, Okla, and turned its deposits over to a new thrift."
    )
    firms = _organisations(nlp, text)
    assert "United Federal Savings and Loan Association of Durant, Okla" in firms, sorted(firms)
    assert not any(f.startswith("Loan Association") for f in firms), sorted(firms)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "The bank is an affiliate of Bankers Trust New York Corp, the agency said.",
            "Bankers Trust New York Corp",
        ),
        (
            "He sold the paper of Societe Generale North America Inc last week.",
            "Societe Generale North America Inc",
        ),
        (
            "It has sold its McGraw-Hill Book Co South Africa Pty Ltd subsidiary to a local group.",
            "McGraw-Hill Book Co South Africa Pty Ltd",
        ),
    ],
)
def test_a_long_firm_name_no_ner_name_covers_is_whole(nlp: Language, text: str, firm: str) -> None:
    """More proper words before the legal form than one piece holds (judges' seed 933 had "Trust New York
    Corp")."""
    firms = _organisations(nlp, text)
    assert firm in firms, sorted(firms)


def test_a_table_word_opens_no_long_firm_name(nlp: Language) -> None:
    text = "Qtr net\n\nShr Royal Dutch Petroleum Co <RD> 2.30 dlrs vs 2.90 dlrs"
    firms = _organisations(nlp, text)
    assert not any(f.startswith("Shr") for f in firms), sorted(firms)
