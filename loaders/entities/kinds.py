"""What kind of thing a name is, where the text says so: works, products, awards and teams.

NER knows people, organisations and places; a film, a phone or a prize comes out as MISC, as something else
or not at all, and a football club as an organisation (or a person). The text often says what it is:

- a cue noun in apposition or compound before the name: "the film Ray", "his album Hopes and Fears", "the
  browser Firefox", "the club Arsenal" (the name may be quoted);
- a cue noun the name modifies: "the Firefox browser", "the Golden Rose award", "Chelsea striker Didier
  Drogba" (a player's role after a club's name), "the Arsenal side" (not a work: "the Channel 4 show");
- the name's own last word: "Grammy Award", "Booker Prize" (an award), "Cannes Film Festival" (an event);
- a score beside a club's name ("Chelsea 2-1 Arsenal", "beat Everton 3-0");
- a role in it or a part of it: "her role in Vera Drake", "the cast of EastEnders".

:func:`cued_kind` gives the kind a cue states for a name, or None. :func:`cued_titles` finds titles that
NER missed right after a cue noun ("their single Year 3000"). The cue lists (loaders.entities.cues) are
nouns of the language, not names.
"""

from __future__ import annotations

import re
from typing import Final

from spacy.tokens import Doc, Span, Token

from loaders.entities import cues
from loaders.entities.firm_context import PART_NOUNS, firm_context
from loaders.entities.names import (
    any_case_words,
    capitalised_words,
    is_title_word,
    opening_quantifier,
    words_matching,
)
from loaders.entities.places import geo_index
from loaders.entities.records import CUED, GAZETTEER, MentionRow, doc_words
from loaders.entities.worklists import channel_names, listed_works, person_name, person_words

_TITLE_CONNECTORS = frozenset({"of", "the", "a", "an", "on", "in", "to", "for", "and", "with", "at", "from"})
_MAX_TITLE_TOKENS = 8
#: Contractions glued to a title's word that no possessive is spelt like ("What'd I Say", "I Can't Stop").
_CONTRACTIONS = frozenset({"'d", "'ll", "'m", "'re", "'ve", "n't", "’d", "’ll", "’m", "’re", "’ve", "n’t"})
#: ("star" is no cue of its own: "Westlife star X" names a band; a work that is named as one elsewhere in
#: the article still gets its star, loaders/facts/works.py role_in_work)
_WORK_ROLES = frozenset({"actor", "actress", "presenter"})
_WORK_ROLE_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "MISC", "PRODUCT", "WORK_OF_ART"})
#: Legal forms that end a company's name NER may miss ("Thies Cos Inc", "Commerzbank AG"); written with a
#: capital. Not "Company", "Limited" or "LP", which end other names too (a theatre company, a record).
_LEGAL_ENDS = cues.LEGAL_FORMS - {"company", "limited", "lp"}
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z0-9]+$")
#: Where such a word may start in the text (found by one scan; each token there is then tested whole).
_CAMEL_STARTS = re.compile(r"(?<!\w)[a-z]{1,2}[A-Z]")
_FIRM_CONNECTORS = frozenset({"of", "and", "&"})
_REPEATED = frozenset({"Work", "Product", "Award"})
_SETTLED = frozenset({"Person", "Organization", "Location", "City"})  # NER's guesses, not the gazetteer's
#: Parts of speech no band's or firm's name is made of ("the band In 2002" names no band).
_FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "AUX", "SCONJ", "CCONJ", "NUM", "PUNCT"})
#: Labels whose names a following cue noun may retype: an organisation before "console" is its maker
#: ("the Sony console"), and any name before "film" or "show" its maker or setting.
_FOLLOWED_BY = {
    "Product": frozenset({"PERSON", "GPE", "LOC", "FAC", "MISC", "PRODUCT", "WORK_OF_ART"}),
    "Work": frozenset(),  # "the Channel 4 show", "the Spielberg film": a maker, not the work
    "Award": frozenset({"PERSON", "GPE", "LOC", "FAC", "MISC", "PRODUCT", "WORK_OF_ART", "EVENT"}),
    "Team": frozenset({"ORG", "GPE", "LOC", "PERSON", "MISC"}),
}


def kind_of_noun(lemma: str) -> str | None:
    """The class a cue noun names ("film" -> Work), or None."""
    for cls, nouns in (
        ("Work", cues.WORK_NOUNS),
        ("Product", cues.PRODUCT_NOUNS),
        ("Award", cues.AWARD_NOUNS),
        ("Team", cues.TEAM_NOUNS),
    ):
        if lemma in nouns:
            return cls
    return None


def cued_kind(doc: Doc, start: int, end: int, label: str) -> str | None:
    """The kind the text states for the name doc[start:end] (of NER label ``label``), or None."""
    return (
        _head_word_kind(doc[end - 1], single=end - start == 1)
        or _airline(doc, start, end)
        or _treaty_of_place(doc, start, end)
        or (_legal_form_kind(doc, start, end) if label != "ORG" else None)
        or _before(doc, start, end)
        or _town_of(doc, start, end)
        or _after(doc, start, end, label)
        or _appositive(doc[start:end])
        or _work_context(doc[start:end].root)
        or _starring(doc, end)
        or (_year_possessor(doc, start) if label == "PERSON" else None)
        or ("Work" if any(s == start for s, _ in listed_works(doc, title_end)) else None)
        or (_club_name(doc, start, end) if label in _FOLLOWED_BY["Team"] else None)
        or _firm_cue(doc, start, end, label)
        or _collective_subject(doc, start, end, label)
        or _titled_person(doc, start, end, label)
        or _person_with_post(doc, start, end, label)
        or (_match_side(doc, start, end, label) if label in _FOLLOWED_BY["Team"] else None)
    )


#: Verbs of a match between two sides ("Leeds beat Wigan", "Munster face Leinster", "drew with Fulham").
_MATCH_VERBS = frozenset(
    {"beat", "defeat", "face", "host", "thrash", "edge", "overcome", "hammer", "trounce", "draw", "lose",
     "outclass", "overpower", "rout", "crush", "stun", "upset"}
)  # fmt: skip
#: Nouns of a match's result whose "over", "against", "to", "with" names the other side ("victory over X").
_RESULT_NOUNS = frozenset({"win", "victory", "defeat", "draw", "loss", "clash", "match", "game", "tie"})
_SIDE_PREPOSITIONS = frozenset({"over", "against", "to", "with"})


def _match_side(doc: Doc, start: int, end: int, label: str) -> str | None:
    """A side of a match in a text about sport: the subject or object of a match's verb ("Leeds beat
    Wigan", "West Brom drew with Fulham") or the other side of a result ("victory over Wigan"). A place's or
    a firm's name there is a club (a country stays a country: a national side is named as one); a name
    NER took for a person only when it is a town's too, as players beat players in tennis."""
    if not about_sides(doc) or end - start > 3:  # in tennis or athletics a side of "beat" is a player
        return None
    root = doc[start:end].root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _SIDE_PREPOSITIONS:
        governor = head.head
        side = governor.lemma_.lower() in _MATCH_VERBS | _RESULT_NOUNS
    else:
        side = root.dep_ in ("nsubj", "dobj") and head.pos_ == "VERB" and head.lemma_.lower() in _MATCH_VERBS
    if not side or _surname_of_person(doc, doc[start:end].text):
        return None
    if label == "PERSON":
        return "Team" if geo_index().city_candidates([doc[start:end].text], alternates=False) else None
    return "Team"


def _surname_of_person(doc: Doc, word: str) -> bool:
    """A word after the first of a person's full name NER found in the text ("Henman overcomes rival
    Rusedski" beside "Greg Rusedski", which NER may run on into the score): a player named by his surname,
    as headlines and reports name them, not a club."""
    return any(e.label_ == "PERSON" and any(t.text == word for t in e[1:]) for e in doc.ents)


_FIRM_WORDS = cues.CORPORATE_DESIGNATORS | cues.ORG_HEAD_NOUNS


def _titled_person(doc: Doc, start: int, end: int, label: str) -> str | None:
    """ "Ethiopian trade minister Tesfay Dinka", "bank spokesman Siri Karncharoendi": a full name right
    after a title in lower case is a person's, whatever NER took it for (an organisation, mostly)."""
    before = doc[start - 1] if start > 0 else None
    if label == "PERSON" or before is None or not before.is_lower or before.tag_ != "NN":
        return None
    if before.lower_ not in cues.TITLE_NOUNS or not 2 <= end - start <= 3:
        return None
    words = doc[start:end]
    if any(t.lower_.rstrip(".") in _FIRM_WORDS for t in words):
        return None  # "lead manager Nomura International Ltd", "lead manager Swiss Bank Corp": a bank's role
    return "Person" if all(t.is_title and t.is_alpha for t in words) else None


#: Posts only a person holds, in an apposition after a name ("X, the executive secretary of Y"): not a bank's
#: or a firm's part ("lead manager", "adviser", "agent") nor a firm's standing ("market leader").
_PERSONS_POSTS = frozenset(
    {"president", "chairman", "chairwoman", "secretary", "spokesman", "spokeswoman", "spokesperson",
     "director", "minister", "governor", "ambassador", "economist", "professor", "lecturer", "editor",
     "founder", "chancellor", "mayor", "senator", "executive", "officer"}
)  # fmt: skip


def _person_with_post(doc: Doc, start: int, end: int, label: str) -> str | None:
    """ "Adebayo Adedeji, the executive secretary of the UN Economic Commission", "Helmut Panke, BMW chief
    executive": a full name with a person's post in apposition right after its comma is a person's, whatever
    NER took it for (an organisation, mostly)."""
    if label == "PERSON" or not 2 <= end - start <= 3 or end >= len(doc) or doc[end].text != ",":
        return None
    words = doc[start:end]
    if not all(t.is_title and t.is_alpha for t in words) or any(t.lower_ in _FIRM_WORDS for t in words):
        return None
    if words.root.dep_ == "pobj" or (start > 0 and doc[start - 1].lower_ == "the"):
        return None  # "president of American Hoechst, vice chairman", "to the Red Cross, a spokeswoman said"
    posts = [c for c in words.root.children if c.dep_ == "appos" and c.i > end and c.left_edge.i == end + 1]
    return "Person" if any(c.tag_ == "NN" and c.lower_ in _PERSONS_POSTS for c in posts) else None


#: Plural forms of "be" and "have" (VBP "are", "have"; VBD "were"): the agreement a collective noun takes.
_PLURAL_AUXILIARIES = frozenset({"are", "have", "were", "'re", "'ve"})


def _collective_subject(doc: Doc, start: int, end: int, label: str) -> str | None:
    """ "Chelsea have sacked X", "Arsenal are top", "England were beaten": a one-word name that takes a plural
    verb is a body of people, as British news writes a side or a firm, never a person. A side in a text
    about sport (a country's name included), else an organisation (not a country: "the US are" is no
    firm)."""
    root = doc[start:end].root
    if end - start != 1 or root.dep_ != "nsubj" or root.tag_ != "NNP" or root.n_lefts + root.n_rights:
        return None  # one word alone ("Chelsea"): "X, ..., and Y have left" is two people
    verb = root.head
    plural = [
        t for t in (verb, *verb.children) if t.lower_ in _PLURAL_AUXILIARIES and t.tag_ in ("VBP", "VBD")
    ]
    if not plural or (
        verb.lower_ not in _PLURAL_AUXILIARIES and not any(t.dep_ in ("aux", "auxpass") for t in plural)
    ):
        return None
    if about_sport(doc):
        return "Team"
    return "Organization" if label in ("ORG", "PERSON") else None


def _firm_cue(doc: Doc, start: int, end: int, label: str) -> str | None:
    """ "the firm Pernod", "his other band, Fightstar", "Glenmorangie, one of the whisky firms", "shares in
    Pernod", "Pernod shares": what only an organisation is or has, whatever NER's label says."""
    span = doc[start:end]
    root = span.root
    k = start - 1
    while k >= 0 and doc[k].text in cues.QUOTE_MARKS:
        k -= 1
    if k >= 0 and _firm_noun(doc[k]) and not _members(doc, k, end):
        return "Organization"
    if k >= 0 and _outlet_noun(doc[k]) and root.dep_ not in ("compound", "amod", "nmod"):
        return "Organization"  # "the Ivorian daily Fraternite Matin", not "at the weekly EC cereals tender"
    if k >= 1 and (doc[k - 1].lower_, doc[k].lower_) in cues.FIRM_PHRASES:
        return "Organization"  # "bought by market leader Diageo": no person leads a market
    if k >= 1 and _goods_maker(doc, k) and not (label == "PERSON" and end - start > 1):
        return "Organization"  # "game maker Valve"; not "games maker Peter Molyneux", a person's full name
    appositions = _appositions(span)
    if any(_firm_noun(t) and _determined(t) for t in appositions) or _comma_apposition(doc, start, end):
        return "Organization"
    if not _after_a_name(root) and any(_part_of_firm(t) and _beside(t, start, end) for t in appositions):
        return "Organization"  # "Yuganskneftegas, the main unit of Yukos"; not "X Inc in Austin, a unit"
    if firm_context(doc, start, end, label):
        return "Organization"  # "analysts Gartner", "a company called Akamai", "the Yukos unit"
    if _firms_own(doc, start, end, label):
        return "Organization"  # "Yahoo's profits", "a spokeswoman for Bat", "Apacs said its"
    if _firm_of_a_country(doc, start, end, label):
        return "Organization"  # "Agusta of Italy", "Snamprogetti of Italy"
    if label in ("GPE", "LOC", "FAC"):
        return None  # "shares in Paris", "London shares": a market's place
    after = doc[end] if end < len(doc) else None
    if after is not None and root.head.i == after.i and root.dep_ in ("compound", "poss"):
        return "Organization" if after.lemma_.lower() in cues.SHARE_NOUNS else None
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in cues.SHARE_NOUNS:
        return "Organization"
    return None


#: What only a firm has, after its one-word name or its possessive ("Yahoo's profits", "the Bat
#: spokeswoman"), or before "of" or "for" and its name ("a spokesman for Bat"): not earnings, shares or a
#: stake, which a star or a tycoon has too ("Khodorkovsky's shares").
_FIRMS_OWN = frozenset(
    {
        "profit", "revenue", "turnover", "shareholder", "spokesman", "spokeswoman", "spokesperson",
        "subsidiary", "employee", "workforce", "customer", "subscriber",
    }
)  # fmt: skip
#: Products only a maker has, after its one-word possessor ("Pfizer's popular hypertension drug", "Humax's
#: 26-inch LCD TV"): not a phone, a car or a brand, which a person has too ("Beckham's new car").
_MAKERS_OWN = frozenset(
    {
        "console", "browser", "software", "chip", "processor", "drug", "vaccine", "handset", "smartphone",
        "sedan", "coupe", "supercar", "airliner", "vodka", "whisky", "whiskey", "beer", "lager", "cognac",
        "liqueur", "tv", "television", "printer", "jetliner",
    }
)  # fmt: skip
#: Verbs of a firm's statement whose "its" right after is the subject's own ("Apacs said its figures").
_FIRM_STATEMENTS = frozenset({"say", "report", "announce", "post"})
_NAME_LABELS = frozenset({"PERSON", "LOC", "FAC", "ORG"})  # not a country's or a city's ("Britain's profits")


def _goods_maker(doc: Doc, k: int) -> bool:
    """ "game maker Valve", "car maker Ford", "UK think-tank Demos": a maker of goods, or a think-tank, at
    doc[k] right before a name is a firm (a "film maker" or a "policy maker" is a person)."""
    if doc[k].lower_ == "maker":
        return doc[k - 1].lower_ in cues.MAKERS_GOODS
    return doc[k].lower_ == "tank" and k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "think"


def _post_at(doc: Doc, start: int, label: str) -> bool:
    """ "Malcolm Seagrave, security expert at Energis", "Paul King, chief security architect at Cisco": the
    one-word name after a post's "at" is the employer. Not a name NER took for a place GeoNames knows, nor
    a location or a building ("officer at Heathrow", "workers at Sellafield")."""
    prep = doc[start].head
    post = prep.head.lemma_.lower() in cues.POSTS_AT_FIRMS
    if doc[start].dep_ != "pobj" or prep.lower_ != "at" or not post:
        return False
    return label in ("PERSON", "ORG") or (label == "GPE" and _no_known_place(doc[start].text))


def _firms_own(doc: Doc, start: int, end: int, label: str) -> bool:
    """ "Yahoo's profits", "the Bat spokeswoman", "Yukos' chief executive", "a spokeswoman for Bat",
    "Apacs said its", "Brisko customers", "Pfizer's popular drug", "Paris-based Euronext", "market analyst
    Datamonitor", "security expert at Energis": a one-word name
    (NER's person, or a place GeoNames does not know) that has what only a firm has, where nothing in the
    text makes it a person's name (a title before it, a full name it is a word of) and the text is
    not about sport (a club has shareholders too, and is a team)."""
    if end - start != 1 or doc[start].text in _person_names(doc):
        return False
    if label not in _NAME_LABELS and not (label == "GPE" and _no_known_place(doc[start].text)):
        return False
    k = end + 1 if end < len(doc) and doc[end].tag_ == "POS" else end
    if k < len(doc) and doc[k].lower_ == "chief":
        k += 1  # "Yukos' chief executive"
    owned = k < len(doc) and _firms_own_noun(doc[k])
    statement = end + 1 < len(doc) and doc[end].lemma_ in _FIRM_STATEMENTS and doc[end + 1].lower_ == "its"
    prep = doc[start].head
    of_firm = doc[start].dep_ == "pobj" and prep.lower_ in ("of", "for") and _firms_own_noun(prep.head)
    traded = start > 0 and _trade_title(doc[start - 1])
    cued = owned or statement or of_firm or traded or _makers_product(doc[start]) or _based(doc, start)
    cued = cued or _post_at(doc, start, label)
    return cued and not about_sport(doc)


#: Titles a firm holds as well as a person ("market analyst Datamonitor", "crude producer Yukos") ...
_TRADE_TITLES = frozenset({"producer", "analyst", "researcher", "consultant"})
#: ... after a word of commerce (a "film producer" or a "political analyst" is a person).
_TRADE_WORDS = frozenset(
    {
        "market", "industry", "crude", "oil", "gas", "steel", "property", "technology", "telecoms", "chip",
        "drug", "food", "retail", "research", "management",
    }
)  # fmt: skip


def _trade_title(title: Token) -> bool:
    """ "market analyst", "crude producer": a trade's title that names a firm before a one-word name no
    full person name holds (a person's surname alone is mostly a second mention of the full name)."""
    return title.lower_ in _TRADE_TITLES and title.i > 0 and title.nbor(-1).lower_ in _TRADE_WORDS


def _based(doc: Doc, start: int) -> bool:
    """ "Paris-based Euronext", "Hartford, Conn.-based United": a place's "-based" right before the name (a
    person's takes a noun between: "London-based designer X"; a thing's is no place's: "wheel-based")."""
    if start < 3 or doc[start - 1].lower_ != "based" or doc[start - 2].text != "-":
        return False
    return doc[start - 1].head.i == start and doc[start - 3].text[:1].isupper()


def _firm_of_a_country(doc: Doc, start: int, end: int, label: str) -> bool:
    """ "Agusta of Italy", "Aerospatiale of France": a one-word name NER took for a place that GeoNames does
    not know, then "of" and a country: a firm and its home, as the wires name foreign firms (a place in a
    country is "X, Italy" or "X in Italy"; "Bank of Italy" is one name, which NER reads whole)."""
    if end - start != 1 or label not in ("GPE", "LOC") or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    countries = (doc[k : k + width].text for width in (1, 2) if k + width <= len(doc))
    return any(geo_index().country([name]) for name in countries) and _no_known_place(doc[start].text)


def _no_known_place(name: str) -> bool:
    """NER's place that GeoNames knows as no country, state or city ("Norvex's drug", "Quarlon
    headquarters": a firm's name the model took for a place)."""
    geo = geo_index()
    known = geo.country([name]) or geo.city_candidates([name], alternates=True)
    return not known and name.casefold() not in geo.us_states


def _makers_product(name: Token) -> bool:
    """ "Pfizer's popular hypertension drug", "Humax's 26-inch LCD TV", "Yukos' former key oil production
    unit": the possessor of what only a maker makes, or of a part of a firm (adjectives and compounds may
    stand between)."""
    noun = name.head
    lemma = noun.lemma_.lower()
    return name.dep_ == "poss" and noun.pos_ == "NOUN" and (lemma in _MAKERS_OWN or lemma in PART_NOUNS)


def _firms_own_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    chief = noun.i > 0 and noun.nbor(-1).lower_ == "chief"
    return noun.pos_ == "NOUN" and (lemma in _FIRMS_OWN or (lemma == "executive" and chief))


def _person_names(doc: Doc) -> frozenset[str]:
    """Words the text makes a person's name (cached): a word of a full name NER calls a person's, and a
    word after an honorific or a title ("Mr Magnier", "President Kumaratunga")."""
    cached: frozenset[str] | None = doc.user_data.get("kg_person_names")
    if cached is None:
        # (the word after each title word, found in the Doc's shared words: a Token only for a title word)
        lowers = doc_words(doc).lowers
        titles = (k for k, lower in enumerate(lowers[:-1]) if _title_word(lower))
        titled = {doc[k + 1].text for k in titles if not _trade_title(doc[k])}
        cached = person_words(doc) | titled
        doc.user_data["kg_person_names"] = cached
    return cached


def _title_word(lower: str) -> bool:
    """names.is_title_word's test, on a lower-case word."""
    return lower in cues.HONORIFICS or lower in cues.TITLE_NOUNS


def _appositions(span: Span) -> list[Token]:
    root = span.root
    found = [root.head] if root.dep_ == "appos" else []
    found += [c for c in root.children if c.dep_ == "appos" and not span.start <= c.i < span.end]
    for token in list(found):  # "one of Scotland's premier whisky firms"
        if token.lower_ == "one":
            found += [g for p in token.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return found


def _comma_apposition(doc: Doc, start: int, end: int) -> bool:
    """ "his other band, Fightstar.": an apposition the parser missed, the name closing its clause."""
    closes = end == len(doc) or doc[end].is_punct
    return closes and start >= 2 and doc[start - 1].text == "," and _firm_noun(doc[start - 2])


def _members(doc: Doc, cue: int, end: int) -> bool:
    """ "skating duo Jayne Torvill and Christopher Dean": a band noun before a pair of names names its
    members, not the band."""
    pair = end < len(doc) and doc[end].lower_ in ("and", "&")
    return pair and doc[cue].lemma_.lower() in cues.BAND_NOUNS


def _determined(noun: Token) -> bool:
    """ "X, Russia's largest brewer", "X, one of the firms", "his band, X": an apposition's noun has its own
    determiner ("The Markfield, Leicestershire-based company": the parser's apposition has none)."""
    return noun.head.lower_ == "of" or any(c.dep_ in ("det", "poss") for c in noun.children)


def _part_of_firm(noun: Token) -> bool:
    """ "a unit of Y", "its division": a part of a firm whose firm the noun names (its "of" or possessor);
    a part without one may be a body's ("the police unit")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PART_NOUNS:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _beside(apposition: Token, start: int, end: int) -> bool:
    """The apposition is right after the name's comma (or before the name): "X, a division of Y", not "X, a
    statistician at Z in Austin, a division of Y", where the parser hangs the last one on X."""
    return apposition.i < start or apposition.left_edge.i == end + 1


def _after_a_name(root: Token) -> bool:
    """ "X Corp of Delaware", "X Service in Austin": the name ends another name or its place after a
    preposition (an apposition the parser hangs on it is the other name's)."""
    return root.dep_ == "pobj" and root.head.head.pos_ == "PROPN"


def _firm_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in cues.FIRM_NOUNS


def _outlet_noun(token: Token) -> bool:
    return token.is_lower and token.pos_ in ("NOUN", "ADJ") and token.lower_ in cues.OUTLET_NOUNS


def _club_name(doc: Doc, start: int, end: int) -> str | None:
    """ "Exeter City", "Blackburn Rovers", "Real Madrid": a club's name by its last or its first word, in a
    text about sport."""
    if end - start < 2:
        return None
    if doc[end - 1].text not in cues.CLUB_NAME_ENDINGS and doc[start].text not in cues.CLUB_NAME_OPENINGS:
        return None
    return "Team" if about_sport(doc) else None


def about_sport(doc: Doc) -> bool:
    """Two words of sport anywhere in the text. (A score alone would not do: Reuters ranges and votes, "a
    5-4 vote", are written the same way.)"""
    if "kg_about_sport" not in doc.user_data:
        words = cues.SPORT_WORDS.intersection(_word_sets(doc)[0])
        doc.user_data["kg_about_sport"] = len(words) >= 2
    return bool(doc.user_data["kg_about_sport"])


def _word_sets(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The Doc's lower-case lemmas and forms, as sets (cached): what a text is about is asked at many of its
    names, and a set tells whether it names a list's word without a walk over all its words each time."""
    cached = doc.user_data.get(_WORD_SETS_KEY)
    if not isinstance(cached, tuple):
        words = doc_words(doc)
        cached = doc.user_data[_WORD_SETS_KEY] = (frozenset(words.lemmas), frozenset(words.lowers))
    lemmas, lowers = cached
    return lemmas, lowers


_WORD_SETS_KEY: Final = "kg_word_sets"


def about_team_sport(doc: Doc) -> bool:
    """A text about sport that names a team sport's word (cues.TEAM_SPORT_WORDS): a report on athletics,
    tennis or golf is about sport, but its "Scotland's X" is no side's player."""
    return about_sport(doc) and not cues.TEAM_SPORT_WORDS.isdisjoint(_word_sets(doc)[0])


def about_individual_sport(doc: Doc) -> bool:
    """A text that names an individual sport's word (cues.INDIVIDUAL_SPORT_WORDS) and no team sport's: a
    report on tennis or athletics, where players beat players and a runner's "Sale's X" names his
    athletics club, not a side he plays for."""
    lemmas, lowers = _word_sets(doc)
    return cues.TEAM_SPORT_WORDS.isdisjoint(lemmas) and not cues.INDIVIDUAL_SPORT_WORDS.isdisjoint(lowers)


def non_playing_captain(doc: Doc, word: str) -> bool:
    """A "Spain captain X" in a report on tennis or golf: a Davis or Ryder Cup side's captain picks the side
    and plays in none (outside article bbc-sport-423 had him play for Spain); what he is to the side is not
    written, so the title ties him to none."""
    return word.lower() in ("captain", "skipper") and about_individual_sport(doc)


def about_sides(doc: Doc) -> bool:
    """A report on sport that may be about sides (clubs, national sides): about_sport, unless it is about an
    individual sport. Wider than about_team_sport, which a football report without a position's word fails
    ("Dundee Utd beat Aberdeen"); the rules that make a club or a side of a name ask this. A text that names
    a side's position is one too, however few of about_sport's words it names: a short report on a player's
    contract ("Manchester City's X ... the Dutch midfielder is out of contract") names no match."""
    return (about_sport(doc) or names_team_position(doc)) and not about_individual_sport(doc)


def a_side(doc: Doc, cls: str, classes: frozenset[str] = cues.SIDE_CLASSES) -> bool:
    """A club, or a name of ``classes`` in a report on sport, where a country, a city or a firm may name a
    side ("Italy travel to Edinburgh", "England manager X"). About sport, not about_sides: tennis and
    athletics have sides of countries too ("Great Britain travel to Israel for the Davis Cup tie", a relay
    team); on 50 outside tennis and athletics reports the two questions gave the same facts (r20e)."""
    return cls == "Team" or (cls in classes and about_sport(doc))


def names_team_position(doc: Doc) -> bool:
    """A text that names a side's position or a first cap (cues.TEAM_POSITION_WORDS): a report on a team
    sport, however few of about_sport's words it names."""
    return not cues.TEAM_POSITION_WORDS.isdisjoint(_word_sets(doc)[0])


def about_athletes(doc: Doc) -> bool:
    """A text about sport, or about athletes (cues.ATHLETE_WORDS) where a score or a match may be absent:
    wider than about_sport, for the rare frames that require sport."""
    return about_sport(doc) or not cues.ATHLETE_WORDS.isdisjoint(_word_sets(doc)[0])


def _starring(doc: Doc, end: int) -> str | None:
    """ "The Last Samurai, starring Tom Cruise", "In Good Company - starring Dennis Quaid": a name right
    before "starring" and a name is a film's or a show's (a gig's "starring" follows a common noun)."""
    k = end + 1 if end < len(doc) and doc[end].text in (",", "-", "–") else end
    if k + 1 >= len(doc) or doc[k].text != "starring":
        return None
    return "Work" if doc[k + 1].text[:1].isupper() else None


def _year_possessor(doc: Doc, start: int) -> str | None:
    """ "films including 1989's Shirley Valentine", "1999's American Beauty": a year's possessive before a
    name NER took for a person's dates a release; no year owns a person (dev22, bbc-entertainment-198:
    "she" went to the film)."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    year = doc[start - 2].text
    return "Work" if len(year) == 4 and year.isdigit() and year[:2] in ("19", "20") else None


def _work_context(root: Token) -> str | None:
    """ "her role in Vera Drake", "the cast of EastEnders": nouns whose "in" / "of" name a work. The first
    of a list carries it to the rest ("roles in Ray and Collateral")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    character = prep.head  # "his portrayal of Alfie Moon in EastEnders": the role's character between
    if (
        prep.lower_ == "in"
        and character.pos_ == "PROPN"
        and character.dep_ == "pobj"
        and character.head.lower_ == "of"
    ):
        prep = prep.head.head
        if prep.head.lemma_.lower() not in cues.ROLE_NOUNS:
            return None
        return "Work"
    if prep.head.pos_ != "NOUN":
        return None
    nouns = {"in": cues.ROLE_NOUNS, "of": cues.PART_OF_WORK_NOUNS}.get(prep.lower_, frozenset())
    return "Work" if prep.head.lemma_.lower() in nouns else None


def _legal_form_kind(doc: Doc, start: int, end: int) -> str | None:
    """ "Ranco Inc", "<Siebe Plc>": a name that ends in a company's legal form is a company, whatever NER
    took it for (a person, mostly, in Reuters' lists of firms)."""
    last = doc[end - 1]
    form = last.text.strip("<>.").lower()
    return "Organization" if end - start > 1 and form in _LEGAL_ENDS and last.text[:1].isupper() else None


def _head_word_kind(last: Token, single: bool = False) -> str | None:
    lower = last.lower_
    if lower in cues.AWARD_HEAD_NOUNS:
        return "Award"
    if last.i > 0 and (last.doc[last.i - 1].lower_, lower) in cues.AWARD_HEAD_PAIRS:
        return "Award"  # "a Golden Globe", "two Golden Globes"
    if (lower in cues.AGREEMENT_HEAD_NOUNS or lower in cues.LAW_HEAD_NOUNS) and last.is_title and not single:
        # "the International Coffee Agreement", "the Data Protection Act": a signed or enacted text, not a
        # body ("the EC's Treaty", "the Bill" alone is no name)
        return "Work"
    return "Event" if lower in cues.EVENT_HEAD_NOUNS else None


def _airline(doc: Doc, start: int, end: int) -> str | None:
    """ "Air China", "Air New Zealand": "Air" and a country's name are an airline (judges' seed 936), which
    NER reads as a place or lets the country's name stand for it."""
    if end - start < 2 or doc[start].text != "Air":
        return None
    return "Organization" if geo_index().country([doc[start + 1 : end].text]) else None


def _treaty_of_place(doc: Doc, start: int, end: int) -> str | None:
    """ "the Treaty of Rome": an agreement's noun, "of" and where it was signed name a Work, as an agreement's
    last word does (_head_word_kind)."""
    first = doc[start]
    if end - start > 2 and first.is_title and first.lower_ in cues.AGREEMENT_HEAD_NOUNS:
        return "Work" if doc[start + 1].lower_ == "of" else None
    return None


def _before(doc: Doc, start: int, end: int) -> str | None:
    """ "the film Ray", "the film 'Ray'": a cue noun right before the name (its compound or apposition)."""
    k = start - 1
    while k >= 0 and doc[k].text in cues.QUOTE_MARKS:
        k -= 1
    if k > 0 and doc[k].text == "The":
        k -= 1  # "reality show The Osbournes": NER leaves the title's article out
    if (
        k < 0
        or not (_noun(doc[k]) or doc[k].pos_ in ("PROPN", "ADJ"))
        or (doc[k].is_title and doc[k].pos_ == "PROPN")
    ):
        return None  # ("ADJ": the tagger's "single" in "their single Year 3000")
    cue, root = doc[k], doc[start:end].root
    if root.head.dep_ == "relcl" and root.head.head.i == cue.i:
        return None  # "the car Oswald drove": the name is the subject of a clause about the noun
    return kind_of_noun(cue.lemma_.lower())


def _town_of(doc: Doc, start: int, end: int) -> str | None:
    """ "near the village of X", "the town of X": the name is a settlement's (reuters21578-16318: NER's
    organisation), not a firm's with its legal form ("the town of Acme Inc" on a council's letterhead)."""
    if start < 3 or doc[start - 1].lower_ != "of" or doc[start - 3].lower_ != "the":
        return None
    if doc[end - 1].lower_.rstrip(".") in cues.LEGAL_FORMS:
        return None
    noun = doc[start - 2]
    return "City" if noun.is_lower and noun.lower_ in cues.SETTLEMENT_NOUNS else None


def title_after_work_noun(doc: Doc, start: int, end: int) -> bool:
    """ "the hit track Lady Marmalade", "his book Cloud Atlas": a name NER took for a person's right after a
    singular work noun (or "single", which the tagger calls an adjective) that modifies it or that it
    stands beside: the whole name is the title (the name layer would cut "Lady" as an honorific). Not a
    subject the noun is no part of, nor a possessor ("the show Lady Gaga's team made")."""
    k = start - 1
    if k < 0 or doc[k].tag_ not in ("NN", "JJ") or _before(doc, start, end) != "Work":  # JJ: "his single"
        return False
    root = doc[start:end].root
    if end < len(doc) and doc[end].tag_ == "POS":
        return False
    return doc[k].head.i == root.i or (root.head.i == k and root.dep_ not in ("nsubj", "nsubjpass"))


def _after(doc: Doc, start: int, end: int, label: str) -> str | None:
    """ "the Xbox console", "Chelsea striker Didier Drogba": a cue noun the name modifies."""
    k = end
    while k < len(doc) and doc[k].text in cues.QUOTE_MARKS:
        k += 1
    known_place = label in ("GPE", "LOC") and not _no_known_place(doc[start:end].text)
    if _makers_possessive(doc, start) and _product_head(doc, k) is not None and not known_place:
        # "Microsoft's Outlook e-mail program", "its Windows operating system"; not "its Texas oil technology"
        return "Product"
    if k >= len(doc) or doc[k].pos_ != "NOUN":
        return None
    lemma = doc[k].lemma_.lower()
    if kind_of_noun(lemma) is None and _award_noun_after(doc, k):
        k, lemma = k + 1, doc[k + 1].lemma_.lower()  # "the Golden Rose television awards"
    if lemma in cues.CLUB_ROLES and label != "ORG":  # "United boss Alex Ferguson"; "BT boss" is a firm's
        return "Team"
    if lemma == "manager" and about_sport(doc):  # "Chelsea manager X" of a sport report; "Fifa boss X"
        return "Team"
    if _role_in_work_after(doc, k, label):
        return "Work"
    kind = "Team" if lemma in cues.PLAYER_ROLES else kind_of_noun(lemma)
    if kind == "Award" and label == "ORG":  # "the Golden Rose award"; "the BBC award" is the giver's
        return kind if not any(t.is_upper for t in doc[start:end]) else None
    if kind == "Product" and _possessed(doc, start):
        return kind  # "its GameBoy console", "Sony's PlayStation console": the maker is the possessor
    if kind == "Work" and label != "ORG" and _after_possessor(doc, start):
        # "Radio 4's Today programme" (NER: a date), "Eminem's Encore album"; not a presenter's name
        # ("Radio 2's Jeremy Vine show")
        return None if person_name(doc, start, end) else kind
    # (not for works: in "their Channel 4 show" the possessors present the show, the channel makes it)
    return kind if kind is not None and label in _FOLLOWED_BY[kind] else None


def _role_in_work_after(doc: Doc, k: int, label: str) -> bool:
    """ "Scrubs actor Zach Braff", "Playschool presenter X": a role in a work between its name and
    a person's, outside sport ("Chelsea star John Terry"), for a name NER took for a person, a place or a
    thing, not a firm ("Channel 4 presenter X": the channel's); the gazetteer's places keep their class
    ("Hollywood star X")."""
    after = doc[k + 1] if k + 1 < len(doc) else None
    return (
        doc[k].lower_ in _WORK_ROLES
        and label in _WORK_ROLE_LABELS
        and after is not None
        and after.pos_ == "PROPN"
        and after.is_title
        and not about_sport(doc)
        and not (k > 0 and doc[k - 1].lower_ in cues.INDUSTRIES)
    )


#: Product nouns that name a product only after a maker's possessive and the name ("BT's Modem Protection
#: program", "Honda's Asimo robot"): alone they name schemes ("the Apollo program").
_OWNED_PRODUCT_NOUNS = frozenset({"printer", "plotter", "toolbar", "product"})
_OWNED_PRODUCT_NOUNS_ALONE = _OWNED_PRODUCT_NOUNS | {"program"}  # (made once, not at every noun)
#: Words before "program" that make it software ("its Windows multitasking program"): a "program" alone is
#: a scheme as often ("its Euro-MTN program", "CNN's Moneyline program").
_SOFTWARE_WORDS = frozenset({"mail", "software", "computer", "anti-virus", "antivirus", "multitasking"})
#: Head nouns that are products only after a lower-case compound ("its iPod music player", "the Windows
#: operating system"): a "player" alone is a sportsman's, a "system" anything's.
_COMPOUNDED_PRODUCT_NOUNS = frozenset({"player", "system"})
_MAX_PRODUCT_COMPOUNDS = 3  # "e - mail" is three tokens
_MAX_ADJECTIVES = 2  # between a maker's possessive and its product's name ("its new portable X player")


def _product_head(doc: Doc, k: int) -> int | None:
    """The index of the product noun a name before doc[k] modifies, across lower-case compound words
    ("Outlook e-mail program", "Internet Explorer web browser", "Windows operating system"), or None."""
    j = k
    while j < len(doc) and j - k < _MAX_PRODUCT_COMPOUNDS and _lower_compound(doc[j]):
        j += 1
    if j >= len(doc) or doc[j].pos_ != "NOUN" or not doc[j].is_lower:
        return None
    lemma = doc[j].lemma_.lower()
    compounded = j > k and lemma in _COMPOUNDED_PRODUCT_NOUNS
    software = lemma == "program" and j > k and doc[j - 1].lower_ in _SOFTWARE_WORDS
    owned = lemma in cues.PRODUCT_NOUNS or lemma in _OWNED_PRODUCT_NOUNS
    return j if owned or compounded or software else None


def _lower_compound(token: Token) -> bool:
    """A lower-case word (or a hyphen) that modifies a noun to its right: "web" of "web browser"."""
    # (the label first: it is cheaper than the head, a new Token)
    right = token.dep_ in ("compound", "amod", "nmod", "punct") and token.head.i > token.i
    return (
        right
        and (token.is_lower or token.text == "-")
        and token.pos_ in ("NOUN", "PROPN", "PUNCT", "VERB", "X")
    )


def _makers_possessive(doc: Doc, start: int) -> bool:
    """ "its", "their" or the 's of a named possessor that is no person or country, right before the name
    or before a lower-case adjective or two ("Nokia's new Visual Radio technology"): a maker's ("his Apple
    laptop" is his, "America's favourite Ford car" no maker's)."""
    k = start - 1
    while k > 0 and start - k <= _MAX_ADJECTIVES and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in ("its", "their"):
        return True
    owner = doc[k - 1] if k > 0 else None
    if doc[k].tag_ != "POS" or owner is None or owner.ent_type_ in ("PERSON", "NORP", ""):
        return False
    first = owner.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return not geo_index().country([doc[first : owner.i + 1].text])


def _possessed(doc: Doc, start: int) -> bool:
    """A possessive right before the name: "its", "their", or a possessor's 's."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and (before.tag_ in ("PRP$", "POS") or before.lower_ in ("its", "their"))


def _after_possessor(doc: Doc, start: int) -> bool:
    """A named possessor's 's right before the name ("BBC One's Breakfast with Frost programme"): the
    possessor is the work's maker or channel, and the name between it and the work noun the work's (not
    "their Channel 4 show", where the name is the channel's)."""
    owner = doc[start - 2] if start > 1 else None
    return owner is not None and doc[start - 1].tag_ == "POS" and (owner.pos_ == "PROPN" or owner.like_num)


def _award_noun_after(doc: Doc, k: int) -> bool:
    """doc[k] is a compound of an award noun right after it ("television awards")."""
    after = doc[k + 1] if k + 1 < len(doc) else None
    return (
        after is not None
        and doc[k].head.i == k + 1
        and after.pos_ == "NOUN"
        and after.lemma_.lower() in cues.AWARD_NOUNS
    )


def _appositive(span: Span) -> str | None:
    """ "Ray, his latest film," / "his latest film, Ray,": the name and a cue noun in apposition."""
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return kind_of_noun(root.head.lemma_.lower())
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and not span.start <= child.i < span.end:
            return kind_of_noun(child.lemma_.lower())
    return None


def cued_titles(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, class) of names NER missed beside a cue noun: a title after it ("their single Year
    3000", "the show Strictly Come Dancing": title-case words, with the small words titles hold), or a name
    before a noun that it modifies, for products, awards and clubs ("the Golden Rose award")."""
    found = (
        legal_names(doc, taken) + _camel_names(doc, taken) + headed_names(doc, taken) + body_names(doc, taken)
    )
    for start, end in listed_works(doc, title_end):
        if not any(taken[start:end]):
            found.append((start, end, "Work"))
            taken[start:end] = b"\x01" * (end - start)
    for start, end in accolade_names(doc):
        if not any(taken[start:end]):
            found.append((start, end, _head_word_kind(doc[end - 1]) or "Award"))
            taken[start:end] = b"\x01" * (end - start)
    words = doc_words(doc)
    for token in (
        doc[i]
        for i, (pos, lemma) in enumerate(zip(words.poses, words.lemmas, strict=True))
        if pos in ("NOUN", "VERB", "ADJ") and lemma in _CUE_LEMMAS
    ):
        # (every cue below is a noun, or one the tagger took for a verb or an adjective: _noun; a word no
        # cue set holds gives no kind, and makes no Token)
        lemma = token.lemma_.lower()
        kind = kind_of_noun(lemma) if _noun(token) else None
        if token.pos_ == "NOUN" and token.is_lower and (lemma in cues.BAND_NOUNS or lemma in cues.FIRM_NOUNS):
            kind = "Organization"  # "pop band Busted", "campaign group Liberty": a name NER took for nothing
            # (a lower-case cue: "Supermarkets General" is one name)
        club_role = kind is None and _club_role(token, lemma)
        kind = "Team" if club_role else kind
        if kind is None:
            continue
        spans = [_title_after(doc, token.i + 1)] if kind != "Team" else []
        if kind == "Organization":  # no "the band In 2002", "creditor banks Friday"
            spans = [(s, e) for s, e in spans if not any(_no_band_word(t) for t in doc[s:e])]
        spans += [_name_before(doc, token.i, club_role)] if kind not in ("Work", "Organization") else []
        before = _name_before(doc, token.i)
        if kind == "Work" and _after_possessor(doc, before[0]) and not person_name(doc, *before):
            spans.append(before)  # "Real's Harmony show": NER found no name before the work noun
        if kind == "Product":
            spans = [_model_after_maker(doc, s, e, taken) for s, e in spans]
        for start, end in spans:
            if end > start and not any(taken[start:end]):
                found.append((start, end, kind))
                taken[start:end] = b"\x01" * (end - start)
    found += _employers_after_posts(doc, taken)
    return found + _one_word_acts(doc, taken) + _one_word_firms(doc, taken) + _owned_products(doc, taken)


def _employers_after_posts(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, "Organization") of an employer's name NER missed right after a lower-case post's "at"
    ("X, director of product at Ask Jeeves, said", bbc-tech-053: "Ask" read as a verb): the proper nouns
    the parser makes the object of "at", ending the name there (no capitalised word after it), and no
    known place ("a lecturer at Leeds" names the town NER may miss)."""
    found = []
    for k, lower in enumerate(doc_words(doc).lowers):
        if lower != "at" or k + 1 >= len(doc) or taken[k + 1]:
            continue
        post = doc[k].head
        if doc[k].dep_ != "prep" or not post.is_lower or post.lower_ not in cues.TITLE_NOUNS:
            continue
        name = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
        if name is None or not all(_proper_word(t) for t in doc[k + 1 : name.i + 1]):
            continue
        end = name.i + 1
        if end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in ("of", "&", "and")):
            continue  # a longer name, NER's to find
        if any(taken[k + 1 : end]) or geo_index().city_candidates([doc[k + 1 : end].text], alternates=False):
            continue
        found.append((k + 1, end, "Organization"))
        taken[k + 1 : end] = b"\x01" * (end - k - 1)
    return found


def _proper_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.lower_ not in cues.CALENDAR_WORDS


#: The lemmas _one_word_acts reads a name after (its first test, in the Doc's shared words).
_MUSIC_NOUNS: Final = cues.SOLO_MUSIC_TRADES | cues.BAND_NOUNS


def _one_word_acts(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, kind) of a one-word act NER left unnamed after a lower-case music trade or band noun:
    "R&B singer Usher", "rapper Nelly" (a Person), "hip-hop duo OutKast" (an Organization; a camel-cased
    name, which title_end does not take for a title). One word only, with no capitalised word after it: a
    longer name is NER's to find, and a name it found keeps its kind."""
    found = []
    words = doc_words(doc)
    for i in range(len(doc) - 1):
        lemma = words.lemmas[i]
        if lemma not in _MUSIC_NOUNS or words.poses[i] not in ("NOUN", "ADJ", "PROPN"):
            continue  # (most words: no Token made; the tagger calls "rapper" before a name an adjective,
            # "duo" a proper noun: "US rap duo OutKast"; the lower case below keeps it a common word)
        token = doc[i]
        if not token.is_lower:
            continue
        if lemma in cues.SOLO_MUSIC_TRADES:
            kind = "Person"
        elif lemma in cues.BAND_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            kind = "Organization"
        else:
            continue
        k = token.i + 1
        if taken[k] or not _one_word_stage_name(doc, k):
            continue
        found.append((k, k + 1, kind))
        taken[k] = 1
    return found + _acts_named_again(doc, found, taken)


def _acts_named_again(
    doc: Doc, acts: list[tuple[int, int, str]], taken: bytearray
) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the other times the text writes a one-word act's name, as a proper noun on its
    own: "OutKast's musical career spans 10 years" (one name, one sense, in one article; NER, which missed
    it once, misses it again). At a sentence's start too: the name is no common word (repeated_titles,
    which skips one-word titles there, reads only title-case names, not "OutKast")."""
    if not acts:
        return []  # most articles name no act: no walk over every token
    kinds = {doc[k].text: kind for k, _, kind in acts}
    found = []
    for k, token in enumerate(doc):
        kind = kinds.get(token.text)
        if kind is not None and not taken[k] and token.pos_ == "PROPN" and _stands_alone(doc, k, k + 1):
            found.append((k, k + 1, kind))
            taken[k] = 1
    return found


#: Lower-case nouns of a firm's kind a one-word name NER missed may follow ("milk firm Yili", "mobile phone
#: network Orange"); not "maker" ("film maker X" is a person) nor the band nouns (_one_word_acts').
_ONE_WORD_FIRM_NOUNS: Final = (cues.FIRM_NOUNS - cues.BAND_NOUNS) | {"provider", "operator", "network"}


def _one_word_firms(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, "Organization") of a one-word firm's name NER left unnamed after a singular lower-case
    noun of a firm's kind with its own modifier: "milk firm Yili", "gay rights group OutRage" (the modifier
    makes the noun a description of the name, not "told the firm Yili was"). As _one_word_acts: one word
    with no capitalised word after it, nor a hyphen ("oil company TNK-BP") or "and" and a capitalised word
    ("local group Victims and Citizens Against Crime", one longer name)."""
    found = []
    words = doc_words(doc)
    for i in range(1, len(doc) - 1):
        if words.lemmas[i] not in _ONE_WORD_FIRM_NOUNS or words.poses[i] != "NOUN":
            continue
        token = doc[i]
        k = i + 1
        if not token.is_lower or token.tag_ != "NN" or doc[i - 1].pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue
        if taken[k] or not _one_word_stage_name(doc, k) or _joined_after(doc, k + 1):
            continue
        found.append((k, k + 1, "Organization"))
        taken[k] = 1
    return found


def _joined_after(doc: Doc, k: int) -> bool:
    """A hyphen, or "and" or "&" and a capitalised word, at ``k``: the name runs on."""
    if k >= len(doc):
        return False
    if doc[k].text == "-":
        return True
    return doc[k].lower_ in ("and", "&") and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()


def _one_word_stage_name(doc: Doc, k: int) -> bool:
    """A capitalised proper noun in the sentence that no capitalised word follows, nor a possessive with a
    capitalised word after it: "duo OutKast's trio of trophies" is the act's, "group Destiny's Child" one
    longer name."""
    name = doc[k]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.is_sent_start or not name.is_alpha:
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is not None and after.tag_ == "POS":
        after = doc[k + 2] if k + 2 < len(doc) else None
    return after is None or not after.text[:1].isupper()


def _owned_products(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, "Product") of names NER missed between a maker's possessive and a product noun beyond
    lower-case compounds, or one that names a product only there: "its Windows operating system",
    "Microsoft's Outlook e-mail program", "BT's Modem Protection program"."""
    found = []
    for token in (doc[i] for i, pos in enumerate(doc_words(doc).poses) if pos == "NOUN"):
        if not token.is_lower:
            continue
        first = token.i
        while first > 0 and token.i - first < _MAX_PRODUCT_COMPOUNDS and _lower_compound(doc[first - 1]):
            first -= 1
        if first == token.i and token.lemma_.lower() not in _OWNED_PRODUCT_NOUNS_ALONE:
            continue  # a product noun right after the name: cued_titles' own
        start, end = _name_before(doc, first)
        free = end > start and not any(taken[start:end])
        if free and _makers_possessive(doc, start) and _product_head(doc, end) == token.i:
            found.append((start, end, "Product"))
            taken[start:end] = b"\x01" * (end - start)
    return found


def _no_band_word(token: Token) -> bool:
    lower = token.lower_
    return token.pos_ in _FUNCTION_POS or lower in cues.CALENDAR_WORDS


def legal_names(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, "Organization") of company names NER missed whose legal form says what they are
    ("Thies Cos Inc", "Swift Independent Packing Co", "Bank of New York Co"): the capitalised words before
    the form, with "of", "and" or "&" between two of them (not in a headline's capitals, where "SHARES OF
    ACME INC" would be one name), and not a sentence's first word that is no name ("Shares of Acme Inc")."""
    found = []
    for k, lower in enumerate(doc_words(doc).lowers):
        if taken[k] or lower.rstrip(".") not in _LEGAL_ENDS:
            continue
        token = doc[k]
        if not token.text[0].isupper():
            continue
        if k + 1 < len(doc) and doc[k + 1].text == "-":
            continue  # "Co-operative"
        start = k
        while start > 0 and k - start < _MAX_TITLE_TOKENS and not taken[start - 1]:
            word = doc[start - 1]
            # (no test of sentence bounds: the parser may cut "Sun | Microsystems Inc"; a full stop, a
            # line break or a lower-case word ends the name anyway)
            if _firm_word(word):
                start -= 1
            elif word.lower_ in _FIRM_CONNECTORS and start - 1 > 0 and _firm_word(doc[start - 2]):
                if word.is_upper or _capitals(doc[start]) or doc[start - 2].is_sent_start:
                    break
                start -= 1
            else:
                break
        while start < k and (doc[start].lower_ in _FIRM_CONNECTORS or _common_opening(doc[start])):
            start += 1
        end = k + 1
        while end < len(doc) and not taken[end] and doc[end].text.rstrip(".").lower() in _LEGAL_ENDS:
            end += 1  # "Thies Cos Inc"
        if _part_of_longer(doc, start, end, taken):
            continue
        if any(t.text.rstrip(".").lower() not in cues.LEGAL_FORMS for t in doc[start:k]):
            found.append((start, end, "Organization"))
            taken[start:end] = b"\x01" * (end - start)
    return found


def headed_names(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, class) of names NER missed whose capitalised last word says what they are: "South Wales
    Police", "the Wales Tourist Board", "the Mercury Music Prize" (an award), "the Qatar Open" (an event):
    two to five capitalised words of a name inside a sentence, read only where the name surely starts and
    ends there: after a word in lower case or a comma, and before no "of" ("the Royal Bank of Scotland"),
    hyphen ("Soros Foundation-Kazakhstan") nor another capitalised word ("World War I")."""
    found = []
    for k, lower in enumerate(doc_words(doc).lowers):
        if taken[k] or lower not in _HEADED:
            continue
        token = doc[k]
        if not token.is_title or k + 1 >= len(doc):
            continue
        after = doc[k + 1]
        if after.text[:1].isupper() or after.text in ("-", "–") or _goes_on(doc, k + 1):
            continue  # a longer name, whose end this rule does not know
        start = k
        while start > 0 and k - start < 4 and not taken[start - 1] and _headed_word(doc[start - 1]):
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if start == k or doc[start].is_sent_start or before is None or not _opens_name(before):
            continue
        found.append((start, k + 1, _head_word_kind(token) or _place_or_body(token)))
        taken[start : k + 1] = b"\x01" * (k + 1 - start)
    return found


_MAX_BODY_TOKENS = 8


_BODY_HEAD = capitalised_words(cues.BODY_HEADS, r"\s+(?:of|for)\b")


def body_names(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, "Organization") of a government body's names NER missed, head first: "the US Department
    of Agriculture", "a UK Department of Health spokesman" (NER takes nothing where a country's abbreviation
    opens the name). The name is the head, "of" or "for", and the capitalised words of its domain, with
    "and" between two of them ("Department of Trade and Industry"); no name starts with "the" after "of"
    ("the Office of the President": a post's office)."""
    found = []
    for head in words_matching(doc, _BODY_HEAD):
        k = head.i
        if taken[k] or not opens_body_name(doc, k) or not _domain_word(doc[k + 2], taken):
            continue
        end = k + 3
        while (end < len(doc) and _domain_word(doc[end], taken)) or (
            end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and _domain_word(doc[end + 1], taken)
        ):
            end += 1
        start = k
        while start > 0 and _name_word_before(doc[start - 1], taken):
            start -= 1  # "Royal Bank of Scotland", "Federal Ministry of Finance": the words before the head
        if end - start <= _MAX_BODY_TOKENS:
            found.append((start, end, "Organization"))
            taken[start:end] = b"\x01" * (end - start)
    return found


def opens_body_name(doc: Doc, k: int) -> bool:
    """Whether doc[k] opens a body's name: "Department of", "Office for" (capitalised)."""
    return (
        k + 2 < len(doc)
        and doc[k].is_title
        and doc[k].lower_ in cues.BODY_HEADS
        and doc[k + 1].lower_ in ("of", "for")
    )


def _name_word_before(token: Token, taken: bytearray) -> bool:
    """A capitalised word before a body's head that is the name's own ("Royal" of "Royal Bank of Scotland"),
    at a sentence's start too: no determiner ("The"), no date word, no word of another name."""
    return (
        not taken[token.i]
        and token.is_title
        and token.is_alpha
        and not token.is_stop
        and token.lower_ not in cues.CALENDAR_WORDS
    )


def _domain_word(token: Token, taken: bytearray) -> bool:
    """A capitalised word of a body's domain ("Agriculture", "Labor"), in no other name, and no title after
    the name ("Bank of Japan Governor X")."""
    return (
        not taken[token.i]
        and not is_title_word(token)
        and token.is_title
        and token.is_alpha
        and token.lower_ not in cues.CALENDAR_WORDS
        and not token.is_sent_start
    )


_MAX_HEADED_TOKENS = 6


def agency_name_end(doc: Doc, start: int, taken: bytearray) -> int | None:
    """End of a name NER missed that starts at doc[start] and whose capitalised last word says it is a
    public body (cues.AGENCY_HEADS: "Environmental Protection Agency", "Securities and Exchange Commission":
    "and" between two of its words), where it surely ends (before no capitalised word, "of" or hyphen);
    None when there is none."""
    k = start
    while k < len(doc) and k - start < _MAX_HEADED_TOKENS and not taken[k]:
        token = doc[k]
        if not _headed_word(token) and not (
            token.lower_ in ("and", "&") and k > start and k + 1 < len(doc) and _headed_word(doc[k + 1])
        ):
            break
        k += 1
    for end in range(k, start + 1, -1):  # the longest run that ends in a body's word
        last, after = doc[end - 1], doc[end] if end < len(doc) else None
        if not last.is_title or last.lower_ not in cues.AGENCY_HEADS:
            continue
        if after is None or not (after.text[:1].isupper() or after.text in ("-", "–") or _goes_on(doc, end)):
            return end
        return None
    return None


def _goes_on(doc: Doc, k: int) -> bool:
    """ "of Scotland", "for the Southern District": a small word at doc[k] and a capitalised word after it."""
    if doc[k].lower_ not in cues.NAME_GOES_ON:
        return False
    k += 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "the" else 1
    return k < len(doc) and doc[k].text[:1].isupper()


def _opens_name(before: Token) -> bool:
    """A word a name may follow: one in lower case that joins no name ("of", "and", "'s": "the UK's Royal
    Bank", "London and Scottish Marine Oil Plc"), or a comma, a bracket, a quotation mark."""
    if before.tag_ == "POS" or before.lower_ in cues.NAME_GOES_ON:
        return False
    return before.is_lower or (before.is_punct and before.text not in ("-", "–", "&"))


def _headed_word(token: Token) -> bool:
    """A capitalised word of a name: not a title ("Chief Executive"), a day or a month; "All" or "No"
    opening one ("the All England Club")."""
    lower = token.lower_
    return opening_quantifier(token) or (
        token.is_title
        and token.is_alpha
        and token.pos_ in ("PROPN", "NOUN", "ADJ")
        and lower not in cues.TITLE_NOUNS
        and lower not in cues.HONORIFICS
        and lower not in cues.CALENDAR_WORDS
    )


#: Last words that make the capitalised words before them one name (not a document's: "Green Paper").
_HEADED = cues.NAME_HEADS - {"paper", "daily", "maker", "producer", "developer", "operator", "giant", "firm"}


def _place_or_body(head: Token) -> str:
    return "Location" if head.lower_ in cues.PLACE_HEAD_NOUNS else "Organization"


def _camel_names(doc: Doc, taken: bytearray) -> list[tuple[int, int, str]]:
    """Brand names that start in lower case ("iPod", "iTunes", "eDonkey"), which NER does not take for
    names: a product where a cue says so, or where a possessive, "the" or a noun beside it treats the word
    as a thing ("its iPod family", "the iPod mini"; "eBay said" names a firm, and is left alone)."""
    found = []
    for token in words_matching(doc, _CAMEL_STARTS):  # (not a regex on every token)
        k = token.i
        if taken[k] or not _CAMEL.match(token.text):
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        thing = _possessed(doc, k) or (k > 0 and doc[k - 1].lower_ == "the")
        kind = cued_kind(doc, k, k + 1, "PRODUCT") or (
            "Product" if thing or (after is not None and after.pos_ == "NOUN" and after.is_lower) else None
        )
        if kind is not None:
            found.append((k, k + 1, kind))
            taken[k] = 1
    return found


def _part_of_longer(doc: Doc, start: int, end: int, taken: bytearray) -> bool:
    """The words found end a longer name this rule cannot read whole: "Connecticut Light and Power Co"
    (NER took a part), "Chas. P. Young Co", "Hospital Corp of America"."""
    before = doc[start - 1] if start > 0 else None
    joined_before = before is not None and (
        bool(taken[start - 1])
        or before.lower_ in _FIRM_CONNECTORS
        or (before.text[:1].isupper() and before.pos_ != "DET" and not before.is_sent_end)
    )
    after = doc[end] if end < len(doc) else None
    return joined_before or (
        after is not None
        and after.lower_ in _FIRM_CONNECTORS
        and end + 1 < len(doc)
        and doc[end + 1].text[:1].isupper()
    )


def _capitals(token: Token) -> bool:
    """A word in a headline's capitals ("ACME"), not an initial ("B and D Instruments Inc")."""
    return token.is_upper and len(token.text) > 1


def _firm_word(token: Token) -> bool:
    """A word of a company's name: capitalised ("Thies", "Page-Wilson", "ICN"), not a title's small word."""
    return token.text[:1].isupper() and (token.is_alpha or "-" in token.text or "&" in token.text)


def _common_opening(token: Token) -> bool:
    """An article, or a sentence's first word the tagger reads as no name before "of" ("Shares of Acme
    Inc"): its capital is its place's ("Sun Microsystems Inc" keeps its first word)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    opening = bool(token.is_sent_start) and token.pos_ not in ("PROPN", "X")
    return token.pos_ == "DET" or (opening and after is not None and after.lower_ in _FIRM_CONNECTORS)


_ACCOLADE_WORDS = any_case_words(cues.ACCOLADE_WORDS)


def accolade_names(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the prizes in "Oscar-winning actor", "Booker Prize-nominated novel", "Grammy-winner
    X": capitalised words joined by a hyphen to "winning", "nominated" or "winner" ("award-winning" names
    no prize; "World Cup-winning" names a contest, typed by its last word). Cached: the mention layer
    and the facts' accolades read them, and the Doc's words do not change between."""
    cached = doc.user_data.get(_ACCOLADES_KEY)
    if cached is None:
        cached = doc.user_data[_ACCOLADES_KEY] = _accolade_names(doc)
    return list(cached)


_ACCOLADES_KEY: Final = "kg_accolade_names"


def _accolade_names(doc: Doc) -> list[tuple[int, int]]:
    found = []
    for token in words_matching(doc, _ACCOLADE_WORDS):  # (these words only, not every token)
        k = token.i
        if token.lower_ not in cues.ACCOLADE_WORDS or k < 2 or doc[k - 1].text != "-":
            continue
        if doc[k - 2].whitespace_ or doc[k - 1].whitespace_:
            continue  # "Oscar - winning" is two clauses' words, not one adjective
        start = k - 1
        while start > 0 and k - 1 - start < _MAX_TITLE_TOKENS and _prize_word(doc[start - 1]):
            if doc[start - 1].is_sent_start and doc[start - 1].lower_ in cues.AWARD_NOUNS:
                break
            start -= 1
        if start < k - 1 and any(t.lower_ not in cues.AWARD_NOUNS for t in doc[start : k - 1]):
            found.append((start, k - 1))
    return found


def _prize_word(token: Token) -> bool:
    return token.is_title and token.pos_ not in _FUNCTION_POS  # not "The" of "The Oscar-nominated film"


def _model_after_maker(doc: Doc, start: int, end: int, taken: bytearray) -> tuple[int, int]:
    """ "an IBM ThinkVantage computer": the model's name after its maker's (a name already), before the
    product noun ("Havana Club rum" is no club of Havana's: a place names no maker)."""
    k = start
    while k < end and taken[k] and doc[k].ent_type_ == "ORG":
        k += 1
    return (k, end) if k > start else (start, end)


def _noun(token: Token) -> bool:
    """A noun, or a word the tagger took for a verb though a noun compounds it ("reality TV show The
    Osbournes") or a singular noun stands before its plain form ("the talent show X": a singular subject
    would take "shows")."""
    if token.pos_ == "NOUN":
        return True
    if token.pos_ == "ADJ":  # "the 1996 single Return of the Mack": the tagger's adjective before the title
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return after is not None and token.head.i == after.i and after.pos_ == "PROPN" and after.is_title
    before = token.doc[token.i - 1] if token.i > 0 else None
    # "mainstream BBC One show My Family": a channel's show, which the tagger takes for a verb
    if token.lower_ == "show" and any(end == token.i for _, end in channel_names(token.doc)):
        return True
    if token.pos_ != "VERB" or before is None or before.pos_ != "NOUN":
        return False
    return (before.dep_ == "compound" and before.head.i == token.i) or (
        before.tag_ == "NN" and token.tag_ in ("VB", "VBP")
    )


def _title_after(doc: Doc, start: int) -> tuple[int, int]:
    while start < len(doc) and doc[start].text in cues.QUOTE_MARKS:
        start += 1
    return start, title_end(doc, start)


#: Role nouns after a club's name; not "boss": "Fifa boss X", "Ofsted boss X" head bodies
#: (titles.split_unnamed_organisation's).
_CLUB_ROLES = cues.PLAYER_ROLES | {"manager"}
#: Every lemma at which cued_titles finds a kind: the cue nouns of kind_of_noun, bands and firms, club roles.
_CUE_LEMMAS = (
    cues.WORK_NOUNS
    | cues.PRODUCT_NOUNS
    | cues.AWARD_NOUNS
    | cues.TEAM_NOUNS
    | cues.BAND_NOUNS
    | cues.FIRM_NOUNS
    | _CLUB_ROLES
)


def _club_role(token: Token, lemma: str) -> bool:
    """ "Arsenal manager Arsene Wenger", "Celtic manager X", "Leeds striker X": in a text about sport, a
    role noun (``lemma``, lower case) whose name NER folded into the person's makes that name a club's."""
    return token.pos_ == "NOUN" and lemma in _CLUB_ROLES and about_sport(token.doc)


def _name_before(doc: Doc, cue: int, club_role: bool = False) -> tuple[int, int]:
    """The capitalised compound words right before a cue noun ("the Golden Rose award"), not at a
    sentence's start (where any word has a capital) unless the parser took it for a name before a club
    role ("Arsenal boss X" opens many a sentence; "Caretaker boss X" is no name)."""
    start = cue
    name_pos = ("PROPN", "ADJ") if club_role else ("PROPN",)  # the tagger makes "Arsenal boss" an adjective's
    while start > 0 and doc[start - 1].pos_ in name_pos and doc[start - 1].head.i >= start - 1:
        if not doc[start - 1].text[:1].isupper() or start - 1 < cue - _MAX_TITLE_TOKENS:  # "ThinkVantage"
            break
        start -= 1
    if start < cue and doc[start].is_sent_start and not (club_role and _named_elsewhere(doc[start])):
        start += 1
    if 0 < start < cue and opening_quantifier(doc[start - 1]):
        start -= 1  # "All Blacks captain X": the parser hangs "All" apart, as a determiner
    return start, cue


def _named_elsewhere(token: Token) -> bool:
    """A sentence's first word the text also capitalises inside a sentence: a name ("Arsenal"), not a
    word that has its capital from where it stands ("Caretaker boss X")."""
    return any(t.text == token.text and not t.is_sent_start for t in token.doc if t.i != token.i)


def title_end(doc: Doc, start: int) -> int:
    """End of the title-case words from ``start`` (a title starts with a capital: "the film version" has
    none), within the sentence, small words allowed between capitalised ones."""
    if start >= len(doc) or not doc[start].is_title:
        return start
    end = start
    while end < len(doc) and end - start < _MAX_TITLE_TOKENS and (end == start or not doc[end].is_sent_start):
        token = doc[end]
        if not (token.is_title or token.is_upper or token.like_num or _small_word(doc, end, start)):
            break
        end += 1
    if end == start + 1 and doc[start].pos_ == "PRON":
        return start  # "the best film I have seen"; not "What I Go To School For"
    return end


def _small_word(doc: Doc, k: int, start: int) -> bool:
    """A lower-case word inside a title, before a capitalised word ("Lord of the Rings", "Thought for the
    Day": two small words at most), a hyphen that joins two ("The X-Factor") or the possessive 's of the
    title's first word ("Woman's Hour"; "Band Aid's Do They Know ..." names the maker, then the title)."""
    after = k + 1
    if doc[k].lower_ in _TITLE_CONNECTORS and after < len(doc) and doc[after].lower_ in ("the", "a", "an"):
        after += 1
    if after >= len(doc) or not doc[after].is_title:
        return False
    if doc[k].is_lower and doc[after].lower_ in cues.DAY_NAMES:
        return False  # "the Channel 4 show Faking It on Tuesday": the day the show is on, not its title's
    if doc[k].lower_ == "with" and doc[k].is_lower and _opens_full_person_name(doc[after]):
        return False  # "the track Blue Velvet with Joe Marr": who sang with her ("What a Girl Wants" is one)
    hyphen = doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
    inner_possessive = (  # "Hell's Kitchen"; not a person's "Gus Van Sant's Finding Forrester"
        doc[k].tag_ == "POS" and k == start + 1 and doc[start].is_title and doc[start].ent_type_ != "PERSON"
    )
    # "Do They Know It's Christmas", "What'd I Say", "I Can't Stop Loving You": a contraction, no possessive
    glued = doc[k].lower_ in _CONTRACTIONS and not doc[k - 1].whitespace_
    contraction = glued or (doc[k].lower_ in ("'s", "’s") and doc[k - 1].pos_ == "PRON")
    return doc[k].lower_ in _TITLE_CONNECTORS or hyphen or inner_possessive or contraction


def _opens_full_person_name(token: Token) -> bool:
    """The first word of a name of two or more words NER calls a person's ("with Joe Marr"; a title's "with
    Frost" is one word)."""
    return (
        token.ent_iob_ == "B"
        and token.ent_type_ == "PERSON"
        and token.i + 1 < len(token.doc)
        and (token.doc[token.i + 1].ent_iob_ == "I")
    )


def repeated_titles(
    doc: Doc, named: list[tuple[int, int, str]], taken: bytearray
) -> list[tuple[int, int, str]]:
    """(start, end, class) of the other times the text writes a work, product or award it has named:
    "reality show The Osbournes" types every later "The Osbournes" (one name, one sense, in one article),
    where NER found nothing. The words must match with their capitals and stand alone ("Ray" in "Ray
    Charles" is a part of another name)."""
    found: list[tuple[int, int, str]] = []
    forms = {doc[s:e].text: (e - s, cls) for s, e, cls in named if cls in _REPEATED and doc[s].is_title}
    if not forms:
        return found  # (most texts name no such title: no walk over the Doc)
    for k in range(len(doc)):
        if taken[k] or not doc[k].is_title:
            continue
        for form, (width, cls) in forms.items():
            if width == 1 and doc[k].is_sent_start:
                continue  # "Doctors said ...": any word has a capital there
            end = k + width
            if doc[k:end].text == form and not any(taken[k:end]) and _stands_alone(doc, k, end):
                found.append((k, end, cls))
                taken[k:end] = b"\x01" * width
                break
    return found


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    joined = (before is not None and before.pos_ == "PROPN" and not before.is_sent_end) or (
        after is not None and after.pos_ == "PROPN" and after.is_title
    )
    return not joined


def settle_titles(rows: list[MentionRow]) -> list[MentionRow]:
    """Every mention of a name the text calls a work, product or award takes that class: "MTV's The
    Osbournes" in a headline (NER: a place) is the show the body calls "reality TV show The Osbournes".
    Names from the gazetteer keep theirs."""
    forms = {_bare(r.surface): r.cls for r in rows if r.flags & CUED and r.cls in _REPEATED}
    return [
        r._replace(cls=forms[_bare(r.surface)])
        if _bare(r.surface) in forms and r.cls in _SETTLED and not r.flags & (CUED | GAZETTEER)
        else r
        for r in rows
    ]


def _bare(surface: str) -> str:
    return surface.removeprefix("The ")  # NER's names lose their article, the titles keep theirs
