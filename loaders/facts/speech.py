"""Speech: direct quotes and reported speech give ``says`` facts (the words kept as a Quote resource);
"X said Y should ..." and "X called for Y to ..." give ``X urges Y``; "according to X" makes X the
reporting source of what its sentence (and any quotation that sentence opens) states.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from kg.model import CONDITIONAL
from loaders.entities.records import QUOTE, SOURCE, MentionRow, doc_words
from loaders.facts import cues
from loaders.facts.context import FactContext, child, to_infinitive

#: Verbs whose "for Y to ..." is a demand made of Y: "called for Blair to resign", "pressed for Y to act".
_DEMAND_VERBS = frozenset({"call", "appeal", "press", "push", "campaign", "lobby", "clamour", "clamor"})
_CURLY_PAIRS = re.compile(r"“([^”]{1,2000})”")
_MAX_QUOTE = 2000
_STRAIGHT_MARK = re.compile('"')
_SENTENCE_END = re.compile(r"[.?!](?=\s)|\n")
_MIN_QUOTE_WORDS = 3


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of the words inside quotation marks (curly or straight)."""
    curly = [(m.start(1), m.end(1)) for m in _CURLY_PAIRS.finditer(text)]
    return sorted(curly + _straight_quotes(text))


def _straight_quotes(text: str) -> list[tuple[int, int]]:
    """The spans inside straight quotation marks, each mark read by its side: one after a space (or at the
    start, or after an opening bracket or a colon) with a word after it opens a quote, any other closes
    one. The news leaves a quote open at the end of a paragraph that the next one goes on with ('...
    campaign. "They were wrong ...'), and the corpus has lost some of those paragraph breaks, so pairing the
    marks in turn would put the narration between two quotes inside one and the next quote outside: a quote
    left open ends with its first sentence (or its line), no later than the next opening mark."""
    found: list[tuple[int, int]] = []
    start = -1
    for match in _STRAIGHT_MARK.finditer(text):
        i = match.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in "([:") and not after.isspace()
        if start >= 0:
            closed = not opens and i - start <= _MAX_QUOTE
            found.append((start, i if closed else _first_sentence(text, start, i)))
            start = -1
        if opens:
            start = i + 1
    if start >= 0:
        found.append((start, _first_sentence(text, start, len(text))))
    return [(a, b) for a, b in found if b > a]


def _first_sentence(text: str, start: int, limit: int) -> int:
    """Where the sentence (or line) that begins at ``start`` ends, no later than ``limit``."""
    match = _SENTENCE_END.search(text, start, min(limit, start + _MAX_QUOTE))
    return match.end() if match is not None else min(limit, start + _MAX_QUOTE)


def source_scopes(ctx: FactContext) -> None:
    """The reach of each 'according to X': its sentence, stretched to the end of a quote it opens."""
    for index, row in enumerate(ctx.mentions):
        if not row.flags & SOURCE:
            continue
        sent = ctx.doc[row.tok_start].sent
        end = sent.end_char
        for start, stop in ctx.quotes:
            if sent.start_char <= start < sent.end_char:
                end = max(end, stop)
        ctx.source_scopes.append((sent.start_char, end, index))


def direct_quotes(ctx: FactContext) -> None:
    """'X said “...”', '“...,” X added': the nearest say-verb of the quote's sentence gives the speaker."""
    for start, end in ctx.quotes:
        span = ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or sum(1 for t in span if t.is_alpha) < _MIN_QUOTE_WORDS:
            continue
        verb = _nearest_say_verb(span, ctx.quotes)
        if verb is None:
            continue
        words = ctx.text[start:end].strip().rstrip(",")
        quote = ctx.new_mention(
            MentionRow(start, start + len(words), span.start, span.end, QUOTE, words, words)
        )
        for speaker in ctx.args(ctx.subject(verb)):
            ctx.add("says", speaker, quote, verb, "quote", 0.85)


def _nearest_say_verb(span: Span, quotes: list[tuple[int, int]]) -> Token | None:
    """The say-verb nearest the quote in its first and last words' sentences, outside quotes. (Each sentence
    found once, as Span.sent walks the doc; its words read in the Doc's shared words, a Token only for a
    say-verb.)"""
    doc, words = span.doc, doc_words(span.doc)
    first, last = span[0].sent, span[-1].sent
    best: Token | None = None
    for sent in [first] if last.start == first.start else [first, last]:
        for k in range(sent.start, sent.end):
            if words.lemmas[k] not in cues.SAY_VERBS or words.poses[k] != "VERB":
                continue
            token = doc[k]
            if in_quote(token.idx, quotes):
                continue
            if best is None or _distance(token, span) < _distance(best, span):
                best = token
    return best


def _distance(token: Token, span: Span) -> int:
    return span.start - token.i if token.i < span.start else token.i - span.end


def in_quote(offset: int, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether the character at ``offset`` is inside one of the direct quotations ``quotes``
    (quote_regions): the speaker's words, not the article's statement."""
    return any(start <= offset < end for start, end in quotes)


def reported_speech(ctx: FactContext, verb: Token) -> None:
    """'X said (that) ...': a says fact with the reported clause; 'X said Y should ...' also X urges Y."""
    if verb.pos_ != "VERB" or in_quote(verb.idx, ctx.quotes):
        return
    clause = child(verb, "ccomp")
    stance = ctx.stance(verb) if clause is not None else None
    if clause is None or stance is None:
        return
    speakers = ctx.args(ctx.subject(verb))
    if not speakers:
        return
    # a direct quotation's "Y should ..." is the speaker's words, not the article's (outside article
    # reuters21578-20061): only reported speech urges
    if _is_exhortation(clause) and not in_quote(clause.idx, ctx.quotes):
        # "X says Y should quit if he is found to ...": an urging on a condition the sentence leaves open
        urged = stance.with_modality(CONDITIONAL) if _on_condition(clause) else stance
        for addressee in ctx.args(child(clause, "nsubj")):
            for speaker in speakers:
                ctx.add("urges", speaker, addressee, verb, "speech", 0.75, urged)
    words = _clause_words(clause, ctx.quotes)
    if words is not None:
        quote = ctx.new_mention(
            MentionRow(
                words.start_char, words.end_char, words.start, words.end, QUOTE, words.text, words.text
            )
        )
        for speaker in speakers:
            ctx.add("says", speaker, quote, verb, "reported", 0.6, stance)


def _is_exhortation(clause: Token) -> bool:
    if _epistemic(clause) or (clause.lemma_ in cues.OUTCOME_VERBS and child(clause, "dobj") is None):
        return False
    if any(c.dep_ == "aux" and c.lower_ in cues.EXHORTATIVE_MODALS for c in clause.children):
        return True
    # "Y needs to act" urges Y; "Y did not need missiles to close the strait" says what Y had no need of
    needs = clause.tag_ in ("VBZ", "VBP") and child(clause, "neg") is None
    return clause.lemma_ == "need" and needs and child(clause, "xcomp") is not None


def _epistemic(clause: Token) -> bool:
    """ "Y must be wondering", "Y must have known": a modal before a progressive or a perfect guesses at
    what Y does or did, it urges Y to nothing."""
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    return (clause.tag_ == "VBG" and "be" in auxes) or (clause.tag_ == "VBN" and "have" in auxes)


def _on_condition(clause: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.CONDITIONAL_MARKS for m in c.children)
        for c in clause.children
    )


def _clause_words(clause: Token, quotes: list[tuple[int, int]]) -> Span | None:
    doc = clause.doc
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    words = doc[start:end]
    if end - start < _MIN_QUOTE_WORDS or any(in_quote(t.idx, quotes) for t in words):
        return None
    return words


def calls_for(ctx: FactContext, verb: Token) -> None:
    """'X called for Y to resign': X urges Y. The parser makes Y the subject of a to-clause that 'for'
    opens; the demand is X's claim even though what it asks for has not happened (the stance is the
    call's, not the clause's)."""
    if ctx.lemmas[verb.i] not in _DEMAND_VERBS or verb.pos_ != "VERB":  # (called for every token)
        return
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp", "xcomp") or not _for_to(clause):
            continue
        stance = ctx.stance(verb)
        if stance is None:
            return
        for addressee in ctx.args(child(clause, "nsubj")):
            for speaker in ctx.args(ctx.subject(verb)):
                ctx.add("urges", speaker, addressee, verb, "call-for", 0.75, stance)


def _for_to(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and to_infinitive(clause)
