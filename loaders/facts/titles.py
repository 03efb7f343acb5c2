"""Where a person's title is in the words around the name, and which words are the title's own.

"Ukrainian President X", "Gazprom chairman X", "Reps. A and B", "X, the president of Y", "X is director of
telecoms research": the spans these helpers find are what loaders/facts/people.py turns into posts and ties.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from loaders.entities import cues as ecues
from loaders.entities.gazetteer import Gazetteer
from loaders.entities.kinds import about_sport
from loaders.entities.names import bare_common_name, opening_common_word
from loaders.entities.places import geo_index
from loaders.entities.records import NORP, MentionRow, doc_words
from loaders.facts import cues
from loaders.facts.context import FactContext

# "Tory peer Lord X", "disgraced peer Lord Y": a member of the House of Lords holds the post of peer
#: Posts a party gives: "Plaid Cymru MP X", "SNP councillor X": an organisation named before one of these is
#: the person's party (a country or a place before it is the seat's: "Welsh MP", "Ynys Mon MP").
PARTY_POSTS = frozenset(
    {"mp", "mps", "msp", "mep", "am", "peer", "backbencher", "councillor", "councilor", "senator",
     "congressman", "congresswoman", "lawmaker", "legislator", "assemblyman", "assemblywoman",
     "sen", "sen.", "sens", "sens.", "senators", "congressmen", "lawmakers", "legislators"}
)  # fmt: skip
_STANDING = frozenset({"senior", "leading"})
#: The word for what kind of body holds the post, standing for the body the text names elsewhere: "party
#: leader X", "festival director X", "club captain X", "committee chairman X", "the bid chairman X" hold the
#: posts "leader", "director", "captain", "chairman".
KIND_WORDS = frozenset({"party", "festival", "club", "band", "team", "committee", "bid"})
#: Kinds of body that words before a post name without a name of the body: "Brazil's airport authority chief
#: X", "central bank governor Y", "record company boss Z", "police spokesman W" hold the posts "chief",
#: "governor", "boss", "spokesman" (the guideline writes a post without its organisation), and lead the
#: authority, the bank or the company, not the country or the firm named before them.
#: (r22d) A committee too: "Lib Dem constitutional affairs committee chairman X" holds the post "chairman"
#: (dev21's gold, as "committee chairman X" already did).
UNNAMED_BODIES = frozenset(
    {"authority", "agency", "union", "commission", "charity", "watchdog", "regulator", "bureau", "institute",
     "association", "federation", "bank", "company", "magazine", "newspaper", "police", "committee",
     "subcommittee"}
)  # fmt: skip
#: (r22b) A meeting's word before a post: its chairman leads the meeting, no country named beside him
#: ("Conference chairman X of Thailand" is Thailand's citizen; judged seed 938); the word stays in the post
#: ("conference chairman", "OPEC conference president"), as the judges read it.
_MEETINGS = frozenset({"conference"})
#: Words that praise or place a holder of any post and name no post: "regular commentator", "award-winning
#: journalist", "chart-topping singer", "star flanker" hold the posts "commentator", "journalist", "singer",
#: "flanker".
_PRAISE = frozenset({"regular", "frequent", "occasional", "well-known", "renowned", "acclaimed",
                     "celebrated", "famous", "respected", "outspoken", "longtime", "long-time", "veteran",
                     "prominent", "star", "superstar", "wonderful", "brilliant", "fantastic", "excellent",
                     "superb", "outstanding", "terrific", "marvellous", "gifted", "great",
                     "leading"})  # fmt: skip
#: Words for a holder's politics, not the post: "Socialist Prime Minister X", "conservative senator Y" hold
#: the posts "prime minister" and "senator" (the party, where named, is a tie of its own).
_LEANINGS = frozenset({"socialist", "communist", "conservative", "liberal", "centrist", "leftist",
                       "left-wing", "right-wing", "leftwing", "rightwing", "nationalist", "reformist",
                       "populist", "hardline", "hard-line", "moderate"})  # fmt: skip
#: Posts whose trade is a cause, which a leaning names: "conservative activist" is the post (judged seed 938).
_CAUSE_POSTS = frozenset({"activist", "campaigner", "commentator", "columnist"})
#: Words that describe the holder, not the post: "married publisher X", "teenage soul singer Y", "banned
#: sprinter Z", "uncapped prop W", "giant prop V" hold the posts "publisher", "soul singer", "sprinter",
#: "prop"; "the late singer X" (dead) held the post "singer"; "a strong defender", "a staunch ally" say
#: how well.
_DESCRIPTIONS = frozenset(
    {"married", "teenage", "young", "elderly", "wealthy", "banned", "disgraced", "jailed", "convicted",
     "uncapped", "injured", "controversial", "talented", "experienced", "late", "strong", "staunch",
     "fierce", "vocal", "keen", "loyal", "passionate", "giant", "towering", "burly", "hulking", "diminutive",
     "pioneering", "crestfallen", "attractive", "beleaguered", "embattled", "jubilant", "delighted",
     "disappointed", "frustrated", "furious", "angry", "upset", "relieved", "elated", "dejected"}
)  # fmt: skip
#: Nouns for how one person stands to another, before a title: "political rival Chancellor X", "close ally
#: Senator Y", "his fellow defender Z" hold the posts "chancellor", "senator" and "defender".
_RELATIONS = frozenset(
    {"rival", "ally", "colleague", "friend", "critic", "successor", "predecessor", "foe", "fellow"}
)
#: Title nouns that never make one post with a title noun after them: an occupation before a second post
#: ("author Professor X", "actor Sir Y") or a royal title before a musician's ("Queen bassist X", a band).
_GLUED_FIRST = frozenset(
    {"author", "writer", "novelist", "actor", "actress", "singer", "comedian", "broadcaster", "journalist",
     "king", "queen", "prince", "princess"}
)  # fmt: skip
#: Titles of those who cover a beat: a country before them is their beat ("US editor X"), and so is the
#: kind of body before them ("bank analyst X" follows the banks; judged seed 940), no body they work for.
BEAT_TITLES = frozenset({"economist", "analyst", "editor", "correspondent", "reporter", "strategist"})
#: Sides of politics written as two words before a post: "right wing Prime Minister X" holds "prime minister"
#: (judged seed 940), as "right-wing" and "rightwing" do among the leanings.
_WING_SIDES = frozenset({"right", "left"})
#: Sport positions that are also posts off the field: a ship's or an army's captain.
_POSTS_OFF_FIELD = frozenset({"captain", "skipper"})
#: The first halves of such hyphenated words, which the tokenizer splits: "chart - topping", "award - winning"
_PRAISE_PARTS = frozenset({"chart", "award", "well", "long", "oscar", "prize", "best"})
#: Occupations the guideline takes for posts ("playwright X", "X, a senior barrister", "awards pundit X"),
#: kept here, not among the entity cues' title nouns, so that no name changes where it starts or ends. Each
#: names what a person does for a living, never what a person is ("father", "victim", "fan"), and is seldom
#: a figure of speech ("the architect of the reform", "a peace broker", "an agent of change" are left out).
OCCUPATION_POSTS = frozenset(
    {"barrister", "solicitor", "qc", "playwright", "impresario", "publisher", "pundit", "nanny", "sprinter",
     "strategist", "msp", "mep", "novelist", "dramatist", "choreographer", "surgeon", "accountant",
     "curator", "conductor", "composer", "lyricist", "referee", "umpire", "jockey", "three-quarter",
     "second-row", "open-side", "number-eight", "centre-back", "playmaker", "full-back", "fullback",
     "actor", "actress", "comedian", "rapper"}
)  # fmt: skip
TITLES = (
    ecues.TITLE_NOUNS
    | frozenset(ecues.TITLE_ABBREVIATIONS)
    | frozenset({"peer", "under-secretary"})  # "Treasury Under-Secretary X": the tagger reads "Under" as a
    | OCCUPATION_POSTS  # preposition, which the hyphenated word keeps
)
#: Words before "wing" that make it part of a body, not a player's position ("military wing").
_BODY_WINGS = frozenset({"military", "armed", "political", "youth", "paramilitary", "women's", "student"})
#: Nouns that are a post only when held at an organisation: "X, partner at Y" (a "partner X" is a spouse, a
#: "centre partner X" a team-mate).
_POSTS_AT = frozenset({"partner", "lecturer", "fellow", "researcher"})


#: Words before a party, side or firm that say the person left it: "former Tory X", "ex-Wasps prop X".
FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time"})


def after_former(doc: Doc, start: int) -> bool:
    """Whether the words at `start` follow "former" or "ex-": a post left ties nothing (annotation guide)."""
    before = [t.lower_ for t in doc[max(start - 2, 0) : start]]
    return bool(before) and (before[-1] in FORMER or before[-2:] == ["ex", "-"])


def premodifier_start(ctx: FactContext, row: MentionRow) -> int:
    """Start of the noun phrase that premodifies a name: tokens left of it whose heads lead into it."""
    doc = ctx.doc
    start = row.tok_start
    joined: set[int] = set()  # first halves of hyphenated words, which the parser may hang elsewhere
    while start > 0:
        token = doc[start - 1]
        if token.pos_ in ("VERB", "AUX", "CCONJ") and token.lower_ not in cues.TITLE_PARTICIPLES:
            break
        if token.is_punct and not _joins_words(token):
            break
        if _no_title_word(token):
            break
        other = ctx.tok2m[token.i]
        if other >= 0 and ctx.mentions[other].cls == "Person":
            break  # another person's name: its titles are its own
        if start >= 2 and _in_word_hyphen(token) and start < row.tok_start:
            start -= 2  # "co-chairman": the parser may hang "co" elsewhere; the word is one
            joined.add(start)
            continue
        # "Arsenal vice-chairman X": a word hung from such a first half premodifies the whole word
        premodifies = token.head.i in joined or any(
            row.tok_start <= a.i < row.tok_end for a in token.ancestors
        )
        if not premodifies and not _modifies_title_after(token, start, row):
            break
        start -= 1
    return start


def _modifies_title_after(token: Token, start: int, row: MentionRow) -> bool:
    """ "his shadow Chancellor X": a word that makes a post another's ("shadow", "deputy", "acting") right
    before the title words of the name is the title's, though the parser hung it elsewhere (here as a
    noun coordinated with "He")."""
    words = ecues.NON_LEADER_MODIFIERS | cues.TITLE_MODIFIERS | cues.TITLE_PARTICIPLES
    return (
        token.lower_ in words
        and token.i + 1 == start
        and start < row.tok_start
        and is_title(token.doc[start])
    )


#: Parts of speech of a hyphenated word's first part that the parser took for words of their own
#: ("Under-Secretary"): the rest of the title stands without it, as before.
_NO_WORD_PARTS = frozenset({"ADP", "DET", "PRON", "AUX", "CCONJ", "PUNCT", "VERB"})


def _word_part(token: Token) -> bool:
    """Whether a hyphenated word's part before a hyphen is the word's: a noun's or an adjective's, or a
    small word with a hyphen before it too ("point-to-point jockey", "door-to-door salesman": r24a,
    bbc-politics-066), not a first part the parser took for a word ("Under-Secretary")."""
    return token.pos_ not in _NO_WORD_PARTS or _mid_word(token)


def _mid_word(token: Token) -> bool:
    """A small word between two hyphens inside a word: "to" of "point-to-point"."""
    doc = token.doc
    inside = 0 < token.i < len(doc) - 1
    return inside and _in_word_hyphen(doc[token.i - 1]) and _in_word_hyphen(doc[token.i + 1])


def _no_title_word(token: Token) -> bool:
    """A date ("on 26 November singer X", "in 2003 singer X") or a verb the parser took for a noun after an
    infinitive's "to" ("has to credit Ireland flanker X") ends the words before a name that can be its
    title."""
    after_to = token.i > 0 and token.nbor(-1).tag_ == "TO" and token.nbor(-1).dep_ == "aux"
    year = len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")
    return token.ent_type_ in ("DATE", "TIME") or year or after_to


def adjacent_start(ctx: FactContext, row: MentionRow) -> int:
    """Start of the words right before a name that can make a title, whatever the parse says: "X's
    petroleum minister A and Russian energy minister B", where B hangs from the first minister."""
    doc = ctx.doc
    start = row.tok_start
    while start > 0:
        token = doc[start - 1]
        other = ctx.tok2m[token.i]
        if (other >= 0 and ctx.mentions[other].cls == "Person") or _no_title_word(token):
            break
        if not (
            token.pos_ in ("NOUN", "PROPN", "ADJ")
            or token.lower_ in cues.TITLE_PARTICIPLES
            or _inner_of(token)
            or _position_read_as_verb(token)
        ):
            break
        start -= 1
        while start >= 2 and _in_word_hyphen(doc[start - 1]) and _word_part(doc[start - 2]):
            start -= 2  # a hyphenated word is taken whole ("vice-president", "21-year-old")
    return start


def _position_read_as_verb(token: Token) -> bool:
    """ "and lock Rob Sidoli replaces", "alongside Blues prop John Yapp": in a report on sport the tagger
    often reads a playing position before a name as a verb; with no subject of its own it is the title."""
    return (
        token.lower_ in ecues.SPORT_POSITIONS
        and token.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children)
        and about_sport(token.doc)
    )


def _inner_of(token: Token) -> bool:
    """The 'of' inside a title before a name: "chief of staff X", "head of research X"."""
    doc = token.doc
    return (
        token.lower_ == "of"
        and 0 < token.i < len(doc) - 1
        and token.nbor(-1).lower_ in TITLES
        and token.nbor(1).pos_ == "NOUN"
    )


def with_coordinated_domains(title: Span) -> Span:
    """ "Trade and industry minister", "culture, media and sport secretary": the domains coordinated before
    a title's first domain word are the title's too. A comma joins only a list that ends in "and": in
    "improve Scotland's health, First Minister X said" it ends a clause. A grade is no domain: "chief
    executive and senior vice president X" are two posts, not "executive and senior vice president" (judges
    of seed 936)."""
    doc, start = title.doc, title.start
    listed = False  # whether an "and" has joined a domain yet
    while (
        start >= 2
        and doc[start].lower_ in UNIT_DOMAINS
        and (doc[start - 1].lower_ == "and" or (doc[start - 1].lower_ == "," and listed))
        and doc[start - 2].lower_ in UNIT_DOMAINS
    ):
        listed = True
        start -= 2
    return doc[start : title.end]


def _in_word_hyphen(token: Token) -> bool:
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_


def _joins_words(token: Token) -> bool:
    """A possessive, a hyphen inside a word ('co-chairman') or an abbreviation's period ('Reps. A and B'),
    not a dash between phrases or a sentence's end."""
    glued = token.i > 0 and not token.nbor(-1).whitespace_
    period = token.text == "." and glued and token.nbor(-1).lower_ + "." in ecues.TITLE_ABBREVIATIONS
    return token.tag_ in ("HYPH", "POS") or _in_word_hyphen(token) or period


#: Media a presenter or a reporter works in: trade words of the post ("TV presenter", "radio host").
MEDIA = frozenset({"tv", "television", "radio"})


def glued_to_next(token: Token) -> bool:
    """Whether a hyphen joins the word to the next ("Fly-half"): one word, split by the tokenizer."""
    return token.i + 1 < len(token.doc) and token.nbor(1).text == "-" and not token.whitespace_


def title_in(ctx: FactContext, start: int, end: int) -> Span | None:
    """The title words of a premodifier phrase: what follows its affiliations, demonyms and determiner."""
    doc = ctx.doc
    possessive = [t.i for t in doc[start:end] if t.tag_ == "POS"]
    if possessive:  # "Menatep Group's managing director": the title follows the possessor
        start = possessive[-1] + 1
    start = _after_other_post(doc, start, end)
    # "recently elected secretary": the secretary; "Nielsen/NetRatings analyst": the slash is the name's
    skip = ("DET", "PUNCT", "SYM", "ADP", "PART", "PRON", "ADV")
    first = start
    while start < end and (
        ctx.tok2m[start] >= 0
        or (doc[start].pos_ in skip and not _opens_hyphenated_title(doc, start, end))
        or (doc[start].lower_ in cues.TITLE_TIME_WORDS and not _opens_name(ctx, doc[start]))
        or (start + 1 < end and start - 1 >= first and doc[start - 1].tag_ == "HYPH")  # "Under-fire coach"
        or doc[start].tag_ == "VBN"
        or _no_title_word(doc[start])
        or _number_before_title(doc, start, end)
        or _clause_noun_before_place(ctx, start, end)
        or (doc[start].lower_ in ecues.HONORIFICS and not _lord_of_post(doc, start, end))
        or _side_in_the_match(doc, start, end)
    ):
        start += 1
    start = _after_age(doc, start, end)
    start = _after_subject_pronoun(doc, start, end)
    start = _after_spaced_dash(doc, start, end)
    start = _after_clause_noun(doc, start, end)
    start = _from_former(doc, start, end)
    start = _after_predicate(doc, start, end)
    while end > start and (
        doc[end - 1].lower_ in ecues.HONORIFICS
        or _second_post(doc, start, end)
        or _name_part(doc[end - 1], start)
        or _rank_after(doc, start, end)
    ):
        end -= 1  # "chairman Mr Greenspan", "President Susilo Bambang Yudhoyono", "Foreign Minister Prince X"
    end = _before_body_served(doc, start, end)
    start = _after_standing(doc, start, end)
    start = _after_body_kind(doc, start, end)
    start = _after_named_kind(ctx, start, end)
    start = _after_clause_object(doc, start, end)
    while end - start > 1 and doc[start].lower_ in _GLUED_FIRST and is_title(doc[start + 1]):
        start += 1  # "author Professor X": two posts, the last the name's; "Queen bassist X": a band's
    if any(t.lower_ in cues.AWARD_WORDS for t in doc[start:end]):
        return None  # "was named best director": an award, not a post
    if any(t.tag_ == "JJS" for t in doc[start:end]):
        return None  # "the world's greatest economist", "the finest batsman": praise, not a post
    if start >= end or not is_title(title_head(doc[start:end])):
        return None  # "centre partner X": a title noun that only modifies another noun names no post
    if _figure_of_play(title_head(doc[start:end])):
        return None  # "a strong defender of the agreement", "a key player in the talks"
    if _of_a_delegation(title_head(doc[start:end])):
        return None  # "head of Washington's delegation to the talks": a role in one event, no post
    return doc[start:end]


#: Words that say which side of one match a player is on, not what he plays: "home keeper X", "away captain".
_MATCH_SIDES = frozenset({"home", "away", "visiting"})


def _side_in_the_match(doc: Doc, start: int, end: int) -> bool:
    """ "force home keeper X into a save": the side of the match, no word of the post "keeper" (dev22,
    bbc-sport-278); "Home Secretary" and "home affairs spokesman" keep theirs."""
    return (
        doc[start].lower_ in _MATCH_SIDES
        and start + 1 < end
        and title_head(doc[start + 1 : end]).lower_ in ecues.SPORT_POSITIONS
    )


def _number_before_title(doc: Doc, start: int, end: int) -> bool:
    """A number opening the words before a name is the end of a name or figure before the post, no word of it:
    "GPA Airbus 320 chairman X" holds the post "chairman" (judged seed 935); "four-time champion" is one
    hyphenated word and stays."""
    return doc[start].tag_ == "CD" and start + 1 < end and not _opens_hyphenated_title(doc, start, end)


#: Classes of a name right before a title that say whose country the post is: "U.K. Chancellor X", a place's
#: or a demonym's.
_COUNTRY_OF_POST = ecues.PLACE_CLASSES | {NORP}


def _clause_noun_before_place(ctx: FactContext, start: int, end: int) -> bool:
    """A common noun before a country's name that opens the words of a post is the clause's, no word of the
    post: "after news U.K. Chancellor of the Exchequer X has set" holds "chancellor of the exchequer"
    (judged seed 935 had "news chancellor of the exchequer"); a post's own words before the country stay
    ("deputy U.S. trade representative")."""
    doc = ctx.doc
    word, place = doc[start], ctx.tok2m[start + 1] if start + 1 < end else -1
    return (
        place >= 0
        and ctx.mentions[place].cls in _COUNTRY_OF_POST
        and word.tag_ in ("NN", "NNS")
        and word.is_lower
        and word.lower_ not in TITLE_WORDS
    )


def _second_post(doc: Doc, start: int, end: int) -> bool:
    """An abbreviated post after another ("Committee chairman Sen. X"): the rank the name carries, while the
    post the words give is the one before it ("Democratic Sen. X" holds no other, and keeps it)."""
    return (
        end - start > 1 and doc[end - 1].lower_ in ecues.TITLE_ABBREVIATION_WORDS and is_title(doc[end - 2])
    )


def _opens_hyphenated_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the word at ``start`` opens a hyphenated title ("Under-Secretary"), whatever its tag, that
    ends the words ("Under-Secretary of State for Economic Affairs X" is left to the rules for "of")."""
    return start + 2 < end and hyphenated(doc[start + 2]) in TITLES and doc[start + 2].i == end - 1


def _opens_name(ctx: FactContext, token: Token) -> bool:
    """A time word that opens a place's name in a name the recogniser left unread: "New York Stock Exchange
    chairman X" is the chairman of the New York Stock Exchange, not a new chairman of a "York Stock
    Exchange" ("New Fine Gael leader X", "New Chelsea boss Y" are the party's and the club's new ones)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not token.text[:1].isupper() or ctx.tok2m[token.i + 1] >= 0:
        return False
    return geo_index().knows(doc[token.i : token.i + 2].text)


def _figure_of_play(head: Token) -> bool:
    """A playing position of or in something, outside a report on sport, is a figure of speech, not a post:
    "X was a strong defender of the treaty", "a key player in the market" ("Wales scrum-half X" stays a
    post wherever it is; a captain or skipper holds a post on a ship or in an army too)."""
    label = hyphenated(head) or head.lemma_.lower()
    if label not in ecues.SPORT_POSITIONS or label in _POSTS_OFF_FIELD:
        return False
    of_something = any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in head.children)
    return of_something and not _sport_besides(head, label)


#: Events a delegation is sent to: the head of one holds a role in that event, no post. The talks of
#: cues.TALK_NOUNS, and a conference or a session, which are no talk ("negotiations": a lemma the
#: lemmatiser may leave plural, as it does "talks").
_ONE_EVENT = cues.TALK_NOUNS | {"negotiations", "conference", "session"}


def _of_a_delegation(head: Token) -> bool:
    """A title of a delegation to one event ("head of Washington's delegation to the talks") is a role in
    that event, which the guideline holds no post (judged seed 935). A standing delegation ("head of the EC
    delegation in Washington", the EC's envoy there) is a post: on outside articles it is as frequent."""
    delegations = [
        o
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.lemma_.lower() == "delegation"
    ]
    return any(
        p.lower_ in ("to", "at", "for") and any(e.lemma_.lower() in _ONE_EVENT for e in p.children)
        for d in delegations
        for p in d.children
        if p.dep_ == "prep"
    )


def _sport_besides(head: Token, label: str) -> bool:
    """A report on sport even without the position's own word: "defender" and Blair's "premiership" make
    no sport report of a story on politics."""
    if not about_sport(head.doc):
        return False
    others = {t.lemma_.lower() for t in head.doc if t.lemma_.lower() in ecues.SPORT_WORDS} - {label}
    return len(others) >= 2


def _after_other_post(doc: Doc, start: int, end: int) -> int:
    """ "a former professor and health care consultant": two posts, of which the last is the title's; the
    first is its own ("culture, media and sport secretary" coordinates domains of one post and stays)."""
    for k in range(end - 2, start, -1):
        if doc[k].lower_ == "and" and doc[k - 1].pos_ == "NOUN" and is_title(doc[k - 1]):
            return k + 1
    return start


def _lord_of_post(doc: Doc, start: int, end: int) -> bool:
    """ "Lord Justice May", "Lord Chancellor X", "Lord Mayor X": 'Lord' before a post's own noun is a word
    of the post (a judge of appeal, the head of the judiciary, a city's mayor), not the person's rank."""
    return doc[start].lower_ in ("lord", "lady") and start + 1 < end and is_title(doc[start + 1])


def _after_standing(doc: Doc, start: int, end: int) -> int:
    """Where a post starts after words that say how a member stands, not what the post is: "senior MP",
    "veteran Labour backbencher", "party leader", "festival director" (the body's kind, not the post's).
    A firm's "senior vice president" or "senior economist" is a grade of the post and stays."""
    while end - start > 1 and (step := _standing_words(doc, start, end)):
        start += step
    if end - start > 2 and doc[start].pos_ == "ADJ" and doc[start + 1].lower_ in _RELATIONS:
        start += 2  # "political rival Chancellor X"
    return start


def _standing_words(doc: Doc, start: int, end: int) -> int:
    """How many words at ``start`` say how a member stands (0 if none): one, or a hyphenated word of praise
    ("much - loved"), or a side of politics in two words ("right wing")."""
    word = doc[start].lower_
    if word in _PRAISE_PARTS and start + 2 < end and doc[start + 1].text == "-":
        return 3
    if _wing_side(doc, start, end):
        return 2
    one = (
        word in _RELATIONS
        or word == "other"  # "other executive vice presidents A and B" (judged seed 940)
        or word in KIND_WORDS
        or word in _PRAISE
        or word in _DESCRIPTIONS
        or (word in _LEANINGS and title_head(doc[start:end]).lower_ not in _CAUSE_POSTS)
        or (word in _STANDING and title_head(doc[start:end]).lower_ in PARTY_POSTS)
    )
    return 1 if one else 0


#: Posts that keep the kind of body before them: a "company secretary" is a post of its own, a "bank analyst"
#: follows the banks.
_KIND_IN_POST = BEAT_TITLES | {"secretary"}


#: Kinds of civic body whose word, before a post, stands for the one of that kind the article names.
_CIVIC_KINDS = frozenset({"council", "foundation", "society", "forum"})


def _after_named_kind(ctx: FactContext, start: int, end: int) -> int:
    """Where a post starts after the kind of a body the article names in full: "Ted Hall, a council
    director", "Council President X", where the Bay Area Council is named, hold "director" and "president"
    (judged seed 940), as "party leader" holds "leader". A name before the kind keeps it: "ICCO council
    chairman" is the post of the ICCO's council (dev11's gold)."""
    doc = ctx.doc
    if end - start < 2 or doc[start].lower_ not in _CIVIC_KINDS or not is_title(doc[start + 1]):
        return start
    if start > 0 and ctx.tok2m[start - 1] >= 0:
        return start
    kind = doc[start].lower_
    named = any(
        m.cls == "Organization" and len(words := m.surface.split()) > 1 and words[-1].lower() == kind
        for m in ctx.mentions
    )
    return start + 1 if named else start


def _wing_side(doc: Doc, start: int, end: int) -> bool:
    """ "right wing Prime Minister X": a side of politics before a post; a player's "left wing" is his."""
    return (
        end - start > 2
        and doc[start].lower_ in _WING_SIDES
        and doc[start + 1].lower_ == "wing"
        and title_head(doc[start + 2 : end]).lower_ not in ecues.SPORT_POSITIONS
    )


def _after_body_kind(doc: Doc, start: int, end: int) -> int:
    """Where a post starts after the lower-case kind of an unnamed body ("central bank governor", "airport
    authority chief"): the words up to the kind name the body, not the post. A "company secretary" is a
    post of its own, and a word that makes the post a second's or a former one keeps the words whole
    ("deputy police chief", "former union leader"), as does a name before the kind ("Kestrel bank
    chairman": the name is read apart from the post later)."""
    head = end - 1
    if end - start < 2 or not is_title(doc[head]) or doc[head].lower_ in _KIND_IN_POST:
        return start
    kinds = [k for k in range(start, head) if _lower_case(doc[k]) and doc[k].lower_ in UNNAMED_BODIES]
    if not kinds:
        return start
    before = doc[start : kinds[-1]]
    if any(t.lower_ in ecues.NON_LEADER_MODIFIERS | FORMER for t in before):
        return start
    if any(t.text[:1].isupper() and (t.pos_ == "PROPN" or not t.is_sent_start) for t in before):
        return start
    return kinds[-1] + 1


#: Verbs that take an object: with none of their own after a name, the noun before its title is theirs.
_OBJECT_VERBS = frozenset({"have", "make", "do", "show", "bring", "give", "enjoy", "face", "take"})


def _after_clause_object(doc: Doc, start: int, end: int) -> int:
    """Where a post starts after the object of a relative clause with no "that", whose subject the name
    is: "the impact manager X has had" holds the post "manager" (the impact is what X has had)."""
    if end - start < 2 or end >= len(doc) or start == 0 or doc[start - 1].pos_ != "DET":
        return start
    name = doc[end]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    verb = name.head
    objectless = not any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in verb.children)
    if name.dep_ == "nsubj" and verb.i > name.i and verb.lemma_ in _OBJECT_VERBS and objectless:
        return start + 1 if doc[start].pos_ == "NOUN" and not is_title(doc[start]) else start
    return start


def names_unnamed_body(title: Span) -> bool:
    """Whether a title's words, or the words right before it, name the kind of an unnamed body ("Brazil's
    airport authority chief"): the post leads that body, not the country named before it (a firm named
    before it, "Kestrel bank chairman", is the body itself)."""
    doc = title.doc
    words = [t for t in doc[max(title.start - 1, 0) : title_head(title).i] if _lower_case(t)]
    return any(t.lower_ in UNNAMED_BODIES | _MEETINGS for t in words)


def _lower_case(token: Token) -> bool:
    """A word written in lower case, or one only the sentence's start capitalises ("Company chairman X",
    "Conference chairman Y" open their sentences: the kind of an unnamed body, as in mid-sentence)."""
    return token.is_lower or (bool(token.is_sent_start) and token.text[1:].islower())


def _after_predicate(doc: Doc, start: int, end: int) -> int:
    """Where a title starts after an adjective that a copula before it makes the predicate: "he was
    confident shadow home secretary X would ..." holds the post "shadow home secretary". The name is then
    the subject of a verb after it, which a copula's complement ("is interim chief executive X") is not."""
    word = doc[start] if start < end else None
    if (
        word is None
        or end - start < 2
        or end >= len(doc)
        or word.pos_ != "ADJ"
        or word.lower_ in TITLE_WORDS
        or start == 0
        or doc[start - 1].lemma_ != "be"
    ):
        return start
    name = doc[end]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    return start + 1 if name.dep_ in ("nsubj", "nsubjpass") and name.head.i > name.i else start


def _after_spaced_dash(doc: Doc, start: int, end: int) -> int:
    """Where a post starts after a dash between phrases: "a panel of five members - president X" holds the
    post "president" (a hyphen inside a word, "vice-president", has no space around it)."""
    for k in range(end - 2, start - 1, -1):
        if doc[k].text in ("-", "--") and doc[k].whitespace_ and k > 0 and doc[k - 1].whitespace_:
            return k + 1
    return start


def _after_clause_noun(doc: Doc, start: int, end: int) -> int:
    """Where a post starts after a clause's subject and its verb, which the parser read as an adjective of
    the post: "his professionalism and dedication impressed manager X" holds the post "manager". The
    subject is a noun joined by "and" to a noun outside the title, the verb a past form tagged an adjective
    ("music and marketing manager", "He and his shadow Chancellor X" have no such verb and stay)."""
    for k in range(end - 3, start - 1, -1):
        word, verb = doc[k], doc[k + 1]
        subject = word.dep_ == "conj" and word.pos_ == "NOUN" and not start <= word.head.i < end
        if subject and verb.tag_ == "JJ" and verb.lower_.endswith("ed") and not glued_to_next(word):
            return k + 2
    return start


def _from_former(doc: Doc, start: int, end: int) -> int:
    """Where a post starts at a "former" inside the words before a name: "the way former coach X" holds the
    post "former coach"; a word before "former" is the clause's, or the name of a side left behind."""
    return next((k for k in range(start + 1, end - 1) if doc[k].lower_ in FORMER), start)


def _after_age(doc: Doc, start: int, end: int) -> int:
    """Where a title starts after an age or a tally before it: "21-year-old defender X", "two-goal striker
    Y", "three-time champion Z" hold the posts "defender", "striker", "champion" (a count says what the
    holder did, not what the post is; "three-quarter" alone is a position and stays)."""
    words = [t.lower_ for t in doc[start + 1 : min(start + 5, end)]]
    if start < end and doc[start].like_num and words == ["-", "year", "-", "old"]:
        return start + 5
    if start + 3 < end and doc[start].tag_ == "CD" and _in_word_hyphen(doc[start + 1]):
        return start + 3  # a count's three tokens, with a post's words after them ("first-team coach" stays)
    return start


#: Pronouns that are a clause's subject: the word after one is its verb, whatever the tagger made of it.
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def _after_subject_pronoun(doc: Doc, start: int, end: int) -> int:
    """Where a post starts after a subject pronoun and its verb, which the tagger read as a noun of the
    post: "as they eye captain X" holds the post "captain"."""
    for k in range(end - 3, max(start - 2, -1), -1):
        if doc[k].lower_ in _SUBJECT_PRONOUNS and not is_title(doc[k + 1]):
            return k + 2
    return start


def singular_titles(doc: Doc) -> Iterator[Token]:
    """The singular nouns (NN) that are titles (is_title), in order. is_title is asked only at a word that
    can pass it, a title or a post held at a place or a hyphenated word's last part, read in the Doc's
    shared words: most nouns make no Token."""
    words = doc_words(doc)
    for i, (tag, lower) in enumerate(zip(words.tags, words.lowers, strict=True)):
        if tag == "NN" and (lower in TITLES or lower in _POSTS_AT or (i >= 2 and words.texts[i - 1] == "-")):
            token = doc[i]
            if is_title(token):
                yield token


def is_title(token: Token) -> bool:
    if token.lower_ in _POSTS_AT:
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in token.children)
    if (
        token.lower_ == "wing"
        and token.i > 0
        and (_in_word_hyphen(token.nbor(-1)) or token.nbor(-1).lower_ in _BODY_WINGS)
    ):
        return (
            False  # "the right-wing Popular Alliance", "Hamas's military wing": a party's side, a body's part
        )
    return (
        token.lower_ in TITLES
        or (token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in TITLES)
        or hyphenated(token) in TITLES
    )


def hyphenated(token: Token) -> str:
    """ "fly-half", "scrum-half", "full-back": the word a hyphenated title's last part ends (the tokenizer
    splits "fly-half" into three tokens), or "" when there is none."""
    doc = token.doc
    if (
        token.i < 2
        or doc[token.i - 1].text != "-"
        or doc[token.i - 1].whitespace_
        or doc[token.i - 2].whitespace_
    ):
        return ""
    return f"{doc[token.i - 2].lower_}-{token.lower_}"


def title_head(title: Span) -> Token:
    """The head noun of a title: its last word before a preposition ('secretary of state') or a hyphenated
    suffix ('president-elect')."""
    doc = title.doc
    end = next(
        (
            t.i
            for t in title
            if t.pos_ == "ADP" and not _opens_hyphenated_title(doc, t.i, title.end) and not _mid_word(t)
        ),
        title.end,
    )
    while end - 2 > title.start and doc[end - 1].lower_ in cues.TITLE_SUFFIXES and doc[end - 2].text == "-":
        end -= 2
    return doc[end - 1]


def heads_a_unit(ctx: FactContext, title: Span) -> bool:
    """ "Chancellor of the Exchequer", "head of research": a title with its own unnamed 'of' phrase leads
    that unit (a ministry, a department), not the country or firm named beside it ("head of state" does)."""
    head = title_head(title)
    rest = ctx.doc[head.i + 2 : title.end]
    return (
        head.i + 1 < title.end
        and ctx.doc[head.i + 1].lower_ == "of"
        and len(rest) > 0
        and all(ctx.tok2m[t.i] < 0 for t in rest)
        and rest[-1].lower_ not in ("state", "government")
    )


#: Words for a part of an organisation: "Hilton Hotels division president X" heads the division, not the firm.
#: (r16a) A "project leader at Y" leads a project of Y's, and works for Y. (r22d) "Senate banking committee
#: chairman X", "Lib Dem constitutional affairs committee chairman Y" lead a committee, not the Senate or the
#: party (dev21: Beith leaderOf the Lib Dems).
_PARTS = frozenset(
    {"division", "unit", "subsidiary", "arm", "branch", "department", "affiliate", "project", "programme",
     "committee", "subcommittee"}
)  # fmt: skip
#: Words of a title that scope it to a part of the firm named beside it (r23h, judges of seed 940: "X, local
#: managing director of McKinsey and Co", outside article reuters21578-19828): the holder leads the firm's
#: office or arm there and works for the firm. ("regional" is a region's word: see people._REGIONS.)
_PART_SCOPES = frozenset({"local", "divisional", "country"})

#: Domain words of a title that are no grade of it ("budget chief", "health chief", "trade chief"): a chief
#: of a domain heads that part of the body named before, not the body.
_GRADES = frozenset(
    {"chief", "executive", "managing", "vice", "assistant", "senior", "junior", "deputy", "general", "prime",
     "first", "attorney", "secretary", "state", "shadow", "international"}
)  # fmt: skip
#: (r22b) "Labour's election chief X" runs the party's campaign, not the party (judged seed 938); (r23b)
#: "Lib Dem's elections chief X" too (bbc-politics-416).
UNIT_DOMAINS = (ecues.TITLE_DOMAINS - _GRADES) | {
    "budget", "policy", "research", "marketing", "sales", "fiscal", "monetary", "election", "elections",
    "campaign",
}  # fmt: skip


def leads_a_part(ctx: FactContext, title: Span) -> bool:
    """Whether a leader's title leads a part of what is named beside it, not the whole: "division president"
    or "unit chairman" (a part of the firm), "budget chief" (a domain of the White House), "Senate
    Republican leader" and "Conservative leader in the House of Lords" (a party's group in a house)."""
    head = title_head(title)
    before = [t.lower_ for t in ctx.doc[title.start : head.i]]
    if any(w in _PARTS or w in ecues.PARTY_WORDS for w in before + _unit_words_before(ctx, title.start)):
        return True  # "division president"; "Senate Republican leader" leads the party's senators
    if any(w in _PART_SCOPES for w in before):
        return True  # "local managing director", "country manager" of a firm
    if before and before[-1] in UNIT_DOMAINS and head.lower_ == "chief":
        return True
    if _field_before(ctx.doc[title.start : head.i]) and head.lower_ in _FIELD_HEADS:
        return True  # "Russian tennis chief X", "army chief": the field's or the force's, not Russia's
    return any(
        ctx.tok2m[p.i] >= 0 and ctx.mentions[ctx.tok2m[p.i]].cls == "Organization"
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj"
    )


#: Leader titles that a field's common noun before them makes the head of that field: "tennis chief", "army
#: boss", "intelligence head" (judged seed 940: "Russian tennis chief X" was read as leading Russia).
_FIELD_HEADS = frozenset({"chief", "boss", "head"})


def _field_before(words: Span) -> bool:
    """Whether a common noun in lower case that is no title's word stands before a leader's title."""
    return any(t.tag_ in ("NN", "NNS") and t.is_lower and t.lower_ not in TITLE_WORDS for t in words)


def _unit_words_before(ctx: FactContext, start: int) -> list[str]:
    """The lower-case words right before a title that no name holds: the words of the unit's kind a title
    cut to its post leaves there ("Senate banking committee chairman" holds "chairman" after them)."""
    words: list[str] = []
    k = start - 1
    while k >= 0 and ctx.doc[k].is_lower and ctx.tok2m[k] < 0:
        words.append(ctx.doc[k].lower_)
        k -= 1
    return words


#: Classes of a name inside a title that may be the title's own words: NER takes a domain word for a place
#: too ("Culture, Media and Sport Secretary", "Media" a location).
_RELEASED_CLASSES = frozenset({"Organization", "Country", "Location", "City"})


def release_title_words(ctx: FactContext, start: int, end: int, gaz: Gazetteer | None = None) -> None:
    """'House Majority leader X': a name that ends in a title's own word ('majority') gives it back to the
    title; the rest of the name ('House') stays the organisation. "Welsh Health Minister X": a name of a
    demonym and a minister's domain is the demonym. A name made only of a title's words ("New Home" before
    "Secretary") is none."""
    k = start
    while k < end:
        index = ctx.tok2m[k]
        row = ctx.mentions[index] if index >= 0 else None
        if row is None or row.cls not in _RELEASED_CLASSES:
            k += 1
            continue
        cut = row.tok_end
        while cut > row.tok_start and title_modifier(ctx.doc[cut - 1]):
            cut -= 1
        words = ctx.doc[row.tok_start : row.tok_end]
        if row.tok_end < end and (all(t.lower_ in TITLE_WORDS for t in words) or minister_domain(words)):
            # "New Home Secretary X"; "Culture, Media and Sport Secretary X", NER's place "Media"
            for j in range(row.tok_start, row.tok_end):
                ctx.tok2m[j] = -1
            k = row.tok_end
            continue
        if row.cls not in ("Organization", "Country"):
            k = row.tok_end
            continue
        nation = _nation_opening(ctx, row, gaz) if row.tok_end < end else -1
        portfolio = _portfolio_start(ctx, row) if row.tok_end < end else row.tok_end
        if nation >= 0:  # "Welsh Health Minister X": the demonym and the minister of health, no body
            for j in range(row.tok_start, row.tok_end):
                ctx.tok2m[j] = nation if j < ctx.mentions[nation].tok_end else -1
        elif portfolio < row.tok_end:  # "EC Farm Commissioner X": the post's portfolio, the body before it
            _give_back(ctx, index, portfolio)
        elif row.tok_start < cut < row.tok_end and row.tok_end < end:  # "House Majority leader X"
            _give_back(ctx, index, cut)
        k = row.tok_end


def _give_back(ctx: FactContext, index: int, cut: int) -> None:
    """The words of mention `index` from `cut` on are a title's: the mention keeps the words before, or is
    none when there are none."""
    row = ctx.mentions[index]
    for j in range(cut, row.tok_end):
        ctx.tok2m[j] = -1
    if cut > row.tok_start:
        words = ctx.doc[row.tok_start : cut]
        text = words.text
        ctx.mentions[index] = row._replace(end=words.end_char, tok_end=cut, key=text, surface=text)


def title_modifier(token: Token) -> bool:
    """A capitalised word of a title that no organisation keeps ("House Majority Leader", "Tory co-chairman");
    not a firm's legal form "Co" before the post ("Oppenheimer and Co analyst X", "Pennzoil Co chairman X"):
    the judges' seed 930 had the firm cut to "Oppenheimer and" and the post "co analyst". A "co" before a
    hyphen opens a post ("Co-Chairman" in a headline)."""
    if token.lower_ not in cues.TITLE_MODIFIERS:
        return False
    legal_form = token.text in ("Co", "Co.") and (token.i + 1 >= len(token.doc) or token.nbor().text != "-")
    return not legal_form


# A minister's portfolio. The words of a portfolio written in capitals before a post ("EC Farm Commissioner
# X", "Environmental Affairs Minister Y", "Welsh Health Minister Z") are the post's, as the guideline writes
# it ("farm commissioner"), and name no body; NER reads them as one. Three readings share the words and the
# heads below: the portfolio words that end an organisation's name (_portfolio_start), a name made only of
# adjectives and portfolio words (minister_domain), and a demonym opening a name of portfolio words
# (_nation_opening). release_title_words and split_unnamed_organisation call them; people.py reads the
# words and heads too.

#: Posts of a government whose portfolio is written in capitals before them.
MINISTERS = frozenset({"minister", "secretary", "under-secretary"})
#: The posts whose portfolio ends an organisation's name: a government's and the European Commission's
#: ("EC Farm Commissioner X": "EC" stays the body).
PORTFOLIO_HEADS = MINISTERS | {"commissioner"}
#: The posts a name of adjectives and portfolio words, or a demonym and portfolio words, goes back to: a
#: government's and its spokesmen's ("Welsh Health spokesman"). It differs from PORTFOLIO_HEADS on purpose:
#: a commissioner here would take the whole of "Federal Trade Commissioner" for the post and lose the
#: commission; a spokesman after a body's name was checked by neither lane and is left to the body.
_GOVERNMENT_POSTS = MINISTERS | {"spokesman", "spokeswoman", "spokesperson"}
#: The words of a portfolio: a unit's domains and more (not "social": "Social Democrat Prime Minister X" is
#: a party's member). "and" and "&" join two portfolios ("Trade and Industry") and are none on their own.
PORTFOLIO_WORDS = UNIT_DOMAINS | {
    "farm", "external", "relations", "competition", "corporate", "civil", "primary", "public", "works",
    "labor", "commerce", "mining", "forestry", "food", "rural", "regional", "urban", "overseas", "consumer",
    "telecommunications", "and", "&"
}  # fmt: skip
_JOINERS = frozenset({"and", "&"})


def portfolio_word(token: Token) -> bool:
    """A word of a portfolio of its own, no joiner: "Farm", "Monetary", "Affairs"."""
    return token.lower_ in PORTFOLIO_WORDS and token.lower_ not in _JOINERS


def _portfolio_start(ctx: FactContext, row: MentionRow) -> int:
    """Where the portfolio words that end an organisation's name right before a minister's, a secretary's or
    a commissioner's noun begin, or the name's end: NER reads "Monetary Affairs" before "Commissioner", and
    "EC External Trade", as a body, and the post is then cut to "commissioner" held at "Monetary Affairs"
    (dev18). The portfolio is the post's ("monetary affairs commissioner"); a body before it stays the body
    ("EC"). A name that ends in a word of no portfolio ("FDA Commissioner", "Metropolitan Police
    Commissioner") is left alone, and so is a portfolio after a function word ("Ministry of Trade")."""
    doc = ctx.doc
    if row.cls != "Organization" or doc[row.tok_end].lower_ not in PORTFOLIO_HEADS:
        return row.tok_end
    k = row.tok_end
    while k > row.tok_start and doc[k - 1].lower_ in PORTFOLIO_WORDS:
        k -= 1
    if k > row.tok_start and affairs_of(doc[k - 1]):
        k -= 1  # "European Affairs" before "Minister": the affairs the post is for, no body
    while k < row.tok_end and doc[k].lower_ in _JOINERS:
        k += 1  # a portfolio never opens with "and"
    if k > row.tok_start and (doc[k - 1].is_stop or not doc[k - 1].is_alpha):
        return row.tok_end  # "Ministry of Trade Minister": a name cut after "of" names nothing
    return k


def minister_domain(words: Span) -> bool:
    """A name of a minister's domain, its adjectives and portfolio words, right before the post or its other
    portfolio words ("Environmental Affairs Minister X", "Federal Public Works Minister Y"): the words are
    the post's, as the guideline writes it ("environmental affairs minister"), and name no ministry (judged
    seed 935 had the post "minister" and a body "Environmental Affairs"). A name with a noun of its own
    ("Home Office Minister") is the body; a bare adjective before a post ("National Minister") is no
    domain."""
    doc = words.doc
    after = words.end
    while after < len(doc) and doc[after].lower_ in PORTFOLIO_WORDS:
        after += 1
    if after >= len(doc) or doc[after].lower_ not in _GOVERNMENT_POSTS:
        return False
    domain = [t for t in doc[words.start : after] if portfolio_word(t)]
    if len(words) == 1 and affairs_of(words[0]):
        return True  # "European Affairs Minister X", "EC affairs minister Y"
    return bool(domain) and all(t in domain or _adjective_form(t) for t in words)


def affairs_of(token: Token) -> bool:
    """The one word right before "affairs" and a government's post ("European Affairs Minister X", "French
    EC affairs minister Y", "Cabinet Affairs Minister Z"): the affairs the post is for, whatever the word
    (a body's acronym, a region's adjective), as "foreign" is in "foreign affairs minister". NER reads it as
    a body, and the post was cut to "affairs minister" held at it, the minister's own country lost
    (reuters21578-20864: "worksFor EC Commission" for a French minister; reuters21578-9831)."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and token.is_alpha
        and doc[token.i + 1].lower_ == "affairs"
        and doc[token.i + 2].lower_ in _GOVERNMENT_POSTS
    )


#: Endings of adjectives that name a minister's domain: "Environmental", "Economic", "Legislative".
_ADJECTIVE_ENDINGS = ("al", "ic", "ive")


def _adjective_form(token: Token) -> bool:
    """An adjective by its ending, however the tagger read it (a capitalised one is tagged a proper noun); a
    demonym ("Irish Transport Minister") is left to the rules that read the country."""
    return token.is_alpha and token.lower_.endswith(_ADJECTIVE_ENDINGS)  # not "Irish", a demonym


def _nation_opening(ctx: FactContext, row: MentionRow, gaz: Gazetteer | None) -> int:
    """A demonym that opens a name made only of it and a title's domain words ("Welsh Health", "Iranian Oil"
    before "Minister"), as a mention of its own, or -1: the domain words are the minister's (a firm's name,
    "British Energy chairman", is left alone: energy is a minister's domain, not a chairman's)."""
    doc = ctx.doc
    rest = doc[row.tok_start + 1 : row.tok_end]
    country = gaz.demonym(doc[row.tok_start].text) if gaz is not None else None
    before_post = doc[row.tok_end].lower_ in _GOVERNMENT_POSTS or affairs_of(doc[row.tok_end - 1])
    if country is None or not len(rest) or not before_post:
        return -1
    # "British Corporate Affairs minister X" as "Welsh Health Minister Y"; "Dutch Social Affairs Minister":
    # the word before "affairs" is the portfolio's
    if not all(t.lower_ in PORTFOLIO_WORDS or affairs_of(t) for t in rest):
        return -1
    word = doc[row.tok_start]
    return ctx.new_mention(
        MentionRow(word.idx, word.idx + len(word), word.i, word.i + 1, NORP, country.name, word.text)
    )


def shared_title(ctx: FactContext, first: Token) -> tuple[int, Span | None]:
    """The plural title before the first of coordinated names, with the start of its phrase."""
    index = ctx.tok2m[first.i]
    if index < 0 or ctx.mentions[index].cls != "Person":
        return 0, None
    start = premodifier_start(ctx, ctx.mentions[index])
    title = title_in(ctx, start, ctx.mentions[index].tok_start)
    if title is None:
        return 0, None
    return (start, title) if plural(title_head(title)) else (0, None)


def own_title(ctx: FactContext, start: int, end: int, root: Token) -> Span | None:
    """The title before one name; a plural one ('oil analysts X', 'Premiership leaders X') says the name is
    a group's, unless people are coordinated after it ('Reps. A and B'; not 'consultants X and Y Europe', a
    firm beside it), and a market's leader is a firm."""
    title = title_in(ctx, start, end)
    if title is None:
        return None
    head = title_head(title)
    if head.i > title.start and head.lower_ == "leader" and head.nbor(-1).lower_ in cues.FIRM_LEADER_WORDS:
        return None
    if head.i > title.start and head.lemma_.lower() == "manager" and head.nbor(-1).lower_ == "lead":
        return None  # "lead manager Swiss Bank Corp": a bank's part in a bond issue, no person's post
    if not plural(head) or any(
        _person_in_list(ctx, c) or _person_in_apposition(ctx, c) for c in root.children
    ):
        return title
    return None


def _person_in_list(ctx: FactContext, token: Token) -> bool:
    index = ctx.tok2m[token.i]
    return token.dep_ == "conj" and (index < 0 or ctx.mentions[index].cls == "Person")


def _person_in_apposition(ctx: FactContext, token: Token) -> bool:
    """ "Senators A of Utah, B of Alabama": the parser often hangs the second name on the first as an
    apposition; the plural title before them is each one's."""
    index = ctx.tok2m[token.i]
    return token.dep_ == "appos" and index >= 0 and ctx.mentions[index].cls == "Person"


def plural(head: Token) -> bool:
    abbreviation = ecues.TITLE_ABBREVIATIONS.get(head.lower_)
    if abbreviation is not None:
        return abbreviation.rstrip(".") != head.lower_.rstrip(".")
    return head.tag_ in ("NNS", "NNPS")


def _before_body_served(doc: Doc, start: int, end: int) -> int:
    """ "Chief Secretary to the Treasury X": the post ends before "to" and the body it serves ("chief
    secretary", as "X, the chief secretary to the Treasury" reads; r24a, bbc-politics-265). Only a body
    named in capitals after "the"; "point-to-point" is one word."""
    for k in range(start + 1, end - 2):
        if doc[k].lower_ == "to" and not _mid_word(doc[k]) and doc[k + 1].lower_ == "the":
            return k if all(t.is_title for t in doc[k + 2 : end]) else end
    return end


def _rank_after(doc: Doc, start: int, end: int) -> bool:
    """A rank of nobility that ends a title after another title noun: it is the name's, not the post's.
    So is a judge's "Justice" right after a post of its own: "Commission President Justice X" holds the
    post "president" ("Lord Justice X", "Chief Justice X": 'Lord' and 'Chief' are words of the post)."""
    rank = doc[end - 1].lower_
    if end - start > 1 and doc[end - 1].text == "Justice":
        before = doc[end - 2]
        return before.lower_ not in _JUSTICE_WORDS and before.pos_ in ("NOUN", "PROPN") and is_title(before)
    if end - start > 1 and _military_rank_after(doc[end - 2], doc[end - 1]):
        return True
    if rank not in ecues.MALE_TITLES and rank not in ecues.FEMALE_TITLES:
        return False
    return any(t.lower_ in TITLES for t in doc[start : end - 1])


#: Military ranks written out, which a person carries beside a post: "former Commander Colonel X" held the
#: command and is a colonel (dev22, bbc-politics-229). Not "General" ("Attorney General", "Secretary
#: General") nor "Captain" and "Major", which are words of other posts and sides.
_MILITARY_RANKS = frozenset({"colonel", "admiral", "brigadier", "sergeant", "corporal"})
#: Words that make one rank with the next: "Lieutenant Colonel", "Rear Admiral", "Staff Sergeant".
_RANK_PARTS = frozenset(
    {"lieutenant", "lieutenant-", "vice", "rear", "fleet", "staff", "master", "lance", "first", "brigadier",
     "sergeant", "major", "high", "lord"}
)  # fmt: skip


def _military_rank_after(before: Token, rank: Token) -> bool:
    """A capitalised military rank right after a post's noun that makes no rank with it."""
    return (
        rank.lower_ in _MILITARY_RANKS
        and rank.text[:1].isupper()
        and before.lower_ not in _RANK_PARTS
        and before.pos_ in ("NOUN", "PROPN")
        and before.lower_ in TITLES
    )


#: Words that make "Justice" a post of their own: "Lord Justice", "Chief Justice", "Associate Justice".
_JUSTICE_WORDS = frozenset({"lord", "lady", "chief", "associate", "mr", "mrs", "ms"})


def split_unnamed_organisation(ctx: FactContext, title: Span) -> Span:
    """'Gazprom chairman', 'United boss': capitalised words before the title noun that NER left unnamed
    are the organisation the title belongs to; they become its mention and leave the title."""
    _name_of_a_place(ctx, title.start)
    doc = ctx.doc
    end = title.start
    portfolio = title_head(title).lower_ in PORTFOLIO_HEADS  # "Farm Commissioner X": the farm is the post's
    while end < title.end:
        if _hyphen_in_name(doc, end, title):
            end += 2  # "T-Mobile": the hyphen and the word after it
        elif _unnamed_name_word(doc[end]) and not (portfolio and doc[end].lower_ in PORTFOLIO_WORDS):
            end += 1
        else:
            break
    rest = doc[end : title.end]
    if (
        end == title.start
        or not any(t.lower_ in TITLES for t in rest)
        or minister_domain(doc[title.start : end])
    ):
        return title  # "Environmental Affairs Minister X": the words are the post's domain, no body
    start = title.start
    place = ctx.tok2m[start - 1] if start > 0 else -1
    if place >= 0 and ctx.mentions[place].tok_end == start and _starts_the_name(ctx, place, doc[start:end]):
        start = ctx.mentions[place].tok_start  # "UK Online general manager": the country starts the name
    words = doc[start:end]
    if bare_common_name(words):
        return title  # "Stock Exchange president" with no place before it: the body is not named
    cls = "Team" if _sides_role(doc, rest) else "Organization"
    org = MentionRow(words.start_char, words.end_char, words.start, words.end, cls, words.text, words.text)
    index = ctx.new_mention(org)
    for k in range(words.start, words.end):
        ctx.tok2m[k] = index
    return rest


def _starts_the_name(ctx: FactContext, place: int, words: Span) -> bool:
    """Whether the place before unnamed words opens the organisation's name: a country always ("UK Online"),
    a city where the words alone are a common noun ("Johannesburg Stock Exchange president": "Stock
    Exchange" names nothing without its city)."""
    cls = ctx.mentions[place].cls
    return cls == "Country" or (cls in ("City", "Location") and bare_common_name(words))


#: One-word titles a coach or a player holds at a side ("Middlesbrough boss", "Middlesbrough forward").
_SIDE_ROLES = ecues.CLUB_ROLES | ecues.PLAYER_ROLES


def _sides_role(doc: Doc, title: Span) -> bool:
    """ "Middlesbrough boss", "Middlesbrough forward" in a text about sport: the unnamed body a coach or a
    player holds the title of is a side (the judges' seed 929)."""
    return about_sport(doc) and len(title) == 1 and title[0].lower_ in _SIDE_ROLES  # not "general manager"


def _hyphen_in_name(doc: Doc, k: int, title: Span) -> bool:
    """A hyphen inside a name, between two capitalised words: "a T-Mobile spokesperson" works for T-Mobile,
    not for a "T" with a "- mobile spokesperson"."""
    return (
        title.start < k < title.end - 1
        and _in_word_hyphen(doc[k])
        and doc[k - 1].text[:1].isupper()
        and doc[k + 1].text[:1].isupper()
    )


def _name_of_a_place(ctx: FactContext, start: int) -> None:
    """ "Bank of England deputy governor X", "University of Texas professor Y": a place right before a title
    that follows 'of' and capitalised words NER left unnamed ends an organisation's name; the name becomes
    the organisation's mention, so that the post is held at the bank, not in the country."""
    doc = ctx.doc
    place = ctx.tok2m[start - 1] if start > 0 else -1
    row = ctx.mentions[place] if place >= 0 else None
    if row is None or row.cls not in ("Country", "City", "Location") or row.tok_end != start:
        return
    first = of = row.tok_start - 1
    if of < 1 or doc[of].lower_ != "of":
        return
    while first > 0 and ctx.tok2m[first - 1] < 0 and _unnamed_name_word(doc[first - 1]):
        first -= 1
    if first == of:
        return
    words = doc[first:start]
    index = ctx.new_mention(
        MentionRow(words.start_char, words.end_char, first, start, "Organization", words.text, words.text)
    )
    for k in range(first, start):
        ctx.tok2m[k] = index


def unnamed_of_organisation(ctx: FactContext, title: Token) -> int | None:
    """ "X, president of Netcraft": capitalised words after an appositive title's 'of' that NER left unnamed
    are the organisation (not a domain: "secretary of State")."""
    for unit in (p for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
        start = unit.left_edge.i + (unit.left_edge.lower_ == "the")
        words = ctx.doc[start : unit.i + 1]
        if unit.dep_ != "pobj" or not len(words) or not all(_unnamed_name_word(t) for t in words):
            continue
        if any(ctx.tok2m[t.i] >= 0 for t in words) or bare_common_name(words):
            continue  # named already, or a name cut to its common words ("and Marketing Co")
        index = ctx.new_mention(
            MentionRow(
                words.start_char,
                words.end_char,
                words.start,
                words.end,
                "Organization",
                words.text,
                words.text,
            )
        )
        for k in range(words.start, words.end):
            ctx.tok2m[k] = index
        return index
    return None


def _unnamed_name_word(token: Token) -> bool:
    lower = token.lower_
    return (
        (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not token.is_sent_start))  # "Tory co-chairman"
        and token.text[:1].isupper()
        and lower not in cues.TITLE_MODIFIERS
        and lower not in TITLES
        and lower not in ecues.HONORIFICS
        and lower not in ecues.GENERIC_NAME_WORDS
        and lower not in ecues.NON_LEADER_MODIFIERS
        and lower not in ecues.TITLE_DOMAINS
        and lower not in UNIT_DOMAINS  # "White House Budget Chief X": the budget is the chief's
        and token.text not in ecues.TRADE_NAMES  # "R&B singer X": a trade word of the post
        and not opening_common_word(token)  # "Film director X": the title's domain
    )


def _name_part(token: Token, start: int) -> bool:
    """A proper noun after a title that belongs to the name, not to a prepositional title ('of State')."""
    if token.pos_ != "PROPN" or token.lower_ in TITLES or token.doc[token.i - 1].pos_ == "ADP":
        return False
    return not any(a.pos_ == "ADP" and start <= a.i < token.i for a in token.ancestors)


def unit_end(ctx: FactContext, title: Token, lower_only: bool = False) -> tuple[int, Token | None]:
    """End of a title with its unnamed 'of' phrase ('director of telecoms research', not 'chairman of Y'
    nor 'director of the company', which names the firm, not a unit), or its lower-case 'for' phrase
    ('national clinical director for children'), and the head of that phrase. With ``lower_only`` an 'of'
    phrase must be lower-case too: after a name, "X, president of Netcraft" names a firm NER missed."""
    for c in title.rights:
        unit = next((p for p in c.children if p.dep_ == "pobj"), None) if c.lower_ in ("of", "for") else None
        words = range(unit.left_edge.i, unit.i + 1) if unit is not None else range(0)
        if unit is not None and _names_a_body(unit):
            continue
        # "X, Vice President for Financial Communications": a post written in capitals has its unit so too
        capital_for = c.lower_ == "for" and title.is_title
        if unit is not None and all(
            ctx.tok2m[k] < 0
            and ctx.doc[k].pos_ not in ("DET", "PRON", "NUM")
            and (
                (c.lower_ == "of" and not lower_only)
                or (ctx.doc[k].is_lower and not _coined(ctx.doc[k]))
                or (capital_for and ctx.doc[k].is_title)
            )
            for k in words
        ):
            return _coordinated_end(ctx, unit), unit
    return title.i + 1, None


def _coordinated_end(ctx: FactContext, unit: Token) -> int:
    """Where a title's unit ends with the lower-case domains "and" joins to it: "vice president of sales and
    marketing", "director of research and economics" are one post each (cut at "and", the post is one no
    one holds). A title joined so is a second post ("vice president of finance and treasurer"), and a name,
    a determiner or a number opens another phrase ("secretary of state and the Soviet Foreign Minister")."""
    end = unit.i + 1
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in unit.children):
        return end
    for conj in sorted(unit.conjuncts, key=lambda t: t.i):
        words = ctx.doc[end : conj.i + 1]
        if conj.i < end or conj.pos_ != "NOUN" or not all(_domain_word(ctx, t) for t in words):
            break
        end = conj.i + 1
    return end


def _domain_word(ctx: FactContext, token: Token) -> bool:
    """A word of a coordinated domain of a post: lower case, no name, title, determiner or number."""
    if token.lower_ in ("and", ","):
        return True
    return (
        ctx.tok2m[token.i] < 0
        and token.is_lower
        and token.pos_ not in ("DET", "PRON", "NUM", "ADP", "VERB", "AUX")
        and not is_title(token)
        and not _coined(token)
    )


def _coined(token: Token) -> bool:
    """A word of digits and letters ("3ami", "o2"): a coined name however it is cased, no unit of a post."""
    return any(ch.isdigit() for ch in token.text) and any(ch.isalpha() for ch in token.text)


def _names_a_body(unit: Token) -> bool:
    """ "spokeswoman for search engine Ask Jeeves", "director of drinks firm Diageo": lower-case words right
    before a name say what kind of body the name is; they are no unit of the post."""
    doc = unit.doc
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    return after is not None and after.text[:1].isupper() and not after.is_punct


def appositive_title_span(ctx: FactContext, title: Token, person: MentionRow) -> Span | None:
    """The words of an appositive title: its premodifiers, and its own prepositional phrase when the title
    comes first ('Coordinator for Strategic Communications, John Kirby')."""
    end = title.i + 1
    if title.i < person.tok_start:
        for c in title.rights:
            if c.dep_ == "prep" and c.right_edge.i < person.tok_start:
                end = max(end, c.right_edge.i + 1)
    else:  # "X, head of new media at Y"
        end = unit_end(ctx, title, lower_only=True)[0]
    return title_in(ctx, compound_start(title), end)


def compound_start(title: Token) -> int:
    """Where a title's words begin, its hyphenated first parts included: the parser may hang "vice" and
    "-" of "executive vice-president" beside "president" rather than under it."""
    doc = title.doc
    start = title.left_edge.i
    while start >= 2 and _in_word_hyphen(doc[start - 1]):
        start = doc[start - 2].left_edge.i
    return start


def compound_part(token: Token) -> bool:
    """A word that a hyphen glues to the next one ("vice" of "vice-president"): part of a title, not one."""
    return token.i + 2 < len(token.doc) and _in_word_hyphen(token.nbor(1))


#: Classes of a name before a title that it ties the person to ("Wasps scrum-half", "Leeds striker").
_AFFILIATION_CLASSES = frozenset({"Organization", "Team", "Country", "City", "Location"})
#: Words of titles however they are written: "Prime Minister", "Foreign Secretary", "Chief executive".
TITLE_WORDS = (
    TITLES
    | ecues.TITLE_DOMAINS
    | ecues.LEADER_TITLES
    | ecues.NON_LEADER_MODIFIERS
    | ecues.HONORIFICS
    | cues.TITLE_MODIFIERS
    | cues.TITLE_PARTICIPLES
    | cues.TITLE_TIME_WORDS
)


def name_at_sentence_start(ctx: FactContext, start: int, end: int, gaz: Gazetteer | None) -> None:
    """ "Wasps scrum-half X", "Arsenal boss X" opening a sentence: the capital of the first words says nothing
    there, so the parser and the recogniser often take the club for a word of the title. The words are a name
    when the gazetteer knows them, or the article names or capitalises them elsewhere mid-sentence; they
    then become a mention, so that the title keeps its own words and the name gets its mid-sentence ties."""
    doc = ctx.doc
    if (
        start >= end
        or not doc[start].is_sent_start
        or ctx.tok2m[start] >= 0
        or _unnamed_name_word(doc[start])
        or doc[start].lower_ in ecues.ONE_WORD_MINISTRIES  # "Treasury Secretary X": the post's portfolio
    ):
        return  # a proper noun ('United boss') is split_unnamed_organisation's
    stop = start
    while stop < end and _name_word(ctx, doc[stop]):
        stop += 1
    if stop == start or title_in(ctx, stop, end) is None:
        return  # no name, or no title after it
    surface = doc[start:stop].text
    cls = _class_of_name(ctx, surface, start, gaz)
    if cls is None:
        return
    last = doc[stop - 1]
    row = MentionRow(doc[start].idx, last.idx + len(last), start, stop, cls, surface, surface)
    index = ctx.new_mention(row)
    for k in range(start, stop):
        ctx.tok2m[k] = index


def _name_word(ctx: FactContext, token: Token) -> bool:
    """A capitalised word that may begin a name: not a title's, not a determiner or another function word
    ("The MMF's general secretary X": 'The' is no organisation)."""
    return (
        token.text[:1].isupper()
        and token.lower_ not in TITLE_WORDS
        and token.text not in ecues.TRADE_NAMES
        and ctx.tok2m[token.i] < 0
        and not (token.is_stop or token.pos_ in ("DET", "PRON", "ADP", "CCONJ"))
    )


def _sport_role_after(ctx: FactContext, start: int) -> bool:
    """Whether a one-word name opening a sentence is followed by a player's or a club's role, in a report
    on sport: "Bath lock X", "Bath director of rugby X" name the club, no person, before the role."""
    after = ctx.doc[start + 1] if start + 1 < len(ctx.doc) else None
    roles = ecues.PLAYER_ROLES | ecues.CLUB_ROLES | ecues.SPORT_POSITIONS | {"coach", "director"}
    return (
        after is not None and about_sport(ctx.doc) and (after.lower_ in roles or hyphenated(after) in roles)
    )


def _class_of_name(ctx: FactContext, surface: str, start: int, gaz: Gazetteer | None) -> str | None:
    """The class the gazetteer or another mention gives a name; a club or firm (a team in a report on
    sport) when the article only capitalises it mid-sentence, not as the first word of a title."""
    entry = gaz.lookup(surface) if gaz is not None else None
    if entry is not None:
        return entry.cls if entry.cls in _AFFILIATION_CLASSES else None
    for row in ctx.mentions:
        if row.surface == surface and row.tok_start != start:
            if row.cls == "Person" and " " not in surface and _sport_role_after(ctx, start):
                return "Team"  # "Bath lock X" in a report on sport: the club NER took for a surname elsewhere
            return row.cls if row.cls in _AFFILIATION_CLASSES else None
    if " " not in surface and any(t.text == surface.lower() for t in ctx.doc):
        return (
            None  # "Festival director X ... the festival": a common noun the text also writes in lower case
        )
    for token in ctx.doc:
        if token.text != surface or token.is_sent_start or ctx.tok2m[token.i] >= 0:
            continue
        if token.i + 1 < len(ctx.doc) and is_title(ctx.doc[token.i + 1]):
            continue  # "... said Shadow Chancellor X": capitalised as a title's word, not as a name
        return "Team" if about_sport(ctx.doc) else "Organization"
    return None
