"""Titles the text frames as works, whatever NER made of their words:

- listed after a plural work noun: "more than 25 films, including Jungle Fever, Do the Right Thing and
  Summer of Sam", "their singles include Year 3000, You Said No and Crashed the Wedding" (the noun says what
  every item of the list is);
- between a maker's possessive and a work noun: "BBC One's Breakfast with Frost programme", "the
  network's The Music Biz show" (a broadcaster's programme: NER takes "Frost" for a person).

NER finds some of the titles (as organisations, places or people) and misses the rest. :func:`listed_works`
gives the spans of the titles.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from loaders.entities import cues

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
        cached = [span for _, items in work_lists(doc, title_end) for span in items]
        cached += [span for token in doc if (span := _possessed_title(doc, token)) is not None]
        doc.user_data["kg_listed_works"] = cached
    return list(cached)


def work_lists(doc: Doc, title_end: TitleEnd) -> list[tuple[Token, list[tuple[int, int]]]]:
    """Each plural work noun that introduces a list ("films, including"), with the (start, end) of its
    items."""
    lists = []
    for token in doc:
        if _introduces(token):
            noun = token.head if token.dep_ == "prep" or token.lower_ == "including" else _subject_noun(token)
            lists.append((noun, _items(doc, token.i + 1, title_end)))
    return lists


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
    return any(n.tag_ == "NNS" and n.lemma_.lower() in cues.WORK_NOUNS for n in nouns)


def _items(doc: Doc, k: int, title_end: TitleEnd) -> list[tuple[int, int]]:
    """Title-case items from ``k``, separated by commas and a final "and"."""
    found: list[tuple[int, int]] = []
    while k < len(doc) and len(found) < _MAX_ITEMS:
        while k < len(doc) and doc[k].text in cues.QUOTE_MARKS:
            k += 1
        end = title_end(doc, k)
        if end == k:
            break
        end = next((j for j in range(k + 1, end) if doc[j].lower_ == "and"), end)  # "A and B": two items
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
    a singular work noun ("Spielberg's latest film" has none; "their Channel 4 show" has no 's: the pair
    present the show, the channel is no title)."""
    if noun.tag_ not in ("NN", "VB", "VBP", "VBZ") or noun.lower_ not in cues.WORK_NOUNS:
        return None  # (the tagger takes "show" for a verb)
    start = noun.i
    while start > 0 and (_title_word(doc[start - 1]) or _inner_word(doc, start - 1)):
        start -= 1
        if noun.i - start > _MAX_TITLE:
            return None
    if start == noun.i or start < 2 or doc[start - 1].tag_ != "POS" or doc[start - 2].pos_ != "PROPN":
        return None
    return start, noun.i


def _title_word(token: Token) -> bool:
    return token.is_title or token.is_upper or token.like_num


def _inner_word(doc: Doc, k: int) -> bool:
    """A small word between capitalised ones ("Breakfast with Frost")."""
    return doc[k].lower_ in _SMALL_WORDS and k > 0 and _title_word(doc[k - 1]) and _title_word(doc[k + 1])
