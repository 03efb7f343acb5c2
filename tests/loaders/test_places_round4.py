"""Capitals, monitoring services' source lines and the world's countries, through the real pipeline
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.entities.gazetteer import load_gazetteer
from tests.loaders.extraction_helpers import analyse, facts

CAPITALS = [
    ("The talks were held in Yerevan, the capital of Armenia, on Monday.", ("Yerevan", "Armenia")),
    ("Bosnia's capital, Sarajevo, hosted the conference.", ("Sarajevo", "Bosnia and Herzegovina")),
    ("The show was due to open in the capital of Uganda, Kampala, this week.", ("Kampala", "Uganda")),
    ("Cardiff, the Welsh capital, staged the final.", ("Cardiff", "Wales")),
    ("Crowds gathered in the Kenyan capital Nairobi on Friday.", ("Nairobi", "Kenya")),
]


@pytest.mark.parametrize(("text", "pair"), CAPITALS)
def test_a_capital_lies_in_the_country_it_is_the_capital_of(
    nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "locatedIn", pair[1]) in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Liverpool, the European capital of culture, will host the festival.",
        "Acme Bank raised its capital, Moody's said.",
    ],
)
def test_capital_of_no_place_is_no_place(nlp: Language, text: str) -> None:
    assert not {f for f in facts(analyse(nlp, text)) if f[1] == "locatedIn"}


@pytest.mark.parametrize(
    "text",
    [
        "Ireland's finance minister spoke on Monday. Officials in Dublin said the talks would go on.",
        "Washington warned Japan on Tuesday. The United States wants a new trade pact.",
    ],
)
def test_a_capital_the_text_names_is_not_placed_by_what_the_gazetteer_knows(nlp: Language, text: str) -> None:
    # Every fact is one a sentence states; the gazetteer's capitals type and link names, they are not facts.
    assert not {f for f in facts(analyse(nlp, text)) if f[1] == "locatedIn"}


@pytest.mark.parametrize(
    "text",
    [
        "Ireland's finance minister spoke on Monday. Officials in Dublin said the talks would go on.",
        "The court in Washington ruled on Monday. The United States will appeal.",
        "The United States attacked Japan's fiscal policy and warned Tokyo its package must be large.",
        "Ministers hope for a Baghdad bounce after the Iraq elections.",
    ],
)
def test_a_capital_is_placed_only_where_a_sentence_names_it_as_a_place_and_its_country(
    nlp: Language, text: str
) -> None:
    # The gazetteer knows Dublin is in Ireland; this text never says so.
    assert not {f for f in facts(analyse(nlp, text)) if f[1] == "locatedIn"}
    assert ("Moscow", "locatedIn", "Russia") in facts(
        analyse(nlp, "The president flew home from Moscow on Wednesday after a two-day visit to Russia.")
    )


SOURCE_LINES = [
    ("Strike Called Off LD1203114595 Moscow INTERFAX in English 1130 GMT 12 Mar 95", ("INTERFAX", "Moscow")),
    ("NC0605101295 Cairo AL-WAFD in Arabic 5 May 95 p 3", ("AL-WAFD", "Cairo")),
    ("Tokyo YOMIURI SHIMBUN", ("YOMIURI SHIMBUN", "Tokyo")),
]


@pytest.mark.parametrize(("text", "pair"), SOURCE_LINES)
def test_a_monitored_source_is_based_where_its_line_places_it(
    nlp: Language, text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "basedIn", pair[1]) in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "BANGKOK, Thailand (AP) Police arrested two men on Tuesday.",  # a dateline: where it was filed
        "Moscow Interfax reported on Monday that talks had stalled.",  # prose, no source line
    ],
)
def test_a_dateline_or_prose_is_no_source_line(nlp: Language, text: str) -> None:
    assert not {f for f in facts(analyse(nlp, text)) if f[1] == "basedIn"}


def test_every_sovereign_state_is_a_country_with_its_demonym() -> None:
    gaz = load_gazetteer()
    for name, demonym in [("Slovenia", "Slovenian"), ("Uganda", "Ugandan"), ("Ecuador", "Ecuadorean")]:
        entry = gaz.lookup(name)
        assert entry is not None and entry.cls == "Country"
        assert gaz.demonym(demonym) == entry
    # names a reader takes for something else first stay out: a first name, a US state, a retailer
    assert all(gaz.lookup(n) is None for n in ("Chad", "Georgia", "Jordan", "Iceland"))


def test_a_country_s_possessive_before_an_untitled_name_says_the_nationality(nlp: Language) -> None:
    text = "Slovenia's Mateja Kranjc won the women's 800m in Madrid."
    assert ("Mateja Kranjc", "citizenOf", "Slovenia") in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Gazprom could drill for gas in Sakhalin, in the far east of Russia.", ("Sakhalin", "Russia")),
        ("Aid reached 2,000 people in Bugesera in the southeastern part of Rwanda.", ("Bugesera", "Rwanda")),
        ("Police were called to Hexham, northern England, on Sunday.", ("Hexham", "England")),
    ],
)
def test_a_place_in_a_part_of_another_lies_in_it(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "locatedIn", pair[1]) in facts(analyse(nlp, text))


def test_a_part_of_a_place_after_a_list_is_no_pair(nlp: Language) -> None:
    text = "Troops moved from Basra, Najaf, northern Iraq and Kuwait."
    assert ("Najaf", "locatedIn", "Iraq") not in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "At a briefing at Kestrel Corp headquarters in nearby Rockville, Md., Jones said so.",
            ("Kestrel Corp", "basedIn", "Rockville"),
        ),
        (
            "At a briefing at Kestrel Corp headquarters in nearby Rockville, Md., Jones said so.",
            ("Kestrel Corp", "basedIn", "Md."),
        ),
        ("Officials said the U.S. 7th Fleet had left the port.", ("7th Fleet", "basedIn", "United States")),
        (
            "The US Agriculture Department cut its forecast.",
            ("Agriculture Department", "basedIn", "United States"),
        ),
    ],
)
def test_a_head_office_or_a_country_s_abbreviation_says_where_an_organisation_is(
    nlp: Language, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Corp plans to open new headquarters in Dallas next year.",
        "Trading on the Singapore International Monetary Exchange hit a record.",  # a name NER cut
        "Agip bought half of the U.S.\nFirm is owned by Steuart Co.",  # a kind noun taken for a name
    ],
)
def test_a_planned_head_office_or_a_country_in_a_name_gives_no_home(nlp: Language, text: str) -> None:
    assert not {f for f in facts(analyse(nlp, text)) if f[1] == "basedIn"}


def test_shares_in_a_firm_are_no_place_in_it(nlp: Language) -> None:
    assert not {f for f in facts(analyse(nlp, "Shares in China Mobile rose.")) if f[1] == "locatedIn"}


def test_a_demonym_inside_a_name_is_no_mention_of_its_own_where_the_country_is_named(nlp: Language) -> None:
    analysis = analyse(nlp, "After the vote in Haiti, the Haitian Parliament declared the post vacant.")
    assert [m.text for m in analysis.mentions if m.label == "NORP"] == []
