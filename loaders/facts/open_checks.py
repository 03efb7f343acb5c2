"""Checks of English that keep an open relation to what its sentence states (loaders.facts.open_relations).

Each says where the parse, read naively, gives a verb an argument that is not its own, or a deed that did
not happen: a name cut at a possessive, a name that is the subject of the next clause, a conjoined verb
whose own subject stands right before it, a prepositional phrase hung on a verb past a clause of its own,
a deed only tried for, and a place that is only where someone went; and where the parser took a noun for
a verb (a playing position between a club and a player, a verb that is itself a subject or object, two
verbs of different number that would share a subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.entities import cues as ecues
from loaders.entities.kinds import about_individual_sport, about_sport
from loaders.entities.places import US_STATE_ABBREVIATIONS
from loaders.facts import cues
from loaders.facts.context import FactContext, child, to_infinitive
from loaders.facts.frames import is_passive
from loaders.facts.titles import is_title

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Clauses of a verb's own that a later prepositional phrase would rather belong to ("_past_a_clause").
_CLAUSES = frozenset({"advcl", "conj", "ccomp", "xcomp", "parataxis"})
_MAX_CLIMB = 6


def cut_at_possessive(ctx: FactContext, index: int) -> bool:
    """A name right after a capitalised possessive that is no mention of its own ("the King's Own Scottish
    Borderers" found as "Own Scottish Borderers"): the possessive is part of the name, which was cut, so the
    mention is no entity the reader would know ("Acme's Zenith" has a mention of its own before "'s")."""
    start = ctx.mentions[index].tok_start
    if start < 2:
        return False
    mark, owner = ctx.doc[start - 1], ctx.doc[start - 2]
    return mark.lower_ in ("'s", "’s") and owner.is_title and owner.pos_ == "PROPN" and ctx.tok2m[owner.i] < 0


def next_clause_subject(ctx: FactContext, index: int, verb: Token) -> bool:
    """A name right before a finite verb that is not the relation's own and has no subject ("seeping into the
    mainstream, giant ISP AOL announced ..."): the subject of the next clause, which the parser hung on the
    one before."""
    row, after = ctx.mentions[index], _word_after(ctx, index)
    if after is None:
        return False
    own = verb.i in (after.i, after.head.i) or row.tok_start <= after.head.i < row.tok_end  # its relcl
    # a copula ("Among the plans discussed with X were Y": inverted) or a verb with a subject of its own
    # begins no clause with the name
    finite = after.tag_ in _FINITE and after.pos_ == "VERB"
    return finite and not own and child(after, "nsubj", "nsubjpass", "expl") is None


def _word_after(ctx: FactContext, index: int) -> Token | None:
    """The token right after mention `index`, or None at the text's end: where a clause the name opens begins
    (:func:`next_clause_subject`, :func:`subject_of_complement`)."""
    end = ctx.mentions[index].tok_end
    return ctx.doc[end] if end < len(ctx.doc) else None


def subject_of_complement(ctx: FactContext, index: int, verb: Token) -> bool:
    """A name the parser made the verb's object right before a clause with no subject of its own, which the
    parser hangs on the verb or on the one that reports it ("said he had anticipated National Distillers
    would net 600 mln dlrs"): the name is that clause's subject, what is believed or expected of it, not
    something the verb's subject did to it."""
    after = _word_after(ctx, index)
    if after is None:
        return False
    clause = after.head if after.dep_ in ("aux", "auxpass", "neg") else after
    return (
        clause.dep_ == "ccomp"
        and clause.i != verb.i
        and clause.left_edge.i == after.i
        and child(clause, "nsubj", "nsubjpass", "expl") is None
    )


def partners_place(ctx: FactContext, prep: Token, obj: Token) -> bool:
    """A firm after "at" or "from" right behind a person named as another partner ("teamed up with Eric
    Brewer at the University of California"): it says where that person works, no partner of the deed."""
    if prep.lower_ not in ("at", "from") or prep.i < 1 or ctx.tok2m[obj.i] < 0:
        return False
    before = prep.doc[prep.i - 1]
    person = ctx.tok2m[before.i] >= 0 and ctx.mentions[ctx.tok2m[before.i]].cls == "Person"
    return person and before.dep_ == "pobj" and ctx.mentions[ctx.tok2m[obj.i]].cls == "Organization"


def own_subject_before(verb: Token) -> bool:
    """A conjoined verb right after a noun ("A plays at hooker and lock B replaces C"): that noun is its own
    subject, which the parser missed, so it shares no subject with the verb it is conjoined to. A verb that
    shares its subject follows a conjunction, a comma or an adverb ("X bought A and sold B")."""
    return verb.dep_ == "conj" and verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("PROPN", "NOUN")


def past_a_clause(verb: Token, prep: Token) -> bool:
    """A prepositional phrase hung on the verb after a clause of the verb's own that lies between them
    ("X replacing A on the wing and B returning for his first Test, for injured Y"): English attaches it
    to the nearer clause, so it is no partner of the verb."""
    return any(
        c.dep_ in _CLAUSES and c.pos_ in ("VERB", "AUX") and verb.i < c.i < prep.i for c in verb.children
    )


#: The prepositions that English hangs on the nearest noun more than on the verb (a source, a venue, a topic);
#: "for", "to", "with" and "through" more often take the verb's partner ("left at the weekend for X").
_LOW_PREPS = frozenset({"from", "in", "at", "on"})


def nearer_noun(host: Token, prep: Token) -> bool:
    """A prepositional phrase hung on a verb (or on its noun object) right after the common noun that ends
    another prepositional phrase of it ("signed a contract with the city for power from the dam", "continued
    her fine year with victory in the race", "kept Tom off top spot at the Games"): English attaches it to
    that nearer noun, so its object is no partner of the host. An of-phrase is its noun's own ("received a
    letter of intent from X": the letter is from X). A name before it ("played at Anfield under X"), the
    host's own object ("won the 200m at the Games") or an amount ("received $6bn in credits from X": no noun
    to hang a partner on) leaves it the host's."""
    if prep.i < host.i + 2:
        return False
    before = prep.doc[prep.i - 1]
    # "a stake in the proposed rival to X": a "to" after a noun that names its relatum with "to" is the noun's
    if prep.lower_ not in _LOW_PREPS and not (prep.lower_ == "to" and before.lemma_.lower() in cues.TO_NOUNS):
        return False
    if before.pos_ != "NOUN" or before.dep_ != "pobj" or any(t.like_num for t in before.subtree):
        return False
    if before.head.lower_ == "of":  # "a letter of intent from X": an of-phrase is its noun's own words
        return False
    owner = before.head.head  # the word the nearer phrase hangs on: the host, or a word of its object
    if before.head.lower_ == "for" and prep.lower_ != "from":
        # "secured bronze for the GB team at the Games": a venue or a time after whom (or what) the deed was
        # for is the deed's, wherever the parser hangs the for-phrase; a source stays the thing's ("a
        # contract for power from the dam")
        return False
    obj = next((c for c in host.children if c.dep_ == "dobj"), None) if host.pos_ == "VERB" else host
    within = obj is not None and obj.left_edge.i <= owner.i <= obj.right_edge.i
    return (owner.i == host.i or within) and (obj is None or not _measure(obj))


def _measure(noun: Token) -> bool:
    """An amount ("200,000 tonnes", "$6bn", "8 mln dlrs"): a number, or a noun a number or a currency counts
    (not "a 30-year contract", whose number measures a word of the noun's own)."""
    counted = any(c.dep_ in ("nummod", "quantmod") or c.is_currency for c in noun.children)
    return noun.like_num or counted or any(ch.isdigit() for ch in noun.text)


#: Verbs of getting ready for a deed ("is gearing up to promote X", "is preparing to sue Y"): the deed of the
#: to-infinitive under them is still ahead, as under a verb of wanting (lane r24f: outside article
#: bbc-entertainment-167). Kept here, not in cues.IRREALIS_VERBS, whose stance would hedge rule facts too.
_PREPARING_VERBS = frozenset({"prepare", "gear", "ready", "set"})
#: Verbs whose object is a deed or a thing only aimed at ("is planning a long-term relationship with X",
#: "has targeted success over Y", "was seeking memorandums between Z and W"): whatever the object's phrase,
#: nothing has been done with the partner yet (lane r24f: dev19 bbc-politics-097, outside bbc-sport-464 and
#: bbc-sport-370). A to-infinitive under them is ``only_tried``'s.
#: Not "propose": a proposal made is a deed done ("proposed the merger of X and Y", "proposed to Z"; dev5
#: bbc-politics-245, dev10 bbc-entertainment-260).
_PLANNING_VERBS = frozenset({
    "plan", "intend", "consider", "contemplate", "mull", "target", "seek", "hope", "aim", "wish",
})  # fmt: skip


def planned(verb: Token) -> bool:
    """A verb of planning or aiming with its own object: the relation its phrase names is only aimed at."""
    return verb.lemma_.lower() in _PLANNING_VERBS


def only_tried(verb: Token) -> bool:
    """A deed under a to-infinitive that a verb of wanting or trying governs, even where the parser hangs it
    as a clause of purpose ("had been trying to get X to direct Y"): only aimed at, not done. So is one
    a noun governs ("his eligibility to qualify for X", "signed a deal to broadcast Y": a plan, a right or
    a bid, not the deed) and one still to come ("has yet to receive X", "is yet to sign for Y")."""
    node = verb
    for _ in range(_MAX_CLIMB):
        head = node.head
        if head.i == node.i:
            return False
        lemma = head.lemma_.lower()
        irrealis = lemma in cues.IRREALIS_VERBS or lemma in _PREPARING_VERBS
        # the infinitive's "to" is looked for only where it tells (under a verb of wanting, or the verb's own
        # head): most climbs pass neither test, and its look at the children cost more than both
        told = irrealis or node.i == verb.i
        if told and to_infinitive(node) and (irrealis or _unfulfilled(verb, head)):
            return True
        node = head
    return False


def _unfulfilled(verb: Token, head: Token) -> bool:
    """The to-infinitive ``verb`` hangs on a common noun ("a deal to broadcast") or after "yet" ("has yet
    to receive")."""
    if verb.dep_ == "acl" and head.pos_ == "NOUN":
        return True
    to = next(c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO")
    return to.i > 0 and verb.doc[to.i - 1].lower_ == "yet"


#: Prepositions whose gerund is what is spoken, feared or thought of ("talk about Turkey entering the EU",
#: "concern over Acme buying Zenith"), wherever they hang; "on" only after a noun ("talks on Acme joining
#: the EU"): after a verb it also tells a deed done ("congratulated X on beating Y"). Not "of", whose noun
#: may report the deed as done ("news of Acme buying Zenith").
_TOPIC_PREPS = frozenset({"about", "over"})
_NOUN_TOPIC_PREPS = frozenset({"on"})


def topic(verb: Token) -> bool:
    """A gerund that is the object of a preposition of topic: a deed talked or thought about, or feared,
    not one the sentence says was done."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.pos_ != "ADP":
        return False
    return prep.lower_ in _TOPIC_PREPS or (prep.lower_ in _NOUN_TOPIC_PREPS and prep.head.pos_ == "NOUN")


def means(ctx: FactContext, phrase: str, subject: int, obj: int) -> bool:
    """A work after "with" is what a person or a firm did the deed with ("returned to the top of the box
    office with his film X", "rose to fame with the single Y"): their means, and the work theirs, no partner
    of the deed (a work beside a work stays one: "X shares the record with Y")."""
    works = ctx.mentions[obj].cls == "Work" and ctx.mentions[subject].cls != "Work"
    return works and phrase.rpartition(" ")[2] == "with"


def ranked_after(verb: Token) -> bool:
    """'Keane were followed by Franz Ferdinand in the survey', 'Texas led with 1.2 mln acres, followed by Iowa
    with 1.0 mln': a passive "followed by" tells who comes next in a ranking or a sequence, no deed between
    the two (an active "follows" can be one: "X, who follows Kodak for E.F. Hutton", an analyst's stock)."""
    return verb.lemma_.lower() == "follow" and is_passive(verb)


def misagreed(verb: Token) -> bool:
    """A verb whose coordinated or complement clause has a verb of another number and no subject of its
    own, which would share the first's: the parser took a noun for a verb ("BBC hits Little Britain and
    Strictly Come Dancing are among the nominees": 'hits' is a noun, the subject of 'are')."""
    numbers = {"VBZ": "singular", "VBP": "plural"}
    number = numbers.get(verb.tag_)
    return number is not None and any(
        c.dep_ in ("conj", "ccomp")
        and numbers.get(c.tag_, number) != number
        and child(c, "nsubj", "nsubjpass") is None
        for c in verb.children
    )


def position_title(verb: Token) -> bool:
    """'Munster lock Paul O'Connell', 'Leicester prop Dan Cole': a playing position between a club and a
    player is the player's title, which the parser took for a verb."""
    doc = verb.doc
    return (
        verb.lower_ in ecues.SPORT_POSITIONS
        and 0 < verb.i < len(doc) - 1
        and doc[verb.i - 1].pos_ == "PROPN"
        and doc[verb.i + 1].pos_ == "PROPN"
    )


def nominal(verb: Token) -> bool:
    """A 'verb' that is itself the subject or object of another word is a noun the parser took for a verb
    ("Little Britain stars Matt Lucas and David Walliams have been named ...": 'stars' is who was named).
    A gerund can be a subject ("Buying Acme made sense"), so forms in -ing are left alone."""
    return verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and verb.tag_ != "VBG"


#: Nouns of the play of a match ("picked up a pass from X", "set Y free ... offside"): a sentence that tells
#: the ball's way is a match report's narration, whose verbs between players are moves, not relations a reader
#: keeps (not "tackle": "caught Cole with a strong tackle" is the foul a feud is about).
_PLAY_NOUNS = frozenset(
    {"ball", "shot", "pass", "header", "free-kick", "keeper", "goalkeeper", "volley", "crossbar", "offside"}
    | {"rebound"}
    # a rugby match's ("combined to put Hayes over in the right corner", "fielded a kick ahead and danced
    # past X", "a charge from X was carried on by Y ... a penalty")
    | {"try", "kick", "corner", "penalty", "conversion", "scrum", "lineout", "touchline"}
    # a shot ("only for the goalkeeper to beat away his powerful 18-yard drive")
    | {"drive"}
)
_PLAYERS = frozenset({"Person", "Team"})


def match_move(ctx: FactContext, verb: Token, subject: int, obj: int) -> bool:
    """A verb between two players (or a side and a player) in a sentence about the ball ("Dyer set Bowyer
    free ... offside", "Stone sent O'Neil away ... his shot wide"): a move of the match, like those [open]
    never lists by their verbs. In a report on sport a player NER took for a firm is still one ("Dado Prso
    turned inside X ... his drive")."""
    # (and one it took for a place: "received a pass from Crawford", typed GPE; r23g, seed 6261)
    players = _PLAYERS | {"Organization"} | ecues.PLACE_CLASSES if about_sport(ctx.doc) else _PLAYERS
    if ctx.mentions[subject].cls not in players or ctx.mentions[obj].cls not in players:
        return False
    # a noun that only qualifies another ("penalty hero Gavin Henson") tells no play
    return any(_play_noun(t) for t in verb.sent)


def _play_noun(token: Token) -> bool:
    # "looked offside when X set Y free": the parser may call "offside" an adverb
    return token.lower_ in _PLAY_NOUNS and token.pos_ in ("NOUN", "ADJ", "ADV") and token.dep_ != "compound"


#: Verbs of a fixture in a report on sport ("Man Utd visit Everton", "Mauresmo plays Stosur", "Davenport drew
#: Martinez" in a tournament's draw, "Hinckley held Brentford to a draw"): a match to be played, or played,
#: between two sides or two players, whose result the result frames read; no relation a reader keeps.
#: Elsewhere they are a visit, a meeting,
#: a part played ("Keaveney played Marie Jackson", which ``role_played`` keeps out: a character is no
#: entity); between two people in sport, "meet" and "visit" are still
#: talks and a call ("Ferguson met Glazer"), so only a match played or drawn is a fixture.
_FIXTURE_VERBS = frozenset({"visit", "host", "entertain", "play", "meet", "draw", "hold"})
_PLAYERS_FIXTURE_VERBS = frozenset({"play", "draw"})
#: Verbs that in sport only ever say a match, whatever NER made of the two sides ("Spurs entertain
#: Brighton", "Hinckley held Brentford to a draw", "Bafana Bafana play the Seychelles", with clubs typed as
#: people; a part played is no sport's).
_MATCH_ONLY_VERBS = frozenset({"entertain", "hold", "play"})
#: Verbs of a fixture that team news tells in the present whatever NER made of the sides.
_TEAM_NEWS_VERBS = frozenset({"visit", "host"})


def fixture(ctx: FactContext, verb: Token, phrase: str, subject: int, obj: int) -> bool:
    """A verb of a fixture with its direct object, between two sides or two players in a report on sport:
    a match, no relation ("England play in the Six Nations" says where a side competes, and stays)."""
    lemma = verb.lemma_.lower()
    if lemma not in _FIXTURE_VERBS or phrase != lemma or not about_sport(ctx.doc):
        return False
    classes = {ctx.mentions[subject].cls, ctx.mentions[obj].cls}
    if lemma in _MATCH_ONLY_VERBS and classes <= ecues.SIDE_CLASSES | _PLAYERS:
        return True
    # team news tells a fixture in the present ("Man Utd visit Everton", clubs typed as people or places, a
    # ground as a place); a call paid is told in the past ("Hale visited Stone in hospital")
    if (
        lemma in _TEAM_NEWS_VERBS
        and _present(verb)
        and classes <= ecues.SIDE_CLASSES | _PLAYERS | {"Location"}
    ):
        return True
    return classes <= ecues.SIDE_CLASSES or (classes == {"Person"} and lemma in _PLAYERS_FIXTURE_VERBS)


def _present(verb: Token) -> bool:
    """A verb told in the simple present (a bare form with no auxiliary is one the tagger misread)."""
    plain = verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ in ("VBP", "VBZ") or plain


#: Nouns of a match or its result: in a report on sport the partner a phrase holds through one of them is the
#: opponent of a match ("followed up their derby defeat against X", "withstood a third-set rally from Y",
#: "lined up a clash with Z"), which the result frames read or a fixture still to come, no relation of its
#: own; an event stays ("lost their first three matches in the Six Nations").
_MATCH_NOUNS = frozenset(
    {"defeat", "victory", "win", "loss", "draw", "clash", "match", "game", "tie", "rally", "fixture"}
    | {"encounter", "showdown", "derby", "semi-final", "final", "replay", "rematch"}
    # a set of a tennis match ("dropped a set to X": lane r23g, bbc-sport-507)
    | {"set"}
)
#: (a player NER took for a place is one too: "withstood a third-set rally from Moya", r23g, bbc-sport-477)
_OPPONENTS = ecues.SIDE_CLASSES | _PLAYERS | ecues.PLACE_CLASSES
#: The prepositions of a match's opponent (not of its competition or venue: "matches in the Six Nations").
_OPPONENT_PREPS = frozenset({"against", "with", "from", "over", "to", "v", "vs", "versus"})


def match_partner(ctx: FactContext, phrase: str, noun: Token | None, obj: int) -> bool:
    """The opponent of a match the phrase's noun names, in a report on sport (``_MATCH_NOUNS``)."""
    if noun is None or noun.lemma_.lower() not in _MATCH_NOUNS or ctx.mentions[obj].cls not in _OPPONENTS:
        return False
    return phrase.rpartition(" ")[2] in _OPPONENT_PREPS and about_sport(ctx.doc)


#: A side "against" which a player or a side did something, in a report on sport, is the opponent of the match
#: it was done in ("scored against Fulham", "hurt his chest against Wales", "arranged friendlies against
#: China"): a move of the match, a circumstance or a fixture, no relation of its own ("lose against" is a
#: result, which the table maps first). Only a player or a side against a side: a governing body's deed ("UEFA
#: took action against X") and one against a body or a person ("an appeal against the FA") stay, and so does
#: the match itself: a player who "played for Ireland against Samoa" met that side (dev7 to dev13's gold).
#: A club NER took for a town is a side too ("scored against Fulham", "a nightmare against Leicester": lane
#: r23g, seed 6261), and so is a player against a player in a report on tennis or athletics ("a third-set
#: rally against X"; elsewhere "an appeal against Uefa", NER's person, stays).
_AGAINST_DOERS = frozenset({"Person", "Team", "Country"})
_AGAINST_SIDES = frozenset({"Team"}) | ecues.PLACE_CLASSES


def match_opponent(ctx: FactContext, phrase: str, subject: int, obj: int) -> bool:
    """The opponent after "against" of a player's or a side's deed in a report on sport (above)."""
    if not phrase.endswith(" against") or phrase == "play against":
        return False
    doer, side = ctx.mentions[subject].cls, ctx.mentions[obj].cls
    player = side == "Person" and doer == "Person" and about_individual_sport(ctx.doc)
    return doer in _AGAINST_DOERS and (side in _AGAINST_SIDES or player) and about_sport(ctx.doc)


#: Nouns that name the kind of a product or work: after its name they stand for the named thing.
_KIND_NOUNS = ecues.PRODUCT_NOUNS | ecues.WORK_NOUNS
_NAMED_KINDS = frozenset({"Product", "Work"})


def named_kind(ctx: FactContext, noun: Token) -> int | None:
    """The product or work a kind noun right after its name stands for ("the Firefox browser takes on X",
    "Symbian's Series 60 software is licensed by X"): the thing itself, not a copy (a plural is copies:
    "Series 60 phones")."""
    if noun.tag_ != "NN" or noun.i == 0 or ctx.tok2m[noun.i] >= 0 or noun.lemma_.lower() not in _KIND_NOUNS:
        return None
    before = noun.doc[noun.i - 1]
    index = ctx.tok2m[before.i]
    if before.head.i != noun.i or before.dep_ not in ("compound", "nmod", "nummod") or index < 0:
        return None
    return index if ctx.mentions[index].cls in _NAMED_KINDS else None


#: Nouns that say what kind of thing the name before them names ("the Firefox browser", "founded the Rosemount
#: Estates label", "joined the Chelsea squad", "the Golden Rose award"): the name is still the partner.
_NAMES_KIND_NOUNS = _KIND_NOUNS | ecues.FIRM_NOUNS | ecues.TEAM_NOUNS | ecues.AWARD_NOUNS
#: Nouns of time that follow a name without qualifying it ("beat Chelsea yesterday").
_TIME_NOUNS = frozenset({"today", "yesterday", "tonight", "tomorrow", "overnight"})


def name_modifies_noun(ctx: FactContext, index: int) -> bool:
    """A name right before a common noun in lower case qualifies that noun ("Weir poised for Sunderland
    move", "at Glasgow airports", "combines the Paris, Amsterdam and Lisbon stock exchanges"): the thing the
    phrase names is the move, the airports, the exchanges, not the club or the city, whatever the parser
    hung where. A kind noun after a product's or a work's name is that thing ("the Firefox browser"), and a
    noun of time is no part of the name's phrase ("beat Chelsea yesterday")."""
    row = ctx.mentions[index]
    if row.cls in _NAMED_KINDS:
        return False
    end = _list_end(ctx, row.tok_end)
    if end >= len(ctx.doc):
        return False
    after = ctx.doc[end]
    if after.pos_ != "NOUN" or not after.is_alpha or not after.is_lower or ctx.tok2m[after.i] >= 0:
        return False
    timed = after.lower_ in _TIME_NOUNS or after.dep_ in ("npadvmod", "tmod")
    return not timed and after.lemma_.lower() not in _NAMES_KIND_NOUNS


def _list_end(ctx: FactContext, end: int) -> int:
    """Where a list of names that goes on after a name's end stops ("Paris, Amsterdam and Lisbon | stock
    exchanges"): the token after its last name, or ``end`` where no list with "and" or "or" follows (a name
    after a comma alone begins another phrase: "a move to Celtic, BBC Sport understands")."""
    doc, last, k, joined = ctx.doc, end, end, False
    while k < len(doc) and (doc[k].text == "," or doc[k].lower_ in ("and", "or") or ctx.tok2m[k] >= 0):
        if ctx.tok2m[k] >= 0:
            last = ctx.mentions[ctx.tok2m[k]].tok_end
            k = last
            if joined:
                return last
        else:
            joined = joined or doc[k].lower_ in ("and", "or")
            k += 1
    return end


#: Units of money a country's name may follow ("sold it for four mln dlrs U.S.": the currency's country).
_MONEY_UNITS = frozenset(
    {"dlr", "dlrs", "dollar", "dollars", "stg", "yen", "franc", "francs", "euro", "euros"}
)
_THINGS = frozenset({"Product", "Work", "Event", "Award"})


def currency_country(ctx: FactContext, index: int) -> bool:
    """A place right after a unit of money says whose money it is ("for over four mln dlrs U.S. in cash"),
    no partner of the deed."""
    row = ctx.mentions[index]
    before = ctx.doc[row.tok_start - 1] if row.tok_start > 0 else None
    return before is not None and before.lower_ in _MONEY_UNITS and row.cls in ecues.PLACE_CLASSES


def firms_town(ctx: FactContext, index: int) -> bool:
    """A name set off by commas after another name and before a state's abbreviation ("merged X Bank and
    Trust Co, Glenmora, La., with Y", "were assumed by Z Bank, Plainview, Tex."): the agencies' way to say
    where the name before is, whatever NER typed it, no partner of the deed."""
    row, doc = ctx.mentions[index], ctx.doc
    start, end = row.tok_start, row.tok_end
    if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "," or doc[end].text != ",":
        return False
    state = doc[end + 1]
    # at a sentence's end the tokenizer splits the stop off ("Tex" "."); a state the agency wrote with no stop
    # before the next comma is one too ("the deposits of X Bank, Madill, Okla, to Y": lane r23g, seed 6260)
    split = end + 2 < len(doc) and doc[end + 2].text == "." and not state.whitespace_
    bare = end + 2 < len(doc) and doc[end + 2].text == "," and state.text + "." in US_STATE_ABBREVIATIONS
    stop = state.text.endswith(".") or split or bare
    return ctx.tok2m[start - 2] >= 0 and state.text[:1].isupper() and stop and len(state.text) <= 6


def substitution(ctx: FactContext, verb: Token, obj: int) -> bool:
    """'Wenger introduced X for the ineffective Y at half-time': in a report on sport a player introduced
    (and the one he came on for) is a substitution, the play of a minute, like "sent on" ([open] never),
    whatever NER typed the player ("Lupoli" as a place); a thing introduced is no player."""
    player = ctx.mentions[obj].cls not in _THINGS
    return verb.lemma_.lower() == "introduce" and player and about_sport(ctx.doc)


def player_lost(ctx: FactContext, phrase: str, obj: int) -> bool:
    """'Chelsea have lost winger X to a serious injury', 'Italy lost flanker Y with a head knock': in a report
    on sport a player a side or its manager loses (the direct object) is an absence, an injury, a ban or a
    transfer, no deed between them. A side lost to is a result the table reads ("lose to": defeated), and a
    place lost to a player stays its phrase ("lost his place to X": lose place to)."""
    return phrase == "lose" and ctx.mentions[obj].cls == "Person" and about_sport(ctx.doc)


def calendar_name(ctx: FactContext, index: int) -> bool:
    """A day or a month NER took for a name ("Yugo said it sold 5,059 cars in February"): a time of the deed,
    no partner in it (a person may bear such a name: "Brian May")."""
    row = ctx.mentions[index]
    return (
        row.tok_end - row.tok_start == 1
        and row.cls != "Person"
        and ctx.doc[row.tok_start].lower_ in ecues.CALENDAR_WORDS
    )


def home_of_next(ctx: FactContext, index: int) -> bool:
    """A name before "-based" ("signed a joint venture with Madrid, Spain-based Ingenieria SA", "a deal with
    London-based Acme"), alone or with its state or country after a comma: the home of the firm named next,
    which the parser may hang on the verb's preposition; the partner is the firm, not its town."""
    doc, k = ctx.doc, ctx.mentions[index].tok_end
    if k + 1 < len(doc) and doc[k].text == "," and ctx.tok2m[k + 1] >= 0:
        k = ctx.mentions[ctx.tok2m[k + 1]].tok_end  # "Madrid, Spain-based": the town and its country
    return k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ == "based"


def cut_name(ctx: FactContext, index: int) -> bool:
    """A mention NER cut out of a longer name: right after a capitalised proper noun that is no mention of its
    own, mid-sentence ("provided BBC Scotland with" found as "Scotland", "Virgin Blue" as "Blue"), or right
    before "of" and a capitalised word of no mention ("Shaun of the Dead" as "Shaun"): the entity is not the
    one the sentence names ("Conchita Martinez of Spain", "Tory Neil Hamilton": a mention on each side). A
    person's surname after a first name NER missed still names the person ("Bjorn Phau" found as "Phau").
    So is a firm's name cut after a hyphen that joins it to such a word ("Rent-A-Center Inc" found as
    "Center Inc")."""
    row = ctx.mentions[index]
    doc = ctx.doc
    if row.cls != "Person" and row.tok_start > 0 and _bare_name_word(ctx, doc[row.tok_start - 1]):
        return True
    if row.cls != "Person" and _joined_to_a_bare_name(ctx, row.tok_start):
        return True
    k = row.tok_end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return False
    word = doc[k + 2] if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else doc[k + 1]
    # any capitalised word there: the parser tags a title's words as nouns and adjectives too ("the Dead")
    return word.is_alpha and _bare_name_word(ctx, word, proper=False)


def _joined_to_a_bare_name(ctx: FactContext, start: int) -> bool:
    """The mention at ``start`` follows a hyphen written without spaces that follows a capitalised proper
    noun of no mention ("Rent-A-Center Inc" found as "Center Inc"). Not "and": a list's first name that NER
    missed leaves the next one whole ("for BBC Broadcast and BBC Outside Broadcasts")."""
    if start < 2:
        return False
    joiner, word = ctx.doc[start - 1], ctx.doc[start - 2]
    tight = joiner.text == "-" and not (word.whitespace_ or joiner.whitespace_)
    return tight and _bare_name_word(ctx, word)


def _bare_name_word(ctx: FactContext, token: Token, proper: bool = True) -> bool:
    """A capitalised word (a proper noun when ``proper``) of no mention, mid-sentence, that is no title
    ("Mr", "Sir", "President")."""
    return (
        (token.pos_ == "PROPN" or not proper)
        and token.text[:1].isupper()
        and ctx.tok2m[token.i] < 0
        and token.i != token.sent.start
        and token.lower_ not in ecues.HONORIFICS
        and not is_title(token)
    )


def own_means(ctx: FactContext, phrase: str, obj: int) -> bool:
    """A partner after "with" that the subject's own noun names ("GM is struggling with its own marques Opel
    and Saab", "Qantas fought back with its own budget airline, Jetstar"): the subject's own unit or thing,
    its means or its burden, no other party to the deed."""
    if phrase.rpartition(" ")[2] != "with":
        return False
    token = ctx.doc[ctx.mentions[obj].tok_end - 1]
    for _ in range(_MAX_CLIMB):
        if any(c.lower_ == "own" and c.dep_ == "amod" for c in token.children):
            return True
        if token.dep_ not in ("appos", "conj", "compound", "pobj") or token.head.i == token.i:
            return False
        token = token.head
    return False


def role_played(ctx: FactContext, phrase: str, subject: int, obj: int) -> bool:
    """'Tom Grant plays Mary Lennox', 'X played the servant Baldrick': a person a person plays is a part, and
    fictional characters are no entities (annotation.md), whatever NER typed them (a person or a place, as
    one-word names of characters often are); in sport a player played is a fixture ("Mauresmo plays
    Stosur"). A band's venue stays ("Oasis played Wembley": a firm's subject). A part named by its noun is
    one too ("took the role of Don Corleone", "landed the role of X")."""
    played = ctx.mentions[obj].cls
    part = phrase == "play" or phrase.endswith(" role of")
    # a person played is a part whatever NER made of the actor ("in which DiCaprio plays millionaire Howard
    # Hughes", DiCaprio typed ORG: lane r23g, seed 6261); a place played is one only for a person
    return part and (played == "Person" or (played == "Location" and ctx.mentions[subject].cls == "Person"))


#: Verbs that deny the deed their noun object names ("Arnesen denies rift with Santini"): a negation, not a
#: relation the sentence asserts.
_DENYING_VERBS = frozenset({"deny"})


def denied(verb: Token) -> bool:
    return verb.lemma_.lower() in _DENYING_VERBS


def told(verb: Token) -> bool:
    """'Rospatch advised X that "it would be contrary ..."', 'informed Y that the offer stood': a name the
    verb takes as direct object before a that-clause is the one told, the clause what was said; a message,
    no deed done to the name (as "tell" and "warn" are speech)."""
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )
