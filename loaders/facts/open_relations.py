"""Open relations: a verb between two named entities that no frame covers, kept with its phrase as predicate.

The phrase is the verb's lemma, its particle, and, when the object entity sits in a prepositional phrase,
the plain noun object in between and the preposition: "awarded a contract to Raytheon" -> "award contract
to"; "teamed up with" -> "team up with". A phrase the frame table's ``[phrases]`` lists becomes that
predicate instead. The predicate is ``open:<phrase>`` until to_extraction mints its IRI.

Precision comes first: both ends are names (no pronouns, no reporting sources), the statement is a claim,
and the verbs frames.toml's ``[open] never`` lists (light, copular, speaking and judging verbs) and the verbs
of saying make no open relation alone; with a particle ("took on") or a noun object ("made a speech at")
they do. A verb a frame fired on still states its open relation unless a fact of the frame or a rule
restates it (loaders.facts.assemble drops it, once the facts that survive assembly are known). The main
clause of the headline and the lead sentence is its own extractor (``open-lead``), so calibration counts its
precision apart from the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from loaders.facts import cues
from loaders.facts.context import FactContext, child, passive_agent
from loaders.facts.frames import FrameTable, is_passive

OPEN_PREFIX = "open:"
OPEN_RULE = "open"
#: The lead shape (below) gets its own rule name, so calibration counts its precision apart from the rest.
LEAD_RULE = "open-lead"
OPEN_CONFIDENCE = 0.6
NAMED_CLASSES = frozenset(
    {"Person", "Organization", "Country", "City", "Location", "Event", "Team", "Product", "Work", "Award"}
)
#: Prepositions of time, manner and comparison: their objects are circumstances, not partners. "by" after
#: an active verb is a measure or a means ("rose by 5%"), or the parser's misplaced agent of a noun ("approved
#: the acquisition of X by Y"); a passive verb's agent is read apart (``_subjects``).
_CIRCUMSTANTIAL_PREPS = frozenset({"during", "after", "before", "since", "until", "like", "than", "despite"})
_WORD = re.compile(r"[a-z0-9]+")


def phrase_words(*words: str) -> str:
    """The phrase as the predicate's label: lower-case ASCII words joined by single spaces."""
    return " ".join(w for word in words for w in _WORD.findall(word.lower()))


def _named(ctx: FactContext, index: int) -> bool:
    row = ctx.mentions[index]
    return row.cls in NAMED_CLASSES and not row.flags & 1  # 1: SOURCE (records.SOURCE)


def _subjects(ctx: FactContext, verb: Token) -> list[int]:
    if is_passive(verb):
        agent = passive_agent(verb)
        return ctx.args(agent) if agent is not None else []
    subject = child(verb, "nsubj")
    return ctx.args(subject) if subject is not None else []


def _objects(ctx: FactContext, verb: Token) -> Iterator[tuple[int, str, Token | None]]:
    """(object mention, the phrase after the verb, the noun object the phrase holds) for each entity the
    verb takes as object."""
    direct = child(verb, "nsubjpass" if is_passive(verb) else "dobj")
    particle = child(verb, "prt")
    lead = particle.lower_ if particle is not None else ""
    if direct is not None:
        for index in ctx.args(direct):
            yield index, lead, None
    if particle is not None:  # "Aston takes on Porsche": the parser hangs the object on the particle
        for obj in particle.children:
            if obj.dep_ == "pobj":
                for index in ctx.args(obj):
                    yield index, lead, None
    hosts: list[tuple[Token, str]] = [(verb, lead)]
    if direct is not None and ctx.tok2m[direct.i] < 0 and direct.pos_ == "NOUN":
        hosts.append((direct, phrase_words(lead, direct.lemma_)))  # "award contract to"
    for host, words in hosts:
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ in _CIRCUMSTANTIAL_PREPS or prep.lower_ == "by":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    for index in ctx.args(obj):
                        yield index, phrase_words(words, prep.lower_), host if host is not verb else None


def _lead_clause(verb: Token) -> bool:
    """The main verb of the headline or the lead sentence: where the news states what the story is about,
    as a claim of its own rather than a circumstance of another clause."""
    start = verb.sent.start
    in_lead = start == 0 or verb.doc[start - 1].sent.start == 0
    return in_lead and verb.dep_ == "ROOT"


def open_relations(ctx: FactContext, verb: Token, table: FrameTable) -> None:
    """Record the open relations (or mapped phrases) of one verb that no frame fired on."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in cues.SAY_VERBS:
        return
    subjects = [s for s in _subjects(ctx, verb) if _named(ctx, s)]
    if not subjects:
        return
    found = [(o, phrase_words(lemma, rest), noun) for o, rest, noun in _objects(ctx, verb) if _named(ctx, o)]
    if lemma in table.never_open and child(verb, "prt") is None:
        # a light verb says nothing alone, but a phrasal verb is a word of its own ("took on Porsche") and a
        # noun object carries the meaning of the phrase ("made a speech at", "took a stake in")
        found = [(o, p, noun) for o, p, noun in found if p in table.phrases or noun is not None]
    stance = ctx.stance(verb) if found else None
    if stance is None:
        return
    for obj, phrase, noun in found:
        predicate = table.phrases.get(phrase)
        rule = f"phrase:{phrase}" if predicate else LEAD_RULE if _lead_clause(verb) else OPEN_RULE
        cue = verb if noun is None else verb.doc[min(verb.i, noun.i) : max(verb.i, noun.i) + 1]
        for subject in subjects:
            if subject != obj:
                ctx.add(predicate or OPEN_PREFIX + phrase, subject, obj, cue, rule, OPEN_CONFIDENCE, stance)
