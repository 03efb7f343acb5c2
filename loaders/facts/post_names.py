"""What a post says about the names beside it: the name a post is held at or of is an organisation's, whatever
class entity recognition gave it ("telecoms analyst at X", "Aston's chief executive", "the Black Sabbath
singer"), 'party' before a post names the party the sentence names, and a board post with no name of its
own is held at the firm the story is about (loaders/facts/people.py reads the ties themselves).
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span, Token

from loaders.entities import cues as ecues
from loaders.entities.gazetteer import Gazetteer
from loaders.entities.kinds import about_sport
from loaders.entities.records import CUED
from loaders.entities.variants import leaders_government
from loaders.facts import cues, parties, titles
from loaders.facts.context import FactContext

# "Oasis guitarist X", "the Busted frontman": a band's musician is its member, not its employee
BAND_ROLES = frozenset(
    {"frontman", "frontwoman", "singer", "vocalist", "guitarist", "bassist", "drummer", "keyboardist"}
)
#: Posts only a firm or another organisation has, never a person: their possessor is an organisation.
_BOARD_POSTS = ("chief executive", "chairman", "chairwoman", "managing director", "chief operating officer",
                "chief financial officer", "finance director", "board")  # fmt: skip
#: Posts at a firm that a one-word name before them shows is a firm's ("Gartner analyst X", "Forrester's
#: senior analyst X"): a person has a spokesman, a strategist or a vice president, not analysts or economists
#: (a full name, "Tom Hale's economist", is left to what entity recognition made of it).
_FIRM_POSTS = ("analyst", "economist")


def employer(ctx: FactContext, index: int, at: bool = False) -> int:
    """The object of a post's 'of' or 'at' ("telecoms analyst at Dresdner Kleinwort Wasserstein",
    "assistant chief constable of Gloucestershire Police") is where the post is held, not a person: a name
    entity recognition typed a person there becomes an organisation mention (a person's post is 'for' or
    'to' another person: "spokesman for X", "adviser to X", and those are left alone). After 'at' a place
    NER made of a name the gazetteer does not know as a town or a country is the employer too ("principal
    security consultant at Cisco"); after 'of' it is the post's domain ("chief constable of Essex")."""
    row = ctx.mentions[index]
    if row.cls == "Person" or (at and row.cls == "Location"):
        # the text says what it is: its class outvotes NER's other labels of the name
        ctx.mentions[index] = row._replace(cls="Organization", flags=row.flags | CUED)
    return index


def band_named(ctx: FactContext, start: int, role: Token) -> None:
    """ "the Black Sabbath singer", "Oasis guitarist X": the name before a musician's role in a band is the
    band's, an organisation, though NER took it for a place or a person."""
    if role.lower_ not in BAND_ROLES:
        return
    for index in sorted({m for k in range(start, role.i) if (m := ctx.tok2m[k]) >= 0}):
        row = ctx.mentions[index]
        if row.cls in ("Location", "Person") and row.tok_end == role.i:
            ctx.mentions[index] = row._replace(cls="Organization", flags=row.flags | CUED)


def firm_possessor(ctx: FactContext, title: Span) -> list[int]:
    """ "Aston's chief executive X", "X, Sprint's chairman", "Gartner analyst X": whose a board's or a
    firm's post is, is a firm, whatever class entity recognition gave the name. Returns those names."""
    board = any(p in title.text.lower() for p in _BOARD_POSTS)
    if not board and not any(p in title.text.lower() for p in _FIRM_POSTS):
        return []
    before = ctx.tok2m[title.start - 1] if title.start > 0 else -1
    possessors = [ctx.tok2m[c.i] for c in titles.title_head(title).children if c.dep_ == "poss"]
    firms = []
    for index in sorted({before, *possessors} - {-1}):  # "Gartner chairman X", "Aston's chief executive X"
        row = ctx.mentions[index]
        if row.tok_end <= title.start + 1 and (board or row.tok_end - row.tok_start == 1):
            firms.append(employer(ctx, index))
    return firms


def the_party(ctx: FactContext, title: Span) -> list[int]:
    """ "The BNP website carries a photograph of party leader Nick Griffin": a post the word 'party' opens
    is held in the one organisation its sentence names before it (the word says that one is a party, known
    to the gazetteer or not). Two organisations there leave it open."""
    if title.start == 0 or ctx.doc[title.start - 1].lower_ != "party":
        return []
    sentence = ctx.doc[title.start].sent
    named = {m for k in range(sentence.start, title.start) if (m := ctx.tok2m[k]) >= 0}
    named = {
        m
        for m in named
        if ctx.mentions[m].cls == "Organization" and ctx.mentions[m].surface.lower() not in titles.KIND_WORDS
    }  # "Party leader X" opening a sentence: the word itself is no party's name
    return sorted(named) if len(named) == 1 else []


def bracketed_organisation(ctx: FactContext, start: int) -> list[int]:
    """ "World Anti-Doping Agency (WADA) chief Dick Pound", "the United Auto Workers (UAW) spokesman X": the
    organisation whose short name is in brackets right before a title is where the post is held (the
    bracket ends the title's words, so nothing else reads it). The name before the bracket when it is an
    organisation's (the short one may be a ticker, "Chase Manhattan Corp (CMB) president X"), else the short
    one."""
    doc = ctx.doc
    if start < 4 or doc[start - 1].text != ")" or doc[start - 3].text != "(":
        return []
    short, full = ctx.tok2m[start - 2], ctx.tok2m[start - 4]
    ends = (start - 3, start - 1)  # the full name ends at the bracket, the short one inside it
    for index in (full, short):
        if index >= 0 and ctx.mentions[index].cls == "Organization" and ctx.mentions[index].tok_end in ends:
            return [index]
    return []


def shared_of(ctx: FactContext, root: Token) -> list[Token]:
    """ "Jane Roe and Mark Poe of Acme", "A, B and C of IBM": the 'of' phrase after the last of coordinated
    names is every one's; the parse hangs it on the last (and B on A as an apposition). Only for names that
    are all people's, none with an 'of' of its own ("A of Acme and B of IBM")."""
    first = root
    while first.dep_ in ("conj", "appos") and _a_person(ctx, first.head):
        first = first.head
    chain = [first]
    while (nxt := next((c for c in chain[-1].children if c.dep_ in ("conj", "appos")), None)) is not None:
        chain.append(nxt)
    if len(chain) < 2 or root == chain[-1] or not all(_a_person(ctx, t) for t in chain):
        return []
    if any(c.dep_ == "prep" for t in chain[:-1] for c in t.children):
        return []
    return [p for c in chain[-1].children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj"]  # fmt: skip


def _a_person(ctx: FactContext, token: Token) -> bool:
    return (index := ctx.tok2m[token.i]) >= 0 and ctx.mentions[index].cls == "Person"


#: A firm's board posts, held at the firm the story is about when the text names no other: "Chief executive
#: X said", after a lead about one company. A leader's, then the others'.
_FIRM_LEADER_POSTS = ("chief executive", "managing director")
_FIRM_BOARD_POSTS = ("chief financial officer", "chief operating officer", "finance director")
#: Classes of a name that may be another firm's (NER often takes a firm's name for a place's).
_FIRM_LIKE = frozenset({"Organization", "Location"})
#: Words of a post held no longer, or of a second's post.
_NOT_HELD = cues.LEFT_POST_WORDS | ecues.NON_LEADER_MODIFIERS


def topic_firm(ctx: FactContext, title: Span, gaz: Gazetteer | None) -> tuple[int, bool]:
    """ "Chief executive Franklin Raines ... have left the firm": a board post with no name of its own is
    held at the one organisation the headline and lead name (a story about a firm names it first, then its
    officers by their posts alone), unless its paragraph or the sentence before names another organisation
    (a paragraph about another firm). Two in the lead, a party, a post left or a report on sport: none.
    Returns the firm's mention (-1 for none) and whether the post leads it."""
    label = title.text.lower()
    leads = any(p in label for p in _FIRM_LEADER_POSTS)
    if not leads and not any(p in label for p in _FIRM_BOARD_POSTS):
        return -1, False
    if any(t.lower_ in _NOT_HELD for t in title) or about_sport(ctx.doc):
        return -1, False
    firm = _topic_organisation(ctx, gaz)
    if firm < 0 or _another_organisation_near(ctx, title, ctx.mentions[firm].surface.lower()):
        return -1, False  # "ISP Plus.net backed it. '... .' chief executive X said": the other firm's post
    return firm, leads


#: Roles only a band's member has: a singer or a vocalist is as often a solo act ("soul singer Alicia Keys").
_BAND_ONLY_ROLES = BAND_ROLES - {"singer", "vocalist"}


def topic_band(ctx: FactContext, title: Span, gaz: Gazetteer | None) -> int:
    """ "... after bassist Mike Mills contracted flu": a musician's role in a band with no name of its own,
    in a story about a band (the text calls something a band), is held in the one organisation the
    headline and lead name. Returns the band's mention (-1 for none)."""
    if titles.title_head(title).lower_ not in _BAND_ONLY_ROLES or any(t.lower_ in _NOT_HELD for t in title):
        return -1
    before = ctx.doc[title.start - 1] if title.start > 0 else None
    if before is not None and (
        before.pos_ == "PROPN" or (before.text[:1].isupper() and not before.is_sent_start)
    ):
        return -1  # "Keane frontman Tom Chaplin": a band's name the mention layer missed
    if not any(t.lower_ in ecues.BAND_NOUNS for t in ctx.doc):
        return -1  # a guitarist in a story about a label, a show or a festival is no member of it
    return _topic_organisation(ctx, gaz)  # a venue or a label beside the musician may be named: no check


def _topic_organisation(ctx: FactContext, gaz: Gazetteer | None) -> int:
    """The one organisation the headline and lead name, when it is no party; -1 otherwise."""
    firms = {
        m: ctx.mentions[m].surface.lower()
        for sent in itertools.islice(ctx.doc.sents, 2)
        for k in range(sent.start, sent.end)
        if (m := ctx.tok2m[k]) >= 0 and ctx.mentions[m].cls in _FIRM_LIKE
    }
    if len(set(firms.values())) != 1 or any(parties.is_party(gaz, ctx.mentions[m]) for m in firms):
        return -1
    firm = min(firms)
    return firm if ctx.mentions[firm].cls == "Organization" else -1


def _another_organisation_near(ctx: FactContext, title: Span, name: str) -> bool:
    """Whether the title's paragraph or the sentence before names an organisation other than ``name``; a
    leader's government ("a former official in the Clinton administration") holds no firm's posts."""
    sentence = title.sent
    return any(
        ctx.mentions[m].surface.lower() != name and not leaders_government(ctx.mentions[m].surface)
        for k in range(_paragraph_before(ctx.doc, sentence), sentence.end)
        if (m := ctx.tok2m[k]) >= 0 and ctx.mentions[m].cls in _FIRM_LIKE
    )


def _paragraph_before(doc: Doc, sentence: Span) -> int:
    """Where the words before a sentence start: its paragraph's first token, or the sentence before it."""
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    k = sentence.start - 1
    while k > 0 and "\n\n" not in doc[k].text + doc[k].whitespace_:
        k -= 1
    return min(start, k + 1) if k > 0 else 0
