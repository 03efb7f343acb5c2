"""Classes the judges of seed 931 found wrong (lane r17g), through the real pipeline on invented sentences:
a town whose country the article names only by a US state, a city of a million people whose country the
article never names, and a canal NER calls an organisation."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.places import GeoIndex, city_locations, resolve_places
from tests.loaders.extraction_helpers import minted_classes

SMALL = GeoIndex(
    [{"geonameid": 1, "name": "United States", "iso": "US"}],
    [
        {"geonameid": 10, "name": "Springfield", "latitude": 1.0, "longitude": 2.0, "countrycode": "US",
         "population": 150000, "admin1code": "MA"},
        {"geonameid": 11, "name": "Metropolis", "latitude": 30.0, "longitude": 40.0, "countrycode": "US",
         "population": 2000000, "admin1code": "IL"},
    ],
    [{"name": "Massachusetts", "code": "MA"}],
)  # fmt: skip


def test_a_us_state_names_its_country_for_a_town() -> None:
    places = {"s": ("Location", ["Springfield"]), "m": ("Location", ["Mass."])}
    found = resolve_places(places, SMALL)
    assert city_locations(places, found, index=SMALL) == {"s"}
    # without the state the town's country is not named
    alone = {"s": places["s"]}
    assert city_locations(alone, resolve_places(alone, SMALL), index=SMALL) == set()


def test_a_city_of_a_million_is_a_city_wherever_it_is() -> None:
    places = {"m": ("Location", ["Metropolis"])}
    assert city_locations(places, resolve_places(places, SMALL), index=SMALL) == {"m"}


def test_a_town_and_its_state_abbreviation_is_a_city(nlp: Language) -> None:
    classes = minted_classes(
        nlp, "Acme Insurance Agency, based in El Monte, Calif., was sold to Bolt Corp on Monday."
    )
    assert classes.get("El Monte") == "City", classes


def test_a_city_of_a_million_is_typed_city_unnamed_country(nlp: Language) -> None:
    classes = minted_classes(nlp, "Bolt Air said it began three flights a week between Brussels and Toronto.")
    assert classes.get("Toronto") == "City", classes


def test_a_canal_is_a_place(nlp: Language) -> None:
    classes = minted_classes(
        nlp, "Ships moved 40 mln tonnes of grain on the Welland Canal last year, Acme Corp said."
    )
    assert classes.get("Welland Canal") == "Location", classes


def test_a_town_beside_its_state_is_a_city_whatever_its_size(nlp: Language) -> None:
    classes = minted_classes(
        nlp, "Acme Homes Inc said it bought 59 acres of land near Stuart, Fla., for cash."
    )
    assert classes.get("Stuart") == "City", classes


def test_a_us_states_name_is_no_small_town() -> None:
    index = GeoIndex(
        [],
        [{"geonameid": 12, "name": "Delaware", "latitude": 40.3, "longitude": -83.1, "countrycode": "US",
          "population": 40000, "admin1code": "OH"}],
        [{"name": "Delaware", "code": "DE"}, {"name": "Ohio", "code": "OH"}],
    )  # fmt: skip
    assert resolve_places({"d": ("Location", ["Delaware"]), "o": ("Location", ["Ohio"])}, index) == {}


def test_a_city_of_a_million_in_a_report_on_sport_may_be_its_club() -> None:
    places = {"m": ("Location", ["Metropolis"])}
    assert city_locations(places, resolve_places(places, SMALL), index=SMALL, sport=True) == set()


def test_a_state_named_like_a_large_city_names_no_country() -> None:
    # "the IMF's meeting in Washington" names the city: "Venice" stays no town of California
    found = resolve_places({"w": ("Location", ["Washington"]), "v": ("Location", ["Venice"])})
    assert found.get("v") is None or found["v"].country != "US", found
    found = resolve_places({"f": ("Location", ["Fla."]), "v": ("Location", ["Venice"])})
    assert found["v"].country == "US", found
