"""Headline grammar for the parser: "Short attacks US over aid", "Benitez deflects blame from Dudek".

A headline tells its news in the present with no article and no final stop, and the small parser, trained on
prose, reads the verb of "Woodward eyes Brennan for Lions" as a plural noun ("Woodward eyes") and the
headline as a noun phrase, so no frame and no open relation sees a deed in it. Where a headline opens with
a name and goes on with a word in -s that can be a verb, the parser is asked again about the rest, given a
pronoun for the name ("He eyes Brennan for Lions"), which leaves the verb no other reading; the name then
takes the pronoun's place as the verb's subject. This is done only where:

- the headline is the text's first line, a paragraph of its own with no final stop (a sub-heading or a
  line of a wrapped Reuters paragraph is left alone);
- every word before the verb is capitalised and the body writes it so mid-sentence ("Ms Short"), so that
  it is a name and not a sentence-case adjective ("Tough rules for ringtone sellers", "Camera phones are
  must-haves"), and the body never writes the name's last word with the -s word ("MCI shares", "the
  Independent Spirit Awards": a plural noun of the name, or a word of it);
- the word is an -s form of a verb the model knows ("attacks", "eyes", "deflects") that the parser did not
  already read as the headline's verb;
- the pronoun's parse has that word as its verb, opens its complement with a noun, a name or a preposition,
  has no second verb of its own ("Treasury balances at Fed rose", "Acme profits rise") and tokenises the
  rest as the headline does.

A name right before a common noun, both read as the verb's objects, is the noun's modifier: a headline has
no articles ("Yachvili savours France comeback"). On the BBC and Reuters headlines outside the evaluation
sets (701 BBC titles of the shape, 1,200 Reuters ones) it re-parses 64, and changes 8 facts (7 new, 1 wrong
one gone), all right.

Nothing else of the text changes: offsets, the tokens, the other sentences and their parse stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from loaders.entities import cues
from loaders.entities.records import doc_text

if TYPE_CHECKING:
    from thinc.types import Ints2d

_MAX_NAME_WORDS = 3
_STOPS = frozenset({".", "!", "?", ":"})
#: The stand-in for the headline's name: a pronoun subject leaves the word after it only a verb's reading.
_PRONOUN = "He"
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "TO"})
#: Words that cannot open a verb's complement: another verb, an adverb, a comparative, a possessive ending.
_NO_COMPLEMENT_TAGS = _VERB_TAGS | {"RB", "RBR", "JJR", "POS"}
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def headline(doc: Doc) -> Span | None:
    """The text's first line when it is a headline: a paragraph of one line, then a blank line, no stop."""
    text = doc_text(doc)
    newline = text.find("\n")
    if not 0 < newline <= cues.HEADLINE_MAX_CHARS or _BLANK_LINE.match(text, newline) is None:
        return None
    span = doc.char_span(0, len(text[:newline].rstrip()), alignment_mode="contract")
    if span is None or len(span) < 3 or span[-1].text in _STOPS:
        return None
    return span


def verb_forms(word: str) -> tuple[str, ...]:
    """The lemmas an -s form may have: "attacks" attack, "issues" issue or issu, "carries" carry."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return ()
    forms = [word[:-1]]
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    return tuple(forms)


def _body_names(doc: Doc, start: int) -> set[str]:
    """Capitalised words the body writes mid-sentence (after its first word): the text's names."""
    return {
        t.text
        for t in doc[start:]
        if t.text[:1].isupper() and not t.is_sent_start and t.i > 0 and not doc[t.i - 1].is_punct
    }


def _phrase_of_body(doc: Doc, line: Span, k: int) -> bool:
    """Whether the body writes the name's last word and the -s word together ("MCI shares fell", "the
    Independent Spirit Awards"): there the -s word is a plural noun of the name or a word of it."""
    pair = re.compile(rf"\b{re.escape(line[k - 1].text)}\s+{re.escape(line[k].text)}\b", re.IGNORECASE)
    return pair.search(doc_text(doc), line.end_char) is not None


def _verb_at(line: Span, verbs: frozenset[str]) -> int | None:
    """The index (in the line) of the -s verb after the line's opening name, or None."""
    for k, token in enumerate(line[: _MAX_NAME_WORDS + 1]):
        if not token.text[:1].isupper():
            lower = token.text.isalpha() and token.text.islower()
            known = any(form in verbs for form in verb_forms(token.text))
            return k if k > 0 and lower and known else None
    return None


class HeadlineParse:
    """The component: re-parses a headline of the shape "Name verbs ..." with a pronoun for the name."""

    def __init__(self, parse: Callable[[str], Doc], verbs: frozenset[str]) -> None:
        self._parse = parse  # tokenizer, tagger and parser of the same model
        self._verbs = verbs

    def __call__(self, doc: Doc) -> Doc:
        line = headline(doc)
        if line is None:
            return doc
        k = _verb_at(line, self._verbs)
        if k is None:
            return doc
        verb = line[k]
        if verb.dep_ == "ROOT" and verb.tag_.startswith("VB"):  # (tags: the attribute ruler sets POS later)
            return doc  # the parser read it right
        names = _body_names(doc, line.end)
        if not all(t.text in names for t in line[:k]) or _phrase_of_body(doc, line, k):
            return doc
        rest = line[k:]
        again = self._parse(f"{_PRONOUN} {rest.text}")
        if len(again) != len(rest) + 1 or any(a.text != t.text for a, t in zip(again[1:], rest, strict=True)):
            return doc
        if again[1].dep_ != "ROOT" or again[1].tag_ != "VBZ" or not _verb_of_line(again):
            return doc
        _graft(doc, line, k, again)
        return doc


def _compound_objects(again: Doc) -> dict[int, int]:
    """'Yachvili savours France comeback', 'Jones files Conte lawsuit': a headline has no articles, so a name
    right before a common noun, both read as the verb's objects, is a modifier of the noun (the comeback is
    with France), not a second object; an amount after a name stays one ("loans Mexico 400 mln dlrs").
    Returns {the name's index: the noun's index} in the pronoun's parse."""
    objects = [c for c in again[1].children if c.dep_ == "dobj"]
    if len(objects) != 2:
        return {}
    name, noun = objects
    counted = any(c.dep_ in ("nummod", "quantmod") for c in noun.children)
    adjacent = noun.left_edge.i == name.i + 1
    if name.tag_ in ("NNP", "NNPS") and noun.tag_ in ("NN", "NNS") and adjacent and not counted:
        return {name.i: noun.i}
    return {}


def _verb_of_line(again: Doc) -> bool:
    """Whether the pronoun's parse reads the -s word as the line's only verb: its complement opens with a
    noun, a name or a preposition, and no second verb follows of its own ("Treasury balances at Fed rose",
    "Acme profits rise", "US banks to get approval", "Steel stocks lower": the -s word is a plural noun
    there); a verb in a clause of its own stays ("orders cuts as costs rise")."""
    verb = again[1]
    after = again[2] if len(again) > 2 else None
    if after is not None and (after.tag_ in _NO_COMPLEMENT_TAGS or after.dep_ in ("acomp", "advmod", "case")):
        return False
    return not any(
        c.tag_ in _VERB_TAGS and c.dep_ in ("ccomp", "xcomp", "conj", "dobj") and _mark(c) is None
        for c in verb.children
    )


def _mark(token: Token) -> Token | None:
    """The subordinator of a clause ("as", "after"), if it has one."""
    return next((c for c in token.children if c.dep_ == "mark"), None)


def _graft(doc: Doc, line: Span, k: int, again: Doc) -> None:
    """Give the headline the pronoun's parse: the rest's heads, labels and tags, and the name's words as
    compounds of its last word, which is the verb's subject."""
    # heads are offsets, unsigned: a head before its token is a negative offset, wrapped
    heads = doc.to_array([HEAD, DEP]).astype("uint64")
    start = line.start
    subject = start + k - 1
    verb = start + k

    def put(i: int, head: int, dep: str) -> None:
        heads[i, 0] = (head - i) % 2**64
        heads[i, 1] = doc.vocab.strings.add(dep)

    for i in range(start, subject):
        put(i, subject, "compound")
    put(subject, verb, "nsubj")
    compounds = _compound_objects(again)
    for a in again[1:]:
        i = verb + a.i - 1
        head = subject if a.head.i == 0 else verb + compounds.get(a.i, a.head.i) - 1
        put(i, i if a.dep_ == "ROOT" else head, "compound" if a.i in compounds else a.dep_)
    doc.from_array([HEAD, DEP], cast("Ints2d", heads))
    for a in again[1:]:  # the attribute ruler after the parser gives each its part of speech by its tag
        token: Token = doc[verb + a.i - 1]
        token.tag_ = a.tag_
    for i in range(start, verb):
        doc[i].tag_ = "NNP"
