"""Where a monitored source is based, from the line that cites it (lane i14-places4).

Translated news from monitoring services (the FBIS and BBC Monitoring daily reports) ends its headline with
the source's line: a reference number, the place the source is published or broadcast from, the source,
and its language, time and date: "LD2804174994 Moscow INTERFAX in English 1601 GMT 28 Apr 94",
"Cairo AL-AHALI in Arabic 6 Apr 94", or a line of the place and the source alone ("Tokyo MAINICHI
SHIMBUN"). The place is the source's home, so the line gives ``basedIn``.

A news agency's dateline ("BANGKOK, Thailand (AP)") is not such a line: it says where the story was
filed, not where the agency is based, and gives no fact here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.entities import cues as ecues
from loaders.entities.records import doc_words
from loaders.facts.context import FactContext

_REFERENCE = ecues.MONITORING_REFERENCE
_REFERENCE_LENGTH = 12  # two capitals and ten digits
_TIME_WORDS = frozenset({"gmt", "utc"})


def source_lines(ctx: FactContext) -> None:
    """'<ref> Place Source in Language <time> <date>' and 'Place Source' alone on its line -> basedIn."""
    texts = doc_words(ctx.doc).texts  # (the Doc's shared words: no Token per word)
    # the words after a reference, found in one walk that runs the pattern only on words of its length
    marked = [k + 1 for k, w in enumerate(texts) if len(w) == _REFERENCE_LENGTH and _REFERENCE.fullmatch(w)]
    for sent in ctx.doc.sents:
        starts = [sent.start, *(k for k in marked if sent.start < k <= sent.end)]
        for start in starts:
            _source_after(ctx, sent, start)


def _source_after(ctx: FactContext, sent: Span, start: int) -> None:
    place = ctx.tok2m[start] if start < sent.end else -1
    if place < 0 or ctx.mentions[place].tok_start != start:
        return
    if ctx.mentions[place].cls not in ecues.PLACE_CLASSES:
        return
    after = ctx.mentions[place].tok_end
    source = ctx.tok2m[after] if after < sent.end else -1
    if source < 0 or ctx.mentions[source].tok_start != after or ctx.mentions[source].cls != "Organization":
        return
    if ctx.doc[after].lower_ == "city":
        return  # "Guatemala City Teleonce Television": NER cut the city's name, the place is not the country
    rest = [t for t in ctx.doc[ctx.mentions[source].tok_end : sent.end] if not t.is_punct]
    if not rest or _language_and_time(rest):  # the whole line, or the source's language and time follow
        ctx.add("basedIn", source, place, ctx.doc[after], "source-line", 0.8)


def _language_and_time(rest: list[Token]) -> bool:
    """'in Arabic 1700 GMT 7 Apr 94', 'in Russian 14 Jan 94 p 1': a language, then a time or a date."""
    if len(rest) < 3 or rest[0].lower_ != "in" or not rest[1].is_title:
        return False
    return any(t.lower_ in _TIME_WORDS or t.ent_type_ == "DATE" for t in rest[2:6])
