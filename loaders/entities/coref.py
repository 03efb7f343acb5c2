"""Within-text identity: which mentions name one thing, what that thing is, and what it is called.

- capitals used as agents anywhere in the text stand for their country everywhere in it (one sense per
  discourse: "Beijing said ..." makes "a trip to Beijing" China's too);
- spellings of one name are one name: "TimeWarner" and "Time Warner", "George W Bush" and "George W.
  Bush", "VOLCKER" and "Volcker", "George Bush" and "George W Bush" (the same first and last name), "Tenneco"
  and "Tenneco Inc" (a company's designator);
- a name's class is the majority of its NER labels, unless the gazetteer knows it;
- "Xi" / "Kirby" join the nearest full name they begin or end ("Xi Jinping", "John Kirby"), unless a
  title says another gender ("Mrs Blair" is not Tony Blair);
- a team sheet's "C Hodgson" joins the one "Charlie Hodgson" of the text;
- an acronym joins the one multi-word name whose initials it spells ("BRI");
- pronouns take the nearest preceding compatible referent (he/she: a person, not one a title or the
  gazetteer gives the other gender, nor one of no known gender named in an earlier sentence after a person
  of the pronoun's gender, whom it goes on with; it/its: a country or organisation), never a reporting
  source;
  they/them/their stay unresolved: the nearest organisation is seldom what they stand for;
- descriptions ("the film", "the company") and a band's "they": loaders/entities/descriptions.py.

A referent's aliases are the names the text gives it, as written (and, for a person the gazetteer knows,
its curated one-word names): never a title, a descriptor or a possessor (those are the mention's, not the
name's), nor a stock symbol, which is its ticker.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from loaders.entities import cues
from loaders.entities.descriptions import DESCRIPTIONS, resolve_descriptions
from loaders.entities.gazetteer import Gazetteer
from loaders.entities.names import initialled_name
from loaders.entities.records import (
    CUED,
    FEMALE,
    GAZETTEER,
    MALE,
    METONYM,
    MODIFIER,
    NORP,
    PRONOUN,
    SIDE_SCOPED,
    SOURCE,
    TICKER,
    MentionRow,
)
from loaders.entities.variants import (
    has_legal_form,
    join_short_organisation_names,
    join_unplaced_short_names,
    kind_word,
    leaders_government,
    merge_variants,
)

_PERSON_WINDOW = 600  # characters a he/she may reach back
_GROUP_WINDOW = 250  # it/they refer to something close by
_GROUP_CLASSES = frozenset({"Country", "Organization"})
#: Before the subject of a reported clause: "said Connick was", "says that Connick is".
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|that) $")
#: The end of a sentence: a stop, then a capital ("... the Meteor Awards. It followed ...").
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z]")
# "Lee told them (the students) to ...", "the couple ... They said": a plural pronoun far more often stands
# for people no name gives than for the nearest firm, party or country (4 of 18 right on articles read by
# hand outside the evaluation sets), so it is left unresolved and its facts are dropped.
_UNRESOLVED_PRONOUNS = frozenset({"they", "them", "their"})
#: (class stated by a cue, name used as a modifier) -> weight of a mention's class in the vote
_VOTE_WEIGHTS = {(True, False): 1000, (True, True): 1000, (False, False): 2, (False, True): 1}


@dataclass(slots=True)
class Referent:
    """One real-world thing named in a text."""

    cls: str
    name: str
    qid: str | None = None
    aliases: set[str] = field(default_factory=set)
    # its stock symbols as Reuters writes them ("ERIC ST"): no name of it (docs/annotation.md), kept apart
    tickers: set[str] = field(default_factory=set)
    # a team sheet's bare surname names a player only together with his side: the side's name, set once the
    # article's facts are known (loaders.facts.assemble), scopes his IRI (kg.iri.mint_entity_iri)
    side_scoped: bool = False
    scope: str = ""

    @property
    def key(self) -> str:
        return f"{self.cls}/{self.name}"


Ref = tuple[str, str]  # (class, name)


def resolve(
    rows: list[MentionRow], gaz: Gazetteer, text: str = ""
) -> tuple[list[str | None], dict[str, Referent]]:
    """The referent key of each mention row (None for literals, quotes, positions, implicit arguments)
    and the referents themselves. Demonyms refer to their country but lend it no alias. ``text`` (the
    rows' text) gives the titles that tell apart a Mr and a Mrs of one surname."""
    refs = _initial_refs(rows, gaz)
    merge_variants(rows, refs, gaz)
    _vote_classes(rows, refs)
    _short_organisation_names(rows, refs, text)
    _join_short_person_names(rows, refs, gaz, text)
    _join_initialled_names(rows, refs)
    _join_acronyms(rows, refs)
    join_short_organisation_names(rows, refs, gaz)
    join_unplaced_short_names(rows, refs, gaz)
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
        if row.flags & TICKER:
            referent.tickers.add(row.surface)
        elif row.cls != NORP and row.surface:
            referent.aliases.add(row.surface)
        if row.flags & SIDE_SCOPED and " " not in referent.name:
            referent.side_scoped = True
        keys.append(referent.key)
    described = _resolve_pronouns(rows, keys, referents, _referent_genders(rows, keys, referents, gaz), text)
    resolve_descriptions(rows, keys, {key: referent.cls for key, referent in referents.items()}, text)
    for pronoun, description in described.items():
        keys[pronoun] = keys[description]  # None where the description stays unresolved
    for referent in referents.values():
        if referent.cls == "Person":
            referent.aliases.update(_curated_short_names(referent.name, gaz))
    return keys, referents


def _curated_short_names(name: str, gaz: Gazetteer) -> list[str]:
    """The one-word names the gazetteer knows for a person ("Xi" is Xi Jinping's, "Biden" Joe Biden's):
    curated names of the identity, which a later mention or another article uses on its own."""
    known = gaz.aliases_of(name) or []
    return [alias for alias in known if " " not in alias]


def _initial_refs(rows: list[MentionRow], gaz: Gazetteer) -> list[Ref | None]:
    metonymic = {row.key for row in rows if row.flags & METONYM}
    refs: list[Ref | None] = []
    for row in rows:
        if row.cls == NORP:
            refs.append(("Country", row.key) if row.key else None)
        elif row.cls not in cues.NAMED_CLASSES:
            refs.append(None)
        else:
            entry = gaz.lookup(row.key) if row.key in metonymic else None
            if entry is not None and entry.capital_of:
                refs.append(("Country", entry.capital_of))
            else:
                refs.append((row.cls, row.key))
    return refs


def _vote_classes(rows: list[MentionRow], refs: list[Ref | None]) -> None:
    """Each name takes the class most of its mentions have; a class the text states ("the film Ray")
    outvotes NER's labels, and NER's label of a name used as a modifier ("the United box") counts half. A
    name the text once gives with its legal form is a company's ("Pharmacia AB" ... "Pharmacia said",
    which NER may take for a person each time)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    firms: set[str] = set()
    for row, ref in zip(rows, refs, strict=True):
        if ref is not None and row.cls in cues.NAMED_CLASSES and not row.flags & GAZETTEER:
            votes[ref[1]][ref[0]] += _VOTE_WEIGHTS[bool(row.flags & CUED), bool(row.flags & MODIFIER)]
            if ref[0] == "Organization" and has_legal_form(row.surface):
                firms.add(ref[1])
    for i, (row, ref) in enumerate(zip(rows, refs, strict=True)):
        if ref is not None and row.cls in cues.NAMED_CLASSES and not row.flags & GAZETTEER:
            cls = "Organization" if ref[1] in firms else votes[ref[1]].most_common(1)[0][0]
            refs[i] = (cls, ref[1])


def _short_organisation_names(rows: list[MentionRow], refs: list[Ref | None], text: str = "") -> None:
    """ "Pernod Ricard" and "Pernod", one a firm by a cue ("Pernod shares"), the other a person by NER's
    label: a name that begins another is the same thing, so the organisation's class wins for both, unless
    a title says a man or a woman is meant ("Mr Pernod"). So is a name that ends one firm's name (below)."""
    gendered = {ref[1] for row, ref in zip(rows, refs, strict=True) if ref and row.flags & (MALE | FEMALE)}
    classes: dict[str, set[str]] = defaultdict(set)  # first word -> classes of the names it begins or is
    for ref in refs:
        if ref is not None and ref[0] in ("Person", "Organization") and not leaders_government(ref[1]):
            classes[ref[1].split()[0]].add(ref[0])
    singles = _org_singles(refs)
    ending = _sole_last_words(rows, refs, text)
    openers = _firm_openers(rows, refs)
    person_words = {w for ref in refs if ref and ref[0] == "Person" and " " in ref[1] for w in ref[1].split()}
    for i, (row, ref) in enumerate(zip(rows, refs, strict=True)):
        if ref is None or ref[0] != "Person" or row.flags & GAZETTEER or ref[1] in gendered:
            continue
        first = ref[1].split()[0]
        begins = "Organization" in classes[first] and (" " not in ref[1]) != (first in singles)
        # "Walt Disney Co" ... "Disney said": the distinctive last word of one firm, no person's name's word
        ends = ref[1] in ending and ref[1] not in person_words and ref[1] not in singles
        if begins or ends or ref[1] in openers:
            refs[i] = ("Organization", ref[1])


def _firm_openers(rows: list[MentionRow], refs: list[Ref | None]) -> set[str]:
    """Names of several words that open a firm's name the text gives with its legal form, the rest words of
    its business ("Niagara Mohawk" of "Niagara Mohawk Power Corp", which NER takes for a person: judges'
    seed 928): the firm's short name. Not a name the legal form alone follows ("Walt Disney" of "Walt Disney
    Co" may be the man)."""
    openers = set()
    for row, ref in zip(rows, refs, strict=True):
        if ref is None or ref[0] != "Organization" or not has_legal_form(row.surface):
            continue
        words = _without_legal_forms(ref[1])
        rest = 0
        while rest < len(words) - 2 and _business_word(words[len(words) - 1 - rest].lower()):
            rest += 1
        if rest:
            openers.add(" ".join(words[: len(words) - rest]))
    return openers


def _without_legal_forms(name: str) -> list[str]:
    """The name's words without the legal forms that end it ("Niagara Mohawk Power" of "Niagara Mohawk Power
    Corp", "IBM" of "IBM Co"); a name that is one legal form keeps it."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in cues.LEGAL_FORMS:
        words.pop()
    return words


def _business_word(word: str) -> bool:
    return kind_word(word) or word in cues.FIRM_NAME_WORDS  # "Power", "Telephone"


def _sole_last_words(rows: list[MentionRow], refs: list[Ref | None], text: str = "") -> set[str]:
    """The last words that end exactly one organisation name of several words ("Citroen" of "Automobiles
    Citroen"), but no word of the kinds that end many names ("Bank", "Group", "Electric")."""
    names: dict[str, set[str]] = defaultdict(set)
    # names the text gives with a legal form ("Walt Disney Co") or a Reuters ticker ("L M Ericsson <ERIC
    # ST>": judges' seed 930 had the headline's "ERICSSON" a person): firms, not people
    sure: set[str] = set()
    for row, ref in zip(rows, refs, strict=True):
        if ref is not None and ref[0] == "Organization" and " " in ref[1]:
            if has_legal_form(row.surface) or _ticker(row, text):
                sure.add(ref[1])
            words = _without_legal_forms(ref[1])
            if len(words) > 1:
                names[words[-1]].add(ref[1])
    return {
        w
        for w, n in names.items()
        if len(n) == 1 and n <= sure and w[:1].isupper() and not kind_word(w.lower())
    }


def _ticker(row: MentionRow, text: str) -> bool:
    """A Reuters ticker in angle brackets, which mentions.py makes a mention of the company before it."""
    return row.start > 0 and row.end < len(text) and text[row.start - 1] == "<" and text[row.end] == ">"


def _org_singles(refs: list[Ref | None]) -> set[str]:
    return {ref[1] for ref in refs if ref is not None and ref[0] == "Organization" and " " not in ref[1]}


def _join_short_person_names(
    rows: list[MentionRow], refs: list[Ref | None], gaz: Gazetteer, text: str
) -> None:
    """A one-word name joins the nearest full person name it begins or ends, of a gender that fits."""
    by_word: dict[str, list[tuple[int, str]]] = defaultdict(list)  # first or last word -> (start, name)
    for row, ref in zip(rows, refs, strict=True):
        if ref is not None and ref[0] == "Person" and " " in ref[1]:
            words = ref[1].split()
            for word in {words[0], words[-1]}:
                by_word[word].append((row.start, ref[1]))
    genders = _full_name_genders(rows, refs, gaz)
    apart: dict[int, str] = {}
    for i, ref in enumerate(refs):
        if (
            ref is None
            or " " in ref[1]
            or rows[i].flags & GAZETTEER
            or ref[0] not in ("Person", "Organization", "Location")
        ):
            continue
        word = ref[1]
        candidates = by_word.get(word, [])
        if ref[0] != "Person":
            candidates = [(s, n) for s, n in candidates if n.split()[-1] == word]
        gender = _gender(rows[i])
        if gender:
            candidates = [(s, n) for s, n in candidates if genders.get(n, gender) == gender]
            if not candidates:
                apart[i] = gender
        if candidates:
            before = [c for c in candidates if c[0] < rows[i].start]
            refs[i] = ("Person", (before[-1] if before else candidates[0])[1])
    _name_apart(rows, refs, apart, text)


def _join_initialled_names(rows: list[MentionRow], refs: list[Ref | None]) -> None:
    """A team sheet's "C Hodgson" (or "C. Hodgson") joins the one full person name of the text with that
    surname whose first name begins with that initial ("Charlie Hodgson"); two such names leave it apart."""
    full: dict[tuple[str, str], set[str]] = defaultdict(set)  # (initial, surname) -> full names
    for ref in refs:
        if ref is not None and ref[0] == "Person" and not _initialled(ref[1]) and " " in ref[1]:
            words = ref[1].split()
            full[words[0][0], words[-1]].add(ref[1])
    for i, ref in enumerate(refs):
        if ref is None or ref[0] != "Person" or not _initialled(ref[1]) or rows[i].flags & GAZETTEER:
            continue
        words = ref[1].split()
        names = full.get((words[0][0], words[-1]), set())
        if len(names) == 1:
            refs[i] = ("Person", next(iter(names)))


def _initialled(name: str) -> bool:
    """An initial and a surname, but not one opened by the pronoun "I" (a title, "I Heart Huckabees")."""
    return initialled_name(name) and not name.startswith("I ")


def _gender(row: MentionRow) -> str:
    return "m" if row.flags & MALE else "f" if row.flags & FEMALE else ""


def _full_name_genders(rows: list[MentionRow], refs: list[Ref | None], gaz: Gazetteer) -> dict[str, str]:
    """The gender of each full person name, where the gazetteer, a title before the full name, or the
    titles before its surname alone ("Mr Howard", with no "Mrs Howard" in the text) say it."""
    genders: dict[str, str] = {}
    surname_titles: dict[str, set[str]] = defaultdict(set)
    for row, ref in zip(rows, refs, strict=True):
        if ref is None or ref[0] != "Person":
            continue
        gender = _gender(row)
        if " " in ref[1] and gender:
            genders.setdefault(ref[1], gender)
        elif gender:
            surname_titles[ref[1]].add(gender)
    for ref in refs:
        if ref is None or ref[0] != "Person" or " " not in ref[1] or ref[1] in genders:
            continue
        entry = gaz.lookup(ref[1])
        titles = surname_titles.get(ref[1].split()[-1], set())
        if entry is not None and entry.gender:
            genders[ref[1]] = entry.gender
        elif len(titles) == 1:
            genders[ref[1]] = next(iter(titles))
        elif titles:
            genders[ref[1]] = "?"  # a Mr and a Mrs of its surname, and nothing says which it is
    return genders


def _name_apart(rows: list[MentionRow], refs: list[Ref | None], apart: dict[int, str], text: str) -> None:
    """One-word names kept apart by their title's gender are one person per gender; where both genders
    share the surname, the title tells them apart in the name ("Mrs Howard", beside Michael Howard)."""
    by_word: dict[str, set[str]] = defaultdict(set)
    for i, gender in apart.items():
        ref = refs[i]
        if ref is not None:
            by_word[ref[1]].add(gender)
    for i, gender in apart.items():
        ref = refs[i]
        if ref is None:
            continue
        if len(by_word[ref[1]]) > 1:
            title = _title_before(text, rows[i].start) or ("Mr" if gender == "m" else "Mrs")
            refs[i] = ("Person", f"{title} {ref[1]}")


def _title_before(text: str, start: int) -> str:
    words = text[max(0, start - 12) : start].split()
    return words[-1] if words and words[-1].rstrip(".").lower() in cues.HONORIFICS else ""


def _initials(name: str) -> set[str]:
    """'IBM' for 'International Business Machines Corp' (a legal form may have no letter in the acronym),
    'ONGC' for 'Oil and Natural Gas Corporation' (or it may)."""
    words = name.split()
    found = {"".join(word[0] for word in words if word[0].isupper())}
    while len(words) > 1 and words[-1].lower().rstrip(".") in cues.LEGAL_FORMS:
        words.pop()
        found.add("".join(word[0] for word in words if word[0].isupper()))
    return found


def _acronym(name: str) -> str:
    """'IBM' of 'IBM' and of 'IBM Company' (a designator after an acronym: the company's in full is
    still 'International Business Machines Corp'); '' for a name that is none."""
    words = _without_legal_forms(name)
    word = words[0] if len(words) == 1 else ""
    return word if word.isupper() and 2 <= len(word) <= 6 else ""


def _join_acronyms(rows: list[MentionRow], refs: list[Ref | None]) -> None:
    by_initials: dict[str, dict[str, str]] = defaultdict(dict)  # initials -> {long name: class}
    for ref in refs:
        if ref is not None and " " in ref[1] and ref[0] != "Person":
            for initials in _initials(ref[1]):
                by_initials[initials][ref[1]] = ref[0]
    for i, ref in enumerate(refs):
        acronym = _acronym(ref[1]) if ref is not None else ""
        if ref is None or rows[i].flags & GAZETTEER or not acronym:
            continue
        matches = by_initials.get(acronym, {})
        if len(matches) == 1:
            name, cls = next(iter(matches.items()))
            refs[i] = (cls, name)


def _referent_genders(
    rows: list[MentionRow], keys: list[str | None], referents: dict[str, Referent], gaz: Gazetteer
) -> dict[str, str]:
    """The gender of each person the text or the gazetteer gives one: a title before any of its mentions
    ("Mrs Howard"), else the gazetteer's entry; "?" when the titles disagree."""
    genders: dict[str, str] = {}
    for row, key in zip(rows, keys, strict=True):
        gender = _gender(row)
        if key is not None and gender and referents[key].cls == "Person":
            genders[key] = gender if genders.get(key, gender) == gender else "?"
    for key, referent in referents.items():
        entry = gaz.lookup(referent.name) if referent.cls == "Person" and key not in genders else None
        if entry is not None and entry.cls == "Person" and entry.gender:
            genders[key] = entry.gender
    return genders


def _resolve_pronouns(
    rows: list[MentionRow],
    keys: list[str | None],
    referents: dict[str, Referent],
    genders: dict[str, str],
    text: str = "",
) -> dict[int, int]:
    """Each pronoun takes the nearest preceding referent of its kind; "she" passes over a man the text
    or the gazetteer says is one ("Mr Blair ... Mrs Howard said she ..." is not about Blair), and "it"
    a country of an earlier sentence ("... Ireland's top music honours. It followed nominations ...": a
    country is "it" in its own sentence, "Japan said it would ..."; across a sentence's end "it" is far
    more often an event or a thing no name gives). An "it" after "the company" of its own sentence, with
    no organisation's or country's name between, is the company's (reuters21578-13054: "The company said
    ... it announced", not the firm named last before): the row of each such pronoun -> the description's
    row, which is resolved after (descriptions.py)."""
    described: dict[int, int] = {}
    firm_descriptions = [
        i
        for i, row in enumerate(rows)
        if row.cls == PRONOUN and row.key in DESCRIPTIONS and DESCRIPTIONS[row.key].cls == "Organization"
    ]
    named = sorted(
        (row.start, i)
        for i, row in enumerate(rows)
        if keys[i] is not None and rows[i].cls != NORP and not row.flags & (SOURCE | MODIFIER)
    )
    starts = [start for start, _ in named]
    for i, row in enumerate(rows):
        if row.cls != PRONOUN or row.key in _UNRESOLVED_PRONOUNS or row.key in DESCRIPTIONS:
            continue
        person = row.key in cues.PERSON_PRONOUNS
        pronoun_gender = cues.PERSON_PRONOUNS.get(row.key, "")
        window = _PERSON_WINDOW if person else _GROUP_WINDOW

        def fits(key: str, gender: str = pronoun_gender) -> bool:
            return genders.get(key, gender) in (gender, "?")

        d = None if person else _firm_description_before(rows, firm_descriptions, row, text)
        if d is not None and not any(
            rows[d].start < start < row.start and referents[keys[j] or ""].cls in _GROUP_CLASSES
            for start, j in named
        ):
            described[i] = d
            continue
        ahead = _cataphor(rows, keys, referents, named, bisect.bisect_left(starts, row.start), row, text)
        if ahead is not None and fits(ahead):
            keys[i] = ahead  # "Before her meeting with Martinez, Davenport believes ...": Davenport's
            continue
        for k in range(bisect.bisect_left(starts, row.start) - 1, -1, -1):
            start, j = named[k]
            if row.start - start > window:
                break
            cls = referents[keys[j] or ""].cls
            if person and not fits(keys[j] or ""):
                continue  # a man's name before "she", a woman's before "he"
            if not person and cls == "Country" and _SENTENCE_END.search(text, rows[j].end, row.start + 1):
                continue
            if person and cls == "Person":
                about = _person_before_possessor(rows, keys, referents, named, k, row.start, text, fits)
                if about is None and pronoun_gender and (keys[j] or "") not in genders:
                    about = _gendered_opener(rows, keys, referents, named, k, row.start, text, genders, fits)
                if about is not None:
                    keys[i] = about  # "X criticised Tony Blair's record. ... he said": X said it
                    break
            if (person and cls == "Person") or (not person and cls in _GROUP_CLASSES):
                keys[i] = keys[j]
                break
    return described


def _firm_description_before(
    rows: list[MentionRow], descriptions: list[int], pronoun: MentionRow, text: str
) -> int | None:
    """The row of the last firm's description ("the company") before the pronoun in its sentence."""
    before = [d for d in descriptions if rows[d].end <= pronoun.start]
    if not before:
        return None
    d = before[-1]
    return None if _SENTENCE_END.search(text, rows[d].end, pronoun.start + 1) else d


#: A sentence that opens with a preposition and a possessive ("Before her", "After his", "Despite her").
_OPENING_PREPOSITION = re.compile(
    r"(?:^|[.!?][\"'”’)]*\s+[\"'“‘(]?)(?:Before|After|Despite|Since|During|Following|Ahead of|Upon|On|In"
    r"|For|With|Without|Like|Unlike|Given|Throughout|Until|Amid)\s+$"
)
#: The start of a main clause whose subject is a name after the opening phrase's comma ("..., Mr X said").
_CLAUSE_AFTER_COMMA = re.compile(r",\s*$")


def _cataphor(
    rows: list[MentionRow],
    keys: list[str | None],
    referents: dict[str, Referent],
    named: list[tuple[int, int]],
    k: int,
    pronoun: MentionRow,
    text: str,
) -> str | None:
    """The person a possessive in a sentence's opening phrase points ahead to: "Before her meeting with
    Martinez, Davenport believes ..." is Davenport's meeting, the subject after the comma, not the last
    woman named before the sentence. None where the sentence is not so made."""
    if pronoun.key not in ("his", "her") or k >= len(named):
        return None
    if not _OPENING_PREPOSITION.search(text, max(0, pronoun.start - 20), pronoun.start):
        return None
    for _, j in named[k : k + 3]:  # the phrase may name others first: "Before her meeting with Martinez"
        after = rows[j]
        if _SENTENCE_END.search(text, pronoun.end, after.start + 1):
            return None
        first = after.start - after.lead
        if _CLAUSE_AFTER_COMMA.search(text, max(0, first - 3), first):
            key = keys[j]
            return key if key is not None and referents[key].cls == "Person" else None
    return None


def _gendered_opener(
    rows: list[MentionRow],
    keys: list[str | None],
    referents: dict[str, Referent],
    named: list[tuple[int, int]],
    k: int,
    pronoun_start: int,
    text: str,
    genders: dict[str, str],
    fits: Callable[[str], bool],
) -> str | None:
    """The person a "he" or "she" goes on with when the nearest candidate, ``named[k]``, is of no known
    gender and named after another person in an earlier sentence whom a title or the gazetteer gives the
    pronoun's gender: "Mr Calder is the man behind acts including Britney Spears. He made his fortune" is
    Calder, the one the sentence is about. None where the rule says nothing."""
    row = rows[named[k][1]]
    if not _SENTENCE_END.search(text, row.end, pronoun_start + 1):
        return None  # in the pronoun's own sentence the nearest name stands
    if _REPORTED_SUBJECT.search(text, max(0, row.start - row.lead - 8), row.start - row.lead):
        return None  # "X said Connick was a star. He has recently starred": what X said is about Connick
    first = _sentence_opener(rows, keys, referents, named, k, text)
    return first if first is not None and first in genders and fits(first) else None


def _person_before_possessor(
    rows: list[MentionRow],
    keys: list[str | None],
    referents: dict[str, Referent],
    named: list[tuple[int, int]],
    k: int,
    pronoun_start: int,
    text: str,
    fits: Callable[[str], bool],
) -> str | None:
    """The person a pronoun goes on with when the nearest candidate, ``named[k]``, is a possessor
    in an earlier sentence ("Tony Blair's record") that opens with another person of the pronoun's gender:
    "Liam Fox opened with a speech criticising Tony Blair's record. ... he told the conference" is Fox,
    the one the sentence is about, not the owner of a thing it names. None where the rule says nothing."""
    candidate = named[k][1]
    row = rows[candidate]
    if not _possessive_after(text, row.end):
        return None
    if not _SENTENCE_END.search(text, row.end, pronoun_start + 1):
        return None  # "Sofar's whereabouts are unknown, he said": a sentence of its own says nothing
    first = _sentence_opener(rows, keys, referents, named, k, text)
    return first if first is not None and fits(first) else None


def _possessive_after(text: str, end: int) -> bool:
    """A possessive right after a name: "Blair's", or a bare apostrophe after a name's final s ("Hanks'
    partner"; outside article bbc-entertainment-068, where "she" went to Hanks), not a closing quote."""
    if text[end : end + 2] in ("'s", "\u2019s"):
        return True
    bare = text[end : end + 1] in ("'", "\u2019") and text[end + 1 : end + 2] == " "
    return bare and text[end - 1 : end] == "s"


def _sentence_opener(
    rows: list[MentionRow],
    keys: list[str | None],
    referents: dict[str, Referent],
    named: list[tuple[int, int]],
    k: int,
    text: str,
) -> str | None:
    """The first person other than ``named[k]`` that ``named[k]``'s sentence names before it (walking back to
    the sentence's start, not over the whole text)."""
    start, first = rows[named[k][1]].start, None
    for m in range(k - 1, -1, -1):
        j = named[m][1]
        if _SENTENCE_END.search(text, rows[j].end, start + 1):
            break
        key = keys[j] or ""
        if referents[key].cls == "Person" and key != keys[named[k][1]]:
            first = key
    return first
