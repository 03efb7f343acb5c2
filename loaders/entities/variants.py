"""Spellings of one name within a text, made one name.

- the same letters whatever the spacing, punctuation and case: "TimeWarner" / "Time Warner", "George W
  Bush" / "George W. Bush", "VOLCKER" / "Volcker", "F-Secure" / "F Secure";
- a company's name with and without its designator: "Tenneco" / "Tenneco Inc" / "Tenneco Inc.";
- a person's name with and without middle names or initials: "George Bush" / "George W Bush", "Paul
  Volcker" / "Paul A. Volcker" (same first and last name, in one text);
- an organisation's short name, the first words of one longer organisation name of the text or its
  distinctive last word: "Allied" and "Domecq" / "Allied Domecq", "Oracle" / "Oracle Systems Corp", "Wells
  Fargo" / "Wells Fargo Bank" (not "Bank" / "Wells Fargo Bank": a kind of organisation names none); also
  the start of it less designators or proper words ("Fleet" / "Fleet Financial" / "Fleet Financial Group",
  "BDO" / "BDO Stoy Hayward"), unless another organisation of the text begins the same way.

The name a group keeps is the gazetteer's when it knows one, else the spelling the text uses most (ties: a
mixed-case one over capitals, then the one of more words, "Time Warner" over "TimeWarner", then the first
written), so that the same spelling tends to win across articles.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict

from loaders.entities import cues
from loaders.entities.gazetteer import Gazetteer
from loaders.entities.places import geo_index
from loaders.entities.records import GAZETTEER, MODIFIER, MentionRow

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


def join_short_organisation_names(rows: list[MentionRow], refs: list[Ref | None], gaz: Gazetteer) -> None:
    """Rename, in place, organisation names that are the start (or distinctive last word) of exactly one
    longer organisation of the text to that organisation's name. Longer names are settled first, so that
    "Fleet" and "Fleet Financial" both end at "Fleet Financial Group", and a start shared by two
    organisations ("Fleet" of "Fleet Financial Group" and "Fleet Leasing Corp") joins neither."""
    by_word: dict[str, set[str]] = defaultdict(set)  # first or last core word -> longer names
    for ref in refs:
        if ref is not None and ref[0] in _ORGANISATIONS and " " in ref[1] and not leaders_government(ref[1]):
            core = core_words(ref[1])
            by_word[core[0]].add(ref[1])
            by_word[core[-1]].add(ref[1])
            by_word[_after_demonym(core, gaz)[0]].add(ref[1])
    # A name the text also gives with a legal form is a whole company's ("Toshiba Corp"), not the start
    # of another ("Toshiba Machine Co Ltd", its subsidiary).
    whole = {tuple(core_words(row.surface)) for row in rows if has_legal_form(row.surface)}
    names = {ref[1] for ref in refs if ref is not None and ref[0] in _ORGANISATIONS}
    said_first = _said_first(rows, refs, gaz)
    placed = _place_name_ends(refs)
    target: dict[str, str] = {}
    for name in sorted(names, key=lambda n: -len(core_words(n))):
        words = core_words(name)
        if has_legal_form(name) or tuple(words) in whole or _names_other_kind(name, gaz) or _all_kind(words):
            continue
        if len(words) == 1 and words[0] in placed:
            continue
        near = {n for n in by_word.get(words[0], set()) if n != name}
        shortened = [
            n
            for n in near
            if (_shortens(words, core_words(n)) or _shortens(words, _after_demonym(core_words(n), gaz)))
            and not _body_of(name, n)
            and (name, n) not in said_first
        ]
        longer = [core_words(n) for n in shortened]
        # The shortest of nested names is meant: "Diamond" is Diamond Shamrock's, not "Diamond Shamrock R"'s.
        matches = {target.get(n, n) for n in shortened if not _extends(core_words(n), longer)}
        if len(matches) == 1 and _rivals(words, near, longer, target) <= matches:
            target[name] = matches.pop()
    for i, ref in enumerate(refs):
        if ref and ref[1] in target and ref[0] in _ORGANISATIONS and not rows[i].flags & GAZETTEER:
            refs[i] = (ref[0], target[ref[1]])


def _place_name_ends(refs: list[Ref | None]) -> set[str]:
    """The first and last words of the places of several words in the text: a one-word name that is one of
    them may be that place's or a firm's NER took for a place ("Shares in Manchester United" typed a place,
    then "United's chief executive" joined "Shareholders United": outside article bbc-business-209), so it
    joins no organisation that begins or ends with it."""
    ends: set[str] = set()
    for ref in refs:
        if ref is not None and ref[0] == "Location" and " " in ref[1]:
            core = core_words(ref[1])
            ends.update((core[0], core[-1]))
    return ends


def join_unplaced_short_names(rows: list[MentionRow], refs: list[Ref | None], gaz: Gazetteer) -> None:
    """Join, in place, a one-word name NER took for a place that no gazetteer or GeoNames knows as one to the
    one longer organisation of the text it starts ("Marvel's covers" after "Marvel Comics"): the model's place
    label kept it out of the join of short organisation names. A real place ("Exeter" beside "Exeter City")
    stays a place, as does a kind word ("International") and a word the text only ever writes before a noun,
    which may be an adjective ("Soviet grain imports"); a word that starts two organisations joins neither."""
    starts: dict[str, set[Ref]] = defaultdict(set)
    for ref in refs:
        # A name all in capitals is a headline's run no truecasing resolved, often no one's name.
        if ref is not None and ref[0] in _ORGANISATIONS and " " in ref[1] and not ref[1].isupper():
            starts[core_words(ref[1])[0]].add(ref)
    alone = {ref for row, ref in zip(rows, refs, strict=True) if ref is not None and not row.flags & MODIFIER}
    for i, ref in enumerate(refs):
        if ref is None or ref[0] != "Location" or " " in ref[1] or ref not in alone:
            continue
        if rows[i].flags & GAZETTEER:
            continue
        words = core_words(ref[1])
        longer = starts.get(words[0], set()) if words else set()
        if len(longer) == 1 and not _all_kind(words) and _unknown_name(ref[1], gaz):
            refs[i] = next(iter(longer))


def _unknown_name(name: str, gaz: Gazetteer) -> bool:
    """No name or demonym the gazetteer knows, nor a word of a country's name it knows ("Korea" of "South
    Korea"), nor a country, city or US state GeoNames knows."""
    known = gaz.lookup(name) is not None or gaz.demonym(name) is not None
    return not known and name not in _country_words(gaz) and not _known_place(name)


@functools.cache
def _country_words(gaz: Gazetteer) -> frozenset[str]:
    """The words of the gazetteer's country names (cached: once per gazetteer, as load_gazetteer reads it
    once per process, not at each short name it is asked about)."""
    return frozenset(w for e in gaz.entries.values() if e.cls == "Country" for w in e.name.split())


def _known_place(name: str) -> bool:
    geo = geo_index()
    known = geo.country([name]) or geo.city_candidates([name], alternates=True)
    return bool(known) or name.casefold() in geo.us_states


def _said_first(rows: list[MentionRow], refs: list[Ref | None], gaz: Gazetteer) -> set[tuple[str, str]]:
    """The pairs (short, long) of organisation names one word apart where the text uses the short name on
    its own twice before it first gives the long one: "Fiat is to close the Fiat Powertrain plant" names the
    parent first, and "Fiat chairman X" later leads Fiat, not its unit. (A short name that follows the long
    one refers back to it; one use before it may be a headline's.) Once is enough before a unit the long
    name gives a country or a region ("net provider AOL ... chief executive of AOL UK"): such a unit has a
    parent, and the firm named before it is that parent (outside articles bbc-tech-160 and bbc-tech-392)."""
    seen: Counter[str] = Counter()
    pairs: set[tuple[str, str]] = set()
    order = sorted(range(len(rows)), key=lambda i: rows[i].tok_start)
    for ref in (refs[i] for i in order):
        if ref is None or ref[0] not in _ORGANISATIONS:
            continue
        words = ref[1].split()
        short = " ".join(words[:-1])
        before = 1 if names_a_region(words[-1], gaz) else 2
        if len(words) > 1 and seen[short] >= before and seen[ref[1]] == 0:
            pairs.add((short, ref[1]))
        seen[ref[1]] += 1
    return pairs


def names_a_region(word: str, gaz: Gazetteer) -> bool:
    """Whether a word after a firm's name may name the firm's unit for a place: a country the gazetteer
    knows ("UK", "Japan") or a region firms name units for (cues.UNIT_REGIONS)."""
    if word in cues.UNIT_REGIONS:
        return True
    entry = gaz.lookup(word)
    return entry is not None and entry.cls == "Country"


def _rivals(words: list[str], near: set[str], longer: list[list[str]], target: dict[str, str]) -> set[str]:
    """The organisations whose names begin with ``words`` but not with a longer name they shorten:
    "Harwick Leasing Corp" is a rival of "Harwick Financial Group" for "Harwick", "Quaker State Oil
    Refining Corp" none of "Quaker State" (the same firm, or one of the firm's)."""
    rivals = set()
    for name in near:
        core = core_words(name)
        if core[: len(words)] == words and not _extends(core, longer, strict=False):
            rivals.add(target.get(name, name))
    return rivals


def _extends(core: list[str], names: list[list[str]], strict: bool = True) -> bool:
    """Whether ``core`` begins with one of ``names`` (strictly longer than it, when ``strict``)."""
    return any(core[: len(n)] == n and (len(core) > len(n) or not strict) for n in names)


def _names_other_kind(name: str, gaz: Gazetteer) -> bool:
    """Whether the gazetteer knows the name as a place or a person ("Hong Kong" of "Hong Kong Telecom")."""
    entry = gaz.lookup(name)
    return entry is not None and entry.cls not in _ORGANISATIONS


_ORGANISATIONS = frozenset({"Organization", "Team"})
#: Words that end the names of many things: alone they name none of them ("House" is not the White House).
_KIND_WORDS = cues.GENERIC_HEADS


def leaders_government(name: str) -> bool:
    """ "Reagan administration": its first word is a man's name, never a short name of the government."""
    words = name.split()
    return len(words) == 2 and words[1].lower() == "administration"


def has_legal_form(name: str) -> bool:
    words = name.lower().split()
    return len(words) > 1 and words[-1].rstrip(".") in cues.LEGAL_FORMS


def core_words(name: str) -> list[str]:
    words = name.lower().split()
    while len(words) > 1 and words[-1].rstrip(".") in cues.LEGAL_FORMS:
        words.pop()
    return words


def _after_demonym(core: list[str], gaz: Gazetteer) -> list[str]:
    """A firm's name less the demonym it opens with ("American Barrick Resources", which the headline
    shortens to "Barrick"; firms._demonym_firm_spans), or the name as it is."""
    return core[1:] if len(core) > 2 and gaz.demonym(core[0].capitalize()) is not None else core


def _shortens(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is the start of ``long`` less a word ("Allied Domecq", "Oracle Systems"), the
    start of it less designators ("Fleet Financial Group Holdings") or less further proper words ("BDO
    Stoy Hayward"), not less kind words ("Toyota Motor Credit" stays apart from "Toyota", which may be
    the parent), or its distinctive last word ("Domecq")."""
    if len(short) >= len(long):
        return False
    if long[: len(short)] == short:
        rest = long[len(short) :]
        return len(rest) == 1 or all(w in cues.CORPORATE_DESIGNATORS for w in rest) or not _kind_words(rest)
    # (a broadcaster's service is named by its place: "Newcastle" is the club, not "BBC Newcastle")
    service = long[0].upper() in cues.SERVICE_BROADCASTERS
    return len(short) == 1 and long[-1] == short[0] and short[0] not in _KIND_WORDS and not service


def _body_of(short: str, long: str) -> bool:
    """Whether ``long`` is a body of the organisation an acronym names ("IAAF Council", "FIFA Committee"):
    "IAAF chief X" leads the association, not its council."""
    rest = long.split()[1:]
    return short.isupper() and long.split()[0] == short and len(rest) == 1 and rest[0].lower() in _BODIES


#: Last words of a body an organisation has, not of the organisation itself.
_BODIES = frozenset({"council", "commission", "committee", "board", "foundation"})


def _all_kind(words: list[str]) -> bool:
    """Whether every word is a kind of organisation's: "House" alone names neither "House Budget" nor
    "House Budget Committee"."""
    return all(w in _KIND_WORDS for w in words)


def _kind_words(words: list[str]) -> bool:
    return any(kind_word(w) for w in words)


def kind_word(word: str) -> bool:
    """Whether a lower-case word names a kind of organisation or business ("bank", "electric"), not one."""
    return word in _KIND_WORDS or word in cues.SUBSIDIARY_WORDS
