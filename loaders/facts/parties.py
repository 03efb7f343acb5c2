"""Political parties in the words around a person's title: "Tory peer Lord X", "senior Conservative MP X",
"X, the Labour leader", "Labour's Mr X".

A party is known from the gazetteer, never from a list here: a word is a party's when the gazetteer names
the party by it ("Labour" -> Labour Party) or by its plural, the name of the party's members ("Tory" ->
"Tories", "Lib Dem" -> "Lib Dems", "Republican" -> "Republicans"). A person a party's word qualifies is its
member (or its leader, with a leader's title), not its employee.
"""

from __future__ import annotations

from spacy.tokens import Span

from loaders.entities.gazetteer import GazEntry, Gazetteer
from loaders.entities.places import geo_index
from loaders.entities.records import NORP, MentionRow
from loaders.facts import cues
from loaders.facts.context import FactContext
from loaders.facts.titles import after_former, is_title


def _plural(words: str) -> str:
    if words.endswith("y") and words[-2:-1] not in tuple("aeiou"):
        return words[:-1] + "ies"  # "Tory" -> "Tories"
    return words + "s"


def party_entry(gaz: Gazetteer, words: str) -> GazEntry | None:
    """The party a capitalised word (or two) names, whose members it names, or that it names with "Party"."""
    if not words[:1].isupper() or words.endswith("s"):
        return None
    entry = gaz.lookup(words)
    if entry is not None and entry.cls == "Organization" and entry.name.lower().endswith(" party"):
        return entry
    # "Republican" -> "Republicans", "Democratic" -> "Democratic Party"
    for name in (_plural(words), words + " Party"):
        entry = gaz.lookup(name)
        if entry is not None and entry.cls == "Organization":
            return entry
    return None


def is_party(gaz: Gazetteer | None, row: MentionRow) -> bool:
    """An organisation mention that is a political party."""
    if row.cls != "Organization":
        return False
    if row.key.lower().endswith(" party") or row.surface.lower().endswith(" party"):
        return True
    return gaz is not None and party_entry(gaz, row.surface) is not None


def mark_parties(ctx: FactContext, gaz: Gazetteer | None, start: int, end: int) -> None:
    """Party words between tokens `start` and `end` that entity recognition left unnamed (or took for a bare
    nationality) become mentions of their party, so that a title's affiliations find them."""
    if gaz is None:
        return
    doc = ctx.doc
    k = max(start, 0)
    while k < end:
        for width in (2, 1):
            words = doc[k : min(k + width, end)]
            taken = any(not _replaceable(ctx, ctx.tok2m[t.i], words.start, words.end) for t in words)
            after = doc[words.end] if words.end < len(doc) else None
            named_next = after is not None and after.is_title and not is_title(after)  # "Republican Guard"
            entry = None
            if not (taken or named_next or in_longer_name(words) or len(words) < width):
                entry = party_entry(gaz, words.text)
            if entry is not None:
                party_mention(ctx, words, entry)
                k += width - 1
                break
        k += 1


def split_party_word(ctx: FactContext, gaz: Gazetteer | None, person: int) -> int | None:
    """ "Tory David Heathcoat-Amory", "Conservative Michael Fallon": entity recognition often takes a party's
    word before a full name into the person's name. The person's mention gives it back (it is no part of
    the name) and it becomes a mention of the party, whose index is returned. A single name after it is
    left alone ("Tory Lanez" is one name as often as a party's man)."""
    row = ctx.mentions[person]
    if gaz is None or row.cls != "Person" or row.tok_end - row.tok_start < 3:
        return None
    doc = ctx.doc
    for width in (2, 1):
        words = doc[row.tok_start : row.tok_start + width]
        entry = party_entry(gaz, words.text)
        rest = doc[words.end : row.tok_end]
        if entry is not None and len(rest) >= 2 and rest[0].is_title:
            break
    else:
        return None
    if not all(t.is_title or not t.is_alpha for t in rest):
        return None
    surface = rest.text
    ctx.mentions[person] = row._replace(
        start=rest.start_char,
        tok_start=rest.start,
        key=surface if row.key == row.surface else row.key,
        surface=surface,
        lead=0,
    )
    return party_mention(ctx, words, entry)


def party_before(ctx: FactContext, person: int, gaz: Gazetteer | None) -> None:
    """ "Conservative Michael Fallon", "fellow Tory John Smith", "Lib Dem Jane Smith": a party's word right
    before an untitled name says the person's party (the party's full name there is rarer and says less:
    "the Labour Party Tony Blair leads"). Not after 'former' or 'ex-'."""
    start = ctx.mentions[person].tok_start
    if gaz is None:
        return
    for width in (2, 1):
        words = ctx.doc[max(start - width, 0) : start]
        if len(words) < width or any(
            ctx.tok2m[t.i] >= 0 and ctx.mentions[ctx.tok2m[t.i]].cls != NORP for t in words
        ):
            continue
        entry = party_entry(gaz, words.text)
        left = after_former(ctx.doc, words.start)
        if entry is None or left or words.text.lower().endswith("party") or in_longer_name(words):
            continue
        ctx.add("memberOf", person, party_mention(ctx, words, entry), words, "party-word", 0.6)
        return


def party_mention(ctx: FactContext, words: Span, entry: GazEntry) -> int:
    """A mention of the party the gazetteer entry names, over these words (which it takes from any other)."""
    row = MentionRow(
        words.start_char, words.end_char, words.start, words.end, "Organization", entry.name, words.text
    )
    index = ctx.new_mention(row)
    for t in words:
        ctx.tok2m[t.i] = index
    return index


def unmask_party_names(ctx: FactContext, gaz: Gazetteer | None, start: int, end: int) -> None:
    """Person mentions between tokens `start` and `end` that are a party's word ("Lib Dem", which NER takes
    for a person at times): no person is named so, so they become mentions of the party."""
    if gaz is None:
        return
    for index in sorted({m for k in range(max(start, 0), end) if (m := ctx.tok2m[k]) >= 0}):
        row = ctx.mentions[index]
        entry = party_entry(gaz, row.surface) if row.cls == "Person" and row.tok_start >= start else None
        if entry is not None:
            ctx.mentions[index] = row._replace(cls="Organization", key=entry.name)


def _replaceable(ctx: FactContext, index: int, start: int, end: int) -> bool:
    """No mention, or a piece of the party's name NER named apart ("Liberal" of "Liberal Democrat")."""
    if index < 0:
        return True
    row = ctx.mentions[index]
    return (
        end - start > 1
        and row.cls in ("Organization", NORP)
        and start <= row.tok_start
        and row.tok_end <= end
    )


def in_longer_name(words: Span) -> bool:
    """ "Christian Democrat", "Social Democrat": a capitalised word before the party's word (not a title, not
    a sentence's first word) makes it part of another party's name. A US state's name is none: "a Texas
    Democrat" is a Democrat from Texas (r22d), nor is a chamber's: "U.S. Senate Republican leader X" leads
    the party's senators (dev22, reuters21578-3855)."""
    if words.start == 0:
        return False
    before = words.doc[words.start - 1]
    named = before.is_title and not before.is_sent_start and not is_title(before)
    return named and _us_state_before(words) is None and before.lower_ not in cues.PARTY_GROUP_CHAMBERS


def _us_state_before(words: Span) -> Span | None:
    """The name of a US state right before these words ("Texas", "New Jersey"), if any."""
    states = geo_index().us_states
    for width in (2, 1):
        place = words.doc[max(words.start - width, 0) : words.start]
        if len(place) == width and place[0].is_title and " ".join(place.text.casefold().split()) in states:
            return place
    return None


def split_state_party(ctx: FactContext, gaz: Gazetteer | None, noun: int) -> None:
    """ "Dan Rostenkowski, an Illinois Democrat": NER may take a US state and a party's member word after it
    for one person's name. No one is named so (dev21, and the wires' way of naming a member of Congress):
    the state's words stay a place and the member word becomes a mention of its party."""
    index = ctx.tok2m[noun]
    if gaz is None or index < 0:
        return
    row = ctx.mentions[index]
    word = ctx.doc[noun : noun + 1]
    entry = party_entry(gaz, word.text)
    state = _us_state_before(word)
    if row.cls != "Person" or row.tok_end != noun + 1 or entry is None or state is None:
        return
    if state.start != row.tok_start:
        return
    ctx.mentions[index] = row._replace(
        end=state.end_char, tok_end=state.end, cls="Location", key=state.text, surface=state.text
    )
    party_mention(ctx, word, entry)
