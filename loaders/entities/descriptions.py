"""Definite descriptions ("the film", "the band", "the company", "the club") and a band's "they".

News names a thing once and then calls it by its kind: "Sideways ... the film", "Krupp Stahl AG said ...
The company, which is 70 pct owned by ...". A description refers to a thing of its kind only, and only when
the text leaves no choice: exactly one such thing named in its own sentence (before it), the two before it
and the headline ("Ad sales boost Time Warner profit ... AOL ... the company said" is Time Warner as likely
as AOL). Otherwise it stays unresolved and its facts are dropped, as an unresolved pronoun's are.

Of a kind means of the description's class and not said by the text to be another kind of that class: a
work the text calls an album is not "the film"; a firm the text calls a band is not "the company". A band
must be called one ("pop band Busted"), since most organisations are not bands; "they" as a clause's subject
stands for a band on the same terms (a band is a plural noun in British news: "Busted have confirmed ...
They won ..."), unless a person is named in those sentences (the members may be who "they" are).

The fact rules (loaders/facts/context.py) make a pronoun row for a description that is only "the" and its
noun (not "the new film", which is another one); :func:`resolve_descriptions` gives each its referent.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from loaders.entities import cues
from loaders.entities.records import MODIFIER, NORP, PRONOUN, SOURCE, MentionRow


class Kind(NamedTuple):
    """What a description can refer to: a class, the cue nouns of its kind, whether one must be given."""

    cls: str
    nouns: frozenset[str]
    cue_required: bool


_FILMS = frozenset({"film", "movie", "documentary", "biopic"})
_SHOWS = frozenset({"show", "series", "programme", "sitcom", "soap"})
_ALBUMS = frozenset({"album"})
_SONGS = frozenset({"single", "song", "track"})
_BOOKS = frozenset({"book", "novel", "memoir", "autobiography"})
_PLAYS = frozenset({"play", "musical"})
_BANDS = cues.BAND_NOUNS | {"group"}
_FIRMS = frozenset({"company", "firm"})
_CLUBS = frozenset({"club", "side", "team"})
#: Every noun that says what kind of work or organisation a name is; a name cued by a noun of another kind
#: than the description's is not what the description refers to.
_KIND_NOUNS: Final = cues.WORK_NOUNS | _BANDS | _FIRMS
_BAND: Final = Kind("Organization", _BANDS, True)
_WORK_KINDS = (_FILMS, _SHOWS, _ALBUMS, _SONGS, _BOOKS, _PLAYS)

#: The description's noun (or pronoun) -> the kind it refers to.
DESCRIPTIONS: Final[dict[str, Kind]] = {
    **{noun: Kind("Work", group, False) for group in _WORK_KINDS for noun in group},
    **{noun: Kind("Organization", _FIRMS, False) for noun in _FIRMS},
    "band": _BAND,
    "club": Kind("Team", _CLUBS, False),
    "they": _BAND,
    "their": _BAND,
}  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d]?\s+|\n+")
_HEADLINE_CHARS = 300  # a first line longer than this is no headline
_BEFORE = 2  # sentences before the description's own that it may reach back


def resolve_descriptions(
    rows: list[MentionRow], keys: list[str | None], classes: dict[str, str], text: str
) -> None:
    """Give each description row (a pronoun row whose word is in :data:`DESCRIPTIONS`) the one referent of
    its kind the text leaves; ``classes`` maps referent keys to their class."""
    starts = _sentence_starts(text)
    newline = text.find("\n")
    headline_end = newline if 0 < newline <= _HEADLINE_CHARS else 0
    words = _cue_words(rows, keys, text)
    named = [  # a headline's names are its topic even as modifiers ("Ad sales boost Time Warner profit")
        (row.start, row.end, key)
        for row, key in zip(rows, keys, strict=True)
        if key is not None
        and row.cls not in (PRONOUN, NORP)
        and not row.flags & SOURCE
        and (row.start < headline_end or not row.flags & MODIFIER)
    ]
    for i, row in enumerate(rows):
        kind = DESCRIPTIONS.get(row.key) if row.cls == PRONOUN and keys[i] is None else None
        if kind is None:
            continue
        sentence = max(0, sum(1 for s in starts if s <= row.start) - 1)
        window_start = max(starts[max(0, sentence - _BEFORE)], headline_end)
        recent = [key for start, end, key in named if window_start <= start and end <= row.start]
        if kind is _BAND and any(classes[key] == "Person" for key in recent):
            continue  # "Jay and Bourne ... They": the members may be who they are
        headline = [key for start, _, key in named if start < headline_end]
        if recent and text[:headline_end].isupper():
            headline = []  # a wire headline in capitals is read badly ("KRUPP SAYS JOBS TO GO")
        found = _of_kind(recent + headline, kind, classes, words)
        if len(found) == 1:
            keys[i] = found.pop()


def _of_kind(keys: list[str], kind: Kind, classes: dict[str, str], words: dict[str, set[str]]) -> set[str]:
    found = set()
    for key in keys:
        said = words.get(key, set()) & _KIND_NOUNS
        if classes[key] == kind.cls and (said & kind.nouns or not (said or kind.cue_required)):
            found.add(key)
    return found


def _sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def _cue_words(rows: list[MentionRow], keys: list[str | None], text: str) -> dict[str, set[str]]:
    """The words the text puts right before each referent's mentions ("pop band Busted", "the film Ray")
    or in apposition right after them ("Sideways, a comedy film,"), lower-cased."""
    words: dict[str, set[str]] = {}
    for row, key in zip(rows, keys, strict=True):
        if key is None or row.cls == PRONOUN:
            continue
        before = re.split(r"[.,;:!?\n]", text[max(0, row.start - row.lead - 40) : row.start - row.lead])[-1]
        found = words.setdefault(key, set())
        found.update(w.lower() for w in before.split()[-3:])
        if text[row.end : row.end + 2] == ", ":
            after = re.split(r"[.,;:!?\n(]", text[row.end + 2 : row.end + 60])[0]
            found.update(w.lower() for w in after.split()[:5])
    return words
