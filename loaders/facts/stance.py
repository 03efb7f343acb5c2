"""A statement's stance: its polarity (asserted or negated) and modality (stated, reported, hedged,
conditional, future), read from the dependency tree around its cue (docs/claims.md).

The walk climbs from the cue to the clause that reports it (a say-verb) or the root, as the assertion
check always did; what used to drop a statement now sets its stance: a negation ('has not communicated
with') negates it, a modal ('could', 'will') hedges it or puts it in the future, 'if' makes it
conditional, a say-verb or 'is said to' makes it reported (the say-verb's subject is then its source).
Only a question, or a statement merely wanted, asked for or offered ('X wants to meet Y'), is no claim
at all: it says nothing of whether the thing happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from spacy.tokens import Token

from kg.model import ASSERTED, CONDITIONAL, FUTURE, HEDGED, NEGATED, REPORTED, STATED
from loaders.entities.cues import DAY_NAMES, MONTH_NAMES
from loaders.facts import cues

_MAX_CLIMB: Final = 6
#: Dependencies by which a clause is attached to another rather than its complement.
_ATTACHED: Final = frozenset(
    {"advcl", "relcl", "acl", "nsubj", "nsubjpass", "appos", "npadvmod", "parataxis"}
)
#: Dependencies of a clause or noun that describes a noun ('X, a comedy starring Y', 'X, which owns Y'): the
#: description is presupposed, so the modals of the clause that holds the noun do not reach it.
_DESCRIBING: Final = frozenset({"acl", "relcl", "appos"})
#: Nouns whose clause is what someone alleges or rumours, not what the article states ("rejected allegations
#: he pressured X", "reports that X held talks with Y").
_HEARSAY_NOUNS: Final = frozenset(
    {"allegation", "accusation", "claim", "report", "rumour", "rumor", "suggestion", "speculation"}
)
_TIME_WORDS: Final = frozenset({"when", "while", "once", "after", "before", "until", "as"})
#: Which modality wins when a sentence has several signals ("X said Y could" is hedged, not reported).
_RANK: Final = {STATED: 0, REPORTED: 1, HEDGED: 2, FUTURE: 3, CONDITIONAL: 4}
#: 'whether X met Y' asks, 'for X to meet Y' supposes: neither says anything of whether it happened.
_OPEN_MARKS: Final = frozenset({"whether", "for"})
_FUTURE_MODALS: Final = frozenset({"will", "shall", "'ll", "’ll", "wo"})
_REPORTED_ADVERBS: Final = frozenset({"reportedly", "allegedly", "reputedly", "supposedly", "purportedly"})
_HEDGE_ADVERBS: Final = frozenset(
    {"possibly", "perhaps", "probably", "maybe", "likely", "presumably", "apparently", "seemingly"}
)
#: Governors that say the event did not happen ('refused to meet', 'denied meeting', 'called off').
_NEGATING_GOVERNORS: Final = frozenset({"refuse", "fail", "deny", "cancel", "decline", "reject"})
#: Governors that put the event ahead ('plans to visit', 'is due to', 'postponed the visit').
_FUTURE_GOVERNORS: Final = frozenset(
    {
        "plan", "schedule", "reschedule", "intend", "prepare", "expect", "postpone", "delay", "due", "set",
        "decide",
    }
)  # fmt: skip
#: Governors that make it uncertain ('is likely to', 'seems to', 'may consider').
#: An accusation ('accused X of signing a deal with Y') is one side's word, as uncertain as 'may'.
_HEDGE_GOVERNORS: Final = frozenset(
    {"likely", "seem", "appear", "consider", "able", "willing", "accuse", "suspect"}
)
_REPORT_GOVERNORS: Final = frozenset({"report", "say", "believe", "understand", "think", "rumour", "rumor"})
#: Words of a time ahead: with a verb in the present ("takes on X later on Wednesday", "Britain takes over the
#: presidency in July", "opens his campaign on Tuesday") they make it a schedule, a plan not yet done.
_AHEAD_WORDS: Final = frozenset({"later", "tomorrow", "tonight", "next", "soon"})
#: Words that put a time behind ("last July", "a week ago") or make it a span ("since", "until"): no schedule.
_NOT_AHEAD_WORDS: Final = frozenset(
    {"last", "ago", "yesterday", "earlier", "past", "previous", "since", "until", "till", "through", "every"}
)
#: Verbs of an event that a report tells in the present only when it is planned ("he visits Leeds this week").
_PLANNED_IN_PRESENT: Final = frozenset({"visit", "meet", "tour"})
#: Verbs whose present is spelt as their past ("Wales beat England on Saturday"): the tagger cannot tell a
#: schedule from a result by their form, so they are left stated.
_PAST_AS_PRESENT: Final = frozenset(
    {"beat", "hit", "put", "set", "cut", "let", "quit", "shut", "spread", "cost", "hurt", "upset", "bet"}
    | {"cast", "burst", "split", "bid", "outbid", "broadcast", "forecast", "read", "shed", "thrust", "fit"}
)
#: Support verbs whose object noun is the event itself: 'will make a visit', 'will hold talks', 'may pay a
#: visit' are as future or hedged as 'will visit'; 'will form (set up, create) a joint venture' as 'will
#: team up'.
_SUPPORT_VERBS: Final = frozenset(
    {"make", "hold", "pay", "conduct", "have", "form", "set", "establish", "create"}
    # a case, a charge or a bid is what is faced, brought or filed: "could face charges", "may bring a
    # lawsuit", "would launch a bid" suppose it, as "could sue" does
    | {"face", "bring", "file", "launch", "lodge", "press", "level", "initiate", "impose"}
    # a deal is what is completed or closed, a share what is bought: "may complete the sale of Y to Z", "may
    # buy 100 pct of Y" suppose the deal (r15f)
    | {"complete", "close", "finalise", "finalize", "conclude"}
    # talks are what is started or opened: "will start accession talks with Y" is not held yet (outside
    # article bbc-politics-064 had it a meeting)
    | {"start", "begin", "open", "resume", "reopen"}
    | cues.PURCHASE_VERBS
    # an agreement is what is signed, reached or arranged: "may arrange swap agreements with Y", "would sign
    # the accord" suppose it as "may sign" does (r16a: dev15 and a judged outside article read them as done)
    | {"sign", "arrange", "reach", "strike", "seal", "negotiate"}
)
#: Verbs whose attribute is what the subject comes to be: "will become a member of Y" is as planned as "will
#: join Y", "became a member" as done (r16a: a judged outside article read the plan as done).
_BECOMING_VERBS: Final = frozenset({"become"})


@dataclass(frozen=True, slots=True)
class Stance:
    """How a sentence states a statement; ``speaker`` is the say-verb that reports it, if any."""

    polarity: str = ASSERTED
    modality: str = STATED
    speaker: Token | None = None

    def with_modality(self, modality: str) -> Stance:
        if _RANK[modality] <= _RANK[self.modality]:
            return self
        return Stance(self.polarity, modality, self.speaker)

    def negated(self) -> Stance:
        return Stance(NEGATED, self.modality, self.speaker)


STATED_STANCE: Final = Stance()


def stance(token: Token, nominal: bool = False, allowed: frozenset[str] = frozenset()) -> Stance | None:
    """The stance of the statement whose cue is ``token``; None when it is no claim (a question, a wish).

    For a nominal cue ("his visit to Y") the modals of the host clause do not matter: the visit is
    presupposed. ``allowed`` names governing verbs that do not suspend this cue ("agreed to buy").
    """
    found = STATED_STANCE
    if not nominal and token.lemma_.lower() not in cues.SAY_VERBS and _scheduled(token):
        found = found.with_modality(FUTURE)
    if nominal and _event_of_its_verb(token):
        nominal = False  # the noun is the verb's event: the verb's modals are the noun's
    if nominal and _ahead_by_its_modifier(token):
        found = found.with_modality(FUTURE)
    node, via, below = token, "", token
    described = False  # climbed out of a description: its host's governing verb does not reach it
    for _ in range(_MAX_CLIMB):
        lemma = node.lemma_.lower()
        if node is not token and (
            lemma in cues.SAY_VERBS or (lemma in _REPORT_GOVERNORS and _is_passive(node))
        ):
            # "X did not say Y met Z" claims nothing of the meeting; "X may say" is X's business.
            return None if _negated(node) else _asked(token, _reported(found, node))
        governs = _governs(node, via) or (via == "advcl" and _bare_infinitive(below))
        predicate = next((c.lemma_.lower() for c in node.children if c.dep_ in ("acomp", "attr")), None)
        if via == "xcomp" and lemma == "be":  # "is favourite to take home X": the predicate governs;
            # a bare "X is to direct Y" is what is planned, like "plans to direct"
            lemma = predicate or "plan"
        elif via == "advcl" and lemma == "be" and predicate is not None and _bare_infinitive(below):
            lemma = predicate  # "is second favourite at William Hill to take X": the parser's adverbial
        if via in ("acl", "relcl") and lemma in _HEARSAY_NOUNS and _content_clause(below):
            found = found.with_modality(HEDGED)  # "allegations (that) he pressured X"
        if via in _DESCRIBING and not _temporal(below):
            # "will include X, a comedy starring Y", "rejected a proposal by X, a subsidiary of Y": what
            # describes X holds regardless
            nominal = described = True
        children = _children(node, found, check_modals=not nominal, negation=governs and not described)
        if children is None:
            return None
        found = children
        if (
            node is not token
            and governs
            and not described
            and lemma in cues.IRREALIS_VERBS
            and lemma not in allowed
        ):
            governed = _governed(found, node)
            if governed is None:
                return None
            found = governed
        if _planned_clause(node) and not nominal and _headline_infinitive(node):
            found = found.with_modality(FUTURE)  # "NEC to supply chips to France": a headline's plan
        if node.dep_ == "ROOT" or _factive(node):
            break
        via, below = node.dep_, node
        node = node.head
    return _asked(token, found)


def _event_of_its_verb(noun: Token) -> bool:
    """A noun that is its verb's event ("will hold talks", "may sign an accord", "will become a member"), not
    a thing the clause mentions ("his visit to Y will boost trade")."""
    head = noun.head.lemma_.lower()
    return (noun.dep_ == "dobj" and head in _SUPPORT_VERBS) or (
        noun.dep_ == "attr" and head in _BECOMING_VERBS
    )


#: Participles on an event noun that put it ahead: "talks scheduled for Thursday", "a visit planned for May".
_AHEAD_PARTICIPLES: Final = frozenset(
    {"schedule", "reschedule", "plan", "expect", "postpone", "delay", "due", "set"}
)


def _ahead_by_its_modifier(noun: Token) -> bool:
    """An event noun its own words put ahead or leave possible ("two rounds of talks between X and Y,
    scheduled for Thursday", "the planned visit to Y", "a possible deal"): whatever its host clause says,
    the event has not happened (r16a: a judged outside article read scheduled talks as held)."""
    return _way_opened_for(noun) or any(
        (c.dep_ == "amod" and c.lower_ in cues.HYPOTHETICAL_ADJECTIVES)
        or (c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "JJ") and c.lemma_.lower() in _AHEAD_PARTICIPLES)
        for c in noun.children
    )


def _way_opened_for(noun: Token) -> bool:
    """ "would open the way for summit talks between X and Y", "paved the way for a merger with Y": what a way
    is opened, paved or cleared for is still to come, whether or not the way is open (r21b: judges of seed
    937 read hypothetical talks as held)."""
    way = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    return way is not None and way.lemma_.lower() == "way"


def _scheduled(verb: Token) -> bool:
    """A verb in the present with a time ahead of it ("Rusedski takes on Federer later on Wednesday", "Exeter
    are playing Leeds on Saturday"): English tells a fixed future so, a schedule rather than a deed done.
    A visit or a meeting in the simple present inside a report is one whatever the time words ("this week
    as he visits Manchester, Liverpool ...", "when it meets in April", "He now meets X"): a report tells
    what was done in the past tense; only a headline, which ends with no stop, tells it in the present."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    simple = verb.tag_ in ("VBZ", "VBP") and not auxes and verb.lower_ not in _PAST_AS_PRESENT
    if simple and verb.lemma_.lower() in _PLANNED_IN_PRESENT and _ends_with_a_stop(verb):
        return True
    progressive = (
        verb.tag_ == "VBG" and bool(auxes) and all(a in ("is", "are", "am", "'s", "'re") for a in auxes)
    )
    if not (simple or progressive):
        return False
    return any(_time_ahead(c) for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod", "tmod"))


def _ends_with_a_stop(token: Token) -> bool:
    """Whether the token's sentence ends as a report's do, not as a headline ("Blair visits troops")."""
    last = token.sent[-1]
    while last.i > token.sent.start and last.text in ('"', "'", "”", "’", ")"):
        last = last.nbor(-1)
    return last.text in (".", "!", "?")


def _time_ahead(modifier: Token) -> bool:
    """'later', 'tomorrow', 'next week', 'on Wednesday', 'in July': a time ahead when the verb is present."""
    words = list(modifier.subtree)
    if len(words) > 6 or any(w.lower_ in _NOT_AHEAD_WORDS for w in words):
        return False
    return any(
        w.lower_ in _AHEAD_WORDS or (w.pos_ == "PROPN" and w.lower_ in DAY_NAMES | MONTH_NAMES) for w in words
    )


def _condition(clause: Token) -> bool:
    """An adverbial clause of condition ('Exeter face a tie against X *if they see off Y*'): the clause it
    is attached to is as conditional as itself ('even if' and 'as if' are no conditions)."""
    for mark in clause.children:
        before = clause.doc[mark.i - 1].lower_ if mark.i > 0 else ""
        if mark.dep_ == "mark" and mark.lower_ in cues.CONDITIONAL_MARKS and before not in ("even", "as"):
            return True
    return False


def _planned_clause(node: Token) -> bool:
    """A clause that a to-infinitive with its own subject makes a plan: a sentence's main clause, or what a
    verb of saying reports ("X to replace Y, sources said": the wish of a sentence before, which the
    splitter cut off; judged seed 938). Not another verb's complement: "challenged X to stand down as an
    MEP" is that verb's business, and names the post he holds."""
    return node.dep_ == "ROOT" or (node.dep_ == "ccomp" and node.head.lemma_.lower() in cues.SAY_VERBS)


def _headline_infinitive(root: Token) -> bool:
    """A sentence whose main verb is a bare to-infinitive with its own subject, as headlines write what is
    planned ("Kestrel to buy Zenith", "Brizzel to run AAA's in Sheffield")."""
    auxes = [c for c in root.children if c.dep_ == "aux"]
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    return has_subject and [a.lower_ for a in auxes] == ["to"]


def _governs(node: Token, via: str) -> bool:
    """Whether a clause's negation and governing verb reach the statement climbed from by ``via``.

    They reach their complements ("refused *to support* X", "denied *that* ..."), not a clause merely
    attached to them: "denied all the charges, *saying* ...", "did not rule it out but *said* ...",
    "X, who never failed ..., *won*". A conjunct shares them only after "or"/"nor" ("has not met or
    spoken to").
    """
    if via == "conj":
        return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in node.children)
    return via not in _ATTACHED


def _content_clause(clause: Token) -> bool:
    """'reports that it had held talks', 'allegations he pressured X': a clause with its own subject says what
    the noun holds; 'a report published by X' only describes it."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "that") for c in clause.children
    )


def _temporal(clause: Token) -> bool:
    """'the key themes when the UK took over': a clause of time the parser hung on a noun says when, and
    shares its host's tense ('would be ... when X took over' is still ahead)."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _TIME_WORDS for c in clause.children)


def _bare_infinitive(clause: Token) -> bool:
    """'had been trying for a while to get X to direct': a to-infinitive the parser hung as an adverbial
    clause is the complement of the verb it follows, as wanted or tried as that verb says ('in order to'
    and 'so as to' keep their mark and stay adverbial)."""
    return to_infinitive(clause) and not any(c.dep_ == "mark" for c in clause.children)


def to_infinitive(verb: Token) -> bool:
    """Whether the verb is a to-infinitive: its "to" hangs on it ("decided to part", "a deal to buy"). Here,
    not in loaders.facts.context, which imports this module: the rules import it from there."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _children(node: Token, found: Stance, check_modals: bool, negation: bool) -> Stance | None:
    # a clause of condition makes the clause it hangs on conditional, but not a say-verb's ("X argued, if
    # ..., that"): the saying holds whatever its content's condition
    conditions = check_modals and node.lemma_.lower() not in cues.SAY_VERBS
    for child in node.children:
        dep, lower = child.dep_, child.lower_
        if dep == "mark" and lower in _OPEN_MARKS:
            return None
        if negation and (dep == "neg" or (dep == "det" and lower == "no") or _none_of_them(child)):
            found = found.negated()
        elif check_modals and dep in ("aux", "auxpass") and lower in cues.MODALS:
            found = found.with_modality(FUTURE if lower in _FUTURE_MODALS else HEDGED)
        elif (dep == "mark" and lower in cues.CONDITIONAL_MARKS) or (
            conditions and dep == "advcl" and _condition(child)
        ):
            found = found.with_modality(CONDITIONAL)
        elif dep == "advmod" and lower in _REPORTED_ADVERBS:
            found = found.with_modality(REPORTED)
        elif dep == "advmod" and lower in _HEDGE_ADVERBS:
            found = found.with_modality(HEDGED)
    return found


def _none_of_them(subject: Token) -> bool:
    """A subject that says no one of its members did it: "Neither X nor Y are living in Z", "None of
    them has met Y"."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return subject.lower_ in ("neither", "none") or any(
        c.dep_ in ("det", "preconj") and c.lower_ == "neither" for c in subject.children
    )


def _negated(node: Token) -> bool:
    return any(c.dep_ == "neg" for c in node.children)


def _governed(found: Stance, governor: Token) -> Stance | None:
    lemma = governor.lemma_.lower()
    if lemma == "deny":  # "X denied that Y met Z": X's word against the statement
        return Stance(NEGATED, found.modality, governor).with_modality(REPORTED)
    if lemma in _NEGATING_GOVERNORS:
        return found.negated()
    if lemma in _FUTURE_GOVERNORS:
        return found.with_modality(FUTURE)
    if lemma in _HEDGE_GOVERNORS:
        return found.with_modality(HEDGED)
    return None  # wanted, sought, urged, asked, offered: not a claim that it happened


def _reported(found: Stance, verb: Token) -> Stance:
    # "X is said to have met Y" has no speaker; "X said Y met Z" has X.
    speaker = None if _is_passive(verb) else verb
    return Stance(found.polarity, found.modality, speaker).with_modality(REPORTED)


def _asked(token: Token, found: Stance) -> Stance | None:
    sent = token.sent
    return None if any(t.text == "?" for t in sent[-2:]) else found


def _factive(node: Token) -> bool:
    """'since X launched its invasion' holds whatever the main clause says."""
    return node.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in cues.FACTIVE_MARKS for c in node.children
    )


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
