"""Spellings of one name within a text, made one name.

- the same letters whatever the spacing, punctuation and case: "TimeWarner" / "Time Warner", "George W
  Bush" / "George W. Bush", "VOLCKER" / "Volcker", "F-Secure" / "F Secure";
- a company's name with and without its designator: "Tenneco" / "Tenneco Inc" / "Tenneco Inc.";
- a person's name with and without middle names or initials: "George Bush" / "George W Bush", "Paul
  Volcker" / "Paul A. Volcker" (same first and last name, in one text);
- an organisation's short name, the first words of one longer organisation name of the text or its
  distinctive last word: "Allied" and "Domecq" / "Allied Domecq", "Oracle" / "Oracle Systems Corp", "Wells
  Fargo" / "Wells Fargo Bank" (not "Bank" / "Wells Fargo Bank": a kind of organisation names none).

The name a group keeps is the gazetteer's when it knows one, else the spelling the text uses most (ties: a
mixed-case one over capitals, then the one of more words, "Time Warner" over "TimeWarner", then the first
written), so that the same spelling tends to win across articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from loaders.entities import cues
from loaders.entities.gazetteer import Gazetteer
from loaders.entities.records import GAZETTEER, MentionRow

Ref = tuple[str, str]  # (class, name)
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_VARIANT_CLASSES = frozenset(
    {"Person", "Organization", "Team", "Product", "Work", "Award", "Event", "Location"}
)


def merge_variants(rows: list[MentionRow], refs: list[Ref | None], gaz: Gazetteer) -> None:
    """Rename, in place, every ref whose name is a variant of another name of the text to the group's name."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, ref in enumerate(refs):
        if ref is not None and ref[0] in _VARIANT_CLASSES:
            groups[_variant_key(ref[0], ref[1])].append(i)
    _join_groups_by_middle_names(groups, refs)
    for members in groups.values():
        names = {refs[i][1] for i in members if refs[i] is not None}  # type: ignore[index]
        if len(names) < 2:
            continue
        name = _kept_name(rows, refs, members, gaz)
        for i in members:
            ref = refs[i]
            if ref is not None:
                refs[i] = (ref[0], name)


def _variant_key(cls: str, name: str) -> str:
    """The name's letters and digits, lower case, accents folded; an organisation's without designators."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    words = folded.split()
    if cls != "Person":
        while len(words) > 1 and words[-1].rstrip(".,") in cues.LEGAL_FORMS:
            words.pop()
    return _NOT_ALNUM.sub("", "".join(words)) or folded


def _join_groups_by_middle_names(groups: dict[str, list[int]], refs: list[Ref | None]) -> None:
    """Merge the groups of person names that share first and last names and differ in the middle only."""
    people: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, members in groups.items():
        ref = refs[members[0]]
        words = ref[1].split() if ref is not None and ref[0] == "Person" else []
        if len(words) >= 2:
            people[(words[0].lower(), words[-1].lower())].append(key)
    for keys in people.values():
        for other in keys[1:]:
            groups[keys[0]] += groups.pop(other)


def _kept_name(rows: list[MentionRow], refs: list[Ref | None], members: list[int], gaz: Gazetteer) -> str:
    """The group's name: the gazetteer's, else its most frequent spelling; a spelling in capitals only where
    the text has no other ("GENERAL MOTORS CORP" twice in a table, "General Motors Corp" once in a
    sentence: the sentence's spelling names the company)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i in members:
        ref = refs[i]
        if ref is None:
            continue
        if rows[i].flags & GAZETTEER:
            return ref[1]
        entry = gaz.lookup(ref[1])
        if entry is not None and entry.cls == ref[0]:
            return entry.name
        counts[ref[1]] += 1
        first.setdefault(ref[1], i)
    return min(counts, key=lambda n: (n.isupper(), -counts[n], -len(n.split()), first[n]))


def join_short_organisation_names(rows: list[MentionRow], refs: list[Ref | None]) -> None:
    """Rename, in place, organisation names that are the start (or distinctive last word) of exactly one
    longer organisation name of the text to that name."""
    by_word: dict[str, set[str]] = defaultdict(set)  # first or last core word -> longer names
    for ref in refs:
        if ref is not None and ref[0] in _ORGANISATIONS and " " in ref[1]:
            core = _core_words(ref[1])
            by_word[core[0]].add(ref[1])
            by_word[core[-1]].add(ref[1])
    # A name the text also gives with a legal form is a whole company's ("Toshiba Corp"), not the start
    # of another ("Toshiba Machine Co Ltd", its subsidiary).
    whole = {tuple(_core_words(row.surface)) for row in rows if _has_legal_form(row.surface)}
    for i, ref in enumerate(refs):
        if ref is None or ref[0] not in _ORGANISATIONS or rows[i].flags & GAZETTEER:
            continue
        words = _core_words(ref[1])
        if _has_legal_form(ref[1]) or tuple(words) in whole:
            continue
        near = by_word.get(words[0], set())
        matches = {name for name in near if name != ref[1] and _shortens(words, _core_words(name))}
        if len(matches) == 1:
            refs[i] = (ref[0], matches.pop())


_ORGANISATIONS = frozenset({"Organization", "Team"})
#: Words that end the names of many things: alone they name none of them ("House" is not the White House).
_KIND_WORDS = cues.GENERIC_HEADS


def _has_legal_form(name: str) -> bool:
    words = name.lower().split()
    return len(words) > 1 and words[-1].rstrip(".") in cues.LEGAL_FORMS


def _core_words(name: str) -> list[str]:
    words = name.lower().split()
    while len(words) > 1 and words[-1].rstrip(".") in cues.LEGAL_FORMS:
        words.pop()
    return words


def _shortens(short: list[str], long: list[str]) -> bool:
    if len(short) >= len(long):
        return False
    if long[: len(short)] == short:
        return len(long) == len(short) + 1  # "Allied Domecq", "Oracle Systems"; not "Toyota Motor Credit"
    return len(short) == 1 and long[-1] == short[0] and short[0] not in _KIND_WORDS
