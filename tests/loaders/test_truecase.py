"""True-casing of headlines and texts in capitals (loaders.truecase), and what it does to the entities."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.iri import content_hash, mint_article_iri
from kg.model import Article
from kg.vocab import KG, local_name
from loaders.entities.gazetteer import load_gazetteer
from loaders.extract import extract_article
from loaders.truecase import in_capitals, truecase_capitals, truecase_headings, truecase_headline

BODY = (
    "Norwegian Finance Minister Gunnar Berge said on Monday that Federal Reserve chairman Paul Volcker had "
    "helped. Stoltenberg praised the Fed's policy, and Southwest Airlines Co said IBM agreed."
)


@pytest.mark.parametrize(
    ("headline", "cased"),
    [
        ("STOLTENBERG PRAISES FED'S VOLCKER", "Stoltenberg praises Fed's Volcker"),
        ("SOUTHWEST AIRLINES <LUV> 1ST QTR LOSS", "Southwest Airlines <LUV> 1st qtr loss"),
        ("U.S. SAYS IBM TO BUY A STAKE", "U.S. says IBM to buy a stake"),
        ("VOLCKER TERM LIKELY", "Volcker term likely"),
    ],
)
def test_a_headline_in_capitals_takes_the_case_of_the_body(headline: str, cased: str) -> None:
    assert truecase_headline(headline, BODY, load_gazetteer()) == cased
    assert len(cased) == len(headline)


def test_a_company_name_in_brackets_is_recased_and_a_ticker_is_not() -> None:
    body = "Clary Corp said it lost money. Trading volume rose. Pharmacia AB <PHAB ST> said so."
    gaz = load_gazetteer()
    assert truecase_headline("<CLARY CORP> 4TH QTR LOSS", body, gaz) == "<Clary Corp> 4th qtr loss"
    assert truecase_headline("PHARMACIA AB <PHAB ST> TRADING IN MARCH", body, gaz) == (
        "Pharmacia AB <PHAB ST> trading in March"  # "Trading" only starts a sentence: no name
    )


def test_a_headline_already_in_sentence_case_is_left_alone() -> None:
    assert truecase_headline("Volcker praises the Fed", BODY) == "Volcker praises the Fed"


def test_a_text_in_capitals_only_keeps_the_gazetteer_names_and_sentence_starts() -> None:
    text = "JAPAN AND CHINA SIGNED A TRADE PACT IN BEIJING. OFFICIALS SAID PRICES WOULD FALL."
    assert in_capitals(text)
    cased = truecase_capitals(text, "", load_gazetteer())
    assert cased == "Japan and China signed a trade pact in Beijing. Officials said prices would fall."


# Invented texts in the shapes of the corpus: a table whose rows the reader runs into one line, a dateline,
# a subhead, and capitals that belong to sentences.
TABLE = (
    "Dealers reported stocks of oats in the week, in bushels.\n\n"
    "CURRENT WEEK YEAR\n\n"
    "WEEK AGO AGO SPOT GRADES 871 1296 2046 OTHER GRADES/UNGRADED 2167 1737 444 TOTAL OATS STOCKS 3335 3330"
)


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        (
            TABLE,
            TABLE.replace("CURRENT WEEK YEAR", "current week year")
            .replace("WEEK AGO AGO SPOT GRADES", "week ago ago spot grades")
            .replace("OTHER GRADES/UNGRADED", "other grades/ungraded")
            .replace("TOTAL OATS STOCKS", "total oats stocks"),
        ),
        (
            "Prices were firm.\n\nNEW YORK - Traders said the dollar rose.",
            "Prices were firm.\n\nNew York - Traders said the dollar rose.",
        ),
        (
            "Shares of Gamma Mills rose.\n\nGAMMA MILLS, 4 pct\nBETA CORP, 2 pct",
            "Shares of Gamma Mills rose.\n\nGamma Mills, 4 pct\nBETA CORP, 2 pct",
        ),
        ("The group said its ACME SPOOLER system and its NX PROM chip sold well.", None),
        ("ACME AG Brown und Cie said it would omit its dividend.", None),
        ("GRAND HAVEN, Mich. - A man said so.\n\nSTAR RAIDERS (ACME SOFT)\n\nA game.", None),
    ],
    ids=[
        "table",
        "dateline",
        "cue-and-body-spelling",
        "in-a-sentence",
        "runs-into-a-name",
        "state-or-maker-after",
    ],
)
def test_capitals_apart_from_sentences_take_the_bodys_case(text: str, cased: str | None) -> None:
    assert truecase_headings(text, load_gazetteer()) == (cased or text)


def test_a_gazetteer_name_in_capitals_before_a_word_takes_its_spelling() -> None:
    # A table's row label followed by a word ("nil") is no heading run; the gazetteer still spells it.
    text = "Imports were as follows.\n COSTA RICA   nil   17,583\n EL SALVADOR  nil   26,019"
    cased = truecase_headings(text, load_gazetteer())
    assert "\n Costa Rica   nil" in cased and "\n El Salvador  nil" in cased
    assert len(cased) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shares of NEW YORK GRAIN rose.\n NEW YORK GRAIN  nil  4",  # a gazetteer name inside a longer run
        "Quotas were set.\n COSTA RICAN MILLS   nil   17,583",
    ],
)
def test_only_a_whole_run_the_gazetteer_knows_is_recased(text: str) -> None:
    assert truecase_headings(text, load_gazetteer()) == text


def test_a_heading_cannot_vouch_for_another_heading() -> None:
    text = "Registrations were as follows.\n\nMAIZE GRAIN nil nil\n\nMAIZE GRAIN 2,305.1 (5,200.0)"
    assert truecase_headings(text).endswith("\n\nmaize grain 2,305.1 (5,200.0)")


def test_headings_before_start_are_left_alone() -> None:
    text = "KEY MATCH STATS\n\nKEY MATCH STATS - the figures"
    assert truecase_headings(text, None, start=15) == "KEY MATCH STATS\n\nkey match stats - the figures"


def _extract(nlp: Language, title: str, body: str) -> dict[str, set[str]]:
    text = f"{title}\n\n{body}"
    article = Article(mint_article_iri(None, text), text, content_hash(text), title=title)
    return {
        f"{local_name(e.cls)}/{e.label}": set(e.aliases)
        for e in extract_article(article, nlp).entities
        if e.cls not in (KG.Quote, KG.Position)
    }


def test_no_entity_is_made_of_headline_words_in_capitals(nlp: Language) -> None:
    entities = _extract(nlp, "STOLTENBERG PRAISES FED'S VOLCKER", BODY)
    names = {name for key, aliases in entities.items() for name in {key.split("/", 1)[1], *aliases}}
    assert not [n for n in names if n.isupper() and len(n.split()) > 1], sorted(names)
    assert not [n for n in names if "PRAISES" in n.upper()], sorted(names)
    assert "Volcker" in entities["Person/Paul Volcker"]


def test_a_name_in_capitals_meets_its_ordinary_spelling(nlp: Language) -> None:
    body = "Southwest Airlines Co said on Monday it would buy jets. Southwest Airlines expects a loss."
    entities = _extract(nlp, "SOUTHWEST AIRLINES SEES FIRST QUARTER LOSS", body)
    southwest = [key for key in entities if "southwest" in key.lower()]
    assert len(southwest) == 1, entities


def test_no_entity_is_made_of_a_tables_headings(nlp: Language) -> None:
    entities = _extract(nlp, "Oat stocks reported", TABLE)
    names = {name for key, aliases in entities.items() for name in {key.split("/", 1)[1], *aliases}}
    assert not [n for n in names if n.isupper() and len(n.split()) > 1], sorted(names)


def test_a_name_in_capitals_more_often_than_not_keeps_its_ordinary_spelling(nlp: Language) -> None:
    body = (
        "The board of GENERAL MOTORS CORP met in Detroit. Analysts said GENERAL MOTORS CORP would cut jobs. "
        "General Motors Corp declined to comment."
    )
    entities = _extract(nlp, "Car maker meets", body)
    motors = {key: aliases for key, aliases in entities.items() if "motors" in key.lower()}
    assert list(motors) == ["Organization/General Motors Corp"], entities


def test_a_country_in_capitals_in_a_table_joins_its_node(nlp: Language) -> None:
    body = (
        "Costa Rica and El Salvador were given quotas, the department said.\n"
        "              IMPORTS     ALLOCATIONS\n"
        " COSTA RICA       nil          17,583\n"
        " EL SALVADOR      nil          26,019\n"
    )
    entities = _extract(nlp, "Sugar quotas detailed", body)
    names = {name for key, aliases in entities.items() for name in {key.split("/", 1)[1], *aliases}}
    assert not [n for n in names if n.isupper() and len(n.split()) > 1], sorted(names)
    assert len([key for key in entities if "costa rica" in key.lower()]) == 1, entities


EARNINGS = "Shr 20 cts vs eight cts\nRevs 41.0 mln vs 22.9 mln\nNote: the net of the year excludes gains."


@pytest.mark.parametrize(
    ("headline", "cased"),
    [
        ("GARNOCK HOUSING CORP <GHC> 4TH QTR NET", "Garnock Housing Corp <GHC> 4th qtr net"),
        ("<BEDLOW COMPUTER CORP> YEAR NET", "<Bedlow Computer Corp> year net"),
        ("FIRST BANK OF ELMVILLE INC <FBE> 1ST QTR NET", "First Bank of Elmville Inc <FBE> 1st qtr net"),
        ("MONOCLONAL WIDGETS <MWX> SETS DIVIDEND", "Monoclonal Widgets <MWX> sets dividend"),
    ],
    ids=["before-ticker", "in-brackets", "joining-word", "two-words"],
)
def test_a_companys_name_opening_a_reuters_headline_is_capitalised(headline: str, cased: str) -> None:
    assert truecase_headline(headline, EARNINGS, load_gazetteer()) == cased


@pytest.mark.parametrize(
    "headline",
    [
        "COURT UPHOLDS GARNOCK BUILDING <GB> SELF-TENDER",  # a sentence may open the headline
        "KAUFWELL AND BRODE HOME CORP <KBH> 1ST QTR NET",  # "and": the parser cuts the name anyway
    ],
)
def test_an_opening_that_may_be_no_name_is_lowered_as_before(headline: str) -> None:
    opening = truecase_headline(headline, EARNINGS, load_gazetteer()).split("<")[0]
    assert opening[1:] == opening[1:].lower()


def test_a_company_opening_a_headline_in_capitals_is_one_organization(nlp: Language) -> None:
    entities = _extract(nlp, "GARNOCK HOUSING CORP <GHC> 4TH QTR NET", EARNINGS)
    # "GHC" is the firm's ticker (Entity.tickers), no name of it
    assert entities.get("Organization/Garnock Housing Corp") == {"Garnock Housing Corp"}, entities
