"""Open facts a reader would accept on random news (lane r15b), through the real pipeline, on invented
sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.entities.records import MentionRow
from loaders.facts.context import FactContext
from loaders.facts.open_checks import cut_name
from tests.loaders.extraction_helpers import analyse, facts


def _open(text: str, nlp: Language) -> set[tuple[str, str, str]]:
    return {f for f in facts(analyse(nlp, text)) if f[1].startswith("open:")}


@pytest.mark.parametrize(
    "text",
    [
        # an agency's unit of several words is no name, nor a country after a unit of money, nor a rate's unit
        "Acme Bank issued 103 mln shares to raise 180 mln N.Z. Dlrs.",
        "Kestrel Corp said it sold Zenith Ltd for over four mln dlrs U.S. in cash.",
        "Acme Gas paid about two dlrs per mln British Thermal Unit for spot gas.",
        # a hedge is no deed told
        "The US seems to lag Europe in producing reports.",
        # a state a thing is placed in is the deed; a price's move on a market is a quote of the day
        "The Federal Home Loan Bank Board today placed Zenith Federal Bank under receivership.",
        "Kestrel Corp rose 1/4 to 1-1/8 on the American Stock Exchange.",
        # a substitution in a report on sport
        "Wenger introduced Tom Hale for the ineffective Bill Stone at half-time in the league match.",
        # a verb of naming says nothing without its complement, whatever its noun object
        'Mr Lewis branded the existence of the Kestrel Council "surprising".',
    ],
)
def test_no_open_fact_a_reader_would_refuse(nlp: Language, text: str) -> None:
    found = _open(text, nlp)
    partners = {"N.Z. Dlrs", "United States", "British Thermal Unit", "Europe", "Zenith Federal Bank"}
    partners |= {"American Stock Exchange", "Tom Hale", "Bill Stone", "Kestrel Council"}
    assert not {f for f in found if f[2] in partners}, found


def test_the_deed_of_a_unit_of_money_stays(nlp: Language) -> None:
    # the sale stays; only the currency's country is no partner
    found = _open("Kestrel Corp said it sold Zenith Ltd for over four mln dlrs U.S. in cash.", nlp)
    assert ("Kestrel Corp", "open:sell", "Zenith Ltd") in found, found


def test_a_person_brought_on_to_do_a_deed_does_it_not_the_subject(nlp: Language) -> None:
    text = "Kestrel Rovers brought striker Tom Hale on to partner Bill Stone up front after the interval."
    assert not {f for f in _open(text, nlp) if f[2] == "Bill Stone"}
    # the parser may hang the person brought on as an adverbial noun
    text = "Chelsea brought striker Dan Cole on to partner Stone up front after the interval and it worked."
    assert not {f for f in _open(text, nlp) if f[2] == "Stone"}
    # a thing's name as the object leaves the purpose the subject's
    found = _open("Tom Grant held a party to promote Zenith Records.", nlp)
    assert ("Tom Grant", "open:promote", "Zenith Records") in found, found


def test_introduced_outside_sport_stays(nlp: Language) -> None:
    found = _open("Acme Corp introduced Tom Hale to Zenith Ltd last year.", nlp)
    assert ("Acme Corp", "open:introduce to", "Zenith Ltd") in found, found


def test_rapped_is_criticism(nlp: Language) -> None:
    found = facts(analyse(nlp, "Tom Hale has rapped skipper Bill Stone for his comments."))
    assert ("Tom Hale", "criticizes", "Bill Stone") in found, found


def test_a_light_verb_with_an_amount_says_nothing(nlp: Language) -> None:
    assert not {f for f in _open("Kestrel Corp has 91.8 pct of Zenith Ltd.", nlp) if f[1] == "open:have of"}


def test_a_firms_name_cut_at_a_hyphen_is_no_end(nlp: Language) -> None:
    doc = nlp("Rent-A-Center Inc and Kestrel Broadcast and Zenith Outside Broadcasts met Tom Grant in Leeds.")
    words = [t.text for t in doc]

    def row(first: str, length: int, cls: str) -> MentionRow:
        k = words.index(first)
        span = doc[k : k + length]
        return MentionRow(span.start_char, span.end_char, k, k + length, cls, span.text, span.text)

    rows = [
        row("Center", 2, "Organization"),  # "Rent-A-Center Inc" cut at a hyphen
        # a list's first name NER missed ("Kestrel Broadcast") leaves the next whole
        row("Zenith", 3, "Organization"),
        row("Tom", 2, "Person"),
        row("Leeds", 1, "City"),
    ]
    ctx = FactContext(doc, rows)
    assert [cut_name(ctx, i) for i in range(len(rows))] == [True, False, False, False]


def test_a_town_set_off_after_a_firm_is_no_partner(nlp: Language) -> None:
    text = (
        "Kestrel Trust said it subsidized the merger of Kestrel Bank and Trust Co, Glenmora, La., with the"
        " healthy Zenith Bank and Trust Co, Dorby, La., after regulators acted."
    )
    found = _open(text, nlp)
    assert not {f for f in found if f[2] in ("Glenmora", "Dorby")}, found
    assert ("Kestrel Trust", "open:subsidize merger with", "Zenith Bank and Trust Co") in found, found
    text = "The agency said the deposits of Farmers Bank were assumed by Kestrel Bank, Plainview, Tex."
    found = _open(text, nlp)
    assert not {f for f in found if f[0] == "Plainview"}, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (lane r16j) open phrases a vocabulary predicate says: a membership taken up again, a loan signed
        # with a lender
        ("Acme Corp rejoined the Zenith Trade Association in 1986.", ("Acme Corp", "memberOf")),
        ("Tom Hale signed a 250 mln dlr loan with the World Bank.", ("Tom Hale", "signedAgreementWith")),
        # (lane r17b) a merger told from the side absorbed; an agency's raised rating of a firm's debt
        (
            "Zenith Savings Corp has merged into Kestrel Financial Corp.",
            ("Zenith Savings Corp", "mergedWith"),
        ),
        (
            "Acme Ratings Inc raised to Aa-2 from Aa-3 the deposit obligations of Zenith Bank and Trust Co.",
            ("Acme Ratings Inc", "upgraded"),
        ),
    ],
)
def test_open_phrases_a_predicate_says(text: str, expected: tuple[str, str], nlp: Language) -> None:
    found = facts(analyse(nlp, text))
    assert {(f[0], f[1]) for f in found} >= {expected}, found
    assert not {f for f in found if f[1].startswith("open:")}, found
