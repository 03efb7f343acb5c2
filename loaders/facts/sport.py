"""Sport ties told in running text: a club's player ("Arsenal's Ashley Cole"), a transfer ("X joined
Celtic on loan"), and the sides of a win or a defeat that NER took for places ("England beat Fiji 26-21").
Score lines and team sheets are loaders/facts/lineups.py's; verbs of winning are frames (frames.toml).

Each rule gets the cue token (:func:`running_text` finds them) and works only in a report on sport
(loaders/entities/kinds.py's about_sport), where a town before a player or after "beat" is a club.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from loaders.entities import cues as ecues
from loaders.entities.kinds import about_individual_sport, about_sides, about_sport, non_playing_captain
from loaders.entities.records import CUED, PRONOUN, FactRow, MentionRow
from loaders.facts.context import FactContext, prep_objects
from loaders.facts.frames import load_frames
from loaders.facts.lineups import about_squads
from loaders.facts.titles import after_former

Rule = Callable[[FactContext, Token], None]

# A player's position (or standing in the side) right before the name ("Blues prop John Yapp", "Dragons
# team-mate Kevin Morgan"); a manager or coach is the title rule's.
_POSITION = re.compile(
    r"(?<= )(?:number (?:eight|8|nine|9|ten|10)|(?:second|back)[- ]row(?: forward)?|full[- ]back|"
    r"three[- ]quarter|scrum[- ]half|fly[- ]half|stand[- ]off|(?:centre|left|right|wing)[- ](?:back|half)|"
    r"prop|hooker|lock|flanker|wing|winger|centre|striker|midfielder|defender|goalkeeper|keeper|forward|playmaker|skipper|"
    r"captain|team-?mate|club-?mate|debutant) $"
)  # a team-mate or a debutant named after the side ("United team-mate X", "England debutant X") plays for it
_ROLE_REACH = 30  # characters before a name that a position can take

# A club's possessive or "of" before a player ("Arsenal's Ashley Cole", "Ashley Cole of Arsenal"); a role
# between them is the title rule's (loaders/facts/people.py), and a manager is no player.
_BODY_WORDS = frozenset(
    {"association", "federation", "union", "board", "council", "committee", "league", "sport", "sports",
     "news"}
)  # fmt: skip
_TOWNS = frozenset({"City", "Location"})
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
_SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "pobj"})
_SIDE_PREPS = frozenset({"to", "by", "over", "against", "past"})
_CLUB_CLASSES = frozenset({"Organization", "City", "Location", "Person"})
# The pronouns that may stand for a player who joins or signs, as the verb's subject ("Chelsea signed him"
# is not read: a signing's object is a name the text gives)
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_NOT_PLAYERS = ecues.CLUB_ROLES | {
    "coach", "chairman", "owner", "director", "chief", "president", "doctor", "physio"
}  # fmt: skip


def club_player(ctx: FactContext, cue: Token) -> None:
    """ "Arsenal's Ashley Cole", "Ashley Cole of Arsenal": an untitled person a club introduces plays for it,
    unless the article gives that person a club's post (a manager, a chairman)."""
    if cue.lower_ == "of":
        holder, owners = cue.head, [c for c in cue.children if c.dep_ == "pobj"]
    elif cue.dep_ == "case" and cue.head.dep_ == "poss":
        holder, owners = cue.head.head, [cue.head]
    else:
        return
    person = ctx.tok2m[holder.i]
    if person < 0 or ctx.mentions[person].cls != "Person" or not owners:
        return
    team = _club(ctx, ctx.tok2m[owners[0].i])
    if team is None or any(c.dep_ == "amod" for c in holder.children):
        return
    between = range(min(owners[0].i, holder.i) + 1, ctx.mentions[person].tok_start)
    if any(ctx.doc[k].lower_ in _NOT_PLAYERS or ctx.doc[k].pos_ == "NOUN" for k in between):
        return  # "Arsenal's French striker X", "Chelsea's manager X": a title, the title rule's
    if _holds_club_post(ctx, person):
        return
    stance = ctx.stance(cue.head if cue.lower_ != "of" else holder, nominal=True)
    if stance is not None:
        ctx.add("playsFor", person, team, cue, "club-player", 0.7, stance)


def transfer(ctx: FactContext, cue: Token) -> None:
    """ "X joined Celtic (on loan)", "X signed for Leeds", "Chelsea signed X (from Y)": in a report on sport,
    a person who joins or signs for a club plays for it. A role ("joined City as chief executive") and
    a person joined ("X joins Cragg in the final") give nothing; where the player came from is no tie."""
    if cue.pos_ not in ("VERB", "AUX") or any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children):
        return
    subject = ctx.arg(ctx.subject(cue))
    joined = [ctx.tok2m[c.i] for c in cue.children if c.dep_ == "dobj"]
    player: int | None = subject
    if cue.lemma_.lower() == "sign" and joined and _person(ctx, joined[0]):
        player, joined = joined[0], [-1 if subject is None else subject]  # "Chelsea signed X"
    elif cue.lemma_.lower() == "sign":
        joined = [ctx.tok2m[p.i] for p in prep_objects(cue, "for")]  # "X signed for Leeds"
    club = _club(ctx, joined[0], person_ok=False) if joined else None
    stance = ctx.stance(cue)
    if (_person(ctx, player) or _he_or_she(ctx, player)) and club is not None and stance is not None:
        ctx.add("playsFor", player, club, cue, "transfer", 0.65, stance)


def match_sides(ctx: FactContext, cue: Token) -> None:
    """ "Leicester beat Bath", "Ireland lost 17-5 to Tunisia": in a report on sport, a town or region NER
    found as a side of a win or a defeat is a club (or a country the gazetteer does not know), so it becomes
    a Team mention before the defeat frames read the clause; people and countries stay as they are."""
    if about_individual_sport(ctx.doc):
        return  # players beat players in tennis or athletics: "Agassi beat Dent 6-3" names no town's side
    if not about_sport(ctx.doc) and not _SCORE.search(cue.sent.text):
        return  # a score in the sentence says it is sport too ("England beat Fiji 26-21")
    sides = [c for c in cue.children if c.dep_ in _SIDE_DEPS]
    sides += [
        p for c in cue.children if c.dep_ in ("prep", "agent") and c.lower_ in _SIDE_PREPS for p in c.children
    ]
    for token in (t for side in sides for t in (side, *side.conjuncts)):
        index = ctx.tok2m[token.i]
        row = ctx.mentions[index] if index >= 0 else None
        if row is not None and row.cls in _TOWNS and not _surname(ctx, row.surface):  # "Molik", a player
            team = ctx.new_mention(row._replace(cls="Team", flags=row.flags | CUED))
            for k in range(row.tok_start, row.tok_end):
                ctx.tok2m[k] = team


def _person(ctx: FactContext, index: int | None) -> bool:
    return index is not None and index >= 0 and ctx.mentions[index].cls == "Person"


def _he_or_she(ctx: FactContext, index: int | None) -> bool:
    """A "he" or "she" as the player of a transfer, "After signing for Charlton he made 164 appearances":
    coref gives the person (r20d: on 408 outside sport reports it fired once, right)."""
    return (
        index is not None
        and index >= 0
        and ctx.mentions[index].cls == PRONOUN
        and ctx.mentions[index].key in _SUBJECT_PRONOUNS
    )


def _club(ctx: FactContext, index: int, person_ok: bool = True) -> int | None:
    """A side; or, in a report on sport, an organisation named like a club (not an acronym: "the FA's X",
    "BBC Sport's X"; no body's word: "the Football Association's X"), or a town or a one-word person, which
    NER makes of a club named after a town ("Gloucester's Andy Hazell"): that becomes a Team mention, as in
    "Leeds striker X"; not a person where a manager may stand ("Ferguson signed X": ``person_ok`` off)."""
    if index < 0 or (ctx.mentions[index].cls == "Person" and not person_ok):
        return None
    row = ctx.mentions[index]
    if row.cls == "Team":
        return index
    words = row.surface.split()
    if (
        row.cls not in _CLUB_CLASSES
        or not about_sides(ctx.doc)  # a runner's "Sale's X" names his athletics club, no side
        or any(w.lower() in _BODY_WORDS for w in words)
    ):
        return None
    if row.cls == "Organization":
        return None if any(w.isupper() and len(w) > 1 for w in words) else index
    if row.cls == "Person" and (len(words) > 1 or _surname(ctx, row.surface)):
        return None  # "Robinson's Andy X": a person's, unless NER took a one-word club for one
    team = ctx.new_mention(row._replace(cls="Team", flags=row.flags | CUED))  # the text says it is a club
    for k in range(row.tok_start, row.tok_end):
        ctx.tok2m[k] = team
    return team


def _surname(ctx: FactContext, word: str) -> bool:
    """Whether a person the article names in full has this surname."""
    return any(r.cls == "Person" and r.surface.endswith(" " + word) for r in ctx.mentions)


def _holds_club_post(ctx: FactContext, person: int) -> bool:
    """Whether the article ties a person of this surname to a post that is no player's."""
    surname = ctx.mentions[person].surface.split()[-1]
    for fact in ctx.facts:
        if ctx.mentions[fact.subject].surface.split()[-1:] != [surname]:
            continue
        if fact.predicate in ("coaches", "leaderOf", "worksFor"):
            return True
        if fact.predicate == "holdsPosition" and ctx.mentions[fact.object].key.split()[-1:] in (
            [w] for w in _NOT_PLAYERS
        ):
            return True
    return False


def club_roles(ctx: FactContext) -> None:
    """ "when Wasps scrum-half Joe Hale kicked", "uncapped Blues prop John Yapp", "Munster number eight X":
    a side named right before a player's position and a person plays for the side."""
    if not about_squads(ctx):
        return
    for index in range(len(ctx.mentions)):
        row = ctx.mentions[index]
        if row.cls != "Person":
            continue
        role = _POSITION.search(ctx.text, max(0, row.start - _ROLE_REACH), row.start)
        if role is None or non_playing_captain(ctx.doc, role.group().strip()):
            continue
        # the widest name that ends there: "Real Madrid", not the gazetteer's city "Madrid" inside it
        named = [m for m, r in enumerate(ctx.mentions) if r.end == role.start() - 1 and r.start < r.end]
        side = min(named, key=lambda m: ctx.mentions[m].start, default=None)
        side = _unnamed_side(ctx, role.start() - 1) if side is None else side
        if side is None or side == index or after_former(ctx.doc, ctx.mentions[side].tok_start):
            continue
        team = side if ctx.mentions[side].cls == "Country" else _club(ctx, side)
        cue = ctx.doc.char_span(role.start(), role.end(), alignment_mode="expand")
        if team is not None and cue is not None:
            ctx.add("playsFor", index, team, cue, "club-role", 0.75)


def _unnamed_side(ctx: FactContext, end: int) -> int | None:
    """A capitalised word before a position that NER left out ("uncapped Blues prop X"), made a Team
    mention; not a sentence's first word ("Uncapped prop X"), nor a word another mention covers
    ("English prop X": a nationality)."""
    span = ctx.doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span.end_char != end:
        return None
    token = span[-1]
    if not token.text[:1].isupper() or token.is_sent_start or token.i == 0 or ctx.tok2m[token.i] >= 0:
        return None
    if any(r.start <= token.idx < r.end for r in ctx.mentions):
        return None
    index = ctx.new_mention(
        MentionRow(
            token.idx, token.idx + len(token), token.i, token.i + 1, "Team", token.text, token.text, CUED
        )
    )
    ctx.tok2m[token.i] = index
    return index


def running_text(ctx: FactContext) -> None:
    """Run the cue-keyed sport rules over the Doc, before the frames read it (a side that NER took for a
    place is a Team by then). A pass of its own, not the shared lemma table: a cue there would silence
    the open relation of its verb ("X will join Y on the show")."""
    table = _triggers()
    # (by the lemmas read once: a Token is made only for a cue, not for every word of the text)
    for i, lemma in enumerate(ctx.lemmas):
        rules = table.get(lemma)
        if rules is not None:
            token = ctx.doc[i]
            for rule in rules:
                rule(ctx, token)


@cache
def _triggers() -> dict[str, tuple[Rule, ...]]:
    """Cue lemma -> the sport rules; the defeat cues are the frame table's defeated rows'."""
    defeats = {cue for frame in load_frames().frames if frame.predicate == "defeated" for cue in frame.cues}
    table: dict[str, tuple[Rule, ...]] = {}
    for words, rule in (
        ({"'s", "'", "of"}, club_player),
        ({"join", "rejoin", "sign"}, transfer),
        (defeats, match_sides),
    ):
        for word in words:
            table[word] = (*table.get(word, ()), rule)
    return table


# The clock of a game on a "replace" ("at half-time", "just before the hour", "in the 70th minute", "after
# the interval"), or a player coming on ("came off the bench to replace X"): a substitution in the game
_GAME_TIMES = frozenset({"half", "half-time", "halftime", "interval", "hour", "minute"})
_CLOCK_PREPS = ("at", "before", "after", "in", "on", "by")


def moves_in_the_game(ctx: FactContext) -> None:
    """Facts a move during a game states, which no rule can tell apart as it reads its sentence (one pass
    over the facts once every rule has run): a substitute who replaces a player holds no post the player
    held, so the succeeded facts of such a "replace" go (a player who replaces another in a side picked for
    the next game keeps his); a side that "shocked" or "stunned" the other "with the first try of the game"
    only scored first: no result (r24a, bbc-sport-380: the losers' early try; "beat X with a late goal"
    stays a win)."""
    if about_sport(ctx.doc):
        ctx.facts[:] = [
            f
            for f in ctx.facts
            if not (f.predicate == "succeeded" and _in_game(ctx, f))
            and not (f.predicate == "defeated" and _first_score(ctx, f))
        ]


#: Words of a game's opening score: "with the first try", "with the opening goal".
_FIRST_WORDS = frozenset({"first", "opening"})
_SCORES = frozenset({"try", "goal", "score", "point", "points", "penalty", "basket", "run", "wicket", "blow"})


def _first_score(ctx: FactContext, fact: FactRow) -> bool:
    """The fact's verb is done "with" the game's first or opening score."""
    cue = ctx.doc.char_span(fact.cue_start, fact.cue_end, alignment_mode="expand")
    verb = cue.root if cue is not None else None
    if verb is None:
        return False
    for deed in prep_objects(verb, "with"):
        if deed.lower_ in _SCORES and any(c.lower_ in _FIRST_WORDS for c in deed.children):
            return True
    return False


#: Results and ties whose ends are sides: a name at one of them in the article is a side's.
_SIDE_FACTS = frozenset({"defeated", "playsFor", "coaches"})


def club_bosses(ctx: FactContext) -> None:
    """ "Chelsea boss X", where NER took the club for an organisation: the boss or the manager of an
    organisation the article also names as a side (a winner or a loser, a club of players or of a coach)
    coaches it (a firm's boss leads it; "Fifa boss X" heads a body that is never a side). The sides say it
    is sport: a report may name no more than one of about_sport's words ("Chelsea beat Portsmouth")."""
    sides = {ctx.mentions[i].key for i, m in enumerate(ctx.mentions) if m.cls == "Team"}
    for fact in ctx.facts:
        if fact.predicate in _SIDE_FACTS:
            sides.add(ctx.mentions[fact.object].key)
            if fact.predicate == "defeated":
                sides.add(ctx.mentions[fact.subject].key)
    for k, fact in enumerate(ctx.facts):
        if fact.predicate != "leaderOf" or not fact.rule.endswith(":title"):
            continue
        post = ctx.text[fact.cue_start : fact.cue_end].split()[-1].lower()
        if post in ecues.CLUB_ROLES and ctx.mentions[fact.object].key in sides:
            ctx.facts[k] = fact._replace(predicate="coaches", confidence=fact.confidence - 0.05)


def _in_game(ctx: FactContext, fact: FactRow) -> bool:
    cue = ctx.doc.char_span(fact.cue_start, fact.cue_end, alignment_mode="expand")
    verb = cue.root if cue is not None else None
    if verb is None or verb.lemma_.lower() != "replace":
        return False
    for time in prep_objects(verb, *_CLOCK_PREPS):
        if {time.lemma_.lower(), *(c.lemma_.lower() for c in time.children)} & _GAME_TIMES:
            return True
    head = verb.head if verb.dep_ in ("advcl", "xcomp") else None
    return head is not None and head.lemma_.lower() == "come" and bool(prep_objects(head, "off", "on"))
