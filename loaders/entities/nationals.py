"""People whom NER took for an organisation or a place, the demonym it put in their name, and firms it
took for people.

Sport and news introduce a person by nationality: "Japan's Ai Sugiyama", "beat Tunisian Selima Sfar". NER
often labels such a name an organisation or a place, and keeps the demonym inside it ("Tunisian Selima
Sfar"): the fact rules then say the 'firm' is based in Tunisia. A text names one person by the surname
alone later on ("Sfar served well"); when the last word of a name of two or three plain words stands
alone elsewhere in the text as a person's name, the name is that person's, and a leading demonym is a
mention of its own (the nationality, as "Russian Dmitriy Bogdanov" gives when NER labels it a person).
A name NER took for a place right after a country's possessive ("Ethiopia's Tirunesh Dibaba", NER: a
place, and "Dibaba" alone a place too) is a person's when GeoNames knows no place of that name, none of
its words is a common word ("Russia's Far East", "China's Three Gorges" stay places) and its last word
stands alone elsewhere in the text, as a surname does, and never as a firm's name ("Dibaba ran ..."; not
"Italy's Gruppo Ferruzzi ... Ferruzzi said"), in any text: a report on sport need not be recognised as one
(athletics has few of the football words).
The other way round, a firm's kind noun before a name ("US operator Sprint") makes it a firm's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from loaders.entities import cues
from loaders.entities.gazetteer import Gazetteer
from loaders.entities.kinds import about_sport
from loaders.entities.names import initialled_name
from loaders.entities.places import geo_index
from loaders.entities.records import CUED, FEMALE, GAZETTEER, MALE, NORP, MentionRow, doc_words
from loaders.entities.worklists import person_words

_RETYPED = frozenset({"Organization", "Location"})
#: Words that make a name a firm's, a body's or a place's, whatever else it holds.
_NOT_A_PERSON = (
    cues.ORG_HEAD_NOUNS | cues.ORG_NOUNS | cues.LEGAL_FORMS | cues.PLACE_HEAD_NOUNS | cues.PLACE_FIRST_WORDS
)


def people_named_apart(
    doc: Doc, rows: list[MentionRow], gaz: Gazetteer, common: frozenset[str]
) -> list[MentionRow]:
    """The rows with each untyped-by-cue organisation or place name that is a person's (by its surname
    used alone elsewhere in ``doc``, or by a country's possessive before it) made a person, its leading
    demonym split off as a nationality; ``common`` holds the language's common words."""
    surnames = _lone_person_words(doc, rows)
    owned = _country_possessed(doc, rows)
    sport = about_sport(doc)
    lone = _lone_words(rows)

    def possessed(row: MentionRow, words: Span) -> bool:
        """After a country's possessive, in a report on sport or as a surname no place bears (the gazetteer
        asked only then)."""
        if row.tok_start not in owned:
            return False
        return sport or (words[-1].text in lone and _no_place_words(row, words.text, common))

    out: list[MentionRow] = []
    for row in rows:
        start = row.tok_start + (1 if gaz.demonym(doc[row.tok_start].text) is not None else 0)
        words = doc[start : row.tok_end]
        if (
            row.cls not in _RETYPED
            or row.flags & (CUED | GAZETTEER)
            or not 2 <= len(words) <= 3
            or not (words[-1].text in surnames or possessed(row, words))
            or not all(_plain_name_word(t.text, gaz) for t in words)
        ):
            out.append(row)
            continue
        country = gaz.demonym(doc[row.tok_start].text) if start > row.tok_start else None
        if country is not None:
            first = doc[row.tok_start]
            out.append(
                MentionRow(first.idx, first.idx + len(first), first.i, start, NORP, country.name, first.text)
            )
        span = (words.start_char, words.end_char, words.start, words.end)
        out.append(MentionRow(*span, "Person", words.text, words.text, row.flags))
    return out


def _country_possessed(doc: Doc, rows: list[MentionRow]) -> set[int]:
    """Where a name follows a country's possessive ("Ethiopia's Tirunesh Dibaba"): in a report on sport
    that introduces an athlete, seldom a firm or a place."""
    countries = {k for row in rows if row.cls == "Country" for k in range(row.tok_start, row.tok_end)}
    return {
        i + 1 for i, tag in enumerate(doc_words(doc).tags) if tag == "POS" and i > 0 and i - 1 in countries
    }


def _lone_words(rows: list[MentionRow]) -> set[str]:
    """One-word names of the text that NER never takes for a firm's ("Dibaba ran"; not "Ferruzzi said", the
    short name of Italy's Gruppo Ferruzzi)."""
    single = [row for row in rows if row.tok_end - row.tok_start == 1]
    firms = {row.surface for row in single if row.cls == "Organization"}
    return {row.surface for row in single} - firms


def _no_place_words(row: MentionRow, name: str, common: frozenset[str]) -> bool:
    """A place's name outside sport that no place bears and no common word is in: a person's, after a
    country's possessive ("Ethiopia's Tirunesh Dibaba"); not a firm's ("Germany's Deutsche Telekom")."""
    if row.cls != "Location" or any(word.lower() in common for word in name.split()):
        return False
    geo = geo_index()
    return not geo.country([name]) and not geo.city_candidates([name], alternates=True)


def _lone_person_words(doc: Doc, rows: list[MentionRow]) -> set[str]:
    """One-word person names of the text, by NER's label or the rows ("Sfar said"), and the surnames of
    names given by an initial, as team lists give them ("F Pelous")."""
    words = {row.surface for row in rows if row.cls == "Person" and row.tok_end - row.tok_start == 1}
    words |= {row.surface.split()[-1] for row in rows if row.cls == "Person" and initialled_name(row.surface)}
    words |= {ent.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 1}
    return words


def _plain_name_word(word: str, gaz: Gazetteer) -> bool:
    return (
        word.replace("-", "").replace("'", "").isalpha()
        and word[0].isupper()
        and not word.isupper()
        and word.lower() not in _NOT_A_PERSON
        and gaz.demonym(word) is None
        and gaz.lookup(word) is None
    )


#: Kind nouns that name a firm or a body, never a person's job ("car maker Aston Martin", "US operator
#: Sprint", "net provider Pipex"); 'publisher', 'producer' or 'broker' before a name is as often a person's
#: occupation.
_FIRM_KINDS = frozenset(
    {
        "carmaker", "automaker", "lender", "conglomerate", "supermarket", "brewer", "refiner", "newspaper",
        "tabloid", "broadcaster", "agency", "company", "firm", "bank", "airline", "carrier", "maker",
        "manufacturer", "website", "magazine", "insurer", "retailer", "operator", "provider",
    }
)  # fmt: skip


def firms_named_as_people(doc: Doc, rows: list[MentionRow]) -> list[MentionRow]:
    """The rows with a person's name that a modified kind noun of a firm introduces ("British car maker
    Aston Martin", NER: a person) made an organisation; a title's gender ("Mr") keeps the person."""
    out = []
    for row in rows:
        k = row.tok_start - 1
        kind = doc[k] if k >= 0 else None
        if (
            row.cls == "Person"
            and not row.flags & (CUED | GAZETTEER | MALE | FEMALE)
            and kind is not None
            and kind.is_lower
            and kind.lower_ in _FIRM_KINDS
            and _introduces(doc, kind, row)
            and k > 0
            and doc[k - 1].pos_ in ("ADJ", "NOUN", "PROPN")  # "US operator X"; not "told the firm X was"
        ):
            row = row._replace(cls="Organization")
        out.append(row)
    return out


def _introduces(doc: Doc, kind: Token, row: MentionRow) -> bool:
    """The kind noun modifies the name ("car maker Aston Martin") or the name stands in apposition to it
    ("US operator Sprint ordered", as the parser may read it)."""
    root = doc[row.tok_start : row.tok_end].root
    return row.tok_start <= kind.head.i < row.tok_end or (root.dep_ == "appos" and root.head.i == kind.i)


#: Words that join the items of a list of names ("Hitachi, Toshiba and Rohm", "Ladbrokes or Coral").
_LIST_JOINS = frozenset({",", "and", "or", "&"})


def firms_listed_with_firms(doc: Doc, rows: list[MentionRow]) -> list[MentionRow]:
    """The rows with a one-word person's name that stands in a list of names beside an organisation's
    ("Yamaha and Rohm", "Alcoma Packing Co Inc, Kessler and Dorne", NER: people) made organisations: English
    lists things of one kind ("X, Y and Z said"). A title's gender ("Mr Rohm"), a cue, a word of a person's
    full name in the text ("Acme and Kessler ... John Kessler") or a plural noun of people before the list
    ("backing singers Pepsi and Shirlie") keeps the person."""
    order = sorted(range(len(rows)), key=lambda i: rows[i].tok_start)
    lists: list[list[int]] = []
    for i in order:
        last = lists[-1][-1] if lists else None
        if last is not None and _listed_after(doc, rows[last], rows[i]):
            lists[-1].append(i)
        else:
            lists.append([i])
    retyped: set[int] = set()
    for items in lists:
        if (
            len(items) > 1
            and _joined_by_and(doc, rows[items[-2]], rows[items[-1]], len(items))
            and _firm_among(rows, items)
            and not _people_before(doc, rows[items[0]])
        ):
            retyped.update(i for i in items if _bare_person(doc, rows[i]))
    return [row._replace(cls="Organization") if i in retyped else row for i, row in enumerate(rows)]


def _listed_after(doc: Doc, before: MentionRow, row: MentionRow) -> bool:
    between = doc[before.tok_end : row.tok_start]
    return 0 < len(between) <= 2 and all(t.text in _LIST_JOINS for t in between)


def _joined_by_and(doc: Doc, before: MentionRow, row: MentionRow, items: int) -> bool:
    """The last two items of a list joined by "and", "or" or "&"; a comma before it joins two clauses when
    two names are all ("the Illinois Commerce Commission, and Marshall is a lawyer")."""
    between = [t.lower_ for t in doc[before.tok_end : row.tok_start]]
    return any(w in ("and", "or", "&") for w in between) and (items > 2 or "," not in between)


def _firm_among(rows: list[MentionRow], items: list[int]) -> bool:
    return any(rows[i].cls == "Organization" for i in items)


def _people_before(doc: Doc, row: MentionRow) -> bool:
    """A plural noun of people right before the list ("backing singers Pepsi and Shirlie"): its names are
    people's, whatever a firm's name among them says (a firm noun is firm_context's: "firms X and Y")."""
    k = row.tok_start - 1
    # (the tagger may read the plural as a verb: "backing singers" tagged VBZ; a verb there leaves it too)
    return k >= 0 and doc[k].tag_ in ("NNS", "VBZ") and doc[k].lemma_.lower() not in cues.FIRM_NOUNS


def _bare_person(doc: Doc, row: MentionRow) -> bool:
    """A person's name with nothing that makes it one: one word, of no cue, title or gazetteer entry, and no
    word of a full name NER finds a person's in the text ("Smith" after "John Smith")."""
    return (
        row.cls == "Person"
        and not row.flags & (CUED | GAZETTEER | MALE | FEMALE)
        and row.tok_end - row.tok_start == 1
        and row.surface not in person_words(doc)
        and not (row.tok_end < len(doc) and doc[row.tok_end].tag_ == "POS")  # "Giessen's bank": its owner
    )
