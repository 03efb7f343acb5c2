"""Award categories written in lower case: "won best actress", "named best film", "nominated for best
British group", "named player of the year", "prizes including artist of the year".

News names a prize's category as a plain noun phrase ("supporting actor" without its "best", too); NER
finds no name in it, yet it is what was won or nominated for. A phrase counts when it is "best" before a
noun that names what a category honours (a film, an actor, an act) and it sits under a verb or noun of
winning or nominating ("picked up four accolades including best director"). "The best film of the year",
said of taste, has no such verb above it. A noun "of the year" with no determiner of its own under such a
verb or noun is one too ("named young player of the year", "won record of the year"; not "named the best
film of the year", a judgement, nor "the rest of the year").

A category named before a prize's noun, with a determiner and no name before it, is one too, noun and all:
"the animation award went to X", "the original screenplay prize", "the first novel prize" (not "the top
prize", "the £5,000 award", "the Bafta film award", whose name NER finds, nor "the film award ceremony").

The orders of the British honours are awards too, and NER finds no name in them: "received an OBE", "was
made an MBE" (in capitals, as every honour is written; not a ticker, "<CBE>", nor a word of a line in
capitals).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from loaders.entities import cues
from loaders.entities.records import doc_words

_MAX_STEPS = 4  # how far up the tree the verb of winning may be
_MAX_WORDS = 4  # words after "best" ("foreign language film")
_INSIDE = frozenset(
    {"ADJ", "NOUN", "PROPN", "VERB"}
)  # "best supporting actress", "best foreign language film"


def award_categories(doc: Doc, taken: bytearray) -> list[tuple[int, int]]:
    """(start, end) of the award categories and honours in ``doc`` on tokens no other mention took."""
    found = []
    words = doc_words(doc)
    for i, (text, lower) in enumerate(zip(words.texts, words.lowers, strict=True)):
        if text not in cues.HONOURS and lower not in _OPENING_WORDS:
            continue  # most words open nothing: no Token made
        token = doc[i]
        if _honour(token) and not taken[token.i]:
            found.append((token.i, token.i + 1))
            taken[token.i] = 1
            continue
        if lower in _PRIZE_NOUNS and (span := _category_prize(doc, token.i)) is not None:
            if not any(taken[slice(*span)]):
                found.append(span)
                taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
            continue
        if (
            lower == "year"
            and (span := _of_the_year(doc, token.i)) is not None
            and not any(taken[slice(*span)])
        ):
            found.append(span)
            taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
            continue
        if lower not in ("best", "supporting"):
            continue
        if _supporting(token):
            end = _category_end(doc, token.i)  # "supporting actor for X": "best" is often left out
        elif lower == "best" and token.pos_ in ("ADJ", "ADV"):
            end = _category_end(doc, token.i + 1)
        else:
            continue
        if end is None or any(taken[token.i : end]):
            continue
        if not _awarded(doc[end - 1]) and doc[end - 1].lower_ not in _PRIZE_NOUNS:  # a prize's noun says it
            continue
        found.append((token.i, end))
        taken[token.i : end] = b"\x01" * (end - token.i)
    return found


_PRIZE_NOUNS = frozenset({"award", "prize"})  # singular: "the act and newcomer awards" are two
#: Words of praise or size before a prize's noun, which name no category ("the top film award").
#: The words at which award_categories may find something (besides an honour's letters): its first tests.
_OPENING_WORDS = _PRIZE_NOUNS | {"year", "best", "supporting"}
_PRAISE = frozenset(
    {"top", "main", "big", "major", "prestigious", "coveted", "special", "annual", "same", "other"}
)


def _category_prize(doc: Doc, k: int) -> tuple[int, int] | None:
    """(start, end) of "animation award" ending at the prize's noun doc[k]: up to three lower-case words
    before it, the last a category's noun, after a determiner."""
    if not _prize_ends(doc, k):
        return None  # "the film award ceremony": the prize's noun is no head
    if k == 0 or not _category_noun(doc[k - 1]):
        return None
    start = k - 1
    while start > 0 and k - start < _MAX_WORDS - 1 and _category_word(doc[start - 1]):
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is None or (before.pos_ != "DET" and before.tag_ != "PRP$"):
        return None  # "Bafta film award", "his £5,000 film award"
    return start, k + 1


def _category_word(token: Token) -> bool:
    """A lower-case word of a category before its noun: "original", "short", "first", "international"."""
    return (
        token.pos_ in ("ADJ", "NOUN")
        and token.is_lower
        and token.is_alpha
        and token.lower_ not in _PRAISE
        and token.lower_ != "best"
    )


def _honour(token: Token) -> bool:
    """ "an OBE": an honour's letters, after a word not in capitals (not a ticker's bracket, "<CBE>")."""
    if token.text not in cues.HONOURS or token.i == 0:
        return False  # most tokens: one set lookup, read for every token of the text
    before = token.doc[token.i - 1]
    return (
        not before.is_upper
        and before.text != "<"
        and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == ">")
    )


def _supporting(token: Token) -> bool:
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ == "supporting" and (before is None or before.lower_ != "best")


def _category_end(doc: Doc, k: int) -> int | None:
    """End of "supporting actress" after "best": modifiers, then a category noun that ends the phrase, or
    that a prize's noun ends ("the best actor award", "a best director prize": the prize, noun and all)."""
    for end in range(k, min(k + _MAX_WORDS, len(doc))):
        token = doc[end]
        if token.pos_ not in _INSIDE:
            return None
        last = end + 1 == len(doc) or doc[end + 1].pos_ not in ("NOUN", "PROPN")
        if last and _category_noun(token) and not _coordinated_on(doc, end + 1):
            return end + 1
        if _category_noun(token) and _prize_ends(doc, end + 1):
            return end + 2
    return None


def _prize_ends(doc: Doc, k: int) -> bool:
    """doc[k] is a singular prize's noun that ends its phrase ("award", not "award ceremony")."""
    return (
        k < len(doc)
        and doc[k].lower_ in _PRIZE_NOUNS
        and doc[k].pos_ == "NOUN"
        and (k + 1 == len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN"))
    )


def _coordinated_on(doc: Doc, k: int) -> bool:
    """The phrase goes on past a conjunction into one longer name: "best male and female film actors", "a
    best innovations design and engineering award" (not "best male and best album", nor "the best
    international act and newcomer awards": two categories, the plural says)."""
    if k >= len(doc) or doc[k].pos_ != "CCONJ" or k + 1 >= len(doc) or doc[k + 1].lower_ == "best":
        return False
    after = doc[k + 1 : k + 1 + _MAX_WORDS]
    return doc[k - 1].pos_ == "ADJ" or any(t.lower_ in cues.AWARD_NOUNS for t in after)  # singular only


def _category_noun(token: Token) -> bool:
    """A noun a category honours; "male" and "female" end one as adjectives too ("up for best male")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ":
        return lemma in _SEXES
    return token.pos_ == "NOUN" and lemma in cues.CATEGORY_NOUNS


_SEXES = frozenset({"male", "female"})


def _awarded(noun: Token) -> bool:
    """A verb of winning or nominating, or a noun of prizes, above the phrase."""
    token = noun
    for _ in range(_MAX_STEPS):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in cues.AWARD_VERBS or token.lemma_.lower() in cues.AWARD_PLURALS:
            return True
        if token.lower_ == "for" and _up_for(token):
            return True  # "is up for best musical": in the running for a prize
    return False


def _up_for(prep: Token) -> bool:
    """ "up for": the "for" hangs on "up", or beside it on the verb ("are also up for artist of the year")."""
    return prep.head.lower_ == "up" or any(c.lower_ == "up" and c.i == prep.i - 1 for c in prep.head.children)


def _of_the_year(doc: Doc, year: int) -> tuple[int, int] | None:
    """(start, end) of "young player of the year" ending at doc[year]: "of the year" after a noun and its
    modifiers (up to four words, no determiner or possessive before them), under a verb or noun of winning
    or nominating. Capitalised words are read too ("Swiss sportsman of the year", "Billboard 200 album of
    the year")."""
    if year < 3 or doc[year - 1].lower_ != "the" or doc[year - 2].lower_ != "of":
        return None
    noun = doc[year - 3]
    if noun.pos_ not in ("NOUN", "PROPN") or not noun.is_alpha:
        return None
    start = noun.i
    while start > 0 and noun.i - start < _MAX_WORDS - 1 and _modifier(doc[start - 1]):
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.pos_ in ("DET", "PRON") or before.tag_ in ("POS", "PRP$")):
        return None  # "the best film of the year", "his player of the year": said of someone, not a prize
    if before is not None and (
        before.text == "-" or (before.pos_ == "ADP" and before.lower_ not in _INTRODUCERS)
    ):
        return None  # "the fastest-selling single of the year", "in respect of the year"
    return (start, year + 1) if _awarded(noun) else None


#: Prepositions a category may follow ("nominated for album of the year", "prizes including artist of the
#: year"); after others the phrase is no prize ("in respect of the year").
_INTRODUCERS = frozenset({"for", "as", "including", "like"})


def _modifier(token: Token) -> bool:
    """A word before a category's noun: "young", "Swiss", "Billboard 200", "male athlete", "best online"."""
    return token.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") and not token.is_punct
