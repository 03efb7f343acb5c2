"""The ``kg_entities_v1`` component: entity and literal mentions, cleaned, typed and keyed.

It reads spaCy's NER spans and adds what the gazetteer knows; for each name it strips determiners,
honorifics, titles (of persons), possessive 's and headline verbs, splits titles off organisation spans
("National Security Council Coordinator ..."), types the name (gazetteer first, then the NER label) and marks
reporting sources ("according to X") and capitals used as agents ("Beijing said"). It leaves plain
:class:`~loaders.entities.records.MentionRow` tuples on ``doc._.kg_mentions``.
"""

from __future__ import annotations

import re
from typing import Final

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from loaders.entities import cues
from loaders.entities.categories import award_categories
from loaders.entities.firms import whole_firms
from loaders.entities.gazetteer import GazEntry, Gazetteer
from loaders.entities.kinds import (
    about_sport,
    agency_name_end,
    cued_kind,
    cued_titles,
    opens_body_name,
    repeated_titles,
    settle_titles,
    title_after_work_noun,
    title_end,
)
from loaders.entities.lexicon import common_words, noun_only_words, opening_common_name
from loaders.entities.names import (
    NAME_QUANTIFIER_WORDS,
    NameBounds,
    before_title,
    capitalised_words,
    country_abbreviation,
    initial_and_surname_only,
    is_title_word,
    names_in,
    opening_common_word,
    opening_quantifier,
    title_gender,
    words_matching,
)
from loaders.entities.nationals import firms_listed_with_firms, firms_named_as_people, people_named_apart
from loaders.entities.places import geo_index
from loaders.entities.records import (
    CUED,
    FEMALE,
    GAZETTEER,
    MALE,
    METONYM,
    MODIFIER,
    NORP,
    SOURCE,
    TICKER,
    MentionRow,
    doc_text,
    doc_words,
    register_extensions,
)
from loaders.entities.variants import names_a_region
from loaders.entities.worklists import category_titles, channel_names, listed_works

_GENDER_FLAGS = {"m": MALE, "f": FEMALE}
_TICKER_PART = re.compile(r"[A-Z]{1,6}(?:\.[A-Z]{1,2})?")
#: The grades of a credit rating, and their notches ("B-minus", "AA-plus", "Baa-1").
_GRADE = re.compile(r"AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|Ca")
_NOTCHED = re.compile(
    r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|Ca)[- ]?(?:plus|minus|Plus|Minus|PLUS|MINUS)"
    r"|(?:Aa|Baa|Ba|Caa)-?[123]"
)
#: (a Work too: "the International Coffee Agreement (ICA)", an agreement its last word types a Work, keeps its
#: acronym, which NER would otherwise take for an organisation of its own)
_NAME_CLASSES = frozenset(cues.CLASS_OF_LABEL.values()) | {"Country", "City", "Work"}
_HEAD_TYPED = frozenset({"Person", "Organization", "Location"})
#: Two sets' scores or more after a name ("beat X 6-3 6-2"): a tennis player's, not a side's one result.
_SET_SCORES = re.compile(r"\s*\(?[0-7]-[0-7]\)?\s+\(?[0-7]-[0-7]\b")
#: A name that ends so is a firm's or an institute's, whatever NER said ("Pyra Labs", "Wang Laboratories");
#: only for typing: as organisation head nouns elsewhere they would make "the laboratories" a description.
_LAB_WORDS = frozenset({"labs", "laboratories", "laboratory"})
#: Prepositions after which a one-word name is a place, not a person ("a concert in Leeds").
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "across", "throughout"})
#: A one-word "person" after such a preposition is taken for a city only when the city is this large (a
#: smaller namesake abroad, such as Kent, Washington, must not turn a county into a town).
_BIG_CITY = 250_000
#: A town NER left unnamed after "in" or before "-based" is named only when GeoNames knows it this large:
#: "a speech in Gateshead", "Bracknell-based Exel"; the many hamlets that share a word with a surname or a
#: firm stay unnamed.
_UNNAMED_TOWN = 50_000


_MAX_NAME_WORDS = 5  # capitalised words a lone legal form takes back ("Presidential Airways Inc")


def _with_particle_names(doc: Doc) -> list[Span]:
    """The NER spans, a person's name carried over the lower-case particles NER often stops at ("Jeroen van
    der Veer", "Walter van der Vijver", "Luiz da Silva"): the particles and the capitalised words after them
    join the name, and a span NER made of those words goes."""
    ents = list(doc.ents)
    out: list[Span] = []
    skip_until = -1
    for ent in ents:
        if ent.start < skip_until:
            continue
        k = ent.end
        while k < min(ent.end + 2, len(doc)) and doc[k].lower_ in cues.NAME_PARTICLES and doc[k].is_lower:
            k += 1
        end = k
        while k > ent.end and end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if ent.label_ != "PERSON" or end == k:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, end, label="PERSON"))
        skip_until = end
    return out


#: NER labels of a name a model's or an edition's number may follow ("Xbox 2", "PlayStation 3", "FTSE 100").
_NUMBERED_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "MISC"})
#: What may follow such a number: the clause goes on, not a count of something ("Xbox 2 will", "the FTSE 100
#: index"; not "Shell 3 mln", "Arsenal 2 Chelsea 1").
_AFTER_MODEL_NUMBER_POS = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "ADV", "PART"})
#: Words a number before them counts, whatever the tagger makes of them ("the Alliance 27 pct").
_COUNTED_WORDS = frozenset(
    {"pct", "percent", "per", "mln", "bln", "million", "billion", "dlrs", "points", "seats", "votes"}
    | {"shares"}
)


def _with_model_numbers(doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans, a firm's, product's or work's name carried over the number NER cut from it: "the Xbox 2
    console", "Sony's PlayStation 3 will", "relegated from the FTSE 100 index" (a number of one to three
    figures right after the name, then a verb, a preposition or a product's or work's noun; not a count,
    "Shell 3 mln", "the Conservatives 44 and the Centre Party 37.", a vote or a price, "the Senate 13 to 11",
    nor a score or a sheet in a report on sport, "Arsenal 2 Chelsea 1")."""
    if not any(e.label_ in _NUMBERED_LABELS and e.end < len(doc) and doc[e.end].is_digit for e in ents):
        return ents
    if about_sport(doc):
        return ents
    return [Span(doc, e.start, e.end + 1, label=e.label_) if _model_number_after(doc, e) else e for e in ents]


def _model_number_after(doc: Doc, ent: Span) -> bool:
    k = ent.end
    if ent.label_ not in _NUMBERED_LABELS or k + 1 >= len(doc) or not doc[k].is_digit or len(doc[k].text) > 3:
        return False
    if ent.start > 0 and (doc[ent.start - 1].like_num or doc[ent.start - 1].text in ("(", "-")):
        return False
    after = doc[k + 1]
    if after.ent_iob_ == "B" or after.text in ("%", "-", "–", "/", ":", "(") or after.like_num:
        return False
    if after.lower_ in _COUNTED_WORDS or (k + 2 < len(doc) and after.is_lower and doc[k + 2].like_num):
        return False  # "the Alliance 27 pct", "sent to the Senate 13 to 11", "UAW Locals 72 and 75"
    lemma = after.lemma_.lower()
    if lemma in cues.PRODUCT_NOUNS or lemma in cues.WORK_NOUNS or lemma == "index":
        return True  # "the Xbox 2 console", "the FTSE 100 index"
    if doc[k].dep_ == "nummod" and doc[k].head.i > k:
        return False  # "the Alliance 27 pct each": a count of what follows
    return after.pos_ in _AFTER_MODEL_NUMBER_POS


#: Parts of speech after a possessive that show it owns nothing: "left St Mary's in February", "at St Mary's."
_AFTER_NO_POSSESSUM = frozenset({"ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ", "ADV", "PART", "PRON"})


def _with_saints_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans, a saint's name that a possessive owning nothing follows carried over it as a place:
    "Strachan left St Mary's in February" names the ground (a church, a school, a hospital), no St Mary
    (judged seed 940, where NER cut "St Mary" and took it for a person); "St Mary's Church" is NER's."""
    return [Span(doc, e.start, e.end + 1, label="LOC") if _saints_place(doc, e) else e for e in ents]


def _saints_place(doc: Doc, ent: Span) -> bool:
    k = ent.end
    return (
        len(ent) > 1
        and ent[0].lower_ in cues.SAINT_WORDS
        and k < len(doc)
        and doc[k].tag_ == "POS"
        and (k + 1 == len(doc) or doc[k + 1].pos_ in _AFTER_NO_POSSESSUM)
    )


#: NER labels of a leader's name before "administration": NER tags "Reagan" of "the Reagan Administration"
#: a person or a thing of no class.
_LEADER_LABELS = frozenset({"PERSON", "MISC"})


def _with_administrations(doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans, a leader's name and the "administration" after it one organisation's name ("the Reagan
    administration said", "Bush administration officials"): the government is what acts there, not the
    man, and readers name it so. Not a name NER ran on into a title ("President Reagan"), nor one the name
    goes on after ("the Reagan Administration Office")."""
    return [_administration(doc, e) or e for e in ents]


def _administration(doc: Doc, ent: Span) -> Span | None:
    k = ent.end
    if ent.label_ not in _LEADER_LABELS or k >= len(doc) or doc[k].lower_ != "administration":
        return None
    if any(is_title_word(t) or not _capitalised(t) for t in ent):
        return None
    if k + 1 < len(doc) and _capitalised(doc[k + 1]) and not doc[k + 1].is_sent_start:
        return None
    return Span(doc, ent.start, k + 1, label="ORG")


def _with_treaties(doc: Doc, ents: list[Span]) -> list[Span]:
    """The spans, a treaty and the place after its "of" one name ("the Treaty of Rome", which NER reads as
    an organisation "Treaty" and the city): a text named for where it was signed, which kinds types a Work,
    not a body based there (judges' seed 927: "Treaty basedIn Rome")."""
    out: list[Span] = []
    for ent in ents:
        k = ent.start - 2
        if ent.label_ not in ("GPE", "LOC") or k < 0 or doc[k + 1].lower_ != "of" or not _treaty_word(doc[k]):
            out.append(ent)
            continue
        if out and out[-1].end > k:
            if (out[-1].start, out[-1].end) != (k, k + 1):
                out.append(ent)  # the word is part of a longer name NER found: leave its reading
                continue
            out.pop()  # NER's one-word "Treaty"
        out.append(Span(doc, k, ent.end, label="ORG"))
    return out


def _treaty_word(token: Token) -> bool:
    return token.is_title and token.lower_ in cues.AGREEMENT_HEAD_NOUNS


#: NER labels of a place that may open a longer name NER cut it out of ("the Boston Indoor Games"); a
#: demonym opens only an event's or an award's ("the Australian Open", "the British Book Awards").
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
#: A country before an organisation's name ("the U.S. Congress", "the United States Anti-Doping Agency") is
#: read as its home (loaders.facts.roles), the name being the rest, as most readers name it; before an
#: event's or an award's it opens the name ("the US Open").
_EVENT_HEADS = cues.EVENT_HEAD_NOUNS | cues.AWARD_HEAD_NOUNS
#: (r23b) Heads of a members' body, whose name a country opens as it does an event's ("United States
#: Consumer Club of Dallas", reuters21578-11695; "the United States Golf Association"): no state's organ.
_SOCIETY_HEADS = frozenset({"club", "association", "society", "league", "federation"})


def _places_opening_names(doc: Doc, ents: list[Span], gaz: Gazetteer) -> list[Span]:
    """The NER spans, a place's name joined to the capitalised words after it when together they are one
    name that NER cut the place out of: "the Boston Indoor Games", "Santa Barbara County Superior Court",
    "the Athens Olympics". The words after the place (untagged, or NER's organisation) must end in a word
    of a name's kind (cues.NAME_HEADS: not "Maryland Wal-Marts", "Russia WTO talks", "Amanda Champion")
    and the place must modify them; no title ("London Mayor"), person or sentence's start is taken in,
    and a country opens only an event's or an award's name. The joined span is an organisation's; its
    last word types it later ("Games": an event)."""
    out: list[Span] = []
    k_ent = 0
    while k_ent < len(ents):
        ent = ents[k_ent]
        k_ent += 1
        if ent.label_ not in _PLACE_LABELS:
            out.append(ent)
            continue
        end, taken_ents = _name_after_place(doc, ent, ents[k_ent:], gaz)
        if end == ent.end:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, end, label="ORG"))
        k_ent += taken_ents
    return out


def _name_after_place(doc: Doc, place: Span, later: list[Span], gaz: Gazetteer) -> tuple[int, int]:
    """(end, NER spans taken in) of the name a place opens (end == place.end: none)."""
    k, taken = place.end, 0
    while k < len(doc) and not doc[k].is_sent_start:
        token = doc[k]
        if taken < len(later) and later[taken].start == k:
            if later[taken].label_ != "ORG":
                break
            k, taken = later[taken].end, taken + 1
            continue
        if token.ent_type_ or not _name_word(token):
            break
        k += 1
    # the place modifies the words after it; a demonym before an event's name opens it whatever the parser
    # says (it hangs "French" of "French Open champion X" on "champion"), and so does a place that the parser
    # hangs, with a tournament's "Open", on the noun after them ("the US Open title": both on "title")
    if not place.end <= place.root.head.i < k and place.label_ != "NORP" and not _beside_event(doc, place, k):
        return place.end, 0
    if place.start > 0 and cues.MONITORING_REFERENCE.fullmatch(doc[place.start - 1].text):
        return place.end, 0  # "FL2706231194 Havana Radio Reloj Network in Spanish": a source and its home
    head = doc[k - 1].lower_.rstrip(".")
    if place.label_ == "NORP" and head not in _EVENT_HEADS:
        return place.end, 0  # "the French Tennis Federation": the demonym says the home
    if head not in _EVENT_HEADS and head not in _SOCIETY_HEADS and _country(place, gaz):
        return place.end, 0  # "the U.S. Agriculture Department": the country is its home, not its name's
    goes_on = k + 1 < len(doc) and doc[k].lower_ in cues.NAME_GOES_ON and _capitalised(doc[k + 1])
    if goes_on and head in _SOCIETY_HEADS and doc[k].lower_ == "of" and doc[k + 1].ent_type_ == "GPE":
        goes_on = False  # "United States Consumer Club of Dallas": the club's town, no word of its name
    return (k, taken) if head in cues.NAME_HEADS and not goes_on else (place.end, 0)


def _beside_event(doc: Doc, place: Span, k: int) -> bool:
    """The words place.end..k end in a tournament's "Open" that hangs where the place hangs: both modify the
    same noun after the name ("the US Open title", "China Open champion"). Only "Open": "the US Election
    campaign" is the country's election, no name of its own."""
    last = doc[k - 1]
    return k > place.end and _open_word(last) and last.head == place.root.head != last


def _country(place: Span, gaz: Gazetteer) -> bool:
    entry = gaz.lookup(place.text)
    return entry is not None and entry.cls == "Country"


def _name_word(token: Token) -> bool:
    """A capitalised word of a name: no title ("London Mayor"), day or month."""
    return (
        _capitalised(token)
        and token.is_alpha
        and (token.pos_ in ("PROPN", "NOUN") or _open_word(token))
        and not is_title_word(token)
        and token.lower_ not in cues.CALENDAR_WORDS
    )


def _open_word(token: Token) -> bool:
    """A capitalised "Open" in a sentence's midst, which the tagger often calls an adjective before a noun
    ("French Open champion X"): the tournament's name, as an adjective is not capitalised there."""
    return token.text == "Open" and not token.is_sent_start


class EntityMentions:
    """Callable pipeline component; one instance per pipeline (it holds a PhraseMatcher)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        register_extensions()
        self.gaz = gazetteer
        self.common = common_words(nlp)
        self.nouns_only = noun_only_words(nlp)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("GAZ", [nlp.make_doc(form) for form in gazetteer.surface_forms()])
        # GeoNames is data of the pipeline, as the gazetteer is: indexed here, with the model (about a
        # second), not inside the first article, so that forked workers inherit it, not each build its own
        geo_index()

    def __call__(self, doc: Doc) -> Doc:
        rows: list[MentionRow] = []
        taken = bytearray(len(doc))
        listed = listed_works(doc, title_end)
        channels = [c for c in channel_names(doc) if not _named_longer(doc, c)]
        channels += _regional_services(doc, channels, self.gaz)  # "BBC Scotland": no Scotland of its own
        channels += _exchanges_named_by_places(doc, self.gaz)  # read as the channels are: whole, over NER's
        ents = _with_administrations(doc, _with_model_numbers(doc, _with_particle_names(doc)))
        ents = _with_saints_places(doc, _with_treaties(doc, ents))
        for ent in _places_opening_names(doc, ents, self.gaz):
            if any(s < ent.end and ent.start < e for s, e in listed + channels):
                continue  # a title in a list of works, whatever NER made of it (kinds.cued_titles adds it)
            for row in self._from_ent(doc, ent):
                rows.append(row)
                rows += self._stripped_demonyms(doc, ent.start, row.tok_start)
                taken[row.tok_start : row.tok_end] = b"\x01" * (row.tok_end - row.tok_start)
        names = _channel_keys(doc, channels)
        for start, end in channels:  # "Radio 4", "BBC Two": NER finds "BBC" at most
            rows.append(_row(doc[start:end], "Organization", names[doc[start:end].text], CUED))
            taken[start:end] = b"\x01" * (end - start)
        matches = sorted(self.matcher(doc), key=lambda m: m[1] - m[2])  # gazetteer names, longest first
        rows = self._gazetteer_names_over_pieces(doc, matches, rows, taken)  # "Standard and Poor's"
        rows.extend(self._bodies_after_countries(doc, taken))  # "the U.S. Securities and Exchange Commission"
        rows.extend(self._gazetteer_matches(doc, matches, taken))
        rows.extend(
            _row(doc[start:end], kind, doc[start:end].text, CUED)
            for start, end, kind in cued_titles(doc, taken)
        )
        rows.extend(_quantified_affiliations(doc, taken))
        rows.extend(_one_word_ministries(doc, taken, self.gaz))
        rows.extend(_unnamed_towns(doc, taken, self.common, self.nouns_only))  # "a speech in Gateshead"
        rows = _with_award_categories(doc, rows, taken)  # (a title it finds is repeated too: first)
        named = [(r.tok_start, r.tok_end, r.cls) for r in rows]
        rows.extend(
            _row(doc[s:e], kind, doc[s:e].text, CUED) for s, e, kind in repeated_titles(doc, named, taken)
        )
        rows = settle_titles(rows)
        # "Tunisian Selima Sfar", "Ethiopia's Tirunesh Dibaba"
        rows = people_named_apart(doc, firms_named_as_people(doc, rows), self.gaz, self.common)
        rows = whole_firms(doc, rows, self.gaz, self.common)  # "Merrill Lynch, Pierce, Fenner and Smith Inc"
        rows = firms_listed_with_firms(doc, rows)  # "Yamaha Corp and Rohm"
        rows = _names_before_acronyms(doc, rows, self.gaz)  # "the London School of Economics (LSE)"
        rows = _units_named_by_country(doc, rows, self.gaz)  # "Nintendo UK general manager"
        for row in rows:
            taken[row.tok_start : row.tok_end] = b"\x01" * (row.tok_end - row.tok_start)
        rows.extend(_surname_mentions(doc, rows, taken))
        rows = _bodies_named_with_their_country(doc, rows, self.gaz)  # "the U.S. House ... the House"
        rows.sort(key=lambda r: r.start)
        doc._.kg_mentions = _with_acronyms(doc, rows)
        return doc

    def _from_ent(self, doc: Doc, ent: Span) -> list[MentionRow]:
        label = ent.label_
        if label in cues.NAMED_THING_LABELS and (things := self._named_things(doc, ent)):
            return things
        if (
            label in cues.LITERAL_LABELS
            and doc[ent.start].is_title
            and (kind := cued_kind(doc, ent.start, ent.end, label))
        ):
            return [_row(ent, kind, ent.text, CUED)]  # "their single Year 3000" (NER: a date)
        if label in cues.LITERAL_LABELS or label in cues.OTHER_LABELS:
            return [MentionRow(ent.start_char, ent.end_char, ent.start, ent.end, label, ent.text, ent.text)]
        if label == "NORP":
            return [self._norp(ent)]
        if label not in cues.CLASS_OF_LABEL:
            return []
        if label == "ORG" and len(ent) > 1 and ent[-1].text == "administration":
            return [_row(ent, "Organization", ent.text, CUED)]  # "the Reagan administration": no cut
        if label == "PERSON" and (of := _person_of_institution(ent)) is not None:
            # "Bruce Robinson of Basic American Foods": NER's one person is a person and the firm
            person = Span(doc, ent.start, of, label="PERSON")
            firm = Span(doc, of + 1, ent.end, label="PERSON")
            return self._from_ent(doc, person) + self._from_ent(doc, firm)
        if label == "PERSON" and _institution_name(ent):
            ent, label = Span(doc, ent.start, ent.end, label="ORG"), "ORG"
        named = names_in(doc, ent.start, ent.end, label == "PERSON", self.gaz)
        cut = [(b.start, b.end) for b in named] != [(ent.start, ent.end)]
        title = _whole_title(doc, ent) if label == "PERSON" and cut else None
        if title is not None and title_after_work_noun(doc, ent.start, ent.end):
            return [_row(title, "Work", title.text, CUED)]  # "the hit track Lady Marmalade"
        rows = []
        for bounds in named:
            row = self._name_row(doc, ent, bounds)
            if row is not None and row.cls != NORP and bounds.extent < bounds.start:
                row = row._replace(lead=row.start - doc[bounds.extent].idx)
            if row is not None:
                rows.append(row)
        return rows

    def _named_things(self, doc: Doc, ent: Span) -> list[MentionRow]:
        """Works, products and awards among MISC / PRODUCT / WORK_OF_ART names, where a cue says so (or,
        for PRODUCT and WORK_OF_ART, the label itself); the rest stay named things of no class."""
        rows = []
        for bounds in names_in(doc, ent.start, ent.end, False, self.gaz):
            span = doc[bounds.start : bounds.end]
            kind = cued_kind(doc, span.start, span.end, ent.label_) or cues.CLASS_OF_THING_LABEL.get(
                ent.label_
            )
            if kind is not None and _is_name(span, self.gaz) and self.gaz.lookup(span.text) is None:
                rows.append(_row(span, kind, span.text, CUED))
        return rows

    def _stripped_demonyms(self, doc: Doc, start: int, end: int) -> list[MentionRow]:
        """Demonyms NER put inside a name ("Russian Dmitriy Bogdanov", "New Zealander Peter Jackson") as
        mentions of their own."""
        whole = doc[start:end]
        if len(whole) > 1 and self.gaz.demonym(whole.text) is not None:
            spans = [whole]  # one demonym of two words
        else:
            spans = [doc[k : k + 1] for k in range(start, end)]
        rows = []
        for span in spans:
            country = self.gaz.demonym(span.text)
            if country is not None:
                rows.append(
                    MentionRow(
                        span.start_char, span.end_char, span.start, span.end, NORP, country.name, span.text
                    )
                )
        return rows

    def _norp(self, ent: Span) -> MentionRow:
        wider = ent.doc[ent.start - 1 : ent.end] if ent.start > 0 else ent
        if wider is not ent and self.gaz.demonym(wider.text) is not None:
            # "Northern Irishman", where NER's NORP is "Irishman": Northern Ireland's, not Ireland's
            ent = wider
        country = self.gaz.demonym(ent.text)
        if country is not None:
            return MentionRow(ent.start_char, ent.end_char, ent.start, ent.end, NORP, country.name, ent.text)
        entry = self.gaz.lookup(ent.text)
        if entry is not None and entry.cls == "Organization":  # "Democrats", "Taliban"
            return _row(ent, entry.cls, entry.name, GAZETTEER)
        return MentionRow(ent.start_char, ent.end_char, ent.start, ent.end, NORP, "", ent.text)

    def _name_row(self, doc: Doc, ent: Span, bounds: NameBounds) -> MentionRow | None:
        span = _whole_company(doc, doc[bounds.start : bounds.end])
        if span is not None:
            span = _initials_pair(doc, span, self.gaz)
        if span is None:
            return None
        if not _is_name(span, self.gaz):
            return None
        country = self.gaz.demonym(span.text)
        if country is not None:  # "Ukrainian territory" tagged as a place
            return MentionRow(
                span.start_char, span.end_char, span.start, span.end, NORP, country.name, span.text
            )
        entry = _fitting(self.gaz.lookup(span.text), bounds.gender)
        if entry is None and ent.label_ == "PERSON":
            entry = _party_of_members(span, self.gaz)
        if entry is None and len(span) == 1 and opening_common_word(span[0]) and before_title(doc, span.end):
            return None  # "Film director Quentin Tarantino": the title's domain, no name
        if (
            entry is None
            and ent.label_ == "PERSON"
            and opening_common_name(span, self.common)
            and not _big_city(span)
        ):
            return None  # "Verdict delay for ...": capitalised by its place (WordNet lists towns too)
        cls, key, flags = _type_of(ent.label_, span.text, entry)
        flags |= _GENDER_FLAGS.get(bounds.gender, 0)
        kind = cued_kind(doc, span.start, span.end, ent.label_) if entry is None else None
        if entry is None and cls == "Organization" and len(span) > 1 and _before_set_scores(span):
            # "beat unseeded Russian X 6-3 6-2" (bbc-sport-446): NER's organisation, a side of "beat" in a
            # report on sport, is a player
            cls, kind = "Person", None
        if kind is not None:
            cls, flags = kind, flags | CUED
        elif entry is None and cls == "Person" and not bounds.gender and _city_after_preposition(span):
            cls, flags = "City", flags | CUED
        elif entry is None and cls == "Person" and not bounds.gender and _country_named_as_person(doc, span):
            cls, flags = "Location", flags | CUED  # typed as NER types the place when it sees one
        elif (
            entry is None
            and cls in _HEAD_TYPED
            and initial_and_surname_only(span, self.gaz, cls == "Location")
        ):
            cls = "Person"  # a team sheet's "C Hodgson", whatever NER typed it
        if entry is None and cls in ("Location", "City") and _misspelt_month(span):
            return None  # "agreed in Paris in Febraury": a date the wire misspelt, no place
        if entry is None and _after_ship_noun(span):
            return None  # "the tanker Avaj": a ship, no entity
        root = span.root
        if entry is not None and entry.capital_of and _agentive(root):
            flags |= METONYM
        if _is_reporting_source(root):
            flags |= SOURCE
        if root.dep_ in ("compound", "amod", "nmod") and not span.start <= root.head.i < span.end:
            flags |= MODIFIER
        return _row(span, cls, key, flags)

    def _gazetteer_names_over_pieces(
        self, doc: Doc, matches: list[tuple[int, int, int]], rows: list[MentionRow], taken: bytearray
    ) -> list[MentionRow]:
        """A gazetteer name NER cut at its "and", "&" or possessive into pieces ("Standard" and a person
        "Poor" of "Standard and Poor's"): the whole name's row replaces the pieces inside it."""
        for _, start, end in matches:
            if not any(t.lower_ in _NAME_JOINTS for t in doc[start + 1 : end]):
                continue
            pieces = [r for r in rows if r.tok_start < end and start < r.tok_end]
            if not pieces or any(r.tok_start < start or r.tok_end > end for r in pieces):
                continue  # NER saw no name here, or one that runs out of the match: its reading stands
            entry = self.gaz.lookup(doc[start:end].text)
            if entry is None or not _standalone(doc, start, end):
                continue
            if _man_named_like(entry, doc, start):
                continue
            rows = [r for r in rows if r not in pieces]
            rows.append(_row(doc[start:end], entry.cls, entry.name, GAZETTEER))
            taken[start:end] = b"\x01" * (end - start)
        return rows

    def _bodies_after_countries(self, doc: Doc, taken: bytearray) -> list[MentionRow]:
        """A country's abbreviation and the public body's name after it, which NER misses whole there ("the
        U.S. Securities and Exchange Commission", "the US Environmental Protection Agency"): the country is
        the body's home (loaders.facts.roles), the name the capitalised words up to the body's noun."""
        rows = []
        for k, text in enumerate(doc_words(doc).texts[:-2]):
            if not text.isupper() or taken[k] or not doc[k + 1].is_title:
                continue  # (an abbreviation is in capitals: most words make no Token)
            entry = country_abbreviation(doc[k], self.gaz)
            if entry is None:
                continue
            end = agency_name_end(doc, k + 1, taken)
            if end is None:
                continue
            body = doc[k + 1 : end]
            rows += [
                _row(doc[k : k + 1], "Country", entry.name, GAZETTEER),
                _row(body, "Organization", body.text, CUED),
            ]
            taken[k:end] = b"\x01" * (end - k)
        return rows

    def _gazetteer_matches(
        self, doc: Doc, matches: list[tuple[int, int, int]], taken: bytearray
    ) -> list[MentionRow]:
        """Gazetteer names NER missed, longest first, not inside a longer proper name."""
        rows = []
        for _, start, end in matches:
            if any(taken[start:end]) or _opening_name_before(doc, start) or _ends_body_name(doc, start):
                continue
            gender = title_gender(doc, start)
            entry = _fitting(self.gaz.lookup(doc[start:end].text), gender)
            if entry is None or not (_standalone(doc, start, end) or _body_country(doc, end, entry)):
                continue
            if _man_named_like(entry, doc, start):
                continue
            span = doc[start:end]
            flags = GAZETTEER | (METONYM if entry.capital_of and _agentive(span.root) else 0)
            flags |= SOURCE if _is_reporting_source(span.root) else 0
            rows.append(_row(span, entry.cls, entry.name, flags | _GENDER_FLAGS.get(gender, 0)))
            taken[start:end] = b"\x01" * (end - start)
        return rows


def _ends_body_name(doc: Doc, start: int) -> bool:
    """A name after a body's head and "of" is the end of the body's name ("the Bank of England", where NER
    finds nothing): no place or firm of its own (kinds.body_names reads the whole name)."""
    return start >= 2 and opens_body_name(doc, start - 2)


def _man_named_like(entry: GazEntry, doc: Doc, start: int) -> bool:
    """ "Mr McDonald's team": a gazetteer name after an honorific is a person's, however a firm or a place is
    named (both readers of gazetteer names ask it)."""
    return entry.cls != "Person" and start > 0 and doc[start - 1].lower_ in cues.HONORIFICS


def _body_country(doc: Doc, end: int, entry: GazEntry) -> bool:
    """A country before a government body's name, head first ("the US Department of Agriculture"): the
    body's home, no part of its name (kinds.body_names reads the name)."""
    return entry.cls == "Country" and opens_body_name(doc, end)


#: Words inside a name where NER cuts it: "Standard and Poor's", "Trinidad and Tobago", "Royal Dutch/Shell
#: Group" (cut to "Shell Group" and a demonym, judges' seed 938).
_NAME_JOINTS = frozenset({"and", "&", "'s", "/"})


def _channel_keys(doc: Doc, channels: list[tuple[int, int]]) -> dict[str, str]:
    """Each channel's name, and the fuller name the text gives it elsewhere: "Radio 4" after "BBC Radio 4"
    is that channel (its owner's acronym left out)."""
    written = {doc[s:e].text for s, e in channels}
    fuller = {name.split(" ", 1)[1]: name for name in written if " " in name and name.split()[0].isupper()}
    return {name: fuller.get(name, name) for name in written}


def _regional_services(doc: Doc, channels: list[tuple[int, int]], gaz: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of a broadcaster's service for a place: "BBC Scotland", "BBC Radio Wales", "ITV London",
    "BBC Wales Sport". NER finds the place alone, or nothing; the place is the service's name, no place the
    text speaks of (nobody "told Scotland"). Read with the channels: one organisation, its whole name."""
    found: list[tuple[int, int]] = []
    for token in words_matching(doc, cues.BROADCASTER_ACRONYMS):
        k = token.i + 1
        if k < len(doc) and doc[k].text in cues.SERVICE_WORDS:
            k += 1  # "BBC Radio Scotland", "BBC Sport Wales"
        place_end = next((e for e in (k + 2, k + 1) if e <= len(doc) and _place_name(doc[k:e], gaz)), None)
        if place_end is None or any(s < place_end and token.i < e for s, e in channels):
            continue
        desk = place_end < len(doc) and doc[place_end].text in cues.SERVICE_WORDS  # "BBC Wales Sport"
        end = place_end + 1 if desk else place_end
        if _one_phrase(doc[token.i : end]) and not _other_name_after(doc, token.i, end):
            found.append((token.i, end))
    return found


def _exchanges_named_by_places(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of an exchange its city names: "the London Stock Exchange", "the Tokyo Stock Exchange",
    "the London Metal Exchange". NER finds nothing there, or the city alone (a place the text does not
    speak of); the gazetteer's city and one or two capitalised words before "Exchange" are the name."""
    found: list[tuple[int, int]] = []
    for token in words_matching(doc, cues.EXCHANGE_WORD):
        end = token.i + 1
        if end < len(doc) and _capitalised(doc[end]):
            continue  # the name goes on: "the US Securities Exchange Act"
        for middle, place in ((1, 2), (1, 1), (2, 2), (2, 1)):
            start = token.i - middle - place
            if start >= 0 and _exchange_name(doc[start : start + place], doc[start + place : token.i], gaz):
                found.append((start, end))
                break
    return found


def _exchange_name(place: Span, words: Span, gaz: Gazetteer) -> bool:
    """A city and the capitalised words of an exchange's kind after it ("London" "Metal"); not a country,
    which would make the exchange's home of its name (as in :func:`_name_after_place`)."""
    entry = gaz.lookup(place.text) if all(_capitalised(w) and w.is_alpha for w in words) else None
    return entry is not None and entry.cls in cues.PLACE_CLASSES and entry.cls != "Country"


def _other_name_after(doc: Doc, start: int, end: int) -> bool:
    """The place opens a clause or a longer name: "told the BBC Liverpool were unlikely...", "ITV London
    Most Promising Newcomer"."""
    if end == len(doc):
        return False
    clause = start > 0 and doc[start - 1].lower_ == "the" and doc[end].pos_ in ("AUX", "VERB")
    return clause or _capitalised(doc[end])


def _one_phrase(span: Span) -> bool:
    """The parser makes the words one phrase: one of them only hangs outside it."""
    return sum(1 for t in span if t.head == t or not span.start <= t.head.i < span.end) == 1


def _place_name(span: Span, gaz: Gazetteer) -> bool:
    entry = gaz.lookup(span.text) if span.text[:1].isupper() else None
    return entry is not None and entry.cls in cues.PLACE_CLASSES


def _named_longer(doc: Doc, channel: tuple[int, int]) -> bool:
    """NER's name ends with the channel's and starts before it ("Kestrel Radio 5"): the name is NER's."""
    return any(e.end == channel[1] and e.start < channel[0] for e in doc.ents)


def _with_award_categories(doc: Doc, rows: list[MentionRow], taken: bytearray) -> list[MentionRow]:
    """Award categories ("best actress") as mentions; a demonym inside one ("best British group") is part
    of the category, not a mention of its country."""
    free = bytearray(taken)
    for row in rows:
        if row.cls == NORP:
            free[row.tok_start : row.tok_end] = b"\x00" * (row.tok_end - row.tok_start)
    found = award_categories(doc, free)
    if not found:
        return rows
    inside = {k for start, end in found for k in range(start, end)}
    rows = [row for row in rows if not (row.cls == NORP and row.tok_start in inside)]
    for start, end in found:
        rows.append(_row(doc[start:end], "Award", doc[start:end].text, CUED))
        taken[start:end] = b"\x01" * (end - start)
    return _works_after_categories(doc, rows, found, taken)


def _works_after_categories(
    doc: Doc, rows: list[MentionRow], categories: list[tuple[int, int]], taken: bytearray
) -> list[MentionRow]:
    """ "best actor for The Aviator": the title after a category's "for" is a work, also where NER took it
    for a firm or a thing of no class ("for Vera Drake"), never a gazetteer's name."""
    free = bytearray(taken)
    for row in rows:
        if row.cls in _GUESSED and not row.flags & GAZETTEER:
            free[row.tok_start : row.tok_end] = b"\x00" * (row.tok_end - row.tok_start)
    titles = [
        (s, e)
        for s, e in category_titles(doc, categories, free, title_end)
        if all(s <= r.tok_start and r.tok_end <= e for r in rows if r.tok_start < e and s < r.tok_end)
    ]
    rows = [r for r in rows if not any(r.tok_start < e and s < r.tok_end for s, e in titles)]
    for start, end in titles:
        rows.append(_row(doc[start:end], "Work", doc[start:end].text, CUED))
        taken[start:end] = b"\x01" * (end - start)
    return rows


#: NER's classes a title after an award's category may have been given ("for Vera Drake": a firm); not a
#: place's, which NER gives people's names there too ("for Cate Blanchett").
_GUESSED = frozenset({"Organization", "MISC"})


#: Words of which one names a body, in a name an acronym spells ("Food and Drug Administration (FDA)", "London
#: School of Economics (LSE)"; not "Most Favoured Nation (MFN)").
_ACRONYM_NAME_WORDS = cues.NAME_HEADS | {"school", "exchange", "government", "cabinet", "administration"}
#: Words inside a name that give no letter to its acronym ("London School of Economics (LSE)",
#: "Information Commissioner's Office (ICO)", "US Anti-Doping Agency (USADA)").
_NO_INITIAL = frozenset({"of", "and", "for", "the", "on", "&", "'s", "’s", "-"})


def _names_before_acronyms(doc: Doc, rows: list[MentionRow], gaz: Gazetteer) -> list[MentionRow]:
    """A name NER missed or cut, told by the acronym in brackets after it: the capitalised words right
    before "(LSE)" whose initials spell it, each word giving its initial and no other capitalised word
    between ("the London School of Economics (LSE)", "the Information Commissioner's Office (ICO)"), one of
    them a word that names a body. The name replaces NER's mentions of its parts ("Transport" and "General
    Workers Union" of "the Transport and General Workers Union (TGWU)"); the acronym becomes its alias
    (:func:`_with_acronyms`)."""
    found = []
    texts = doc_words(doc).texts  # (the Doc's shared words: no Token per word)
    for k in range(1, len(doc) - 2):
        if texts[k] != "(" or texts[k + 2] != ")" or not _acronym_shape(texts[k + 1]):
            continue
        start = _name_spelt(doc, k, doc[k + 1].text, gaz)
        end = k - 1 if doc[k - 1].text in ("'s", "’s") else k  # "the Chicago Mercantile Exchange's (CME)"
        if start is None or not any(t.lower_ in _ACRONYM_NAME_WORDS for t in doc[start:end]):
            continue  # "Most Favoured Nation (MFN)", "Really Simple Syndication (RSS)": no body's name
        inside = [r for r in rows if r.tok_start < end and start < r.tok_end]
        if any(
            r.tok_start < start or r.tok_end > end or (r.tok_start, r.tok_end) == (start, end) for r in inside
        ):
            continue  # a longer name NER found, or this very name
        if any(r.cls == "Country" for r in inside) and any(r.tok_end == end for r in inside):
            continue  # "the US Anti-Doping Agency (USADA)": the country is its home (_places_opening_names)
        span = doc[start:end]
        entry = gaz.lookup(span.text)
        if entry is not None:
            row = _row(span, entry.cls, entry.name, GAZETTEER)
        else:
            kind = cued_kind(doc, start, end, "ORG")
            cls = kind or _type_of("ORG", span.text, None)[0]
            row = _row(span, cls, span.text, CUED if kind else 0)
        rows = [r for r in rows if r not in inside]
        found.append(row)
    return sorted(rows + found, key=lambda r: r.start) if found else rows


#: Last words no person's name ends in: an institution's noun, and a firm's ("Airlines") that no name
#: runs back over "and" to (loaders.entities.firms): "American and United Airlines" are two.
_PERSONLESS_ENDS = cues.INSTITUTION_HEADS | cues.FIRM_END_WORDS


def _institution_name(ent: Span) -> bool:
    """A name of several words that ends in an institution's noun ("Wing Lung Bank", "Clark Project"): NER's
    person is an organisation, and its first word no title to cut off ("Wing" is a rugby position too). Not
    the domain of a title after it ("Swiss Economics Minister X"), nor a name with a particle."""
    last, doc = ent[-1], ent.doc
    if ent.end < len(doc) and is_title_word(doc[ent.end]):
        return False
    if len(ent) > 1 and any(t.lower_ in cues.FOREIGN_FIRM_WORDS for t in ent):
        return True  # "Kokusai Denshin Denwa", "Banca Nazionale del Lavoro": whatever particle it holds
    if any(t.lower_ in cues.NAME_PARTICLES for t in ent[1:-1]):
        return False  # a particle makes it a person's name ("Rob Da Bank", a disc jockey)
    if len(ent) > 2 and last.lower_.rstrip(".") in cues.ENGLISH_LEGAL_FORMS:
        return True  # "Diamond Shamrock Refining and Marketing Co": as a person's, cut at "and"
    return len(ent) > 1 and last.is_title and last.lower_.rstrip(".") in _PERSONLESS_ENDS  # "Tyson Foods."


def _person_of_institution(ent: Span) -> int | None:
    """The "of" of a person's full name and an institution's name NER took for one person ("Bruce Robinson
    of Basic American Foods", judges' seed 938): two or more capitalised words before it, none an
    institution's noun, and a name after it that ends in one (else the whole span was typed the firm's)."""
    ofs = [t.i for t in ent if t.lower_ == "of"]
    if len(ofs) != 1 or ofs[0] - ent.start < 2:
        return None
    before, after = ent.doc[ent.start : ofs[0]], ent.doc[ofs[0] + 1 : ent.end]
    if not all(t.is_title and t.lower_ not in _PERSONLESS_ENDS for t in before):
        return None
    return ofs[0] if len(after) and _institution_name(after) else None


def _acronym_shape(text: str) -> bool:
    """ "LSE", "UKIP": two to six capital letters."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _name_spelt(doc: Doc, k: int, acronym: str, gaz: Gazetteer) -> int | None:
    """Start of the words before doc[k] whose initials spell ``acronym`` (a word in capitals gives all its
    letters: "UK Independence Party (UKIP)"), or None."""
    letters, first = acronym, k
    for j in range(k - 1, -1, -1):
        token = doc[j]
        if token.lower_ in _NO_INITIAL and not token.is_title:
            continue
        if not token.is_alpha or not token.text[0].isupper():
            return None
        given = token.text if token.is_upper else token.text[0]
        if not letters.endswith(given):
            return None
        letters, first = letters[: -len(given)], j
        if not letters or token.is_sent_start:
            break
    if first > 0 and _joined_before(doc[first - 1 : first], gaz):
        return None  # "the Region 2 Border Patrol Police (BPP)": a longer name
    return first if not letters and first < k - 1 else None


def _joined_before(before: Span, gaz: Gazetteer) -> bool:
    """A number or a name right before a name, which it may be part of; not a country, the home of what
    it names ("the US Food and Drug Administration (FDA)")."""
    word = before[0]
    name = word.pos_ == "PROPN" and word.text[:1].isupper()
    return (word.like_num or name) and not _country(before, gaz)


def _city_after_preposition(span: Span) -> bool:
    """A one-word name NER took for a person, object of a preposition of place and the name of a large
    town ("the gig in Glasgow"): NER's model knows too few towns, GeoNames knows them all."""
    root = span.root
    if len(span) != 1 or root.dep_ != "pobj" or root.head.lower_ not in _PLACE_PREPOSITIONS:
        return False
    return _big_city(span)


def _country_named_as_person(doc: Doc, span: Span) -> bool:
    """A one-word name NER took for a person that GeoNames knows as a country or territory ("moved its
    domicile to Bermuda": judges' seed 929 had Bermuda a person), unless a person named in full in the
    text begins or ends with it ("Michael Jordan ... Jordan")."""
    if len(span) != 1 or geo_index().country([span.text]) is None:
        return False
    return not any(
        e.label_ == "PERSON" and len(e) > 1 and span.text in (e[0].text, e[-1].text) for e in doc.ents
    )


def _big_city(span: Span) -> bool:
    cities = geo_index().city_candidates([span.text], alternates=False)
    return any(city.population >= _BIG_CITY for city in cities)


def _row(span: Span, cls: str, key: str, flags: int) -> MentionRow:
    return MentionRow(span.start_char, span.end_char, span.start, span.end, cls, key, span.text, flags)


def _party_of_members(span: Span, gaz: Gazetteer) -> GazEntry | None:
    """The party whose members' plural the gazetteer knows, for a name NER took for a person's: "the Lib Dem
    leader", "Lib Dem plan" ("Lib Dems" -> Liberal Democrats; r22g). NER's person there stayed a person's
    node beside the party's, barring "leaderOf". Two words, or one whose party's name says it is a party:
    "McDonald" is a surname, not "McDonalds". (A gazetteer alias "Lib Dem" would take the words of "Lib Dem
    MP Jane Smith" from the person; NER's span here is the party's word alone.)"""
    words = span.text
    if not words[:1].isupper() or words.endswith("s") or len(span) > 2:
        return None
    entry = gaz.lookup(words[:-1] + "ies" if words.endswith("y") else words + "s")  # "Tory" -> "Tories"
    if entry is None or entry.cls != "Organization":
        return None
    return entry if len(span) == 2 or entry.name.endswith(" Party") else None


def _fitting(entry: GazEntry | None, gender: str) -> GazEntry | None:
    """The gazetteer's entry unless the title says another gender ("Mrs Blair" is not Tony Blair)."""
    if entry is None or not gender or not entry.gender or entry.gender == gender:
        return entry
    return None


def _is_name(span: Span, gaz: Gazetteer) -> bool:
    """Something name-like is left: letters, a capital, not a generic word on its own ("Treasury"), not a
    stock ticker in angle brackets ("<ERIC ST>": the company's ticker at most, see _with_acronyms), nor a
    column word of an earnings table ("Avg", "Revs"), nor "the Bill" alone, nor a disease ("TB")."""
    text = span.text  # (spaCy joins a span's text anew at every read: read once)
    if not any(c.isalpha() for c in text) or not any(_capitalised(t) for t in span):
        return False
    if _in_ticker_brackets(span) or _credit_rating(span) or _time_zone(span) or text in cues.DISEASES:
        return False
    if text in cues.TRADE_NAMES or text in cues.TABLE_WORDS or _bare_law(span):
        return False
    if _currency(span, gaz):
        return False
    return len(span) > 1 or text.lower() not in cues.GENERIC_NAME_WORDS or gaz.lookup(text) is not None


def _time_zone(span: Span) -> bool:
    """A time zone after a clock time, no name: "at 1400 MDT (1600 EDT)", "noon EST", "9 a.m. CST" (NER
    made "MDT" a firm; r22g). Not the letters alone ("GMT" is a brand of watch, "CST" a firm's ticker)."""
    if len(span) != 1 or span.text not in cues.TIME_ZONES or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.text == "(" and span.start > 1:
        before = span.doc[span.start - 2]
    return before.like_num or before.lower_ in ("noon", "midnight", "a.m.", "p.m.", "am", "pm")


def _currency(span: Span, gaz: Gazetteer) -> bool:
    """A currency as a rate table writes it, no name: its word after its country's adjective, or before a
    rate or a date ("Dutch Guilder", "Deutsche Mark", "Swiss Franc Sept 16", "Peseta 163.996"), with at most
    a month, a number or a table's "N/A" after it in the span. NER made such words people, whose adjective
    then gave citizenOf. A word that is a name as often ("Mark", "Rand") counts only after the adjective;
    "Simon Bolivar" is no currency (a name's word before it)."""
    doc = span.doc
    k = 1 if len(span) > 1 and _country_adjective(span[0], gaz) else 0
    word = span[k]
    if not word.is_title or word.lower_ not in cues.CURRENCY_WORDS:
        return False
    if not all(_table_filler(t) for t in span[k + 1 :]):
        return False
    adjective = k == 1 or (span.start > 0 and _country_adjective(doc[span.start - 1], gaz))
    if adjective or word.lower_ in cues.NAME_LIKE_CURRENCY_WORDS:
        return adjective
    after = span[k + 1] if len(span) > k + 1 else (doc[span.end] if span.end < len(doc) else None)
    return after is not None and (after.like_num or _month_word(after))


def _country_adjective(token: Token, gaz: Gazetteer) -> bool:
    """A country's adjective or name before its currency: "Dutch", "Kuwait", "Deutsche" (German's own)."""
    if token.text == "Deutsche" or gaz.demonym(token.text) is not None:
        return True
    entry = gaz.lookup(token.text)
    return entry is not None and entry.cls == "Country"


def _table_filler(token: Token) -> bool:
    """A month, a number or a rate table's "N/A" after a currency's name."""
    return token.like_num or _month_word(token) or not token.is_alpha or (len(token) == 1 and token.is_upper)


def _month_word(token: Token) -> bool:
    lower = token.lower_.rstrip(".")
    return lower in cues.MONTH_NAMES or lower in cues.MONTH_ABBREVIATIONS


def _bare_law(span: Span) -> bool:
    """ "the Bill", "The Act" opening a sentence: a law or bill the text named in full, not a name (NER tags
    it a person); not "The Bill" inside a sentence, where only a title capitalises the article."""
    if len(span) != 1 or span[0].lower_ not in cues.LAW_HEAD_NOUNS or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text == "the" or (before.text == "The" and bool(before.is_sent_start))


def _credit_rating(span: Span) -> bool:
    """A debt's grade, no name: notched ("B-minus", "Baa-1", or a grade NER took without its "-minus"), or
    bare between "to" and "from" ("cut to CCC from B"). A bare grade elsewhere is left alone: "CCC" is also
    the Commodity Credit Corporation, "AA" the motoring body; so is a capital and a digit ("B-2" bomber)."""
    doc, text = span.doc, span.text
    if _NOTCHED.fullmatch(text):
        return True
    if not _GRADE.fullmatch(text):
        return False
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "-" and _NOTCHED.fullmatch(text + "-" + after[1].text):
        return True
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return (before, after[0].lower_ if len(after) else "") in (("to", "from"), ("from", "to"))


def _in_ticker_brackets(span: Span) -> bool:
    """Reuters' ticker between '<' and '>': a code in capitals ("ERIC ST", "BBCZ.Z"), not a company's name
    in capitals ("<CLARY CORP>": a legal form makes it a name)."""
    doc = span.doc
    if (
        span.start == 0
        or span.end >= len(doc)
        or doc[span.start - 1].text != "<"
        or doc[span.end].text != ">"
    ):
        return False
    return len(span) <= 2 and all(
        _TICKER_PART.fullmatch(t.text) and t.lower_ not in cues.LEGAL_FORMS for t in span
    )


def _type_of(label: str, surface: str, entry: GazEntry | None) -> tuple[str, str, int]:
    if entry is not None:
        return entry.cls, entry.name, GAZETTEER
    cls = cues.CLASS_OF_LABEL[label]
    if cls in _HEAD_TYPED:  # the name's last word says what it is ("Custer National Forest")
        words = surface.lower().split()
        last = words[-1]
        if last in cues.PLACE_HEAD_NOUNS or (len(words) > 1 and words[0] in cues.PLACE_FIRST_WORDS):
            cls = "Location"
        elif last in cues.ORG_HEAD_NOUNS or last in _LAB_WORDS:
            cls = "Organization"
    return cls, surface, 0


def _whole_company(doc: Doc, span: Span) -> Span | None:
    """A legal form NER took alone ("Inc" of "Presidential Airways Inc", whose first word reads as an
    adjective) with the capitalised words before it; None when there are none: "Inc" is nobody's name."""
    if len(span) > 1 or span[0].lower_.rstrip(".") not in cues.LEGAL_FORMS:
        return span
    start = span.start
    while start > 0 and span.start - start < _MAX_NAME_WORDS and _free_capital(doc[start - 1]):
        start -= 1
    return doc[start : span.end] if start < span.start else None


def _initials_pair(doc: Doc, span: Span, gaz: Gazetteer) -> Span | None:
    """A firm named by two initials and "and" ("S and P", "A and P", "AT and T", "P and O"), which NER tags
    as the last letter, or as two names (judges' seed 936: "Compass Foods subsidiaryOf P"): the whole pair;
    None for the first of two letters NER tagged apart, which the second's mention takes. Not a country's
    abbreviation ("UK and US"), a pair after a capitalised word ("Class A and B", "America NT and SA"), nor
    one that modifies a noun after it ("A and B shares")."""
    if len(span) != 1 or not _initial(span[0], gaz):
        return span
    k = span.start
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "and" and _initial(doc[span.end + 1], gaz):
        if not _firm_pair(doc, k, span.end + 2):
            return span
        return None if doc[span.end + 1].ent_type_ else doc[k : span.end + 2]
    if (
        k >= 2
        and doc[k - 1].lower_ == "and"
        and _initial(doc[k - 2], gaz)
        and _firm_pair(doc, k - 2, span.end)
    ):
        return doc[k - 2 : span.end]
    return span


def _initial(token: Token, gaz: Gazetteer) -> bool:
    return token.is_alpha and token.is_upper and len(token) <= 2 and gaz.lookup(token.text) is None


def _firm_pair(doc: Doc, start: int, end: int) -> bool:
    """Nothing but the pair names the firm: no capitalised word before it, no noun it modifies after it."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.is_alpha and before.text[0].isupper() and not before.is_sent_start:
        return False
    return after is None or not (after.is_lower and after.pos_ == "NOUN")


def _free_capital(token: Token) -> bool:
    return _capitalised(token) and token.is_alpha and not token.ent_type_  # not in another name


def _capitalised(token: Token) -> bool:
    """ "Kyiv", "NATO", and names with inner capitals ("McAllen", "ExxonMobil"), not "HK$6.31bn"."""
    return token.is_title or token.is_upper or (token.is_alpha and token.text[0].isupper())


def _standalone(doc: Doc, start: int, end: int) -> bool:
    """Not inside a longer proper name; a title before it is no part of a name ("Mr Blair")."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and is_title_word(before):
        before = None
    return not any(
        t is not None and t.pos_ == "PROPN" and t.is_title and not t.is_sent_start for t in (before, after)
    )


def _opening_name_before(doc: Doc, start: int) -> bool:
    """A name opens the sentence right before a gazetteer's match: "Real Madrid midfielder X", whose first
    word NER left out and :func:`_standalone` lets pass at a sentence's start (not a common word that opens
    it: "Film fans in Madrid", nor a title: "President Bush")."""
    if start == 0:
        return False
    before = doc[start - 1]
    return (
        bool(before.is_sent_start)
        and before.pos_ == "PROPN"
        and before.is_title
        and not is_title_word(before)
        and not opening_common_word(before)
    )


def _quantified_affiliations(doc: Doc, taken: bytearray) -> list[MentionRow]:
    """ "All Blacks captain X", "No Doubt singer Y": a name that "All" or "No" opens, before a title, that NER
    left unnamed. Made here, with its first word, before the titles take the words after it for the
    organisation (a "Blacks" or a "Doubt" is another name)."""
    rows = []
    for token in words_matching(doc, NAME_QUANTIFIER_WORDS):  # (the words it can open with, not every token)
        k = token.i
        if taken[k] or not opening_quantifier(token):
            continue
        end = k + 1
        while end < len(doc) and end - k <= _MAX_NAME_WORDS and _free_capital(doc[end]) and not taken[end]:
            if is_title_word(doc[end]):
                break
            end += 1
        if end > k + 1 and before_title(doc, end):
            rows.append(_row(doc[k:end], "Organization", doc[k:end].text, CUED))
            taken[k:end] = b"\x01" * (end - k)
    return rows


_MINISTRY_WORDS = capitalised_words(cues.ONE_WORD_MINISTRIES)
#: What may follow a ministry's one-word name that heads its phrase: not a noun it modifies ("Treasury
#: bills", "Treasury Secretary"), nor a number or an adjective of one, nor any capitalised word.
_MODIFIED_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ"})


def _one_word_ministries(doc: Doc, taken: bytearray, gaz: Gazetteer) -> list[MentionRow]:
    """ "the Treasury said", "reports from the US Treasury", "the Treasury's financing needs": the ministry,
    which NER misses or tags as a word too common to be a name alone (cues.GENERIC_NAME_WORDS). Only after
    "the" or a country's abbreviation (the country is its home, as for "the U.S. Agriculture Department"),
    never where the word modifies a noun after it."""
    rows = []
    for token in words_matching(doc, _MINISTRY_WORDS):
        k = token.i
        if taken[k] or k == 0:
            continue
        before = doc[k - 1]
        if before.lower_ != "the" and country_abbreviation(before, gaz) is None:
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is not None and (after.pos_ in _MODIFIED_POS or after.text[:1].isupper()):
            continue  # "Treasury bills", "the US Treasury Under-Secretary X": a word of what follows
        # a country NER left unread is no home the roles can read: it stays in the name as written ("US
        # Treasury"), the ministry's name the word alone
        start = k - 1 if before.lower_ != "the" and not taken[k - 1] else k
        rows.append(_row(doc[start : k + 1], "Organization", token.text, CUED))
        taken[start : k + 1] = b"\x01" * (k + 1 - start)
    return rows


def _unnamed_towns(
    doc: Doc, taken: bytearray, common: frozenset[str], nouns_only: frozenset[str]
) -> list[MentionRow]:
    """A one-word town NER saw no name in, right after "in" or before "-based" ("a speech in Gateshead",
    "the Bracknell-based firm"), typed as NER types a place: a proper noun alone (no capitalised word or
    possessive beside it), no word of the language ("in Reading", "in March") unless the word is one the
    language has as a noun only and the text never writes it in lower case (:func:`_town_word`), no surname of
    a person the text names, and a town of at least _UNNAMED_TOWN people in GeoNames."""
    rows = []
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
    words = doc_words(doc)  # the Doc's shared word lists: no Token made for the other words
    lower_words = {text for text in words.texts if text.islower()}  # (Token.is_lower is str.islower)
    # only a proper noun can be a town's word (_town_word's first test): no Token made for the others
    poses = words.poses
    for token in (doc[k] for k in range(1, len(doc)) if poses[k] == "PROPN" and not taken[k]):
        k = token.i
        if not _town_word(token, common, nouns_only, lower_words) or not _standalone(doc, k, k + 1):
            continue
        if token.text in surnames or not (_after_in(doc, k) or _before_based(doc, k)):
            continue
        if not any(c.population >= _UNNAMED_TOWN for c in geo_index().city_candidates([token.text], False)):
            continue
        rows.append(_row(doc[k : k + 1], "Location", token.text, 0))
        taken[k] = 1
    return rows


def _town_word(
    token: Token, common: frozenset[str], nouns_only: frozenset[str], lower_words: set[str]
) -> bool:
    """A capitalised proper noun inside its sentence that is no word of the language, or one the lemmatizer
    knows only as a noun and the text never writes in lower case: WordNet lists "Aberdeen" and "Cannes" as
    nouns, which kept "in Aberdeen" and "in Cannes" unnamed; "reading" of "in Reading" is a noun only too,
    and stays a word where the text writes it so."""
    lower = token.lower_
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.is_title
        and not token.ent_type_
        and not token.is_sent_start
        and (lower not in common or (lower in nouns_only and lower not in lower_words))
        and lower not in cues.CALENDAR_WORDS
    )


def _after_in(doc: Doc, k: int) -> bool:
    """ "in Gateshead" ending its phrase: not "in Gateshead's", nor a word that modifies a noun after it."""
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and (after.tag_ == "POS" or after.pos_ in ("NOUN", "PROPN", "NUM")):
        return False
    return doc[k - 1].lower_ == "in" and doc[k].dep_ == "pobj"


def _before_based(doc: Doc, k: int) -> bool:
    return k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k + 2].lower_ == "based"


def _bodies_named_with_their_country(doc: Doc, rows: list[MentionRow], gaz: Gazetteer) -> list[MentionRow]:
    """ "the U.S. House", "the US Air Force": a body whose name says nothing without its country
    (cues.COUNTRY_BODY_NAMES), which NER tags apart from the country's abbreviation before it, is named with
    the country ("United States House"); the country stays a mention of its own (the body's home). The bare
    name elsewhere in the text ("the House said") is the same body, when the text gives it one country."""
    homes: dict[str, set[str]] = {}
    for row in rows:
        if row.cls != "Organization" or row.key.lower() not in cues.COUNTRY_BODY_NAMES or row.tok_start == 0:
            continue
        entry = country_abbreviation(doc[row.tok_start - 1], gaz)
        if entry is not None:
            homes.setdefault(row.key.lower(), set()).add(f"{entry.name} {row.key}")
    named = {bare: next(iter(names)) for bare, names in homes.items() if len(names) == 1}
    if not named:
        return rows
    # in any case: a Reuters headline's "AIR FORCE" is the body its story names
    return [
        r._replace(key=named[r.key.lower()]) if r.cls == "Organization" and r.key.lower() in named else r
        for r in rows
    ]


def _units_named_by_country(doc: Doc, rows: list[MentionRow], gaz: Gazetteer) -> list[MentionRow]:
    """ "Nintendo UK general manager X", "X, chief executive of AOL UK": a firm's name with a country right
    after it, in a post's place, is one name, the firm's unit for that country (outside articles bbc-tech-160
    and bbc-tech-392 had the country led or the man its citizen). NER finds the two apart; NER's place for
    the firm's word counts as the firm where the gazetteer knows no such place. Not a firm and a country
    elsewhere ("Sony UK sales"): there the country may be the market the text speaks of."""
    by_start = {r.tok_start: r for r in rows}
    units = []
    for row in rows:
        country = by_start.get(row.tok_end)
        if country is None or not names_a_region(country.surface, gaz) or not _firm_name_row(row, gaz):
            continue
        glued = doc[row.tok_end - 1].whitespace_ == " "
        if not glued or not _in_posts_place(doc, row.tok_start, country.tok_end):
            continue
        span = doc[row.tok_start : country.tok_end]
        units.append((row, country, _row(span, "Organization", span.text, CUED)))
    if not units:
        return rows
    parts = {id(r) for row, country, _ in units for r in (row, country)}
    return [r for r in rows if id(r) not in parts] + [unit for _, _, unit in units]


def _firm_name_row(row: MentionRow, gaz: Gazetteer) -> bool:
    if row.cls == "Organization":
        return True
    return row.cls == "Location" and gaz.lookup(row.surface) is None


def _in_posts_place(doc: Doc, start: int, end: int) -> bool:
    """A lower-case title follows the name ("... UK general manager", "... UK managing director"), or a title
    and "of" or "at" come before it ("Chief Executive of AOL UK")."""
    if before_title(doc, end) or (end < len(doc) and doc[end].text in cues.TITLE_OPENERS):
        return True
    return start >= 2 and doc[start - 1].lower_ in ("of", "at") and is_title_word(doc[start - 2])


def _surname_mentions(doc: Doc, rows: list[MentionRow], taken: bytearray) -> list[MentionRow]:
    """The surname of a person named in full, where NER missed it on its own ("Lopez said"): in one text a
    surname names the one person of that surname (the coreference joins it to the full name)."""
    surnames = {row.key.rsplit(" ", 1)[-1] for row in rows if row.cls == "Person" and " " in row.key}
    found: list[MentionRow] = []
    if not surnames:
        return found
    for k, word in enumerate(doc_words(doc).texts):
        if word not in surnames or taken[k]:
            continue
        token = doc[k]
        if token.pos_ != "PROPN" or not _standalone(doc, k, k + 1):
            continue
        flags = _GENDER_FLAGS.get(title_gender(doc, k), 0) | (SOURCE if _is_reporting_source(token) else 0)
        if token.dep_ in ("compound", "amod", "nmod"):
            flags |= MODIFIER
        found.append(_row(doc[k : k + 1], "Person", token.text, flags))
        taken[k] = 1
    return found


def _agentive(root: Token) -> bool:
    """True when a (capital-city) name acts as an agent: subject of an action, possessor of a stance."""
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ == "be":
            return any(c.dep_ == "attr" and c.lemma_.lower() in cues.AGENTIVE_NOUNS for c in head.children)
        return head.lemma_.lower() not in cues.NON_AGENTIVE_VERBS
    if root.dep_ == "poss":
        return head.lemma_.lower() in cues.AGENTIVE_NOUNS
    return root.dep_ == "pobj" and head.dep_ == "agent"


#: Months long enough that two slips of the keyboard leave them recognisable ("Febraury", "Sepember");
#: "May" or "June" two edits away are other words ("Mayo", "Juno").
_LONG_MONTHS: Final = tuple(m for m in cues.MONTHS if len(m) >= 6)


def _after_ship_noun(span: Span) -> bool:
    """A name right after a ship's noun ("the Iranian steam tanker Avaj"): the ship's name. Not after the
    verb ("to ship Middle East crude") nor the end of a compound ("its seven-ship Middle East Task Force");
    the tagger takes "frigate" for an adjective, so no noun is asked."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in cues.SHIP_NOUNS:
        return False
    joint = span.doc[before.i - 1] if before.i > 0 else None
    hyphened = joint is not None and joint.text == "-" and not joint.whitespace_
    return before.pos_ not in ("VERB", "AUX") and not hyphened


def _before_set_scores(span: Span) -> bool:
    """Whether the scores of two sets or more follow the name (tennis, squash, badminton)."""
    after = doc_text(span.doc)[span.end_char : span.end_char + 16]
    return _SET_SCORES.match(after) is not None


def _misspelt_month(span: Span) -> bool:
    """One word that keeps a long month's first three letters within two edits of it, and that GeoNames
    knows as no place ("Augusta" is a town): the wires' typos of dates, which NER takes for places."""
    if len(span) != 1:
        return False
    lower = span[0].lower_
    if lower in cues.MONTH_NAMES or not any(
        lower[:3] == month[:3] and _edits(lower, month) <= 2 for month in _LONG_MONTHS
    ):
        return False
    index = geo_index()
    return index.country([lower]) is None and not index.city_candidates([lower], alternates=True)


def _edits(a: str, b: str) -> int:
    """Letters added, lost, changed or swapped with the next one between two words (Damerau's distance)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _is_reporting_source(root: Token) -> bool:
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _whole_title(doc: Doc, ent: Span) -> Span | None:
    """The title a work noun's person-labelled name begins: without the stop NER ran on into ("the film The
    Bodyguard."), and on over the title-case words NER left out ("the film An Officer and a Gentleman",
    where NER took "An Officer" for a person). None where the title runs on past the longest title read (it
    stops on a small word: "romantic drama Crying Out Love in the Centre of the World"): no whole title."""
    end = ent.end
    while end > ent.start + 1 and doc[end - 1].is_punct:
        end -= 1
    whole = title_end(doc, ent.start)
    if whole > end and doc[whole - 1].is_lower:
        return None
    return doc[ent.start : max(whole, end)]


def _with_acronyms(doc: Doc, rows: list[MentionRow]) -> list[MentionRow]:
    """'Belt and Road Initiative (BRI)': the bracketed acronym becomes a mention of the same thing; so does
    a stock ticker in angle brackets after a company's name ('Tenneco Inc <TGT>', 'Ericsson <ERIC ST>', in
    Reuters' style), flagged TICKER: the company's stock symbol, which coreference keeps apart from its
    names."""
    by_start = {row.tok_start: i for i, row in enumerate(rows)}
    extra = []
    for row in rows:
        k = row.tok_end
        if row.cls not in _NAME_CLASSES or k + 2 >= len(doc):
            continue
        end = _bracketed_alias(doc, k, row)
        if end is None:
            continue
        span = doc[k + 1 : end]
        ticker = doc[k].text == "<"
        cls = "Organization" if ticker else row.cls  # a ticker's is a company, whatever NER said
        flags = TICKER if ticker else 0
        alias = MentionRow(span.start_char, span.end_char, k + 1, end, cls, row.key, span.text, flags)
        if k + 1 in by_start:
            rows[by_start[k + 1]] = alias._replace(flags=rows[by_start[k + 1]].flags | alias.flags)
        else:
            extra.append(alias)
    return sorted(rows + extra, key=lambda r: r.start) if extra else rows


def _bracketed_alias(doc: Doc, k: int, row: MentionRow) -> int | None:
    """The end of the alias when doc[k:] is '(' acronym ')' of the row's name, or '<' ticker '>' of a
    company's (one or two tokens: "<TGT>", "<ERIC ST>")."""
    if doc[k].text == "(" and doc[k + 2].text == ")":
        return k + 2 if _is_acronym(doc[k + 1].text, row.surface) else None
    if doc[k].text != "<" or row.cls not in ("Organization", "Person"):  # NER takes "... AB" for a person
        return None
    for end in (k + 2, k + 3):
        if end < len(doc) and doc[end].text == ">":
            return end if _in_ticker_brackets(doc[k + 1 : end]) else None
    return None


def _is_acronym(text: str, name: str) -> bool:
    """'BRI' for 'Belt and Road Initiative'; not 'AP' for 'WASHINGTON' (a dateline's agency)."""
    if not _acronym_shape(text):
        return False
    capitals = iter(c for c in name if c.isupper())
    return name[:1] == text[0] and all(c in capitals for c in text)  # in order, from the first letter
