"""Match reports: the score line that heads them and the team sheets that end them.

A paragraph that is only a score line ("Italy 17-28 Ireland", "Man Utd 2-0 Exeter") says the side with more
points defeated the other (a draw says nothing). A report headed by its score line or fixture ("Worcester v
Sale (Fri)") ends with one sheet per side, home side first as in the headline: a long list (the starting
side, with substitutes in brackets or "X for Y") followed by short ones (substitutes, "Not used", bookings,
scorers). Every player listed playsFor the side of the sheet. Under a headline that names no sides
("Ireland surge past Scots") the prose says whose each sheet is: the one side the players it ties to a
side play for, the other side that one's one opponent (unlabelled_sheets). In a report with two sheets
(a team game), one player beating another is a move of the game, never a result. Sheets give surnames,
initials and abbreviated first names ("G Murphy", "Mi Bergamasco"): a listed name is the one person the
article names in full that it fits; an initial and a surname that nobody fits ("D Evans") is a player of its
own, as the sheet writes him (the format vouches for the name); so is a bare surname nobody fits ("Hiley"),
a person whose identity is scoped by his side (SIDE_SCOPED: his IRI takes the side's name, as a bare surname
alone would merge with every "Hiley" of the corpus); a name that fits people of both sides is left out.
Scorers marked as own goals ("og") played for the other side and are skipped; a single name (the referee,
one booking) is no list. A sheet may carry its side's name as a head ("Bolton: Jaaskelainen, ..., Subs Not
Used: ..."), two of them in one paragraph: the head says whose it is, whatever the headline (headed_sheets).

A squad list names each player's club (or, for a select side, country) in brackets: "J Robinson (Sale
Sharks, capt); M Cueto (Sale Sharks), ...". A paragraph of three or more such items and little else is one,
whatever heads it, and each player plays for the bracketed side. There the format vouches for the name: an
initial and a surname ("G Thomas") becomes a person when nobody the article names in full fits it. A squad
of club players is a national side's when the headline and lead name exactly one country as the squad's
("France's squad", "Wales make two changes", "X will start for Wales"): its players play for it too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from spacy.tokens import Span

from loaders.entities import cues as ecues
from loaders.entities.kinds import about_sport
from loaders.entities.records import CUED, GAZETTEER, PRONOUN, SIDE_SCOPED, FactRow, MentionRow
from loaders.facts import positions
from loaders.facts.context import FactContext

_BLANK = re.compile(r"\n\s*\n")
# A side is a name of at most four words: no digits ("Nadal 6-7 (6/8) 6-2 ... Roddick" lists sets), no
# colon, no clause punctuation ("Ulster had led 20-6 with tries from ..." is prose).
_SIDE = r"[^\s\d:,;!?\"()]+(?:\s[^\s\d:,;!?\"()]+){0,3}"
_HEADLINE = re.compile(
    rf"^(?:preview:\s*)?(?P<a>{_SIDE})\s+(?:(?P<x>\d+)-(?P<y>\d+)|v)\s+(?P<b>{_SIDE})"
    r"(?:\s*\([A-Za-z]+\))?\.?$",
    re.I,
)
# the labels of a sheet's short lists: substitutes, bookings, scorers (of the side whose sheet they follow)
_LABEL_WORDS = (
    r"(?:substitutes|subs|replacements)(?:\s*\(from\))?(?:\s+not\s+used)?|not\s+used|booked|sent\s+off|goals?"
)
_LABEL = re.compile(rf"^[\s:-]*(?:{_LABEL_WORDS})?\s*:?\s*", re.I)
# the same label inside a paragraph, after a list ("..., Devine. Subs Not Used: Rice, Todd.")
_INLINE_LABEL = re.compile(rf"(?<=[.;,])\s*(?:{_LABEL_WORDS})\s*:", re.I)
_BRACKET = re.compile(r"\(([^()]*)\)")
_NOTE = re.compile(r"\b(?:capt|pen|\d+)\b\.?", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'.-]*|de|del|dal|da|di|van|der|von|le|la|du|dos)$")
_SIDE_CLASSES = frozenset({"Country", "Organization", "Team"})
_NAME_LINKS = frozenset({"of", "the", "and", "&", "de", "la", "st", "st."})
# NER often takes a foreign player's name for a firm; the article's settled class decides at assembly
_PLAYER_CLASSES = frozenset({"Person", "Organization"})
_STARTERS = 10  # a starting side lists 11 (football) or 15 (rugby) players
_SIDES = 2


def match_reports(ctx: FactContext) -> None:
    """defeated facts of score lines; playsFor facts for the players of the two sheets of a report."""
    blocks, groups = _report_sheets(ctx)
    for k, (start, end) in enumerate(blocks):
        # a fixture ("A v B") matters only as the headline of two sheets: "Smith v Jones" may be a lawsuit
        line = _score_line(ctx, start, end, fixture=k == 0 and len(groups) == _SIDES)
        if line is not None and line.score is not None and line.score[0] != line.score[1]:
            won = line.score[0] > line.score[1]
            winner, loser = (line.home, line.away) if won else (line.away, line.home)
            cue = ctx.doc.char_span(*line.cue, alignment_mode="expand")
            if cue is not None:
                ctx.add("defeated", winner, loser, cue, "score-line", 0.75)
        if k == 0 and line is not None and len(groups) == _SIDES:
            _sheets(ctx, (line.home, line.away), groups)
    headed_sheets(ctx)


class _ScoreLine(NamedTuple):
    home: int  # mention indices
    away: int
    score: tuple[int, int] | None  # None: a fixture ("A v B")
    cue: tuple[int, int]  # characters of the score, or of the "v"


def _report_sheets(ctx: FactContext) -> tuple[list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """The text's paragraphs and the name groups of its sheets (_sheet_groups), found once a Doc (cached):
    match_reports and sheet_reports both read them, and the text does not change between."""
    cached = ctx.doc.user_data.get(_SHEETS_KEY)
    if not isinstance(cached, tuple):  # (after Doc.from_bytes, user_data holds plain lists)
        blocks = list(_paragraphs(ctx.text))
        cached = ctx.doc.user_data[_SHEETS_KEY] = (blocks, _sheet_groups(ctx.text, blocks[1:]))
    blocks, groups = cached
    return blocks, groups


_SHEETS_KEY = "kg_report_sheets"


def _sheet_groups(text: str, blocks: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The names of each side's sheet: a long list (the starting side) and the short lists after it."""
    groups: list[list[tuple[int, int]]] = []
    open_group = False
    for start, end in blocks:
        items = _items(text, start, end)
        if items is None or len(items) < _SIDES:
            open_group = False  # prose (or a lone name) closes a sheet
            continue
        # a labelled list ("Replacements: X for Y, ...") continues its sheet however long it is
        if len(items) >= _STARTERS and not _labelled(text[start:end]):
            groups.append([])
            open_group = True
        if open_group:
            groups[-1] += items
    return groups


# "Everton: Martyn, Hibbert, ... Subs: Wright, ... Manchester United: Carroll, ...": a head before a colon,
# at a paragraph's or a sentence's start, names the side of the list after it, up to the next head
_HEAD = re.compile(r"(?:^|(?<=\n)|(?<=[.!?\"')]\s))(?P<head>[A-Z][\w'&.-]*(?:\s[A-Z][\w'&.-]*){0,3}):\s")
_LABEL_HEAD = re.compile(_LABEL_WORDS, re.I)
# heads of lists that name no side: officials, the crowd, the ground, the parts of a squad, the scores
_NO_SIDE_HEADS = frozenset(
    {
        "referee", "ref", "att", "attendance", "venue", "ground", "backs", "forwards", "reserves", "squad",
        "scorers", "tries", "cons", "pens", "result", "results", "team", "standby", "officials", "coach",
    }
)  # fmt: skip
_HEAD_SIDE_CLASSES = _SIDE_CLASSES | {"Location", "City"}  # NER takes a club for its town ("Newcastle")


def headed_sheets(ctx: FactContext) -> None:
    """playsFor facts for the sheets whose head names their side ("Newcastle: Given, Carr, ... Subs Not
    Used: Butt, Harper. Goals: Bowyer 35. Bolton: Jaaskelainen, ..."), two in one paragraph or one per
    paragraph: each head opens a starting side's list (ten names or more), the labelled short lists after
    it (substitutes, bookings, scorers) are the same side's, and any other head ("Referee:", "Att:")
    closes it. A head is a side when it is one as NER found it, or names a side of the headline's score
    line or fixture, or a club or a town the article names elsewhere too ("Backs:" and "Forwards:" of a
    squad name none)."""
    if not about_squads(ctx):
        return
    text = ctx.text
    sheets: list[tuple[int, list[tuple[int, int]]]] = []
    for start, end in _paragraphs(text):
        heads = list(_HEAD.finditer(text, start, end))
        side: int | None = None
        for k, head in enumerate(heads):
            stop = heads[k + 1].start() if k + 1 < len(heads) else end
            items = _items(text, head.end(), stop)
            if _LABEL_HEAD.fullmatch(head.group("head")):
                if side is not None and items:
                    sheets[-1][1].extend(items)
                continue
            side = _head_side(ctx, head) if items is not None and len(items) >= _STARTERS else None
            if side is not None and items:
                sheets.append((side, list(items)))
    _sheets(ctx, [entry[0] for entry in sheets], [entry[1] for entry in sheets])


def _head_side(ctx: FactContext, head: re.Match[str]) -> int | None:
    """The side a sheet's head names, or None when it names none."""
    words = head.group("head")
    if words.lower() in _NO_SIDE_HEADS:
        return None
    lo, hi = head.span("head")
    side = _side(ctx, lo, hi, mint=False)
    if side is not None:
        return side
    elsewhere = any(
        row.surface == words and row.cls in _HEAD_SIDE_CLASSES and not lo <= row.start < hi
        for row in ctx.mentions
    )
    return _side(ctx, lo, hi) if elsewhere or words in _headline_sides(ctx.text) else None


def _headline_sides(text: str) -> tuple[str, ...]:
    """The two sides a headline that is a score line or a fixture names ("Leeds v Saracens (Fri)")."""
    match = _HEADLINE.match(text[: text.find("\n")].strip() if "\n" in text else text.strip())
    return (match.group("a"), match.group("b")) if match else ()


def _labelled(block: str) -> bool:
    """Whether a paragraph opens with a short list's label ("Replacements:", "Subs not used:")."""
    label = _LABEL.match(block)
    return label is not None and any(c.isalpha() for c in label.group())


def _sheets(
    ctx: FactContext, sides: Sequence[int], groups: list[list[tuple[int, int]]], rule: str = "team-sheet"
) -> None:
    """playsFor facts for the players of the sheets of a match report (one side per sheet); a name that fits
    a person listed on two sheets is left out."""
    # a bare surname listed on two sheets ("Jones" of Wales and of England) is two players, one name
    bare = Counter(
        ctx.text[start:end].lower()
        for group in groups
        for start, end in {*group}
        if " " not in ctx.text[start:end]
    )
    players = [_players(ctx, group, {n for n, count in bare.items() if count > 1}) for group in groups]
    sheets_of = Counter(person for found in players for person in found)
    for side, found in zip(sides, players, strict=True):
        for person, (start, end) in found.items():
            if sheets_of[person] == 1:
                cue = ctx.doc.char_span(start, end, alignment_mode="expand")
                if cue is not None:
                    ctx.add("playsFor", person, side, cue, rule, 0.7)


# Rules whose playsFor facts come from a sheet themselves: no evidence of which side a sheet is
_SHEET_RULES = ("team-sheet", "prose-sheet", "club-sheet", "squad-country")


def sheet_reports(ctx: FactContext) -> None:
    """What a team game's report with two sheets says once every other rule has run: no player beat
    another (a move of the game), and whose each unlabelled sheet is."""
    blocks, groups = _report_sheets(ctx)
    if len(groups) != _SIDES:
        return
    _listed_names_are_people(ctx, groups)
    _no_player_results(ctx)
    unlabelled_sheets(ctx, blocks, groups)


# NER often takes a listed surname for a place or a firm ("Masi", "Miller"): on a sheet it is a player
_RETYPED_PLAYER_CLASSES = frozenset({"Location", "Organization", "Team"})


def _listed_names_are_people(ctx: FactContext, groups: list[list[tuple[int, int]]]) -> None:
    """Every name a team sheet lists outside brackets is a player's: a listed surname NER typed a place, a
    firm or a team (and the gazetteer does not know) is a person, stated so by the sheet as a cue would
    state it: a player of the sheet's side (a bare surname one scoped by the side, _players), no place in the
    graph."""
    # not in brackets: there a sheet may name a substitute ("Taylor (Martin 89)") or a club ("(Dragons)")
    spans = [(a, b) for group in groups for a, b in group if not ctx.text[:a].rstrip().endswith("(")]
    for index, row in enumerate(ctx.mentions):
        if row.cls not in _RETYPED_PLAYER_CLASSES or row.flags & GAZETTEER:
            continue
        if any(start <= row.start and row.end <= end for start, end in spans):
            ctx.mentions[index] = row._replace(cls="Person", flags=row.flags | CUED)


def _no_player_results(ctx: FactContext) -> None:
    """ "Crawford coolly beat Ryan Esson from 18 yards": in a report of a team game (it has two
    sheets) one player getting the better of another is play, not a result; the sides win and lose."""
    ctx.facts[:] = [
        f
        for f in ctx.facts
        if not (f.predicate == "defeated" and _player(ctx, f.subject) and _player(ctx, f.object))
    ]


def _player(ctx: FactContext, index: int) -> bool:
    """A person, or a pronoun that stands for one ("him"; "they" may be a side)."""
    row = ctx.mentions[index]
    return row.cls == "Person" or (row.cls == PRONOUN and row.key in ecues.PERSON_PRONOUNS)


def unlabelled_sheets(
    ctx: FactContext, blocks: list[tuple[int, int]], groups: list[list[tuple[int, int]]]
) -> None:
    """playsFor facts for the two sheets of a report the headline does not head with its sides ("Ireland
    surge past Scots"): the sheets carry no side's name, so the report's prose says whose each is. A sheet
    is a side's when the players it lists that the prose ties to a side ("Ireland flanker X", "a penalty
    from X for Ireland") are all tied to that one side, and the other sheet is the other side's: the side
    its own players are tied to, else the one opponent the report has the first side beat or lose to.
    Runs after every other rule, as it reads their facts; a sheet tied to two sides, or both sheets to one
    side, gives nothing."""
    if _HEADLINE.match(ctx.text[slice(*blocks[0])].strip()) or not about_squads(ctx):
        return  # a score line or a fixture heads its sheets: match_reports names their sides
    votes = [_sheet_votes(ctx, group) for group in groups]
    if len(votes[0]) > 1 or len(votes[1]) > 1 or not (votes[0] or votes[1]):
        return
    if not votes[0] or not votes[1]:
        known = 0 if votes[0] else 1
        side = next(iter(votes[known].values()))
        opponent = _one_opponent(ctx, ctx.mentions[side].key)
        if opponent is None:
            return
        votes[1 - known] = {ctx.mentions[opponent].key: opponent}
    (home, first), (away, second) = next(iter(votes[0].items())), next(iter(votes[1].items()))
    if home != away:
        _sheets(ctx, (first, second), groups, "prose-sheet")


def _sheet_votes(ctx: FactContext, items: list[tuple[int, int]]) -> dict[str, int]:
    """The sides (key -> a mention of it) that the prose's playsFor facts tie the sheet's players to."""
    listed = [ctx.text[start:end].split() for start, end in items]
    sides: dict[str, int] = {}
    for fact in ctx.facts:
        if fact.predicate != "playsFor" or fact.rule.endswith(_SHEET_RULES):
            continue
        player, side = ctx.mentions[fact.subject], ctx.mentions[fact.object]
        if side.cls in _SIDE_CLASSES and any(_fits(words, player.surface.split()) for words in listed):
            sides.setdefault(side.key, fact.object)
    return sides


def _one_opponent(ctx: FactContext, side: str) -> int | None:
    """The one side the report has ``side`` beat or lose to (a defeated fact either way), else None."""
    found: dict[str, int] = {}
    for fact in ctx.facts:
        if fact.predicate != "defeated":
            continue
        ends = (ctx.mentions[fact.subject], ctx.mentions[fact.object])
        for k in (0, 1):
            other = (fact.object, fact.subject)[k]
            if ends[k].key == side and ends[1 - k].cls in _SIDE_CLASSES:
                found.setdefault(ends[1 - k].key, other)
    return next(iter(found.values())) if len(found) == 1 else None


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for match in [*_BLANK.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[position:end].strip():
            yield position, end
        position = match.end() if match else len(text)


def _score_line(ctx: FactContext, start: int, end: int, fixture: bool) -> _ScoreLine | None:
    """The home and away sides (as mentions) of a paragraph that is only a score line (or a fixture,
    when ``fixture`` allows it)."""
    raw = ctx.text[start:end]
    line = raw.strip()
    # a headline in capitals ("USDA OFFICIAL SEES 7-8 BILLION DLRS ...") has no names to tell apart
    match = _HEADLINE.match(line) if "\n" not in line and not line.isupper() else None
    if match is None or (match.group("x") is None and not fixture):
        return None
    offset = start + raw.index(line)
    found = []
    for group in ("a", "b"):
        side = _side(ctx, offset + match.start(group), offset + match.end(group))
        if side is None:
            return None
        found.append(side)
    score = (int(match.group("x")), int(match.group("y"))) if match.group("x") else None
    cue = (offset + match.end("a"), offset + match.start("b"))
    return _ScoreLine(found[0], found[1], score, cue)


def _side(ctx: FactContext, lo: int, hi: int, mint: bool = True) -> int | None:
    """The mention of a side named between two character offsets of a score line (or a squad list's
    brackets). A country or an organisation is the side as NER found it; a place, a person or nothing is
    what NER makes of a club in a bare headline ("Leicester", "Aberdeen", "London Irish"): the score line
    says it is a side, so the name becomes a Team mention that the article's other mentions of it follow
    ("the film Ray" too); so does a name NER found only a part of ("AC" of "Oxford City AC"), unless
    ``mint`` is off."""
    span = ctx.doc.char_span(lo, hi)
    if span is None or not all(t.text[:1].isupper() or t.lower_ in _NAME_LINKS or t.is_punct for t in span):
        return None  # "England lost 2-1 to Wales." is a sentence; "Mansfield 0-1 leyton Orient" re-cased
    inside = {m for m in ctx.tok2m if m >= 0 and lo <= ctx.mentions[m].start and ctx.mentions[m].end <= hi}
    agents = [m for m in inside if ctx.mentions[m].cls in _SIDE_CLASSES]
    # "The Borders" for a mention "Borders" is whole; "AC" of "Oxford City AC" is not
    whole = [
        m
        for m in agents
        if ctx.mentions[m].end == hi and ctx.text[lo : ctx.mentions[m].start] in ("", "The ")
    ]
    if len(whole) == 1 and len(agents) == 1:
        return whole[0]
    if agents and (whole or not mint):
        return None
    if not mint:
        return None
    index = ctx.new_mention(
        MentionRow(span.start_char, span.end_char, span.start, span.end, "Team", span.text, span.text, CUED)
    )
    for k in range(span.start, span.end):
        ctx.tok2m[k] = index
    return index


def _items(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Character spans of the names a sheet paragraph lists, or None when it is not a list of names."""
    # an inline label separates the lists as a comma would: the offsets of the names stay the same
    block = text[start:end]
    if ":" in block:  # (every inline label ends in one: most paragraphs need no scan for them)
        block = _INLINE_LABEL.sub(lambda m: "," * len(m.group()), block)
    label = _LABEL.match(block)
    position = label.end() if label else 0
    spans: list[tuple[int, int]] = []
    pieces = 0
    for piece in re.finditer(r"[^;,]+", block[position:]):
        pieces += 1
        raw = piece.group()
        if re.search(r"\bog\b", raw):
            continue  # an own goal: a player of the other side
        names = [raw[: raw.find("(")] if "(" in raw else raw, *_BRACKET.findall(raw)]
        names = [n for part in names for n in re.split(r"\s+for\s+", part)]
        for name in names:
            cleaned = _NOTE.sub(" ", name).strip(" .()\n")
            words = cleaned.split()
            if not words:
                continue
            if len(words) > 4 or not all(_NAME_WORD.match(w) for w in words):
                return None
            at = block.find(cleaned, position + piece.start())
            if at >= 0:
                spans.append((start + at, start + at + len(cleaned)))
    return spans if pieces > 1 else []


def _players(
    ctx: FactContext,
    items: list[tuple[int, int]],
    shared: set[str] = frozenset(),  # type: ignore[assignment]
) -> dict[int, tuple[int, int]]:
    """The article's people the listed names fit: person mention -> the name's span in the sheet. A bare
    surname nobody fits ("Hiley") is a player of the sheet's side known by that name alone (the guideline:
    as the sheet writes him), a person scoped by the side (SIDE_SCOPED), unless another sheet lists the
    same surname (``shared``, lower-case)."""
    first = items[0][0]
    named: dict[str, int] = {}
    for index, row in enumerate(ctx.mentions):
        if row.cls in _PLAYER_CLASSES and row.end <= first and len(row.surface.split()) >= 2:
            named.setdefault(row.surface, index)
    # full names after the sheet too: a bare surname that fits one ("Clark" and the referee "K Clark" below
    # the sheets) would join it in coref, so it is nobody's to scope
    anywhere = {r.surface for r in ctx.mentions if r.cls in _PLAYER_CLASSES and " " in r.surface}
    found: dict[int, tuple[int, int]] = {}
    for start, end in items:
        words = ctx.text[start:end].split()
        fits = {index for name, index in named.items() if _fits(words, name.split())}
        if len(fits) == 1:
            found.setdefault(fits.pop(), (start, end))
        elif not fits and len(words) >= 2 and _forename(words[0]):
            # "C Dominici": the sheet vouches for the name; a full name ("Daniel Williams") is NER's person
            player = _listed_person(ctx, start, end, mint=len(words) == 2 and bool(_INITIALS.match(words[0])))
            if player is not None:
                found[player] = (start, end)
        elif (
            not fits
            and len(words) == 1
            and words[0].lower() not in shared
            and not _bracketed_club(ctx, start, end)
            and not any(_fits(words, name.split()) for name in anywhere)
        ):
            player = _side_scoped_player(ctx, start, end)
            if player is not None:
                found[player] = (start, end)
    return found


# a substitute in brackets comes with his minute ("Taylor (Martin 89)"); a word alone there is a club
# ("J Bonnaire (Bourgoin)")
_MINUTE_AFTER = re.compile(r"\s*\d")


def _bracketed_club(ctx: FactContext, start: int, end: int) -> bool:
    """Whether a bare name stands alone in brackets after a player, with no minute: his club, no player."""
    return ctx.text[max(0, start - 4) : start].rstrip().endswith("(") and not _MINUTE_AFTER.match(
        ctx.text, end
    )


def _side_scoped_player(ctx: FactContext, start: int, end: int) -> int | None:
    """The person mention of a sheet's bare surname, marked SIDE_SCOPED: his identity is the surname
    within his side (the referent's IRI takes the side's name). A surname the gazetteer names someone by
    ("Ronaldo") is that person's."""
    player = _listed_person(ctx, start, end)
    if player is None:
        return None
    row = ctx.mentions[player]
    if row.cls != "Person" or " " in row.key:
        return None
    if not row.flags & GAZETTEER:
        ctx.mentions[player] = row._replace(flags=row.flags | SIDE_SCOPED)
    return player


# the first words of surnames of two words ("Van Niekerk", "Ben Haim", "De Villiers"): no forename
_SURNAME_PARTICLES = frozenset(
    {"de", "del", "dal", "da", "di", "van", "der", "von", "le", "la", "du", "dos", "ben", "el", "al", "mac"}
)


def _forename(word: str) -> bool:
    """Whether a listed name's first word opens a full name: no surname's particle, no word cut at a hyphen
    ("MacLeod- Henderson")."""
    return word.lower() not in _SURNAME_PARTICLES and not word.endswith("-")


def _fits(listed: list[str], name: list[str]) -> bool:
    """'O'Driscoll', 'G Murphy', 'Mi Bergamasco', 'Lo Cicero' fit 'Brian O'Driscoll', 'Geordan Murphy',
    'Mirco Bergamasco', 'Andrea Lo Cicero'."""
    low_listed = [w.lower() for w in listed]
    low_name = [w.lower() for w in name]
    if len(low_listed) <= len(low_name) and low_name[-len(low_listed) :] == low_listed:
        return True  # the surname, or the whole name
    tail = len(low_listed) - 1
    if tail < 1 or len(low_name) <= tail or low_name[-tail:] != low_listed[1:]:
        return False
    head = listed[0].replace(".", "")
    if head.isupper() or "-" in head:  # initials: "G", "CA", "J-P"
        return low_name[0].startswith(head[0].lower())
    return len(head) <= 2 and low_name[0].startswith(head.lower())  # "Mi" of Mirco


# -- squad lists: "J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), ..." ---------------------------
# A player named with a club (or, for a select side, a country) in brackets after the name: a paragraph of
# such items is a squad or team sheet, whatever its heading, and each player plays for the bracketed side.
_CLUB_ITEM = re.compile(
    r"(?P<name>(?:[A-Z][\w'.-]*\s+|(?:de|del|dal|da|di|van|der|von|le|la|du|dos)\s+){0,3}[A-Z][\w'-]*)\s*"
    r"\((?P<club>[^()]*)"
)
_CLUB_NOTE = re.compile(r"^(?:capt(?:ain)?\.?|vice-capt(?:ain)?\.?|\d+)$", re.I)
_CAPTAIN_NOTE = re.compile(r"(?<![\w-])capt(?:ain)?\b\.?", re.I)
_INITIALS = re.compile(r"^(?:[A-Z]{1,2}|[A-Z][a-z]?\.|[A-Z]\.?-[A-Z]\.?)$")  # "G", "CA", "J.", "J-P"
_MIN_ITEMS = 3
# words of squads and positions (rugby, football, athletics); three of them make an article about squads
_SQUAD_WORDS = frozenset(
    {
        "squad", "capt", "captain", "uncapped", "cap", "caps", "scrum-half", "fly-half", "flanker", "hooker",
        "prop", "striker", "defender", "midfielder", "goalkeeper", "keeper", "replacement", "replacements",
        "subs", "bench", "friendly", "athlete", "athletics", "championships", "wing", "centre", "forward",
        "lock", "coach", "selection", "line-up", "recall",
    }
)  # fmt: skip
_SQUAD_WORD_COUNT = 3
_LEAD_SENTENCES = 3  # the headline and the lead's first two sentences
_SQUAD_NOUNS = frozenset({"squad", "team", "line-up", "lineup", "side", "xv", "party", "selection"})
_PICK_VERBS = frozenset({"name", "pick", "select", "choose", "make", "call", "recall", "announce", "change"})
_PLAY_VERBS = frozenset(
    {"start", "play", "line", "captain"}
)  # "G Price (Ireland)" alone is a referee, two a pair of names in passing


def club_sheets(ctx: FactContext) -> None:
    """playsFor facts for the players of a paragraph that lists players with their clubs in brackets."""
    text = ctx.text
    listed: list[tuple[int, Span]] = []
    clubs_only = True
    named = _full_names(ctx)
    for start, end in _paragraphs(text):
        if text.count("(", start, end) < _MIN_ITEMS:
            continue  # each item opens a bracket: too few for a sheet, so no scan for items (most paragraphs)
        items = list(_CLUB_ITEM.finditer(text, start, end))
        if len(items) < _MIN_ITEMS or not _only_items(text[start:end], items, start) or not about_squads(ctx):
            continue  # "Margaret Atwood (Canada), Saul Bellow (Canada), ...": writers, not a squad
        for k, item in enumerate(items):
            side = _club(ctx, item)
            player = _listed_player(ctx, item, named) if side is not None else None
            cue = ctx.doc.char_span(item.start("name"), item.end("name"), alignment_mode="expand")
            if side is not None and player is not None and cue is not None:
                ctx.add("playsFor", player, side, cue, "club-sheet", 0.75)
                _side_not_nationality(ctx, cue, side)
                listed.append((player, cue))
                clubs_only = clubs_only and ctx.mentions[side].cls != "Country"
                _captain(ctx, player, item.start("club"), items[k + 1].start() if k + 1 < len(items) else end)
    country = _squad_country(ctx) if listed and clubs_only else None
    for player, cue in listed if country is not None else ():
        ctx.add("playsFor", player, country, cue, "squad-country", 0.7)


def _side_not_nationality(ctx: FactContext, cue: Span, side: int) -> None:
    """A select side's squad brackets each player's national side ("S Taylor (Scotland)"): the country
    is whom he plays for, so the nationality that a country alone in brackets gives elsewhere ("P O'Brien
    (New Zealand)" below a report: the referee's; people._country_in_brackets) is withdrawn for the item."""
    mentions, key = ctx.mentions, ctx.mentions[side].key

    def the_item(f: FactRow) -> bool:
        named = mentions[f.subject]
        return cue.start_char <= named.start < cue.end_char and mentions[f.object].key == key

    ctx.facts = [
        f
        for f in ctx.facts
        if not (f.predicate == "citizenOf" and f.rule.endswith(":country-brackets") and the_item(f))
    ]


def _captain(ctx: FactContext, player: int, start: int, end: int) -> None:
    """ "J Robinson (Sale Sharks, capt)", "G Thomas (Toulouse) (capt)": the note in an item's brackets marks
    the side's captain (a vice-captain's note is no captaincy)."""
    note = _CAPTAIN_NOTE.search(ctx.text, start, end)
    words = ctx.doc.char_span(*note.span(), alignment_mode="expand") if note is not None else None
    if words is not None:
        positions.add_position(ctx, player, words, "captain", "club-sheet", 0.75)


def _squad_country(ctx: FactContext) -> int | None:
    """The national side a squad of club players is picked for: the one country the headline and lead
    name as its squad's or team's ("France's squad", "the Scotland squad"), as the side that names,
    picks or changes it ("England have named", "Wales make two changes"), or as the side a player starts
    for ("X will start for Wales"). None when they name none, or two."""
    found: dict[str, int] = {}
    for sentence in list(ctx.doc.sents)[:_LEAD_SENTENCES]:
        for token in sentence:
            lemma = token.lemma_.lower()
            if lemma in _SQUAD_NOUNS:
                candidates = [c for c in token.children if c.dep_ in ("poss", "compound")]
            elif lemma in _PICK_VERBS:
                candidates = [c for c in token.children if c.dep_ == "nsubj"]
            elif lemma in _PLAY_VERBS:
                candidates = [
                    p for c in token.children if c.lower_ == "for" for p in c.children if p.dep_ == "pobj"
                ]
            else:
                continue
            for c in candidates:
                index = ctx.tok2m[c.i]
                if index >= 0 and ctx.mentions[index].cls == "Country":
                    found.setdefault(ctx.mentions[index].key, index)
    return next(iter(found.values())) if len(found) == 1 else None


def about_squads(ctx: FactContext) -> bool:
    """A report on sport, or one that speaks of squads and players' roles (three words of them)."""
    if "kg_about_squads" not in ctx.doc.user_data:
        words = _SQUAD_WORDS.intersection(ctx.lemmas)
        ctx.doc.user_data["kg_about_squads"] = about_sport(ctx.doc) or len(words) >= _SQUAD_WORD_COUNT
    return bool(ctx.doc.user_data["kg_about_squads"])


def _only_items(block: str, items: list[re.Match[str]], offset: int) -> bool:
    """Whether the paragraph is a list and no prose: beside its items only headings ("Replacements:"),
    notes ("capt") and separators, at most one leftover word for every three items."""
    rest, position = [], offset
    for item in items:
        rest.append(block[position - offset : item.start() - offset])
        position = item.end()
    rest.append(block[position - offset :])
    words = re.findall(r"[A-Za-z]{2,}", " ".join(rest))
    return len([w for w in words if not _CLUB_NOTE.match(w)]) <= max(2, len(items) // 3)


def _club(ctx: FactContext, item: re.Match[str]) -> int | None:
    """The side in an item's brackets: its first part ("Sale Sharks, capt"; "Sale/ENG"), as the article's
    club, country or firm mention, else made a Team mention (NER takes a club for its town or a person);
    a short code ("SA", "Aus") only when the article knows it."""
    raw = item.group("club")
    head = re.split(r"[,/]", raw, maxsplit=1)[0].strip()
    if not head or _CLUB_NOTE.match(head) or not head[0].isupper() or _INITIALS.match(head.split()[0]):
        return None  # a note, or a player ("Price (D Evans)": a replacement)
    lo = item.start("club") + raw.index(head)
    return _side(ctx, lo, lo + len(head), mint=len(head) > len("Aus"))


def _full_names(ctx: FactContext) -> dict[str, tuple[int, int]]:
    """The people the article names in full: name -> (end of its first mention, that mention)."""
    named: dict[str, tuple[int, int]] = {}
    for index, row in enumerate(ctx.mentions):
        if row.cls == "Person" and len(row.surface.split()) >= 2:
            named.setdefault(row.surface, (row.end, index))
    return named


def _listed_player(ctx: FactContext, item: re.Match[str], named: dict[str, tuple[int, int]]) -> int | None:
    """The person an item names: the one person the article has named in full before that the item fits
    ("G Thomas", "Thomas" for Gareth Thomas); else, when nobody fits, a full name NER took for a person,
    or an initial and a surname ("G Thomas": the list says it is a player), made a person mention."""
    lo, hi = item.start("name"), item.end("name")
    words = item.group("name").split()
    fits = {index for name, (end, index) in named.items() if end <= lo and _fits(words, name.split())}
    if len(fits) == 1:
        return fits.pop()
    if fits or len(words) == 1:
        return None  # two people fit, or a surname nobody fits
    return _listed_person(ctx, lo, hi, mint=bool(_INITIALS.match(words[0])))


def _listed_person(ctx: FactContext, lo: int, hi: int, mint: bool = True) -> int | None:
    """The person mention of a listed name that no name of the text fits: NER's own of its very span (a full
    name; one NER took for a firm or a place, "Sylvain Marconnet (Stade Francais)", is a person as the list
    states),
    else, with ``mint``, a new one (an initial and a surname, "G Thomas": the list says it is a player)."""
    own = [ctx.tok2m[t.i] for t in ctx.doc.char_span(lo, hi, alignment_mode="expand") or ()]
    for m in own:
        row = ctx.mentions[m] if m >= 0 else None
        if row is None or (row.start, row.end) != (lo, hi):
            continue
        if row.cls == "Person":
            return m
        if (
            row.cls in _RETYPED_PLAYER_CLASSES
            and not row.flags & GAZETTEER
            and _forename(row.surface.split()[0])
        ):
            ctx.mentions[m] = row._replace(cls="Person", flags=row.flags | CUED)
            return m
    span = ctx.doc.char_span(lo, hi)
    if span is None or not mint:
        return None
    index = ctx.new_mention(MentionRow(lo, hi, span.start, span.end, "Person", span.text, span.text, CUED))
    for k in range(span.start, span.end):
        ctx.tok2m[k] = index
    return index
