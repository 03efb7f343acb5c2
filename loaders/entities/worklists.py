"""Titles the text frames as works, whatever NER made of their words:

- listed after a plural work noun: "more than 25 films, including Jungle Fever, Do the Right Thing and
  Summer of Sam", "their singles include Year 3000, You Said No and Crashed the Wedding", "1960s hits such as
  Come Tomorrow and Sha La La" (the noun says what every item of the list is);
- set off by commas after a singular work noun with its own determiner or possessor: "his song, Like Toy
  Soldiers, stormed to the top", "Miyazaki's latest film, Howl's Moving Castle," (an apposition: the title
  is the work the noun names);
- between a maker's possessive and a work noun: "BBC One's Breakfast with Frost programme", "the
  network's The Music Biz show" (a broadcaster's programme: NER takes "Frost" for a person);
- after a channel's possessive: "Channel 4's Supernanny", "Radio 4's Today" (what a channel has with a
  title's capitals is a programme; its presenters, "Radio 2's Jeremy Vine", are left to NER), and after a
  broadcaster's: "the BBC's Breakfast with Frost", "NBC's The Contender" (not an event it covers);
- between a person's "his", "her" or "their" and a work noun, two or more title-case words: "his In
  Pieces series", "their Please Please Me album" (not a channel or a place: "their Channel 4 show");
- before "starring" and a name: "The Woodsman, starring Kevin Bacon", "In Good Company - starring Dennis
  Quaid" (what stars people is a film or a show), before ", directed by" and a name ("House of Flying
  Daggers, directed by Yimou Zhang"), and before an apposition of a work noun: "Sideways, a
  wine-tasting comedy starring ...", "Man To Man, a historical epic";
- after "starred in" or a role's "in": "she starred in Dark Water", "her role in Vera Drake", "a cameo
  appearance in 24 Hour Party People" (what one stars or has a role in is a work);
- after a person's verb of presenting: "Ms Robinson, who presents The Weakest Link", "Carson, who hosted
  the Tonight Show" (what a person presents or hosts, no event, is a programme);
- before a presenter's or an actor's role noun and the person's name: "Strictly Come Dancing presenter Tess
  Daly", "Holby City actor Jeremy Edwards" (a title of two or more words NER cut or missed);
- after a person's or a band's possessive, two or more title-case words NER left unnamed: "Clint Eastwood's
  Million Dollar Baby", "Led Zeppelin's Stairway to Heaven" (what a person has with a title's capitals and
  no name of its own is a work, in a text that names a kind of work; not a body, an event or a place, "Tony
  Blair's Labour Party").
- after an award's category and its "for": "won best actor for Ray", "the best director prize for The
  Aviator", "best original song for Learn To Be Lonely" (what a category is won for, where no person is
  named there, is the work; :func:`category_titles`, read where the categories are).

A channel's name itself ("Radio 4", "Channel 5", "BBC Two") is read here too (:func:`channel_names`): NER
finds "BBC" of "BBC Two" and nothing of "Radio 4".

NER finds some of the titles (as organisations, places or people) and misses the rest. :func:`listed_works`
gives the spans of the titles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Final

from spacy.tokens import Doc, Span, Token

from loaders.entities import cues
from loaders.entities.places import geo_index
from loaders.entities.records import doc_words

_INTRODUCERS = frozenset({"including", "include", "includes", "included"})
_MAX_ITEMS = 12
_MAX_TITLE = 6
_SMALL_WORDS = frozenset({"of", "the", "a", "on", "in", "to", "for", "and", "with", "at", "from"})

TitleEnd = Callable[[Doc, int], int]


def listed_works(doc: Doc, title_end: TitleEnd) -> list[tuple[int, int]]:
    """(start, end) of each title in the lists the text introduces with a plural work noun, and of the
    titles framed by a possessive and a work noun (cached)."""
    cached = doc.user_data.get("kg_listed_works")
    if cached is None:
        found = _framed_titles(doc, title_end)
        cached = [span for _, items in work_lists(doc, title_end) for span in items]
        cached += [span for _, span in apposed_titles(doc, title_end)]
        cached += found["possessed"]
        channels = channel_names(doc) + found["numbered channel"]
        cached += [span for _, end in channels if (span := _channel_title(doc, end, title_end))]
        broadcasters = _broadcaster_ends(doc)
        cached += [span for end in broadcasters if (span := _broadcaster_title(doc, end, title_end))]
        for reader in ("called", "over names", "starring", "starred in", "presented", "role", "person's"):
            cached += found[reader]
        doc.user_data["kg_listed_works"] = cached
    return list(cached)


def _framed_titles(doc: Doc, title_end: TitleEnd) -> defaultdict[str, list[tuple[int, int]]]:
    """The (start, end) each reader of a title at one word finds, by reader, in one pass over the doc. A
    reader is asked only at a word it can fire on (the first test it makes itself: a work noun, a verb of
    titling or presenting, "starring", "in", a role, a digit's end, a possessive), so most words cost a few
    set look-ups in the Doc's shared words and no Token."""
    found: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)  # a reader that found none: []
    words = doc_words(doc)
    for i, (lower, lemma, tag) in enumerate(zip(words.lowers, words.lemmas, words.tags, strict=True)):
        if not (lower in _FRAMING_LOWERS or lemma in _FRAMING_LEMMAS or tag == "POS" or lower[-1:].isdigit()):
            continue  # (most words: no Token made, nor a call; the readers' first tests, as sets)
        token = doc[i]
        if lower in cues.WORK_NOUNS and (span := _possessed_title(doc, token)) is not None:
            found["possessed"].append(span)
        if lower[-1:].isdigit() and _numbered_channel(token):
            found["numbered channel"].append((token.i, token.i + 1))
        if lemma in _TITLING_VERBS and (span := _called_title(doc, token, title_end)) is not None:
            found["called"].append(span)
        if lemma in cues.WORK_NOUNS and (span := _title_over_names(doc, token, title_end)) is not None:
            found["over names"].append(span)
        if (lower in _CREDITS or lemma in cues.WORK_NOUNS) and (span := _starring_title(doc, token)):
            found["starring"].append(span)
        if lower == "in":
            found["starred in"] += _starred_in_titles(doc, token, title_end)
        if lemma in _PRESENTING_VERBS and (span := _presented_title(doc, token, title_end)) is not None:
            found["presented"].append(span)
        if lower in _TITLED_ROLES and (span := _role_title(doc, token)) is not None:
            found["role"].append(span)
        if tag == "POS" and (span := persons_title(doc, token, title_end)) is not None:
            found["person's"].append(span)
    return found


def work_lists(doc: Doc, title_end: TitleEnd) -> list[tuple[Token, list[tuple[int, int]]]]:
    """Each plural work noun that introduces a list ("films, including"), with the (start, end) of its
    items."""
    lists = []
    for i, lower in enumerate(doc_words(doc).lowers):
        if lower not in _INTRODUCERS and lower != "as":
            continue  # (both tests open with the word: no Token made for most words)
        token = doc[i]
        if lower in _INTRODUCERS and _introduces(token):
            noun = token.head if token.dep_ == "prep" or lower == "including" else _subject_noun(token)
            lists.append((noun, _items(doc, token.i + 1, title_end)))
        elif lower == "as" and _such_as(token):
            lists.append((doc[token.i - 2], _items(doc, token.i + 1, title_end)))
    return lists


def apposed_titles(doc: Doc, title_end: TitleEnd) -> list[tuple[Token, tuple[int, int]]]:
    """Each singular work noun with the (start, end) of the title set off by commas after it."""
    words = doc_words(doc)
    nouns = (  # (its first tests, on the Doc's shared words: a Token only for a work noun)
        doc[i]
        for i, (tag, lemma) in enumerate(zip(words.tags, words.lemmas, strict=True))
        if tag == "NN" and lemma in cues.WORK_NOUNS
    )
    return [(t, span) for t in nouns if (span := _apposed_title(doc, t, title_end)) is not None]


def _such_as(token: Token) -> bool:
    """ "hits such as": "as" after "such" after a plural work noun (by position: the parser hangs "such as"
    on the noun or on the verb)."""
    if token.lower_ != "as" or token.i < 2 or token.doc[token.i - 1].lower_ != "such":
        return False
    noun = token.doc[token.i - 2]
    return noun.tag_ == "NNS" and noun.lemma_.lower() in cues.WORK_NOUNS


def _apposed_title(doc: Doc, noun: Token, title_end: TitleEnd) -> tuple[int, int] | None:
    """ "his song, Like Toy Soldiers, stormed ...", "Miyazaki's latest film, Howl's Moving Castle, is ...":
    the title-case words between commas (or a comma and the sentence's end) right after a singular work
    noun that has its own determiner or possessor. Not "In the film, Foxx plays Ray" (no comma closes
    the name), nor a person's name ("the show, Jeremy Vine said,"), nor a day or a month."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in cues.WORK_NOUNS or noun.i + 2 >= len(doc):
        return None
    if doc[noun.i + 1].text != "," or not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    start = noun.i + 2
    while start < len(doc) and doc[start].text in cues.QUOTE_MARKS:
        start += 1
    end = _first_title_end(doc, start, title_end(doc, start))
    after = end
    while after < len(doc) and doc[after].text in cues.QUOTE_MARKS:
        after += 1
    closed = after == len(doc) or doc[after].text in (",", ".", ";", ")")
    if end == start or not closed or doc[start].lower_ in cues.CALENDAR_WORDS:
        return None
    people = person_words(doc)
    if person_name(doc, start, end) or any(doc[j].text in people for j in range(start, end)):
        return None
    return start, end


def _subject_noun(verb: Token) -> Token:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), verb.head)


def _introduces(token: Token) -> bool:
    """ "films, including" / "singles include": the introducer with a plural work noun as its head or
    subject."""
    if token.lower_ not in _INTRODUCERS:
        return False
    nouns = [token.head] + [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if token.dep_ == "prep" or token.lower_ == "including":
        nouns = [token.head]
    return any(n.tag_ == "NNS" and (n.lemma_.lower() in cues.WORK_NOUNS or _work_credits(n)) for n in nouns)


def _work_credits(noun: Token) -> bool:
    """ "His film credits include X, Y and Z", "her screen credits": one's credits of a kind of work are
    works (r24a, bbc-entertainment-347; not "tax credits", nor credits with no owner)."""
    return noun.lemma_.lower() == "credit" and any(
        c.dep_ == "poss" or (c.dep_ == "compound" and c.lemma_.lower() in cues.WORK_NOUNS | {"screen"})
        for c in noun.children
    )


def _items(doc: Doc, k: int, title_end: TitleEnd) -> list[tuple[int, int]]:
    """Title-case items from ``k``, separated by commas and a final "and"."""
    found: list[tuple[int, int]] = []
    while k < len(doc) and len(found) < _MAX_ITEMS:
        while k < len(doc) and doc[k].text in cues.QUOTE_MARKS:
            k += 1
        end = title_end(doc, k)
        if end == k:
            break
        if end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].is_title:
            k, end = end + 1, title_end(doc, end + 1)  # "Gus Van Sant's Finding Forrester": the maker's first
        # "A and B": two items; "Sex And The City" is one title (its "And" has a title's capital)
        end = next((j for j in range(k + 1, end) if doc[j].text == "and"), end)
        found.append((k, end))
        k = end
        while k < len(doc) and doc[k].text in cues.QUOTE_MARKS:
            k += 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
        elif found and (k >= len(doc) or doc[k - 1].text != ","):
            break
    return found


def _possessed_title(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """ "BBC One's Breakfast with Frost programme": the title-case words between a name's possessive 's and
    a singular work noun ("Spielberg's latest film" has none), or between a person's "his", "her" or
    "their" and the noun ("his In Pieces series", "their Please Please Me album": :func:`_pronouns_title`)."""
    if noun.tag_ not in ("NN", "VB", "VBP", "VBZ") or noun.lower_ not in cues.WORK_NOUNS:
        return None  # (the tagger takes "show" for a verb)
    start = noun.i
    while start > 0 and (_title_word(doc[start - 1]) or _inner_word(doc, start - 1)):
        start -= 1
        if noun.i - start > _MAX_TITLE:
            return None
    if start == noun.i or start < 2 or person_name(doc, start, noun.i):
        return None
    if doc[start - 1].lower_ in _PERSONS_POSSESSIVES:
        return (start, noun.i) if _pronouns_title(doc, start, noun.i) else None
    return (start, noun.i) if doc[start - 1].tag_ == "POS" and doc[start - 2].pos_ == "PROPN" else None


def _pronouns_title(doc: Doc, start: int, end: int) -> bool:
    """ "his In Pieces series", "her Hounds Of Love album": two or more title-case words after a person's
    or a band's possessive pronoun and before a work noun are the work's title, unless they name what the
    work is of or where it is shown: a channel ("their Channel 4 show", "her BBC Two series"), a place or a
    venue ("his Las Vegas show", "his Royal Albert Hall show"), a people, a day ("his Christmas Day
    show"), an acronym ("their MTV Europe show"), a year, or a name NER took for a group or a prize. One
    word is left alone: "his Bond film", "her Motown album" name a franchise or a label as often."""
    span = doc[start:end]
    if end - start < 2 or not doc[start].is_title or doc[start].lower_ in cues.CALENDAR_WORDS:
        return False
    if any(t.is_upper or t.like_num or t.lower_ in cues.CALENDAR_WORDS for t in span):
        return False  # (an acronym or a number: a channel, a broadcaster, a year)
    if any(t.ent_type_ in _NOT_TITLE_LABELS for t in span) or _known_place(span):
        return False
    channels = channel_names(doc)
    return not any(s < end and start < e for s, e in channels)


def _title_word(token: Token) -> bool:
    """A capitalised word or a number in figures ("Radio 4"); not "third" of "her third album", which
    spaCy counts as like a number."""
    return token.is_title or token.is_upper or token.text[:1].isdigit()


def _inner_word(doc: Doc, k: int) -> bool:
    """A small word between capitalised ones ("Breakfast with Frost")."""
    return doc[k].lower_ in _SMALL_WORDS and k > 0 and _title_word(doc[k - 1]) and _title_word(doc[k + 1])


#: Verbs that give a work its title ("an album called X", "the film was titled X"; not "named", which
#: also gives prizes: "was named Album of the Year").
_TITLING_VERBS = frozenset({"call", "title", "entitle", "dub"})


def _called_title(doc: Doc, verb: Token, title_end: TitleEnd) -> tuple[int, int] | None:
    """ "Her first album was called The Soul Sessions", "a film called Cold Harbour": the title-case words
    right after a titling verb whose work noun is its passive subject or the noun it qualifies."""
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "acl")  # the tagger's past tense
    if not participle or verb.lemma_.lower() not in _TITLING_VERBS:  # before a quoted title
        return None
    nouns = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
    if not any(n.lemma_.lower() in cues.WORK_NOUNS and n.pos_ == "NOUN" for n in nouns):
        return None
    start = verb.i + 1
    while start < len(doc) and doc[start].text in cues.QUOTE_MARKS:
        start += 1
    end = _first_title_end(doc, start, title_end(doc, start))
    return (start, end) if end > start else None


def _first_title_end(doc: Doc, start: int, end: int) -> int:
    """The end of the first of two titles ("Early Doors and The Alan Clark Diaries"); ``start`` when the
    title's last word runs on into a word it is glued to ("Gon" of "Gonna Have a ...")."""
    end = next((j for j in range(start + 1, end) if doc[j].text == "and"), end)
    glued = end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha
    place = next((e for e in doc.ents if e.end == end and start < e.start), None)
    if place is not None and _place_after(doc, place, end):
        return place.start - 1
    return start if glued else end


def _title_over_names(doc: Doc, noun: Token, title_end: TitleEnd) -> tuple[int, int] | None:
    """ "the classic 1982 film An Officer and a Gentleman": the title after a singular work noun, where NER
    named only a part of it ("Gentleman"); a title NER named whole, or not at all, is typed where it is
    read (kinds.cued_kind, kinds.cued_titles)."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in cues.WORK_NOUNS:
        return None
    start = noun.i + 1
    while start < len(doc) and doc[start].text in cues.QUOTE_MARKS:
        start += 1
    end = _first_title_end(doc, start, title_end(doc, start))
    if end - start < 3 or person_name(doc, start, end):
        return None  # (a short title NER cut is most often a name and what follows it: "the film Ray Friday")
    inside = [e for e in doc.ents if start <= e.start and e.end <= end and (e.start, e.end) != (start, end)]
    crossing = any(e.start < start < e.end or e.start < end < e.end for e in doc.ents)
    return (start, end) if inside and not crossing else None


#: Capitalised articles that open a title after a possessive ("Scorsese's The Aviator"): no owner's word.
_TITLE_ARTICLES = frozenset({"The", "A", "An"})
#: Words that credit people after a title ("X, starring Y", "X, directed by Y"): what stands before them is
#: a work, read as one run of title words.
_CREDITS = frozenset({"starring", "directed"})


def starring_titles(doc: Doc) -> list[tuple[Token, tuple[int, int]]]:
    """Each "starring" right after a title ("The Woodsman, starring Kevin Bacon"), with the title's (start,
    end). (A walk of the Doc's shared words: a Token only at "starring".)"""
    starring = [doc[i] for i, lower in enumerate(doc_words(doc).lowers) if lower == "starring"]
    return [(t, span) for t in starring if (span := _starring_title(doc, t)) is not None]


def _starring_title(doc: Doc, token: Token) -> tuple[int, int] | None:
    """ "The Woodsman, starring Kevin Bacon", "No Way Out starring Sidney Poitier", "Man To Man, a
    historical epic starring ...": the title-case words before "starring" and a capitalised name, or before
    an apposition whose head is a singular work noun ("Sideways, a wine-tasting comedy"). Not a place
    ("opened in New York, starring ..."), a day or a number ("a film in 1986, starring")."""
    if token.lower_ == "starring" and token.i + 1 < len(doc) and doc[token.i + 1].is_title:
        end = token.i - 1 if token.i > 0 and doc[token.i - 1].text in (",", "-", "–") else token.i
    elif _directed_by_name(doc, token):
        end = token.i - 1
    elif (comma := _apposed_work_noun(doc, token)) is not None:
        end = comma
    else:
        return None
    while end > 0 and doc[end - 1].text in ("?", "!") and not doc[end - 2].whitespace_:
        end -= 1  # "Shall We Dance?, starring"; "Airplane!"
    start = _title_start(doc, end, joined=token.lower_ not in _CREDITS)
    if start == end or not any(t.is_alpha and t.is_title for t in doc[start:end]):
        return None
    if doc[start].lower_ in cues.CALENDAR_WORDS or _known_place(doc[start:end]):
        return None  # (a name NER calls a person's is a title here: "Will We Sing?, starring ...")
    return start, end


def _directed_by_name(doc: Doc, token: Token) -> bool:
    """ "House of Flying Daggers, directed by Yimou Zhang": a comma, "directed by" and a capitalised name
    (what a person directs, set off by a comma, is a film or a show; "Sideways is written and directed by"
    has no comma, and "The film, directed by" no title before it)."""
    k = token.i
    return (
        token.lower_ == "directed"
        and 0 < k < len(doc) - 2
        and doc[k - 1].text == ","
        and doc[k + 1].lower_ == "by"
        and doc[k + 2].is_title
    )


#: Verbs whose "in" names the work one plays in ("starred in", "co-starring in").
_STARRING_VERBS = frozenset({"star", "co-star", "costar"})
#: Nouns of a role whose "in" names the work (cues.ROLE_NOUNS but "part", whose "took part in" takes events,
#: and "appearance": "a surprise appearance in Davos").
_ROLE_IN_NOUNS = cues.ROLE_NOUNS - {"part", "appearance"}
#: A performance is an actor's only where a person's possessive says whose ("his performance in Closer"; not
#: "strong performance in Specialty Retailing", a firm's division, nor a player's in a match).
_PERSONS_POSSESSIVES = frozenset({"his", "her", "their"})
#: NER's labels of words no title after a possessive pronoun holds: a place, a venue, a people, a body, an
#: event, a date ("his Royal Albert Hall show", "their Glastonbury Festival set").
_NOT_TITLE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "EVENT", "DATE", "TIME"})


def _starred_in_titles(doc: Doc, prep: Token, title_end: TitleEnd) -> list[tuple[int, int]]:
    """ "She starred in Dark Water and Ray", "his role in Vera Drake", "a cameo appearance in 24 Hour Party
    People": the title-case words right after the "in" of a verb of starring or a role noun (two, where an
    "and" joins them), whatever NER made of them, where no pronoun is the actor. Not a place ("starred in
    Paris"), a day or a month."""
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i + 1 >= len(doc):
        return []
    head = prep.head
    lemma = head.lemma_.lower()
    verb = head.pos_ == "VERB" and lemma in _STARRING_VERBS
    noun = head.pos_ == "NOUN" and lemma in _ROLE_IN_NOUNS
    if not (verb or noun) or (lemma == "performance" and not _persons_performance(head)):
        return []
    actor = next((c for c in head.children if c.dep_ in ("nsubj", "poss")), None)
    if actor is not None and actor.pos_ == "PRON":
        return []  # "She starred in X", "his role in X": coref names the wrong actor (5 of 6 outside)
    spans: list[tuple[int, int]] = []
    start = prep.i + 1
    while start < len(doc) and len(spans) < 2:
        numbered = doc[start].is_digit and start + 1 < len(doc) and doc[start + 1].is_title  # "24 Hour ..."
        whole = title_end(doc, start + 1 if numbered else start)
        end = whole if _one_name(doc, start, whole) else _first_title_end(doc, start, whole)
        if end < len(doc) and doc[end].tag_ == "POS":
            if doc[end - 1].ent_type_ != "PERSON":
                break  # "a key role in Volcker's reappointment": no title
            start = end + 1  # "her role in Mike Nichols' Closer": the maker's name, then the title
            continue
        if end == start or doc[start].lower_ in cues.CALENDAR_WORDS or _known_place(doc[start:end]):
            break
        if _modifies_noun(doc, end) or (end - start == 1 and doc[start].pos_ in ("DET", "PRON", "ADV")):
            break  # "to star in Broadway play", "a larger role in Gulf policy"; "starred in All's ..."
        spans.append((start, end))
        if end + 1 >= len(doc) or doc[end].text != "and":
            break
        start = end + 1
    return spans


#: Verbs of presenting a programme ("presents The Weakest Link", "hosted the Tonight Show", "fronts X").
_PRESENTING_VERBS = frozenset({"present", "host", "front"})


def _presented_title(doc: Doc, verb: Token, title_end: TitleEnd) -> tuple[int, int] | None:
    """ "Ms Robinson, who presents The Weakest Link", "Carson, who hosted the Tonight Show for 30 years": the
    title-case words right after a verb of presenting (a "the" may come first) whose subject is a person NER
    names, outside sport ("Wales host Ireland"). Not a person ("presented Holiff with an award"), a place,
    a day, an event or an award ceremony ("hosted the Brit Awards", "host the World Cup"), nor an owner
    before its thing ("present Sky television's coverage", "presented BBC One's X")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PRESENTING_VERBS or not _person_subject(verb):
        return None
    start = verb.i + 1
    while start < len(doc) and (doc[start].text in cues.QUOTE_MARKS or doc[start].text == "the"):
        start += 1
    end = _first_title_end(doc, start, title_end(doc, start)) if start < len(doc) else start
    if end == start or not doc[start].is_title or (end < len(doc) and doc[end].tag_ == "POS"):
        return None
    if end < len(doc) and doc[end].lower_ == "with":
        return None  # "presented Congress with a budget": whom one gives a thing
    if _modifies_noun(doc, end):
        return None  # "present Sky television's coverage": a name of what the noun is of
    if doc[start].lower_ in cues.CALENDAR_WORDS or _known_place(doc[start:end]) or _event(doc[end - 1]):
        return None
    named_show = doc[end - 1].lower_ in cues.WORK_NOUNS  # "The John Peel Show": NER's person, a show
    if (all(t.ent_type_ == "PERSON" for t in doc[start:end]) and not named_show) or _about_sport(doc):
        return None
    return start, end


def _person_subject(verb: Token) -> bool:
    """The verb's subject is a person: a name NER calls a person's, "he" or "she", or a relative "who"
    after one or after a presenter ("Carson, who hosted ...", "the host who also presents X"); a
    participle with no subject of its own ("has been hosting X", "worked at MTV hosting X") is the
    person's whose clause it ends."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return verb.tag_ == "VBG" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children))
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    return subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or subject.lower_ in _TITLED_ROLES


def _event(token: Token) -> bool:
    lower = token.lower_
    return lower in cues.EVENT_HEAD_NOUNS or lower in cues.AWARD_HEAD_NOUNS or lower == "ceremony"


#: Roles in a programme or a film named between the work's title and the person ("Top of the Pops presenter
#: X", "Holby City actor X").
_TITLED_ROLES = frozenset({"presenter", "host", "actor", "actress"})
#: The lower-case forms and the lemmas at which a reader of _framed_titles may fire (the first test each
#: makes, with a possessive's tag and a digit's end): one look-up per word for all of them.
_FRAMING_LOWERS: Final = cues.WORK_NOUNS | _CREDITS | _TITLED_ROLES | {"in"}
_FRAMING_LEMMAS: Final = cues.WORK_NOUNS | _TITLING_VERBS | _PRESENTING_VERBS
#: Words that open a sentence before such a title and are none of it ("Former Holby City actor X").
_ROLE_OPENERS = frozenset({"former", "ex", "veteran", "tv", "television", "radio", "film", "chat", "lead"})


def _role_title(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """ "Strictly Come Dancing presenter Tess Daly", "Holby City actor Jeremy Edwards": two or more
    title-case words right before a role in a work and a person's name NER gives, where NER cut the title or
    missed it (a whole name NER found is read by kinds). Not a broadcaster's or a channel's name ("BBC Radio
    Scotland presenter X", "Radio One presenter X": an acronym or a channel word), a place ("New Zealand
    actor X"), a nationality ("Native American actress X"), nor a club's in sport ("Celtic host Dundee
    United")."""
    if noun.lower_ not in _TITLED_ROLES or noun.pos_ != "NOUN" or not _name_after(doc, noun.i + 1):
        return None
    start = _title_start(doc, noun.i)
    while start < noun.i and _role_opener(doc[start]):
        start += 1  # ("And Holby City actor X")
    if noun.i - start < 2 or _about_sport(doc) or _known_place(doc[start : noun.i]):
        return None
    if doc[noun.i - 1].ent_type_ == "NORP":
        return None  # "And British actor X", "Native American actress X": a nationality, no title
    if any(_acronym(t) or t.text in _CHANNEL_WORDS for t in doc[start : noun.i]):
        return None
    whole = next((e for e in doc.ents if e.start == start and e.end == noun.i), None)
    people = person_words(doc)
    if whole is not None or person_name(doc, start, noun.i):
        return None  # (NER's whole name is typed by kinds; a person's name is no title)
    if any(t.text in people for t in doc[start : noun.i]):
        return None
    return start, noun.i


def persons_title(doc: Doc, pos: Token, title_end: TitleEnd) -> tuple[int, int] | None:
    """ "Clint Eastwood's Million Dollar Baby", "Frank Sinatra's My Way", "Martin Scorsese's The Aviator": the
    title-case words (two or more) right after the possessive 's of a name NER calls a person's, where NER
    named none of them, outside sport. Not a day or a month, a place, a person ("Bush's Condoleezza Rice"),
    a name of a body, an event or an award ("Blair's New Labour Party"), nor words that name what a
    lower-case noun after them is of ("Bush's State of the Union address"); not where the possessive is
    inside a title itself ("Bill and Ted's Excellent Adventure", "Jerry's Guide to ...", "(Marie's The
    Name)")."""
    if pos.tag_ != "POS" or pos.i < 1 or doc[pos.i - 1].ent_type_ != "PERSON":
        return None
    owner = next(e for e in doc.ents if e.start < pos.i <= e.end)
    before = doc[owner.start - 1] if owner.start > 0 else None
    pair = before is not None and before.lower_ in ("and", "&") and len(owner) == 1  # "Bill and Ted's"
    if pair or (before is not None and (before.text == "(" or before.text in cues.QUOTE_MARKS)):
        return None
    start = pos.i + 1
    while start < len(doc) and doc[start].text in cues.QUOTE_MARKS:
        start += 1
    end = _first_title_end(doc, start, title_end(doc, start)) if start < len(doc) else start
    if end - start < 2 or not doc[start].is_title or doc[start].lower_ in cues.CALENDAR_WORDS:
        return None
    if any(t.ent_type_ for t in doc[start:end]) or doc[end - 1].lower_ in cues.NAME_HEADS:
        return None
    if _modifies_noun(doc, end) or (end < len(doc) and doc[end].tag_ == "POS"):
        return None
    if _runs_on(doc, end):
        return None  # "Elvis's It's Now or Never": the title goes on over a word we cannot tell from prose
    if _known_place(doc[start:end]) or any(t.text in person_words(doc) for t in doc[start:end]):
        return None
    return (start, end) if _about_works(doc) and not _about_sport(doc) else None


def _runs_on(doc: Doc, end: int) -> bool:
    """A lower-case word other than "and" (which joins two titles) between the title-case words and more."""
    after = doc[end] if end + 1 < len(doc) else None
    return after is not None and after.is_lower and after.lower_ != "and" and doc[end + 1].is_title


def _about_works(doc: Doc) -> bool:
    """The text names a kind of work somewhere ("the film", "his latest single"): a person's title-case
    words are a work's only there ("Tony Blair's New Labour" in a report on politics is no work). Cached."""
    cached: bool | None = doc.user_data.get("kg_about_works")
    if cached is None:
        cached = any(t.pos_ == "NOUN" and t.lemma_.lower() in cues.WORK_NOUNS for t in doc)
        doc.user_data["kg_about_works"] = cached
    return cached


def _role_opener(token: Token) -> bool:
    """A sentence's first word that opens no title before a role ("Former", "And")."""
    return bool(token.is_sent_start) and (token.lower_ in _ROLE_OPENERS or token.pos_ == "CCONJ")


def _name_after(doc: Doc, k: int) -> bool:
    """A person's name at ``k``: a capitalised proper noun NER calls a person's, or the first of two
    (NER's label for a presenter's name varies: "Tess Daly" a facility)."""
    name = [t for t in doc[k : k + 2] if t.pos_ == "PROPN" and t.is_title]
    return bool(name) and name[0].i == k and (name[0].ent_type_ == "PERSON" or len(name) == 2)


def category_titles(
    doc: Doc, categories: list[tuple[int, int]], taken: bytearray, title_end: TitleEnd
) -> list[tuple[int, int]]:
    """(start, end) of the title-case words right after the "for" of an award's category ("best actor for
    The Aviator"; a statuette's or a nomination's noun may stand between, "best actor Oscar for X"), on
    tokens no mention took. Not a person's name or a word of one ("best director for Scorsese" beside
    "Martin Scorsese"), a place, a date, a possessor ("for Mike Leigh's Vera Drake") nor the name of what a
    noun after it is of ("for Channel 4 drama")."""
    found = []
    for _, end in categories:
        k = end + 1 if end < len(doc) and doc[end].lower_ in _CATEGORY_PRIZES else end
        if k + 1 >= len(doc) or doc[k].lower_ != "for":
            continue
        start = k + 1
        while start < len(doc) and doc[start].text in cues.QUOTE_MARKS:
            start += 1
        stop = _first_title_end(doc, start, title_end(doc, start)) if start < len(doc) else start
        if stop == start or any(taken[start:stop]) or _not_a_title(doc, start, stop):
            continue
        found.append((start, stop))
        taken[start:stop] = b"\x01" * (stop - start)
    return found


#: Nouns between a category and its "for": the statuette or the nomination ("best actor Oscar for X").
_CATEGORY_PRIZES = frozenset({"oscar", "bafta", "emmy", "grammy", "nomination", "nod", "award", "prize"})


def _not_a_title(doc: Doc, start: int, end: int) -> bool:
    """The words after a category's "for" name a person, a place, a date, an owner or a noun's maker."""
    span = doc[start:end]
    if any(t.ent_type_ in ("PERSON", "NORP") or t.text in person_words(doc) for t in span):
        return True
    if end < len(doc) and (doc[end].tag_ == "POS" or _modifies_noun(doc, end)):
        return True
    if end - start == 1 and doc[start].pos_ in ("DET", "PRON", "ADV"):
        return True
    return doc[start].lower_ in cues.CALENDAR_WORDS or _known_place(span)


def _about_sport(doc: Doc) -> bool:
    from loaders.entities.kinds import about_sport  # (kinds reads this module's lists: imported late)

    return about_sport(doc)


def _one_name(doc: Doc, start: int, end: int) -> bool:
    """NER names the words as one ("Hide and Seek"): an "and" inside them joins no two titles."""
    return any(e.start == start and e.end == end for e in doc.ents)


def _persons_performance(noun: Token) -> bool:
    """ "his performance", "Charlize Theron's Oscar-winning performance": a person's possessive on the noun,
    outside sport."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    person = owner is not None and (owner.lower_ in _PERSONS_POSSESSIVES or owner.ent_type_ == "PERSON")
    return person and not _about_sport(noun.doc)


def _modifies_noun(doc: Doc, end: int) -> bool:
    """A common noun right after the capitalised words: they name what it is of ("Broadway play", "Gulf
    policy"), not a title of their own."""
    after = doc[end] if end < len(doc) else None  # (the tagger takes "play" there for a verb)
    return after is not None and after.is_lower and (after.pos_ == "NOUN" or after.lower_ in cues.WORK_NOUNS)


def _apposed_work_noun(doc: Doc, noun: Token) -> int | None:
    """ "Sideways, a wine-tasting comedy starring ...": the comma before a singular work noun in
    apposition to the name before that comma, the noun with an article of its own and no noun after it ("X,
    a film director" is a person)."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in cues.WORK_NOUNS or noun.dep_ != "appos":
        return None
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.tag_ == "POS"):
        return None
    article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an", "the")), None)
    if article is None or article.i < 2 or noun.i - article.i > 4 or doc[article.i - 1].text != ",":
        return None
    return article.i - 1 if noun.head.i < article.i - 1 else None


def _title_start(doc: Doc, end: int, joined: bool = False) -> int:
    """The first word of the title-case words that end at ``end``, within the sentence: small words between
    capitalised ones ("Christmas with the Kranks"), not "and" unless ``joined`` (it joins two titles in a
    list: "Meet The Fockers and Shall We Dance"); not a year and its preposition before the title ("in 1950
    in No Way Out"), nor a sentence's first word that is a work noun ("Comedy Christmas with the Kranks")."""
    start = end
    while start > 0 and end - start < _MAX_TITLE and not (start < end and doc[start].is_sent_start):
        if _title_word(doc[start - 1]) and doc[start - 1].tag_ != "POS":
            start -= 1
            continue
        if start < end and _possessive_in_title(doc, start):
            start -= 2
            continue
        small = start
        while small > 0 and start - small < 2 and _small_lower(doc[small - 1], joined):
            small -= 1
        if start == end or small == start or small == 0 or not _title_word(doc[small - 1]):
            break
        start = small
    while start < end and (doc[start].is_lower or (doc[start].like_num and doc[start + 1].is_lower)):
        start += 1
    if start < end - 1 and doc[start].is_sent_start and doc[start].lower_ in cues.WORK_NOUNS:
        start += 1
    return start


def _possessive_in_title(doc: Doc, start: int) -> bool:
    """ "Ocean's Twelve": a one-word owner's 's inside a title, the owner no firm, channel or word of a
    person's full name in the text (not "Gus Van Sant's Finding Forrester", "NBC's The Contender", "Channel
    4's Supernanny", "Spielberg's Jaws" beside "Steven Spielberg")."""
    if start < 2 or doc[start - 1].tag_ != "POS" or doc[start].text in _TITLE_ARTICLES:
        return False
    owner = doc[start - 2]
    alone = start < 3 or not _title_word(doc[start - 3])
    if not (alone and owner.is_title and owner.is_alpha) or owner.ent_type_ in ("ORG", "NORP"):
        return False
    return owner.text not in person_words(doc)  # (NER calls "Ocean" of "Ocean's Twelve" a person too)


def _small_lower(token: Token, joined: bool) -> bool:
    return token.is_lower and token.lower_ in _SMALL_WORDS and (joined or token.lower_ != "and")


def _known_place(span: Span) -> bool:
    index = geo_index()
    return index.country([span.text]) is not None or bool(
        index.city_candidates([span.text], alternates=False)
    )


def _place_after(doc: Doc, ent: Span, end: int) -> bool:
    """ "the album Erotica in London": the title's words end in a town or a country GeoNames knows, after
    a small word: where the work was made or shown, not a part of its name ("Stars on Thin Ice"). Not
    after "of" or an article: "Flight of the Phoenix", "Gangs of New York", "Genie in a Bottle" (a place
    the work was shown in takes "in" or "at", and no article)."""
    if ent.end != end or ent.label_ not in ("GPE", "LOC") or not doc[ent.start - 1].is_lower:
        return False
    small = doc[max(ent.start - 2, 0) : ent.start]
    return not any(t.lower_ in _TITLE_PLACE_WORDS for t in small) and _known_place(ent)


#: Small words before a place that make it a word of the title, not where the work was shown.
_TITLE_PLACE_WORDS = frozenset({"of", "a", "an"})


#: Words that, before a number, name a broadcaster's channel or station ("Radio 4", "Channel 5").
_CHANNEL_WORDS = frozenset({"Radio", "Channel"})
#: Numbers a channel is named by; after an acronym only the spelt ones ("BBC Two"; not "FTSE 100").
_CHANNEL_NUMBER_WORDS = frozenset({"One", "Two", "Three", "Four", "Five"})
_NUMBERED_CHANNEL = re.compile(r"[A-Z]{2,4}[1-9]")


def channel_names(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the channels' names: "Radio 4", "Channel 5", "BBC Radio 1", "Radio Five Live" (a
    channel word and a number, an acronym before them), and "BBC Two", "Sky One" (an acronym and a spelt
    number). Cached."""
    cached = doc.user_data.get("kg_channel_names")
    if cached is not None:
        return list(cached)
    found: list[tuple[int, int]] = []
    for k, text in enumerate(doc_words(doc).texts[:-1]):
        if text not in _CHANNEL_WORDS and not (2 <= len(text) <= 4 and text.isupper()):
            continue  # (neither a channel word nor an acronym: one look-up for most words, no Token)
        token, number = doc[k], doc[k + 1]
        after = doc[k + 2] if k + 2 < len(doc) else None
        live = after is not None and after.text == "Live"  # "Radio Five Live", "BBC Five Live"
        if token.text in _CHANNEL_WORDS and _channel_number(number):
            start = k - 1 if k > 0 and _acronym(doc[k - 1]) else k
        elif _acronym(token) and number.text in _CHANNEL_NUMBER_WORDS and (live or not _capital_word(after)):
            start = k  # (not "US Three Yellow" maize: a grade)
        else:
            continue
        end = k + 3 if live else k + 2
        if found and found[-1][1] > start:
            continue
        found.append((start, end))
    doc.user_data["kg_channel_names"] = found
    return list(found)


def _channel_number(token: Token) -> bool:
    return token.text in _CHANNEL_NUMBER_WORDS or (len(token.text) == 1 and token.text in "123456789")


def _numbered_channel(token: Token) -> bool:
    """ "ITV1", "BBC2": an organisation's name of capitals and a digit (NER finds it; "MP3" is no firm)."""
    return token.ent_type_ == "ORG" and _NUMBERED_CHANNEL.fullmatch(token.text) is not None


def _capital_word(token: Token | None) -> bool:
    return token is not None and token.is_alpha and token.text[0].isupper()


def _acronym(token: Token) -> bool:
    """ "BBC", "ITV": two to four capital letters."""
    return 2 <= len(token.text) <= 4 and token.is_alpha and token.is_upper


def _channel_title(doc: Doc, channel_end: int, title_end: TitleEnd) -> tuple[int, int] | None:
    """ "Channel 4's Supernanny and ...", "BBC One's Strictly Come Dancing": the title-case words after a
    channel's possessive, up to an "and" (two titles). Not a day or month ("ITV1's Saturday night"), nor a
    person's name: two or more words NER calls a person ("Radio 2's Jeremy Vine"), or a word of such a name
    the text gives elsewhere ("Radio 4's Humphrys")."""
    k = channel_end
    if k + 1 >= len(doc) or doc[k].tag_ != "POS":
        return None
    start = k + 1
    while start < len(doc) and doc[start].text in cues.QUOTE_MARKS:
        start += 1
    end = title_end(doc, start)
    end = next((j for j in range(start + 1, end) if _ends_title(doc, j)), end)
    if end == start or doc[start].lower_ in cues.CALENDAR_WORDS:
        return None
    people = person_words(doc)
    if person_name(doc, start, end) or any(doc[j].text in people for j in range(start, end)):
        return None
    return start, end


def _broadcaster_ends(doc: Doc) -> list[int]:
    """The end of each broadcaster's acronym before a possessive 's ("the BBC's", "NBC's")."""
    texts = doc_words(doc).texts
    return [
        k + 1 for k, text in enumerate(texts[:-1]) if text in cues.BROADCASTERS and doc[k + 1].tag_ == "POS"
    ]


def _broadcaster_title(doc: Doc, end: int, title_end: TitleEnd) -> tuple[int, int] | None:
    """ "the BBC's Politics Show", "NBC's The Contender": the title-case words after a broadcaster's
    possessive are a programme, as after a channel's (:func:`_channel_title`: not a presenter or a
    correspondent, "the BBC's Jonathan Beale"), unless they name an event ("the BBC's Olympics"), what a
    noun after them is of, or a word of them is a place GeoNames knows or a venue, a people, an event or a
    date NER found ("ITV's London Studios")."""
    span = _channel_title(doc, end, title_end)
    if span is None or _event(doc[span[1] - 1]) or _describes_after(doc, span[1]):
        return None  # "the BBC's Olympics and ...": its coverage of an event
    words = doc[span[0] : span[1]]
    if any(t.ent_type_ in _NOT_PROGRAMME_LABELS for t in words) or any(
        _known_place(doc[t.i : t.i + 1]) for t in words
    ):
        return None
    return span


def _describes_after(doc: Doc, end: int) -> bool:
    """A lower-case noun or adjective right after the capitalised words: they name what a noun is of ("the
    BBC's Freeview digital service", "the BBC's Olympics coverage"), not a programme of their own."""
    after = doc[end] if end < len(doc) else None
    return _modifies_noun(doc, end) or (after is not None and after.is_lower and after.pos_ == "ADJ")


#: NER's labels of words no programme's title after a broadcaster's possessive holds: a title's after a
#: pronoun but a place's and a body's (NER's GPE is left to GeoNames: it calls "Breakfast" of "Breakfast with
#: Frost" one).
_NOT_PROGRAMME_LABELS = _NOT_TITLE_LABELS - {"GPE", "LOC", "ORG"}


def _ends_title(doc: Doc, k: int) -> bool:
    """ "and" between two titles; a small word before a day or a month ("Today on Tuesday")."""
    after = doc[k + 1] if k + 1 < len(doc) else None
    dated = doc[k].is_lower and after is not None and after.lower_ in cues.CALENDAR_WORDS
    return doc[k].lower_ == "and" or dated


def person_name(doc: Doc, start: int, end: int) -> bool:
    """ "BBC Radio 2's Jeremy Vine show": two or more words NER calls a person's are a presenter's name,
    whose show is named after him, not the show's own name."""
    return end - start > 1 and all(t.ent_type_ == "PERSON" for t in doc[start:end])


def person_words(doc: Doc) -> frozenset[str]:
    """The words of the names of two or more words NER calls a person's (cached); a stop NER ran on into
    ("producer Yukos.") is no word of it."""
    cached: frozenset[str] | None = doc.user_data.get("kg_person_words")
    if cached is None:
        names = [[t for t in e if not t.is_punct] for e in doc.ents if e.label_ == "PERSON"]
        cached = frozenset(t.text for words in names if len(words) > 1 for t in words)
        doc.user_data["kg_person_words"] = cached
    return cached
