"""The project's curated gazetteer (schema/gazetteer.json): identities, types, aliases, demonyms, capitals."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kg.errors import ConfigError

GAZETTEER_PATH: Final = Path(__file__).resolve().parents[2] / "schema" / "gazetteer.json"
#: The extractor name of facts that come from the gazetteer rather than from the text.
GAZETTEER_EXTRACTOR: Final = "kg_gazetteer_v1:capital"


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One curated thing: its canonical name, ontology class (local name) and Wikidata QID."""

    name: str
    cls: str
    qid: str | None = None
    capital_of: str | None = None  # for a capital city: the canonical name of its country
    gender: str | None = None  # for a person: "m" or "f", so that "Mrs Blair" is not taken for Tony Blair


class Gazetteer:
    """Look-ups by exact surface form (names and aliases are case-sensitive: 'US' is not 'us')."""

    def __init__(self, entries: list[GazEntry], aliases: dict[str, str], demonyms: dict[str, str]) -> None:
        self.entries = {entry.name: entry for entry in entries}
        self._by_alias = {entry.name: entry for entry in entries}
        self._by_alias.update({alias: self.entries[name] for alias, name in aliases.items()})
        self._by_demonym = {word: self.entries[name] for word, name in demonyms.items()}
        self._aliases: dict[str, list[str]] = {}
        for alias, name in aliases.items():
            self._aliases.setdefault(name, []).append(alias)

    def lookup(self, surface: str) -> GazEntry | None:
        """The entry named or aliased ``surface``, if any."""
        return self._by_alias.get(surface)

    def aliases_of(self, name: str) -> list[str] | None:
        """The aliases of a canonical name; None when the gazetteer does not know the name."""
        if name not in self.entries:
            return None
        return list(self._aliases.get(name, []))

    def demonym(self, word: str) -> GazEntry | None:
        """The country of a demonym ('Chinese' -> China), if known."""
        return self._by_demonym.get(word)

    def demonyms(self) -> list[str]:
        """Every demonym the gazetteer knows ('Chinese', 'North Korean')."""
        return list(self._by_demonym)

    def surface_forms(self) -> list[str]:
        """Every name and alias, for the phrase matcher that finds what NER missed."""
        return list(self._by_alias)


@functools.cache
def load_gazetteer(path: Path = GAZETTEER_PATH) -> Gazetteer:
    """Read and index the gazetteer file (cached: it is read once per process)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        rows = raw["entries"]
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"gazetteer {path}: cannot be read ({exc})") from exc
    entries, aliases, demonyms = [], {}, {}
    for row in rows:
        entries.append(
            GazEntry(
                row["name"], row["class"], row.get("qid") or None, row.get("capitalOf"), row.get("gender")
            )
        )
        aliases.update({alias: row["name"] for alias in row.get("aliases", [])})
        demonyms.update({word: row["name"] for word in row.get("demonyms", [])})
    return Gazetteer(entries, aliases, demonyms)
