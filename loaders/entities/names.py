"""Where a name is inside an NER span: a name, not a mention.

NER spans run on into what surrounds a name: titles and honorifics ("Fed chief Paul Volcker", "Mr Blair"),
descriptors and possessors ("US giant Seagram", "Ethiopia's Tirunesh Dibaba"), day names, quantifiers and
adjectives ("Wednesday Mr Blair", "no good Mr Blair"), a second name after a conjunction ("Treasury
Secretary James Baker and Federal Reserve Board chairman Paul Volcker"), a dateline ("Washington - ...").
:func:`names_in` finds the names proper: it cuts the span at words that cannot be inside a name and keeps
the run of name words that the span is about (for a person, the last one: titles come first). A person's
span is cut at conjunctions too, so two people are two names. The title word right before a person's name
says whether the name is a man's or a woman's ("Mrs Blair" is not Tony Blair).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from loaders.entities import cues
from loaders.entities.gazetteer import GazEntry, Gazetteer
from loaders.entities.records import doc_text

MAX_NAME_TOKENS = 8
_JUNK_POS = frozenset({"DET", "VERB", "AUX", "ADP", "PUNCT", "PART", "CCONJ", "PRON", "SCONJ", "NUM", "SYM"})
_PERSON_SPLIT = frozenset({"and", "or", "&", ",", ";", "/", "with", "plus", "nor"})
# A result or a time written after a name: "6-3", "38-8", "2-1", "7:39.89", "2:05:12" (short numbers joined
# by a dash or colon); "Boeing 747-400" and "Euro 2004" are no such thing and stay in their names.
_SCORE_OR_TIME = re.compile(r"\d{1,2}(?:[-–:]\d{1,2})+(?:\.\d+)?\.?")  # a full stop may end the sentence
_SCORE_CHARS = frozenset("0123456789-–:.")


class NameBounds(NamedTuple):
    """Token bounds of one name in a span: ``extent`` also covers the person's titles before it."""

    extent: int
    start: int
    end: int
    gender: str  # "m", "f" or "" (unknown), from the title before a person's name


def names_in(doc: Doc, start: int, end: int, person: bool, gaz: Gazetteer) -> list[NameBounds]:
    """The names inside the NER span doc[start:end] (one, or for persons joined by 'and', several)."""
    start = _with_opening_quantifier(doc, _with_title_possessive(doc, start), end, gaz)
    if person:
        parts = _person_parts(doc, _after_named_body(doc, start, end), end)
    else:
        parts = [
            p
            for s, e in _firm_list_parts(doc, start, end)
            for c, d in _listed_names(doc, s, e, gaz)
            for p in _possessor_parts(doc, c, d)
        ]
    found = []
    for part_start, part_end in parts:
        bounds = _name_in(doc, part_start, part_end, person, gaz)
        if bounds is not None:
            found.append(bounds)
    if person and len(found) > 1:
        # a lone word beside a full name is rarely a person ("Labour and Tony Blair")
        found = [b for b in found if _several_words(doc, b) or b.gender]
    return found


#: Possessive pronouns that, capitalised inside a sentence, open a title: "roles in My Beautiful Launderette".
_TITLE_POSSESSIVES = frozenset({"My", "Our", "Your", "His", "Her", "Their"})


def _with_title_possessive(doc: Doc, start: int) -> int:
    """Start of a name with the capitalised possessive NER leaves out ("in My Left Foot"); not at a
    sentence's start or after punctuation (a quotation mark, a colon), where any pronoun is capitalised."""
    k = start - 1
    if k < 1 or not _title_possessive(doc[k]) or doc[k - 1].is_punct:
        return start
    return k


def _title_possessive(token: Token) -> bool:
    return token.text in _TITLE_POSSESSIVES and not token.is_sent_start


#: Quantifiers that open names and change what they say when cut off: "No Doubt", "the All Blacks", "the All
#: England Club" (a "Doubt" or the "Blacks" is another name).
_NAME_QUANTIFIERS = frozenset({"All", "No"})
#: The quantifiers found by one scan of the text (words_matching), for a rule that looks for them alone.
NAME_QUANTIFIER_WORDS = re.compile(rf"\b(?:{'|'.join(sorted(_NAME_QUANTIFIERS))})\b")


def opening_quantifier(token: Token) -> bool:
    """Whether the token is "All" or "No" opening a name: capitalised where no sentence starts, or at a
    sentence's start when the text also writes the two words inside a sentence ("All Blacks captain X ...
    against the All Blacks"), where only a name capitalises them."""
    doc = token.doc
    if token.text not in _NAME_QUANTIFIERS or token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if not _name_like(after) or after.is_punct:
        return False
    if not _opens_words(token):
        return True
    return any(  # a sentence opening with "All" or "No" is rare: this scan is too
        t.text == token.text
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text == after.text
        and not _opens_words(t)
        for t in doc
    )


def _opens_words(token: Token) -> bool:
    """Whether the token opens a sentence, or a quotation or clause inside one ('told the daily "All OPEC
    states ...'): a capital there says nothing of a name."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return opens_sentence(token) or (before is not None and before.text in _OPENING_PUNCT | {":"})


def _with_opening_quantifier(doc: Doc, start: int, end: int, gaz: Gazetteer) -> int:
    """Start of a name with the "All" or "No" that NER leaves out of it ("No Doubt" tagged "Doubt"); not
    before a place, which it quantifies or which is a part of a longer name ("All Japan Seaman's Union")."""
    k = start - 1
    if k < 0 or not opening_quantifier(doc[k]):
        return start
    entry = gaz.lookup(doc[start:end].text)
    return start if entry is not None and entry.cls in cues.PLACE_CLASSES else k


def _after_named_body(doc: Doc, start: int, end: int) -> int:
    """Start of a person's name after the name of a body NER ran into it, where a common noun for the body
    stands before both ("general secretary of the union Unison Dave Prentis", bbc-politics-357): the body's
    name is set beside the noun, the person's full name of two words follows. One word before a two-word
    name only; "the firm's Anna Pell" and "union leader Tom Harrow Smith" have no such noun right before."""
    noun = doc[start - 1] if start > 0 else None
    if noun is None or end - start != 3 or noun.lower_ not in cues.ORG_NOUNS or not noun.is_lower:
        return start
    return start + 1 if all(t.is_title and t.is_alpha for t in doc[start:end]) else start


def _several_words(doc: Doc, bounds: NameBounds) -> bool:
    return sum(1 for t in doc[bounds.start : bounds.end] if t.is_alpha) > 1


def _person_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A person's span cut at conjunctions and commas: a name never holds two people."""
    parts, first = [], start
    for k in range(start, end):
        if doc[k].lower_ in _PERSON_SPLIT:
            parts.append((first, k))
            first = k + 1
    parts.append((first, end))
    return [(s, e) for s, e in parts if e > s]


def _firm_list_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """An organisation's span cut after a legal form that "and", "&" or a comma follows ("Texaco Inc and
    Pennzoil Co"): a legal form ends a firm's name, so what follows is another firm; so does an
    institution's noun inside a span that ends in none ("Deutsche Bank and Citigroup")."""
    parts, first = [], start
    ends_in_institution = _institution_word(doc[end - 1])
    for k in range(start + 1, end - 2):
        joined = doc[k + 1].lower_ in ("and", "&", ",")
        after = doc[k + 2]  # another firm's first word, not "Co Inc" nor "and Co"
        if not joined or not _name_like(after) or _legal_form_word(after):
            continue
        if _legal_form_word(doc[k]) or (
            not ends_in_institution and _institution_word(doc[k]) and not _institution_word(after)
        ):  # not "Bank and Trust", whose last word is such a noun too
            parts.append((first, k + 1))
            first = k + 2
    parts.append((first, end))
    return parts


_DOMAIN_OPENERS = frozenset({"of", "for"})


def _listed_names(doc: Doc, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """An organisation's span cut at the commas of a list NER ran it over ("Deacon Blue, Idlewild", "the
    National Theatre, Private Lives", a team sheet's "A Hazell, M Dawson"): no name without a legal form
    holds a comma. A firm's partners before its legal form stay ("Sears, Roebuck and Co": see
    loaders.entities.firms), and so does a place after the comma ("University of California, Berkeley") and
    the list of a body's domains after its "of" ("the Federal Office of Industry, Trade and Labour"), and a
    name an acronym in brackets abbreviates whole."""
    if doc[start].ent_type_ != "ORG" or _legal_form_word(doc[end - 1]) or _acronym_after(doc, end):
        return [(start, end)]
    parts, first = [], start
    for k in range(max(start - 1, 0), end - 1):
        if doc[k].lower_ in _DOMAIN_OPENERS:
            return [(start, end)]  # "the departments of Environment, Food and Rural Affairs"
        if k <= start:
            continue
        if doc[k].text != "," or not _name_like(doc[k + 1]):
            continue
        entry = gaz.lookup(doc[k + 1 : end].text)
        if entry is not None and entry.cls in cues.PLACE_CLASSES:
            continue
        parts.append((first, k))
        first = k + 1
    parts.append((first, end))
    return parts


def _acronym_after(doc: Doc, end: int) -> bool:
    """An acronym in brackets after the span abbreviates all of it: "Evolution, Data Optimised (EV-DO)"."""
    return end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].text[:2].isupper()


def _institution_word(token: Token) -> bool:
    """An institution's noun that ends a name ("Deutsche Bank and Citigroup": two names; not in "the
    Securities and Exchange Commission", which ends in one too, nor "Bank and Trust Co")."""
    return (token.is_title and token.lower_ in cues.INSTITUTION_HEADS) or _legal_form_word(token)


def _legal_form_word(token: Token) -> bool:
    return token.lower_.rstrip(".") in cues.LEGAL_FORMS


def _possessor_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """An organisation's or place's span cut after a possessor that is a name of its own ("BBC Radio 4's
    Today", "MG Rover's Midlands"): two names. A possessive inside a name stays ("People's Bank", "New
    Year's Day", "Children's Television Workshop": a one-word possessor, or a generic noun after it)."""
    for k in range(start + 1, end - 1):
        if doc[k].tag_ != "POS" and doc[k].lower_ not in ("'s", "’s"):
            continue
        possessor, rest = doc[start:k], doc[k + 1 : end]
        several = len(possessor) > 1 or possessor[0].is_upper
        generic = len(rest) == 1 and rest[0].lower_.rstrip(".") in cues.GENERIC_HEADS
        generic = generic or bare_common_name(rest)  # "Sao Paulo State Industries' Federation"
        if several and not generic and _name_like(rest[0]):
            return [(start, k), (k + 1, end)]
    return [(start, end)]


def _name_in(doc: Doc, start: int, end: int, person: bool, gaz: Gazetteer) -> NameBounds | None:
    saints_place = _saints_possessive(doc, start, end - 1, person)
    while end > start and _trailing_junk(doc[end - 1], person) and not saints_place:
        end -= 1
    if person:
        start = _attached_start(doc, start, end)
    else:
        end = _cut_at_title(doc, start, _before_brackets(doc, start, end))
        end = _cut_title_opener(doc, start, end)
        if end - start > 1 and firm_descriptor_after_country(doc[start], gaz):
            start += 1
    runs = _runs(doc, start, end, person, gaz)
    if not runs:
        return None
    name_start, name_end = _chosen_run(doc, runs, start, end, person)
    if name_end - name_start > MAX_NAME_TOKENS or _title_alone(doc[name_start:name_end], person, gaz):
        return None  # too long for a name, or a title alone ("Ms.", "the Tory Leader")
    if not person and _title_domain(doc, name_start, name_end, gaz):
        return None
    if not person and bare_common_name(doc[name_start:name_end]):
        return None  # "the Bank", "Stock Exchange", "Marketing Co": a name cut to its common words
    gender = title_gender(doc, name_start) if person else ""
    return NameBounds(_extent(doc, start, name_start, person), name_start, name_end, gender)


def bare_common_name(words: Span) -> bool:
    """Whether an organisation's name is only common words: a head noun ("the Commission", "Stock
    Exchange") or a line of business with a legal form ("Marketing Co"). NER cut it from its proper words
    ("the European Commission", "Diamond Shamrock Refining and Marketing Co"), or the text calls the body
    back by its kind ("Firm" alone; "Unit Corp" with its legal form is a name); either way it names nothing
    a reader can find."""
    lowered = [t.lower_.rstrip(".") for t in words]
    while lowered and lowered[-1] in cues.LEGAL_FORMS:
        lowered.pop()
    if not lowered:
        return False
    with_form = len(lowered) < len(words)
    head = lowered[-1]
    if lowered == [head] and not with_form and head in cues.FIRM_DESCRIPTOR_NOUNS:
        return True  # "FIRM AGREES TO MERGE WITH X": a headline's word for a firm (judged seed 940)
    if head not in cues.BARE_HEADS and not (with_form and head in cues.BARE_MODIFIERS):
        return False
    return all(w in cues.BARE_MODIFIERS for w in lowered[:-1])


def firm_descriptor_after_country(token: Token, gaz: Gazetteer) -> bool:
    """Whether the token is a firm's description capitalised after a country's abbreviation ("the U.S. Firm
    Amoco Corp"): the parser ended a sentence at "U.S.", so the noun has a capital, but it describes the
    firm the words after it name, and opens no name."""
    return (
        token.i > 0
        and token.is_title
        and token.lower_ in cues.FIRM_DESCRIPTOR_NOUNS
        and country_abbreviation(token.doc[token.i - 1], gaz) is not None
    )


def _title_alone(words: Span, person: bool, gaz: Gazetteer) -> bool:
    """Whether the words are a title and nothing else: "Ms.", and for a person a title after a party's or a
    nation's word ("the Tory Leader", "the Welsh Secretary"), which names the post, not its holder."""
    first = words[0]
    party = person and len(words) > 1 and (first.lower_ in cues.PARTY_WORDS or gaz.demonym(first.text))
    if not person and first.lower_ in cues.TITLE_NOUNS and len(words) > 2:
        # "Canada's Minister of State for Finance, X": a post with its domains, no body (judged seed 940)
        return all(is_title_word(t) or t.lower_ in _POST_OF_WORDS for t in words)
    return all(is_title_word(t) for t in words[1 if party else 0 :])


#: The words of a post's domains after its title noun: "Minister of State for Finance".
_POST_OF_WORDS = cues.TITLE_DOMAINS | {"of", "for", "and", "the"}


def _title_domain(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """ "Home Secretary X", "Home Affairs Commissioner Y": the domain words before a title are the title's,
    not an organisation, unless the gazetteer knows them as a name ("Labour minister X": the party). A
    hyphen may join them ("Rear-Admiral X", which NER tags a body: outside article reuters21578-11351)."""
    noun = end + 1 if end < len(doc) and doc[end].text == "-" else end
    return (
        noun < len(doc)
        and all(t.lower_ in cues.TITLE_DOMAINS for t in doc[start:end])
        and doc[noun].lower_ in cues.TITLE_NOUNS
        and gaz.lookup(doc[start:end].text) is None
    )


def _extent(doc: Doc, start: int, name_start: int, person: bool) -> int:
    """Where the mention of a person starts: NER (trained on CoNLL04's spans) keeps the titles and
    descriptors before a name ("Roman Emperor Julius Caesar"); only function words and days are left out."""
    if not person:
        return name_start
    while start < name_start and (doc[start].pos_ in _JUNK_POS or doc[start].lower_ in cues.DAY_NAMES):
        start += 1
    return start


def _chosen_run(doc: Doc, runs: list[tuple[int, int]], start: int, end: int, person: bool) -> tuple[int, int]:
    """The run the span names: a person's last (titles, descriptors and possessors come first), else the
    one holding the span's syntactic head, else the first ("Bank of England proposes limits ...")."""
    if person:
        return runs[-1]
    root = doc[start:end].root.i
    for run in runs:
        if run[0] <= root < run[1]:
            return run
    return runs[0]


def _runs(doc: Doc, start: int, end: int, person: bool, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Maximal runs of name words between the words that break a name; each holds a capitalised word."""
    runs: list[tuple[int, int]] = []
    first = start
    for k in range(start, end + 1):
        if k < end and not _breaks(doc, k, start, end, person, gaz):
            continue
        run = _trimmed(doc, first, k, person)
        if run is not None:
            runs.append(run)
        first = k + 1
    return runs


def _trimmed(doc: Doc, start: int, end: int, person: bool) -> tuple[int, int] | None:
    """A run without connectors at its edges ("of", "de"), or None when it holds no capitalised word."""
    while start < end and not _name_like(doc[start]) and not (_ordinal(doc[start]) and not person):
        start += 1
    while end > start and not _name_like(doc[end - 1]) and not _attached(doc, end - 1):
        if doc[end - 1].like_num and not person:
            break
        if _saints_possessive(doc, start, end - 1, person):
            break
        end -= 1
    return (start, end) if start < end else None


def _saints_possessive(doc: Doc, start: int, k: int, person: bool) -> bool:
    """ "St Mary's" (a ground, a church): a place's name that opens with a saint's keeps the possessive at
    ``k`` (mentions._with_saints_places reads such a name whole); a person's name never does."""
    return not person and doc[start].lower_ in cues.SAINT_WORDS and doc[k].tag_ == "POS"


def _breaks(doc: Doc, k: int, start: int, end: int, person: bool, gaz: Gazetteer) -> bool:
    """True when doc[k] cannot be part of a name that has name words on both sides of it."""
    token = doc[k]
    lower = token.lower_
    if token.tag_ == "POS" or lower in ("'s", "’s"):  # "Ethiopia's Tirunesh Dibaba"; "McDonald's Corp"
        return person and not _designators_only(doc, k + 1, end)
    if token.is_punct:
        return not _inner_punct(doc, k, person)
    if lower in cues.DAY_NAMES or (lower in cues.MONTH_NAMES and k == start and end - k > 2):
        return True
    if any(c.isdigit() for c in token.text):
        return person or _in_score(doc, k)  # "6th Fleet", "Channel 4"; not "Nadia Petrova 6-3 6-2"
    if not _name_like(token) and not _attached(doc, k):
        return lower not in (cues.NAME_PARTICLES if person else cues.NAME_CONNECTORS)
    if _title_before_name(doc, k, end, person):
        return True  # "Mr Blair", "Fed chief Paul Volcker"; not "Mervyn King", "Martin Luther King Jr."
    if k == start and token.pos_ in _JUNK_POS and token.pos_ != "PROPN" and not _title_possessive(token):
        # "Unlike Paul Volcker"; not "the Six Nations", nor "No Doubt"
        return not _number_of_name(token) and not opening_quantifier(token)
    return person and _in_opening_demonym(doc, k, start, end, gaz)


def _in_opening_demonym(doc: Doc, k: int, start: int, end: int, gaz: Gazetteer) -> bool:
    """doc[k] is in a demonym of one or two words that opens a person's name NER ran over it ("Russian
    Dmitriy Bogdanov", "New Zealander Peter Jackson"): the nationality, no part of the name."""
    return any(
        start <= k < start + width < end and gaz.demonym(doc[start : start + width].text) is not None
        for width in (1, 2)
    )


def _number_of_name(token: Token) -> bool:
    """A number word capitalised inside a sentence opens a name ("the Six Nations", "the Tri Nations",
    "the Big Four"): where no sentence starts, only the name capitalises it."""
    return token.like_num and token.is_title and not opens_sentence(token)


def _title_before_name(doc: Doc, k: int, end: int, person: bool) -> bool:
    lower = doc[k].lower_
    if lower in cues.TITLE_ABBREVIATION_WORDS and person:
        # "Sen. Paul Sarbanes": the post, not the name; "Sen. Dole" keeps it, lest the bare surname join
        # another Dole of the text (his wife, whom no title tells apart there)
        return sum(_name_like(t) for t in doc[k + 1 : end]) >= 2
    if lower not in cues.HONORIFICS and not (
        person and (lower in cues.TITLE_NOUNS or lower in cues.OCCUPATIONS)
    ):
        return False
    return any(_name_like(t) and t.text.rstrip(".") not in cues.NAME_SUFFIXES for t in doc[k + 1 : end])


def _in_score(doc: Doc, k: int) -> bool:
    """True when doc[k] is part of a score or a time: the tokens written together around it ("6", "-",
    "3") read as one."""
    start, end = k, k + 1
    while start > 0 and not doc[start - 1].whitespace_ and set(doc[start - 1].text) <= _SCORE_CHARS:
        start -= 1
    while end < len(doc) and doc[end - 1].whitespace_ == "" and set(doc[end].text) <= _SCORE_CHARS:
        end += 1
    return _SCORE_OR_TIME.fullmatch(doc[start:end].text) is not None


def _ordinal(token: Token) -> bool:
    return any(c.isdigit() for c in token.text) and any(c.isalpha() for c in token.text)


def _inner_punct(doc: Doc, k: int, person: bool) -> bool:
    """Punctuation that names hold: a hyphen or apostrophe inside a word ("Kilroy-Silk", "O'Brien", "O
    'Brien" as CoNLL04 writes it), the period of an initial or abbreviation ("George W. Bush", "U.S."), an
    ampersand ("AT&T"), and in places and organisations a comma ("North Bend, Ohio", "Skadden, Arps")."""
    token = doc[k]
    if token.text == "&" or (token.text == "," and not person):
        return True
    if token.text in ("'", "’") and not token.whitespace_:
        return True
    attached = k > 0 and not doc[k - 1].whitespace_ and not token.whitespace_
    return attached and token.text in ("-", ".")


def _attached(doc: Doc, k: int) -> bool:
    """True for the lower-case end of a hyphenated name word ("Chong-gyu", "Coca-cola")."""
    if k < 1 or doc[k - 1].whitespace_:
        return False
    return doc[k - 1].text in ("'", "’") or (doc[k - 1].text == "-" and k > 1 and not doc[k - 2].whitespace_)


def _designators_only(doc: Doc, start: int, end: int) -> bool:
    return start < end and all(t.lower_.rstrip(".") in cues.CORPORATE_DESIGNATORS for t in doc[start:end])


def _name_like(token: Token) -> bool:
    """A word of a name: it has a capital ("Kyiv", "NATO", "eBay", "McAllen") or is a digit of one."""
    return any(c.isupper() for c in token.text)


def _trailing_junk(token: Token, person: bool) -> bool:
    if token.tag_ == "POS" or token.text in cues.POSTNOMINALS:
        return True
    if token.is_punct:
        return True  # "Corp." and "U.S." are one token each: a period of its own ends a sentence
    return token.pos_ in _JUNK_POS and not _name_like(token) and not (token.like_num and not person)


def _attached_start(doc: Doc, start: int, end: int) -> int:
    """First token of a person's span after words that complete a title before it.

    NER may run the end of a title into the name ("Secretary of State Antony Blinken" tagged "State
    Antony Blinken"): "State" is the object of "of", outside the span, not part of the name. Only such
    prepositional objects are cut; a first name the parser hung elsewhere ("Eric Cantona and Ole Gunnar
    Solskjaer", "Ole" as a conjunct) stays.
    """
    if end - start < 2:
        return start
    root = doc[start:end].root
    while start < end - 1 and (exit_ := _exit(doc[start], start, end)).i != root.i and exit_.dep_ == "pobj":
        start += 1
    return start


def _exit(token: Token, start: int, end: int) -> Token:
    """The token through which ``token``'s chain of heads leaves [start, end) (or reaches the root)."""
    while start <= token.head.i < end and token.head.i != token.i:
        token = token.head
    return token


def _before_brackets(doc: Doc, start: int, end: int) -> int:
    """End of a name before what it brackets: an acronym or a ticker ("Tenneco Inc <TGT>") is a name
    of its own (mentions._with_acronyms)."""
    for k in range(start + 1, end):
        if doc[k].text in ("(", "<", "["):
            return k
    return end


def _cut_at_title(doc: Doc, start: int, end: int) -> int:
    """End of an organisation name that NER ran on into a person's title ('Council Coordinator ...')."""
    for k in range(start + 1, end):
        token = doc[k]
        if token.lower_ in cues.TITLE_NOUNS and token.head.i >= end:
            return k
    return end


def _cut_title_opener(doc: Doc, start: int, end: int) -> int:
    """End of an organisation's name before a title's first word NER ran it on into ("IMF Managing
    director X": "IMF"), where a title's noun follows the name."""
    while end - start > 1 and doc[end - 1].lower_ in cues.TITLE_OPENERS and _title_noun_at(doc, end):
        end -= 1
    return end


def _title_noun_at(doc: Doc, k: int) -> bool:
    return k < len(doc) and doc[k].lower_ in cues.TITLE_NOUNS


def words_matching(doc: Doc, pattern: re.Pattern[str]) -> Iterator[Token]:
    """The tokens where ``pattern`` matches the text, in order: a scan in C for rules that look for a few
    words, which spares them a Python loop over every token of the document (about a millisecond each)."""
    for match in pattern.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
        if span is not None and span.start_char == match.start():
            yield span[0]


def capitalised_words(words: frozenset[str], after: str = "") -> re.Pattern[str]:
    """A pattern of the words capitalised ("Bank", "Trust"), each whole, then ``after`` (a pattern)."""
    alternatives = "|".join(sorted(word.capitalize() for word in words))
    return re.compile(rf"\b(?:{alternatives})\b{after}")


def any_case_words(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern of the words in any case, each whole: for words_matching, where a rule's first test is
    that a token's word (lower-cased) is one of them (no word character on either side: "inc." too)."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(map(re.escape, words)))})(?!\w)", re.IGNORECASE)


def country_abbreviation(token: Token, gaz: Gazetteer) -> GazEntry | None:
    """The country a word in capitals abbreviates ("US", "UK" before "Department of X"), or None."""
    entry = gaz.lookup(token.text) if token.is_upper else None
    return entry if entry is not None and entry.cls == "Country" else None


def is_title_word(token: Token) -> bool:
    return token.lower_ in cues.HONORIFICS or token.lower_ in cues.TITLE_NOUNS


def title_gender(doc: Doc, name_start: int) -> str:
    """ "m" or "f" when the word before the name (a period aside) is a gendered title: "Mrs Blair"."""
    k = name_start - 1
    if k >= 0 and doc[k].text == ".":
        k -= 1
    if k < 0:
        return ""
    lower = doc[k].lower_.rstrip(".")
    if lower in cues.MALE_TITLES:
        return "m"
    return "f" if lower in cues.FEMALE_TITLES else ""


#: Headlines shorten "South Asia" to "S Asia", "North Korea" to "N Korea".
_COMPASS_LETTERS = frozenset("NSEW")


def initial_and_surname(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a person's initial and surname, as team sheets write players ("L
    Orquera", or "Masi" right after a listed "A "): never a place, whatever NER typed it."""
    if end - start >= 2 and is_initial(doc[start].text):
        return True
    return start >= 2 and is_initial(doc[start - 1].text) and doc[start - 2].text in (",", ";", ":")


def initial_and_surname_only(span: Span, gaz: Gazetteer, place: bool) -> bool:
    """Whether the span is just an initial and a surname ("C Hodgson", "E Nesbit"): not the pronoun "I"
    ("I Heart Huckabees"), not a kind word's name ("Q Magazine"), not a place the gazetteer knows after an
    initial, nor a compass letter before a name NER takes for a ``place`` (a headline's "S Asia")."""
    if len(span) != 2 or not is_initial(span[0].text) or span[0].text == "I" or not span[1].is_title:
        return False
    if place and span[0].text in _COMPASS_LETTERS:
        return False
    last = span[1].lower_
    if last in cues.ORG_HEAD_NOUNS or last in cues.ORG_NOUNS or last in cues.PLACE_HEAD_NOUNS:
        return False
    entry = gaz.lookup(span[1].text)
    return entry is None or entry.cls == "Person"


def is_initial(word: str) -> bool:
    """Whether the word is a name's initial: one capital letter, with or without its full stop ("C",
    "C."). "I" is one too ("I Jones" on a team sheet): callers that meet the pronoun rule it out."""
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def initialled_name(name: str) -> bool:
    """Whether the name is just an initial and a surname, as team sheets write players ("C Hodgson",
    "C. Hodgson")."""
    words = name.split()
    return len(words) == 2 and is_initial(words[0])


#: Punctuation that may stand before a sentence's or a headline's first word ("'Standoff' on ...").
_OPENING_PUNCT = frozenset({"'", '"', "‘", "“", "("})
#: The words each live document writes where they open no sentence, made once a document (not kept in
#: doc.user_data, which Doc.to_bytes must serialise; the entry goes with its document).
_INSIDE_WORDS: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()

#: Kind words the cue lists hold: capitalised at a sentence's start they still name no one thing ("Film").
_COMMON_WORDS = (
    cues.WORK_NOUNS
    | cues.PRODUCT_NOUNS
    | cues.TITLE_DOMAINS
    | cues.SPORT_WORDS
    | cues.ORG_NOUNS
    | cues.FIRM_NOUNS
    | cues.GENERIC_NAME_WORDS
    | cues.TEAM_NOUNS
)


def opening_common_word(token: Token) -> bool:
    """Whether the token is a common word capitalised only because it opens a sentence ("Film director
    Quentin Tarantino", "Music boss X"): a word of the cue lists or one the text also writes in lower case;
    a word the text capitalises elsewhere inside a sentence is a name ("Nissan chief X ... at Nissan")."""
    if not token.is_sent_start or not token.is_title or written_inside_a_sentence(token):
        return False
    lower = token.lower_
    return lower in _COMMON_WORDS or any(t.lower_ == lower and t.is_lower for t in token.doc)


def opens_sentence(token: Token) -> bool:
    """Whether the token opens its sentence, after opening quotes or brackets at most ("'Standoff' on").
    Token.is_sent_start, not token.sent: building the sentence's span for each token cost 5% of extraction."""
    doc, k = token.doc, token.i
    while not doc[k].is_sent_start and doc[k - 1].text in _OPENING_PUNCT:
        k -= 1
    return bool(doc[k].is_sent_start)


def written_inside_a_sentence(token: Token) -> bool:
    """Whether the text writes a sentence-opening token's word, as it is spelled there, somewhere that opens
    no sentence: a capitalised word written so inside a sentence is a name, not a common word capitalised
    by its place. One lookup in the set of the words that open no sentence, made once a document."""
    inside = _INSIDE_WORDS.get(token.doc)
    if inside is None:
        inside = _INSIDE_WORDS[token.doc] = _inside_words(token.doc)
    return token.text in inside


def _inside_words(doc: Doc) -> frozenset[str]:
    """The words of the tokens that open no sentence (opens_sentence), in one walk: a token opens its
    sentence where it starts one, or follows opening punctuation that opens it (no walk back per token)."""
    words = set()
    opens, before = False, ""
    for token in doc:
        opens = bool(token.is_sent_start) or (opens and before in _OPENING_PUNCT)
        if not opens:
            words.add(token.text)
        before = token.text
    return frozenset(words)


def before_title(doc: Doc, end: int) -> bool:
    """Whether a lower-case title or occupation follows doc[:end] ("... director Quentin Tarantino")."""
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in cues.TITLE_NOUNS | cues.OCCUPATIONS
