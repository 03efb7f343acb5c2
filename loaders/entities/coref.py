"""Within-text identity: which mentions name one thing, what that thing is, and what it is called.

- capitals used as agents anywhere in the text stand for their country everywhere in it (one sense per
  discourse: "Beijing said ..." makes "a trip to Beijing" China's too);
- a name's class is the majority of its NER labels, unless the gazetteer knows it;
- "Xi" / "Kirby" join the nearest full name they begin or end ("Xi Jinping", "John Kirby");
- an acronym joins the one multi-word name whose initials it spells ("BRI");
- pronouns take the nearest preceding compatible referent (he/she: a person; it/they: a country or
  organisation), never a reporting source.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from loaders.entities import cues
from loaders.entities.gazetteer import Gazetteer
from loaders.entities.records import GAZETTEER, METONYM, MODIFIER, NORP, PRONOUN, SOURCE, MentionRow

ENTITY_KINDS = frozenset({"Person", "Organization", "Country", "City", "Location", "Event"})
_PERSON_WINDOW = 600  # characters a he/she may reach back
_GROUP_WINDOW = 250  # it/they refer to something close by
_GROUP_CLASSES = frozenset({"Country", "Organization"})


@dataclass(slots=True)
class Referent:
    """One real-world thing named in a text."""

    cls: str
    name: str
    qid: str | None = None
    aliases: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return f"{self.cls}/{self.name}"


Ref = tuple[str, str]  # (class, name)


def resolve(rows: list[MentionRow], gaz: Gazetteer) -> tuple[list[str | None], dict[str, Referent]]:
    """The referent key of each mention row (None for literals, quotes, positions, implicit arguments)
    and the referents themselves. Demonyms refer to their country but lend it no alias."""
    refs = _initial_refs(rows, gaz)
    _vote_classes(rows, refs)
    _join_short_person_names(rows, refs)
    _join_acronyms(rows, refs)
    referents: dict[str, Referent] = {}
    keys: list[str | None] = []
    for row, ref in zip(rows, refs, strict=True):
        if ref is None:
            keys.append(None)
            continue
        referent = referents.get(f"{ref[0]}/{ref[1]}")
        if referent is None:
            entry = gaz.lookup(ref[1])
            qid = entry.qid if entry is not None and entry.cls == ref[0] else None
            referent = referents.setdefault(f"{ref[0]}/{ref[1]}", Referent(ref[0], ref[1], qid))
        if row.cls != NORP:
            referent.aliases.update(a for a in (row.surface, row.long_form) if a)
        keys.append(referent.key)
    _resolve_pronouns(rows, keys, referents)
    for referent in referents.values():
        if referent.cls == "Person":
            referent.aliases.update(_short_names(referent.name, gaz))
    return keys, referents


def _short_names(name: str, gaz: Gazetteer) -> list[str]:
    """The one-word name a later mention of a person uses: the gazetteer's (it knows that "Xi" is Xi
    Jinping's) or, for names it does not know, the surname ("Blinken")."""
    words = name.split()
    if len(words) < 2:
        return []
    known = gaz.aliases_of(name)
    if known is not None:
        return [alias for alias in known if " " not in alias]
    return [words[-1]] if len(words) <= 3 and words[-1][:1].isupper() else []


def _initial_refs(rows: list[MentionRow], gaz: Gazetteer) -> list[Ref | None]:
    metonymic = {row.key for row in rows if row.flags & METONYM}
    refs: list[Ref | None] = []
    for row in rows:
        if row.cls == NORP:
            refs.append(("Country", row.key) if row.key else None)
        elif row.cls not in ENTITY_KINDS:
            refs.append(None)
        else:
            entry = gaz.lookup(row.key) if row.key in metonymic else None
            if entry is not None and entry.capital_of:
                refs.append(("Country", entry.capital_of))
            else:
                refs.append((row.cls, row.key))
    return refs


def _vote_classes(rows: list[MentionRow], refs: list[Ref | None]) -> None:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for row, ref in zip(rows, refs, strict=True):
        if ref is not None and row.cls in ENTITY_KINDS and not row.flags & GAZETTEER:
            votes[ref[1]][ref[0]] += 1
    for i, (row, ref) in enumerate(zip(rows, refs, strict=True)):
        if ref is not None and row.cls in ENTITY_KINDS and not row.flags & GAZETTEER:
            refs[i] = (votes[ref[1]].most_common(1)[0][0], ref[1])


def _join_short_person_names(rows: list[MentionRow], refs: list[Ref | None]) -> None:
    full = [
        (row.start, ref[1])
        for row, ref in zip(rows, refs, strict=True)
        if ref is not None and ref[0] == "Person" and " " in ref[1]
    ]
    for i, ref in enumerate(refs):
        if (
            ref is None
            or " " in ref[1]
            or rows[i].flags & GAZETTEER
            or ref[0] not in ("Person", "Organization", "Location")
        ):
            continue
        word = ref[1]
        candidates = [(start, name) for start, name in full if word in (name.split()[0], name.split()[-1])]
        if ref[0] != "Person":
            candidates = [(s, n) for s, n in candidates if n.split()[-1] == word]
        if candidates:
            before = [c for c in candidates if c[0] < rows[i].start]
            refs[i] = ("Person", (before[-1] if before else candidates[0])[1])


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def _join_acronyms(rows: list[MentionRow], refs: list[Ref | None]) -> None:
    long_names = {ref[1]: ref[0] for ref in refs if ref is not None and " " in ref[1] and ref[0] != "Person"}
    for i, ref in enumerate(refs):
        if ref is None or rows[i].flags & GAZETTEER or not (ref[1].isupper() and 2 <= len(ref[1]) <= 6):
            continue
        matches = [name for name in long_names if _initials(name) == ref[1]]
        if len(matches) == 1:
            refs[i] = (long_names[matches[0]], matches[0])


def _resolve_pronouns(rows: list[MentionRow], keys: list[str | None], referents: dict[str, Referent]) -> None:
    named = sorted(
        (row.start, i)
        for i, row in enumerate(rows)
        if keys[i] is not None and rows[i].cls != NORP and not row.flags & (SOURCE | MODIFIER)
    )
    starts = [start for start, _ in named]
    for i, row in enumerate(rows):
        if row.cls != PRONOUN:
            continue
        person = row.key in cues.PERSON_PRONOUNS
        window = _PERSON_WINDOW if person else _GROUP_WINDOW
        for k in range(bisect.bisect_left(starts, row.start) - 1, -1, -1):
            start, j = named[k]
            if row.start - start > window:
                break
            cls = referents[keys[j] or ""].cls
            if (person and cls == "Person") or (not person and cls in _GROUP_CLASSES):
                keys[i] = keys[j]
                break
