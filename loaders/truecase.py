"""True-casing before parsing: headlines in title case or in capitals, and texts in capitals only.

The parser and NER read case: "Pushes" in a title-cased headline is taken for a name, and a Reuters headline
in capitals ("STOLTENBERG PRAISES FED'S VOLCKER") becomes one organisation made of headline words. So such
text is re-cased first, against the article's own mixed-case words: a word the body writes "Volcker" (mid
sentence) becomes "Volcker", one it writes "praises" becomes "praises", one it writes only in capitals
("IBM") stays, one it never writes is lower-cased (sentence case: the first word keeps its capital). Names in
capitals thereby meet their ordinary spelling ("SOUTHWEST AIRLINES" is "Southwest Airlines"). A text in
capitals only has no mixed-case words to go by: the gazetteer's names are what it can recover.

Capitals inside mixed-case text are re-cased too where they stand apart from sentences: a table's column
titles or row labels ("CURRENT WEEK YEAR", "... 444 TOTAL OATS STOCKS 3335"), a subhead, a dateline
("NEW YORK - The dollar ..."). They are no names unless the rest of the text spells them as names, so they
take its spellings like a headline, and lower case where it has none. A run with an entity cue ("... CORP",
"... FUND") or followed by a dateline's state or agency ("GRAND RAPIDS, Mich.", "MEXICO CITY (AP)") is a
name and stays; so does a run in a sentence ("its CMOS E2 PROM program") or running on into a name ("BBC AG
Brown Boveri"). A run that is, whole, a name of several words the gazetteer knows takes its spelling wherever
it stands ("COSTA RICA    nil    17,583", a table's row label), so that it meets its node.

Only ASCII letters change case, one for one, so every offset into the text still holds.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from loaders.entities import cues
from loaders.entities.gazetteer import Gazetteer

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_LETTERS = re.compile(r"[A-Za-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*\n\s*)$")
_CALENDAR_WORDS = cues.CALENDAR_WORDS - {"may"}
_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z]")
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.])[A-Za-z]\.\s+$")  # "U.S. SAYS": an abbreviation, no sentence end
# A stock ticker in Reuters' angle brackets ("<TGT>", "<PHAB ST>") stays; a company's name in them
# ("<CLARY CORP> 4TH QTR LOSS") is re-cased like the rest.
_TICKER = re.compile(r"<[A-Z]{1,5}(?:\.[A-Z])?(?: [A-Z]{1,2})?>")
# A headline's opening words before its first ticker, or in brackets: the company's name ("GAINSCO INC
# <GAIN> 4TH QTR NET", "<ACC CORP> 3RD QTR NET"), at most six words of capitals, figures, dots and hyphens.
_NAME_WORD = r"[A-Z][A-Z0-9.-]*"
_OPENING_NAME = re.compile(
    rf"[ \t]*(?:(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}})[ \t]+(?={_TICKER.pattern})"
    rf"|<(?P<bracketed>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,5}})>)"
)
_NAME_JOINERS = frozenset({"of", "the", "for", "de", "du", "la"})
_MIN_CAPITAL_SHARE = 0.9
_CAPITAL = re.compile(r"[A-Z]")  # ASCII: the letters re-casing touches
_SMALL = re.compile(r"[a-z]")
# Head words of names: legal forms and designators, the heads of organisations' names, and of financial
# bodies' ("... INCOME FUND", "... SAVINGS BANK"), which the cue lists leave to context.
_ENTITY_CUES = (
    cues.CORPORATE_DESIGNATORS | cues.ORG_HEAD_NOUNS | {"fund", "funds", "trust", "bank", "bancorp"}
)


# Words in capitals (joined by spaces, hyphens, slashes, commas, "&" or "and"/"or") that head a line or
# follow a figure or a dash (a table's rows run on in one line: "... 2046 NON-DEL GRADES 2167"), and end the
# line or go on with no letter first: a figure, a dash, a comma, a bracket.
_HEADING = re.compile(
    r"(?:^|[\d)\-])[ \t]*"
    r"(?P<run>[A-Z][A-Z'.]*(?:(?:[ \t]*[-/&,][ \t]*|[ \t]+(?:(?:and|or)[ \t]+)?)[A-Z][A-Z'.]*)+)"
    r"(?=[ \t]*(?:$|[^A-Za-z \t]))",
    re.MULTILINE,
)
# Two or more words in capitals together, anywhere: no spelling in them vouches for a heading's words.
_CAPITAL_RUN = re.compile(r"\b[A-Z]{2,}[A-Z'.]*(?:[ \t/&-]+[A-Z]{2,}[A-Z'.]*)+\b")
# What follows a name in capitals, not a heading: a dateline's state or agency ("GRAND RAPIDS, Mich.",
# "MEXICO CITY (AP)"), a maker in brackets ("FATAL FORCE (MACROSPACE)").
_NAMED_AFTER = re.compile(r"[ \t]*(?:,[ \t]*[A-Z][a-z]|\([ \t]*[A-Z]{2,})")
# "Mansfield 0-1 Leyton Orient": a score between capitalised words only is a result line of two sides' names,
# which keep their capitals where the report writes a side shorter ("Orient"); a side is 4 words at most, as
# loaders.facts.lineups reads one
_SIDE_NAME = r"[A-Z][\w.'&-]*(?:\s[A-Z][\w.'&-]*){0,3}"
_SCORE_LINE = re.compile(rf"^(?P<a>{_SIDE_NAME})\s\d+-\d+\s(?P<b>{_SIDE_NAME})\.?$")


def truecase_headline(headline: str, body: str, gaz: Gazetteer | None = None) -> str:
    """The headline re-cased against the body: capitals re-cased word by word (module docstring); title case
    lower-cased where the body does not capitalise the word mid-sentence. Same length; a headline in
    neither style is returned unchanged."""
    if in_capitals(headline):
        return _opening_name(truecase_capitals(headline, body, gaz), headline)
    words = list(_WORD.finditer(headline))
    long_words = [w for w in words if len(w.group()) > 3]
    if len(long_words) < 3 or sum(w.group()[0].isupper() for w in long_words) < 0.6 * len(long_words):
        return headline
    proper = {m.group() for m in re.finditer(r"(?<=[\w,;:] )[A-Z][\w’'-]*", body)}
    if _score_line(headline, proper):
        return headline
    chars = list(headline)
    for w in words[1:]:
        token = w.group()
        first = token[0]
        if first.isupper() and token not in proper and len(first.lower()) == 1 and not token.isupper():
            chars[w.start()] = first.lower()
    return "".join(chars)


def _score_line(headline: str, proper: set[str]) -> bool:
    """ "Mansfield 0-1 Leyton Orient": a score between two sides' names, each of which has a word the body
    capitalises mid-sentence ("Orient"); "Mansfield Lose 0-1 At Home Again" is a title-case sentence."""
    match = _SCORE_LINE.match(headline.strip())
    return match is not None and all(set(_LETTERS.findall(match.group(side))) & proper for side in ("a", "b"))


def _opening_name(cased: str, headline: str) -> str:
    """A Reuters headline in capitals that opens with a company's name, before its ticker or in brackets
    ("GAINSCO INC <GAIN> 4TH QTR NET", "<ACC CORP> 3RD QTR NET"), has that name capitalised word by word
    where the body gave no spelling to go by: lowered to "Gainsco inc" the name is cut to "Gainsco", and
    "Starrett housing corp" is read as a person. A word the body spells ("McDonald's") or writes in capitals
    ("IBM") keeps that spelling; a joining word ("of") stays lower case.

    Only a name the capitals make sure of: one that ends in a legal form or a name's head word ("... CORP",
    "... BANCORP"), or two words at most ("MONOCLONAL ANTIBODIES <MABS>"); a longer opening may be a
    sentence ("COURT UPHOLDS BANK BUILDING <BB>"). Not one with "and" in it, which the parser cuts anyway
    ("KAUFMAN AND BROAD HOME CORP" to "Broad Home Corp")."""
    match = _OPENING_NAME.match(headline)
    if match is None:
        return cased
    first, end = match.span("name" if match.group("name") else "bracketed")
    words = [w.group().lower() for w in _LETTERS.finditer(headline, first, end)]
    if "and" in words or (words[-1] not in _ENTITY_CUES and len(words) > 2):
        return cased
    chars = list(cased)
    for word in _LETTERS.finditer(headline, first, end):
        at = word.start()
        if at > first and (headline[at - 1].isdigit() or word.group().lower() in _NAME_JOINERS):
            continue  # "3COM" is no word's start; "BANK OF BOSTON" keeps "of"
        if cased[at : word.end()].islower():
            chars[at] = chars[at].upper()
    return "".join(chars)


def in_capitals(text: str, min_letters: int = 6) -> bool:
    """True when (nearly) every letter of the text is a capital and there are a few of them."""
    capitals = len(_CAPITAL.findall(text))
    return capitals >= min_letters and capitals >= _MIN_CAPITAL_SHARE * (capitals + len(_SMALL.findall(text)))


def truecase_capitals(text: str, reference: str, gaz: Gazetteer | None = None) -> str:
    """``text`` with each word in capitals re-cased as ``reference`` (or the gazetteer) writes it."""
    cased = _recase_span(text, 0, len(text), _CaseForms.of(reference, gaz))
    return _curated_phrases(cased, text, gaz)


def truecase_headings(text: str, gaz: Gazetteer | None = None, start: int = 0) -> str:
    """``text`` with the runs of capitals that stand apart from its sentences (from ``start`` on: heading a
    line, or between a table's figures) re-cased against the rest of the text (module docstring). Same
    length. A heading is no sentence: a word without a spelling to go by is lower-cased even where it comes
    first, lest "BREAD WHEAT 2,692" make a person of "Bread"."""
    text = _known_names(text, gaz, start)
    heads = _heading_runs(text, start)
    runs = [(a, b) for a, b in heads if not _has_entity_cue(text[a:b]) and not _NAMED_AFTER.match(text, b)]
    if not runs:
        return text
    # Only the text outside runs of capitals vouches for a spelling: a heading cannot vouch for itself, nor
    # for another ("BREAD WHEAT nil" for "BREAD WHEAT 2,692").
    reference = list(text)
    for a, b in [*heads, *(m.span() for m in _CAPITAL_RUN.finditer(text))]:
        reference[a:b] = " " * (b - a)
    forms = _CaseForms.of("".join(reference), gaz)
    cased = text
    for a, b in runs:
        piece = _curated_phrases(_recase_span(text, a, b, forms, sentence_case=False)[a:b], text[a:b], gaz)
        cased = cased[:a] + piece + cased[b:]
    return cased


def _known_names(text: str, gaz: Gazetteer | None, start: int) -> str:
    """``text`` with each run of capitals (from ``start`` on) that is, whole, a name of several words the
    gazetteer knows in its usual spelling: a table's row label "COSTA RICA" before its figures is no heading
    (a word follows it), yet must meet the node of "Costa Rica". Only whole runs, so that a name inside a
    longer one ("NEW YORK TIMES") is left to the rest."""
    if gaz is None:
        return text
    _, names = _phrases(gaz)
    cased = text
    for match in _CAPITAL_RUN.finditer(text, start):
        name = names.get(" ".join(match.group().split()))
        if name is not None and len(name) == len(match.group()):
            cased = cased[: match.start()] + name + cased[match.end() :]
    return cased


def _recase_span(text: str, start: int, end: int, forms: _CaseForms, sentence_case: bool = True) -> str:
    """``text`` with the words in capitals between start and end re-cased by ``forms``; tickers stay. In
    sentence case a sentence's first word keeps its capital."""
    chars = list(text)
    tickers = [m.span() for m in _TICKER.finditer(text)]
    for match in _LETTERS.finditer(text, start, end):
        word = match.group()
        at = match.start()
        if not word.isupper() or any(a <= at < b for a, b in tickers):
            continue
        cased = _recased(word, text, at, forms)
        if sentence_case and cased[0].islower() and _starts_sentence(text, at):
            cased = cased[0].upper() + cased[1:]
        chars[at : match.end()] = cased
    return "".join(chars)


def _heading_runs(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the heading runs at or after ``start`` that have two words of 2+ letters or more."""
    return [
        match.span("run")
        for match in _HEADING.finditer(text, start)
        if sum(len(w) > 1 for w in _LETTERS.findall(match.group("run"))) >= 2
    ]


def _has_entity_cue(run: str) -> bool:
    """A run with a word that makes a name (a legal form, "SERVICES", "BOARD", "FUND") is a name."""
    return any(w.lower() in _ENTITY_CUES for w in _LETTERS.findall(run))


def _curated_phrases(cased: str, text: str, gaz: Gazetteer | None) -> str:
    """Names of several words that the gazetteer knows, in their case where the text had them in capitals
    ("NEW YORK", "UNITED STATES")."""
    if gaz is None:
        return cased
    pattern, names = _phrases(gaz)
    for match in pattern.finditer(text):
        name = names[match.group()]
        cased = cased[: match.start()] + name + cased[match.end() :]
    return cased


@functools.cache
def _phrases(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the gazetteer's multi-word names in capitals (longest first), and each one's usual
    spelling (cached: once per gazetteer)."""
    names = {n.upper(): n for n in gaz.surface_forms() if " " in n and n.isascii()}
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b"), names


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    if start < 40 and not any(c.isalnum() for c in before):
        return True  # the text's first word, after brackets or quotes ("<CLARY CORP> ...")
    return _SENTENCE_START.search(before) is not None and not _INITIAL_BEFORE.search(before)


def _recased(word: str, text: str, start: int, forms: _CaseForms) -> str:
    before = text[start - 1] if start else ""
    after = text[start + len(word)] if start + len(word) < len(text) else ""
    if len(word) == 1:  # "U.S." keeps its initials; "FED'S" its lower-case s; the article "A" is "a"
        return word if after == "." else word.lower()
    if before.isdigit():  # "1ST", "4TH"
        return word.lower()
    return forms.best(word)


@dataclass(slots=True)
class _CaseForms:
    """How a reference text writes each word: capitalised mid-sentence (or only where a sentence starts),
    in lower case, in capitals."""

    named: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    initial: dict[str, str] = field(default_factory=dict)  # at a sentence's start, before another capital
    lower: Counter[str] = field(default_factory=Counter)
    capitals: set[str] = field(default_factory=set)
    curated: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, reference: str, gaz: Gazetteer | None) -> _CaseForms:
        forms = cls()
        for match in _LETTERS.finditer(reference):
            word = match.group()
            key = word.lower()
            if word.isupper() and len(word) > 1:
                forms.capitals.add(key)
            elif word.islower():
                forms.lower[key] += 1
            elif not _starts_sentence(reference, match.start()):
                forms.named[key][word] += 1
            elif _NEXT_CAPITALISED.match(reference, match.end()):  # "Clary Corp said", not "Trading volume"
                forms.initial.setdefault(key, word)
        if gaz is not None:  # whole one-word names only: "Trade" of "World Trade Organization" is no name
            forms.curated = {name.lower(): name for name in gaz.surface_forms() if name.isalpha()}
        return forms

    def best(self, word: str) -> str:
        key = word.lower()
        named = self.named.get(key)
        if named and sum(named.values()) >= self.lower[key]:
            return named.most_common(1)[0][0]
        if key in _CALENDAR_WORDS:  # English capitalises months and days ("MAY" may be a verb: left out)
            return key.title()
        if self.lower[key] or key in STOP_WORDS:
            return key
        if key in self.capitals:
            return word
        if key in self.initial:  # never in lower case, capitalised where a sentence starts: a name
            return self.initial[key]
        curated = self.curated.get(key)
        return curated if curated is not None else key
