"""Posts a sentence or a team sheet gives without a title before the name.

"Nicholas Blake QC": an office written after the name. "Up front, X plays at hooker", "Y will start at
fly-half": the bare position after a verb of playing and 'at' is the subject's post in the side. "J Robinson
(Sale Sharks, capt)": a squad list marks its captain. (Titles before or beside a name are
loaders/facts/people.py's, with the words loaders/facts/titles.py finds.)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.entities import cues as ecues
from loaders.entities.kinds import about_sport
from loaders.entities.records import POSITION, MentionRow
from loaders.facts import titles
from loaders.facts.context import FactContext

#: Verbs whose 'at' names the position a player takes: "plays at hooker", "starts at full-back".
_PLAY_AT = frozenset({"play", "start", "line", "come", "continue", "stay", "remain"})


#: Letters after a name that are an office, not an honour: "Ian Smith QC", "Jane Roe MSP" hold the posts
#: "QC" and "MSP" (an OBE or a PhD is no post).
_POSTNOMINAL_POSTS = frozenset({"QC", "KC", "MP", "MSP", "MEP"})


def postnominal(ctx: FactContext, row: MentionRow) -> Span | None:
    """The office written in capitals right after a person's name ("Nicholas Blake QC, Andrew Nicol QC"),
    when no other name takes the word."""
    doc, end = ctx.doc, row.tok_end
    if end >= len(doc) or doc[end].text not in _POSTNOMINAL_POSTS:
        return None
    if _another_post_of_one(doc[end]) or (row.tok_start > 0 and doc[row.tok_start - 1].pos_ == "DET"):
        return None  # "a minister and Bolton West MP", "the Edinburgh MSP": a seat NER took for a person
    other = ctx.tok2m[end]
    return doc[end : end + 1] if other < 0 or ctx.mentions[other].cls == POSITION else None


def _another_post_of_one(office: Token) -> bool:
    """ "X, a Cabinet Office minister and Bolton West MP": an office coordinated with one person's other post
    (not with a list's plural head, "five barristers - A QC, B QC", nor with another name's office)."""
    head = office.head
    return (
        office.dep_ in ("conj", "appos")
        and titles.is_title(head)
        and head.text not in _POSTNOMINAL_POSTS
        and head.tag_ not in ("NNS", "NNPS")
    )


def add_position(
    ctx: FactContext, person: int, words: Span, label: str, rule: str, confidence: float
) -> None:
    """A holdsPosition fact: the person holds the post ``label`` the words say."""
    position = ctx.new_mention(
        MentionRow(words.start_char, words.end_char, words.start, words.end, POSITION, label, words.text)
    )
    ctx.add("holdsPosition", person, position, words, rule, confidence)


def played_at(ctx: FactContext, token: Token) -> None:
    """ "X plays at hooker", "Y will start at fly-half" in a report on sport: a bare playing position (no
    determiner: "at the back" is a place on the pitch) is the subject's post."""
    if token.lemma_.lower() not in _PLAY_AT or token.pos_ != "VERB" or not about_sport(ctx.doc):
        return
    subjects = [ctx.tok2m[c.i] for c in token.children if c.dep_ == "nsubj"]
    person = subjects[0] if len(subjects) == 1 else -1
    if person < 0 or ctx.mentions[person].cls != "Person":
        return
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "at"):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            label = titles.hyphenated(noun) or noun.lower_
            if label not in ecues.SPORT_POSITIONS or any(c.dep_ in ("det", "poss") for c in noun.children):
                continue
            start = noun.i - 2 if titles.hyphenated(noun) else noun.i
            add_position(ctx, person, ctx.doc[start : noun.i + 1], label, "played-at", 0.75)
