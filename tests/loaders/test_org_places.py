"""Where an organisation is based and where a place lies, read from the words around its name, through the
real pipeline (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

BASED = [
    ("Shares in German paint and coatings firm Acme Corp rose.", ("Acme Corp", "basedIn", "Germany")),
    ("Swedish furniture group Nordvik AB cut prices.", ("Nordvik AB", "basedIn", "Sweden")),
    ("Dutch label Acme Records signed the singer.", ("Acme Records", "basedIn", "Netherlands")),
    ("The Houston bank Kestrel Inc said profits rose.", ("Kestrel Inc", "basedIn", "Houston")),
    ("Shares of Boston-based drugs group Kestrel Inc fell.", ("Kestrel Inc", "basedIn", "Boston")),
    (
        "Kestrel Inc, the biggest Dutch chemicals group, said profits rose.",
        ("Kestrel Inc", "basedIn", "Netherlands"),
    ),
    ("Acme Motor Corp of Japan said profits rose.", ("Acme Motor Corp", "basedIn", "Japan")),
    # "City, State-based": both are its home (docs/annotation.md)
    ("Richardson, Texas-based Kestrel Inc agreed to be bought.", ("Kestrel Inc", "basedIn", "Richardson")),
    ("Richardson, Texas-based Kestrel Inc agreed to be bought.", ("Kestrel Inc", "basedIn", "Texas")),
    # the wires' state abbreviations before '-based' (one token to spaCy's own rules), and descriptors
    # that stand beside the name
    (
        "Kestrel Inc, the Santa Clara, Calif.-based chipmaker, said profits rose.",
        ("Kestrel Inc", "basedIn", "California"),
    ),
    (
        "Kestrel Inc, the Santa Clara, Calif.-based chipmaker, said profits rose.",
        ("Kestrel Inc", "basedIn", "Santa Clara"),
    ),
    ("Shares of Tacoma, Wash.-based Kestrel Bank rose.", ("Kestrel Bank", "basedIn", "Tacoma")),
    ("Traders at Acme Corp and U.S.-based Kestrel Inc said so.", ("Kestrel Inc", "basedIn", "United States")),
    ("Kestrel Inc is a Boston-based insurer.", ("Kestrel Inc", "basedIn", "Boston")),
    (
        "Glenholm Distillers Ltd, one of Scotland's oldest whisky firms, was sold.",
        ("Glenholm Distillers Ltd", "basedIn", "Scotland"),
    ),
    (
        "Kestrel Bank, Britain's biggest lender, said profits rose.",
        ("Kestrel Bank", "basedIn", "United Kingdom"),
    ),
    # (r16d) a participle hyphened to a lower-case word is one more modifier of the kind noun
    (
        "French state-owned aluminium and special metals group Kestrel SA said it signed a deal.",
        ("Kestrel SA", "basedIn", "France"),
    ),
    ("Shares of Dutch family-run brewer Kestrel NV rose.", ("Kestrel NV", "basedIn", "Netherlands")),
]

OWNED = [
    (
        "Kestrel Inc, which is 70.4 pct owned by Acme Corp, said profits rose.",
        ("Kestrel Inc", "ownedBy", "Acme Corp"),
    ),
    ("Kestrel Inc, wholly-owned by Acme Corp, plans a new mill.", ("Kestrel Inc", "ownedBy", "Acme Corp")),
    ("Kestrel Inc is 49 pct owned by Acme Corp, it said.", ("Acme Corp", "investedIn", "Kestrel Inc")),
]

NOT_BASED = [
    "Shares of US-listed mining firm Kestrel Inc rose.",  # listed there, not based there
    "Exports to Japan rose and Kestrel Inc said so.",
    "The Dallas-based bank and Kestrel Inc said so.",  # the bank's conjunct is not the bank
    "Kestrel Inc, a unit of Acme Corp based in Houston, said so.",  # the unit or its owner: unsaid
    "Kestrel Inc, Acme Corp's biggest rival, said so.",  # a company's possessive is no home
]


@pytest.mark.parametrize(("text", "triple"), BASED + OWNED, ids=[t[0][:40] for t in BASED + OWNED])
def test_home_and_owner_read_from_the_words_around_the_name(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert triple in found, f"{text!r} gave {found}"


def test_a_minority_share_is_a_stake_not_ownership(nlp: Language) -> None:
    found = facts(analyse(nlp, "Kestrel Inc is 49 pct owned by Acme Corp, it said."))
    assert ("Kestrel Inc", "ownedBy", "Acme Corp") not in found, found


@pytest.mark.parametrize("text", NOT_BASED, ids=[t[:40] for t in NOT_BASED])
def test_a_place_elsewhere_in_the_phrase_is_no_home(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1] == "basedIn"], found


def test_a_place_named_by_its_possessor_lies_inside_it(nlp: Language) -> None:
    found = facts(analyse(nlp, "They walked through Britain's Lake District in May."))
    assert ("Lake District", "locatedIn", "United Kingdom") in found, found
    for text in ("Britain's Kestrel Plc said profits rose.", "Kenya's Wanjiru Kamau won the 5,000m."):
        found = facts(analyse(nlp, text))
        assert not [f for f in found if f[1] == "locatedIn"], found


def test_a_phrasal_verb_in_the_phrase_table_is_not_its_bare_verb(nlp: Language) -> None:
    found = facts(analyse(nlp, "Kestrel Inc took over Acme Corp last year."))
    assert ("Kestrel Inc", "acquired", "Acme Corp") in found, found
    found = facts(analyse(nlp, "Kestrel Inc ended its bid to take over Acme Corp on Monday."))
    assert ("Kestrel Inc", "acquired", "Acme Corp") not in found, found
    assert ("Kestrel Inc", "bidFor", "Acme Corp") in found, found


def test_an_ownership_denied_is_no_fact(nlp: Language) -> None:
    found = facts(analyse(nlp, "Kestrel Inc, which is not owned by Acme Corp, said profits rose."))
    assert not [f for f in found if f[1] in ("ownedBy", "investedIn")], found


def test_a_place_in_a_list_of_places_is_not_inside_the_list_s_region(nlp: Language) -> None:
    text = (
        "The airline will serve Albany, N.Y., Tulsa and Wichita in Kansas, Columbus, Ohio, Dayton and "
        "Sarasota, all in Florida, and Savannah, Ga."
    )
    found = facts(analyse(nlp, text))
    # Albany is in none of the list's regions but its own state, which GeoNames vouches for
    assert [f for f in found if f[1] == "locatedIn" and f[0] == "Albany"] == [("Albany", "locatedIn", "N.Y.")]
    found = facts(analyse(nlp, "Sales rose in Boston, Ohio and Texas."))
    assert not [f for f in found if f[1] == "locatedIn"], found
    found = facts(analyse(nlp, "It trades on markets in Asia, Canada and the Middle East."))
    assert not [f for f in found if f[1] == "locatedIn"], found
    found = facts(analyse(nlp, "A team will visit Asia, Peru and some African states."))  # rest quantified
    assert not [f for f in found if f[1] == "locatedIn"], found
    found = facts(analyse(nlp, "Rain fell in north Boston, western Ohio and southern Texas."))  # parts named
    assert not [f for f in found if f[1] == "locatedIn"], found
    found = facts(analyse(nlp, "Officials questioned the Leeds, Bradford merger."))  # two names on one noun
    assert not [f for f in found if f[1] == "locatedIn"], found
    found = facts(analyse(nlp, "The complaint was filed by Kestrel Mutual, a Lakeland, Fla., group."))
    assert ("Lakeland", "locatedIn", "Fla.") in found, found
    # a team sheet's players by initial and surname, which NER took for places (placepair and the gate)
    sheet = "Kestrelia: P Bravo, C Ostoni, A Masoli, L Nitorra; L Orquena, A Troncato; A Lo Ciccio, F Ongari."
    found = facts(analyse(nlp, sheet))
    assert not [f for f in found if f[1] == "locatedIn"], found
    found = facts(analyse(nlp, "Fans gathered at Trafalgar Square in London on Sunday."))
    assert ("Trafalgar Square", "locatedIn", "London") in found, found


def test_a_hyphen_after_an_abbreviation_joins_two_words(nlp: Language) -> None:
    """'Calif.-based' is three tokens, as 'Paris-based' is; abbreviations and plain hyphens are unchanged."""
    words = [t.text for t in nlp.make_doc("Calif.-based and U.S.-made goods, e.g. Paris-based U.S. firms")]
    expected = "Calif. - based and U.S. - made goods , e.g. Paris - based U.S. firms"
    assert words == expected.split(), words


def test_a_conjunct_of_a_based_name_is_not_based_there(nlp: Language) -> None:
    found = facts(analyse(nlp, "Traders at Acme Corp and Dallas-based Kestrel Inc said so."))
    assert ("Kestrel Inc", "basedIn", "Dallas") in found, found
    assert ("Acme Corp", "basedIn", "Dallas") not in found, found


def test_a_country_s_name_the_text_makes_a_firm_is_based_there_not_a_citizen(nlp: Language) -> None:
    # NER reads the possessed name as a person's in its sentence; "Lavaux Ricard shares" makes it a firm
    found = facts(
        analyse(nlp, "Lavaux Ricard shares rose on Monday. The bid came from France's Lavaux Ricard.")
    )
    assert ("Lavaux Ricard", "basedIn", "France") in found
    assert ("Lavaux Ricard", "citizenOf", "France") not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The actor held a party to promote Bristol's Old Vic Theatre.",
            ("Old Vic Theatre", "locatedIn", "Bristol"),
        ),
        (
            "The paintings are on show at London's Kestrel Gallery.",
            ("Kestrel Gallery", "locatedIn", "London"),
        ),
        (
            "The show opens at the Palace Theatre in Glasgow next week.",
            ("Palace Theatre", "locatedIn", "Glasgow"),
        ),
    ],
)
def test_a_building_s_name_lies_in_the_place_that_holds_it(
    nlp: Language, text: str, fact: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found
    assert (fact[0], "basedIn", fact[2]) not in found


def test_a_city_s_possessive_names_an_organisation_s_home(nlp: Language) -> None:
    """(lane r10e) "London's X": the city is its home, as a country's possessive is; not where the city ends a
    longer name, nor for a site NER took for an organisation (it lies there, it is based nowhere)."""
    found = facts(
        analyse(nlp, "Tom Vale, a strategist at Moscow's Kestrel Securities, said prices would rise.")
    )
    assert ("Kestrel Securities", "basedIn", "Moscow") in found, found
    for text in (
        "He spoke at a conference held by the University of Chicago's Kestrel Business School.",
        "The band played at London's Kestrel Academy on Tuesday.",
        "The army closed Tehran's new Kestrel International Airport on its opening day.",
    ):
        found = facts(analyse(nlp, text))
        assert not [f for f in found if f[1] == "basedIn"], (text, found)
