"""The cue-keyed rules that are more than a frame (frames.toml holds the rest): talks and meetings (whose
predicate depends on whether the talks are sought), an invasion whose victim the article leaves to context,
'X and Y are allies', killers named by a noun, '-based' headquarters, '-born' birthplaces
and 'X, 72 pct owned by Y'.

Each rule gets the cue token; it finds subject and object through the dependency tree and asks the context
the statement's stance (negated, hedged, conditional, future; none when merely wanted or asked).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.model import FUTURE
from loaders.entities import cues as ecues
from loaders.entities.places import US_STATE_ABBREVIATIONS
from loaders.entities.records import CUED, NORP, MentionRow
from loaders.facts import cues
from loaders.facts.context import FactContext, child, passive_agent, prep_objects, some_of
from loaders.facts.frames import copular_holder
from loaders.facts.stance import Stance
from loaders.facts.titles import hyphenated

Rule = Callable[[FactContext, Token], None]


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _emit(
    ctx: FactContext,
    predicate: str,
    subjects: list[int],
    objects: list[int],
    cue: Token,
    rule: str,
    confidence: float,
    stance: Stance,
) -> None:
    for s in subjects:
        for o in objects:
            ctx.add(predicate, s, o, cue, rule, confidence, stance)


def talk(ctx: FactContext, cue: Token) -> None:
    """Meetings and talks; wanted talks ('seeking to speak with Y', 'appeals to hold talks with Y')."""
    if cue.tag_ == "VBG" and cue.head.lemma_.lower() in cues.SAY_VERBS:
        return  # "Speaking to BBC Radio Ulster, X said ...": an interview, no meeting
    partners = [
        o
        for p in prep_objects(cue, "with", *(("to",) if cue.lemma_ in ("speak", "talk") else ()))
        for o in ctx.args(p)
    ]
    if cue.lemma_ == "meet" and _is_verb(cue):
        partners += ctx.args(child(cue, "dobj"))
    # "talks between banks and Mexico, Chile and Venezuela": an unnamed first party faces every named one,
    # which are then no parties to each other
    between = [o for p in prep_objects(cue, "between") if ctx.arg(p) is not None for o in ctx.args(p)]
    if len(between) > 1 and not _is_verb(cue):
        if (stance := ctx.stance(cue, nominal=True)) is not None:
            for i, s in enumerate(between):  # "a meeting between A, B and C"
                for o in between[i + 1 :]:
                    ctx.add("metWith", s, o, cue, "talks", 0.7, stance)
        return
    subject_token = ctx.subject(cue)
    subjects = ctx.args(subject_token)
    if not partners and subject_token is not None and _is_verb(cue):
        _coordinated_meeting(ctx, cue, subjects)
        return
    chain = _governors(cue)
    if any(t.lemma_.lower() in cues.URGE_VERBS for t in chain):
        return  # "X pushes Y to speak with Z": the urge rule's fact, not a meeting
    seek = _seeking(cue, chain)
    if seek is not None:
        if (stance := ctx.stance(seek)) is not None:
            _emit(ctx, "seeksTalksWith", subjects, _named_partners(partners, ctx), seek, "talks", 0.7, stance)
    elif (stance := ctx.stance(cue, nominal=not _is_verb(cue))) is not None:
        if _scheduled(ctx, cue):
            stance = stance.with_modality(FUTURE)
        _emit(ctx, "metWith", subjects, _named_partners(partners, ctx), cue, "talks", 0.75, stance)


def _scheduled(ctx: FactContext, cue: Token) -> bool:
    """'He now meets Puerta in the final', 'Blair meets Bush on Friday': below the headline, a bare present
    'meets' is the news's tense for a fixture or an appointment ahead (a meeting held is 'met', 'has met');
    only a headline tells a past meeting in the present."""
    bare = cue.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in cue.children)
    first_line = ctx.text.find("\n")
    return bare and cue.lemma_ == "meet" and first_line < cue.idx  # (-1: a text without a headline)


def _named_partners(partners: list[int], ctx: FactContext) -> list[int]:
    """'talks with other Republicans', 'met several Democrats': a quantified plural names some of a party's
    members, not the party; the party itself is no partner."""
    return [o for o in partners if not some_of(ctx, o)]


def _coordinated_meeting(ctx: FactContext, cue: Token, subjects: list[int]) -> None:
    """'X and Y met', 'X and Y met each other': every pair of the coordinated subjects. Not 'X and Y met
    supporters': an object no name is whom they met together, not each other."""
    if cue.lemma_ != "meet" or len(subjects) < 2 or (stance := ctx.stance(cue)) is None:
        return
    met = child(cue, "dobj")
    if met is not None and met.lower_ not in ("other", "another"):  # "each other", "one another"
        return
    for i, s in enumerate(subjects):
        for o in subjects[i + 1 :]:
            ctx.add("metWith", s, o, cue, "talks", 0.7, stance)


def _governors(token: Token, limit: int = 4) -> list[Token]:
    """The cue's heads up to the clause that reports it."""
    chain = []
    node = token
    for _ in range(limit):
        if node.head is node or (node.lemma_.lower() in cues.SAY_VERBS and node is not token):
            break
        node = node.head
        chain.append(node)
    return chain


# "X agreed to hold talks with Y", "X offered talks with Y": talks consented to or proposed are not held yet,
# but they are wanted (a governing verb like these otherwise leaves the talks unasserted, and no fact at all)
_CONSENT_VERBS = frozenset({"agree", "offer", "propose", "consent"})


def _seeking(cue: Token, chain: list[Token]) -> Token | None:
    """The governor that makes the talks wanted: a verb of seeking, or one of consent whose complement the
    talks are ("agreed to hold talks", "offered talks"; not "agreed in talks with Y": those were held)."""
    below = cue
    for token in chain:
        consents = token.pos_ == "VERB" and token.lemma_.lower() in _CONSENT_VERBS
        if _is_seek(token) or (consents and below.dep_ in ("xcomp", "dobj")):
            return token
        below = token
    return None


def _is_seek(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in cues.SEEK_VERBS:
        return True
    if token.pos_ == "NOUN" and lemma in cues.SEEK_NOUNS:
        return True
    return any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in cues.SEEK_NOUNS for c in token.children)


def invade(ctx: FactContext, cue: Token) -> None:
    """'X's invasion of Y', 'X launched its invasion' (Y then found in the article); the verb is a frame."""
    if cue.pos_ != "NOUN":
        return
    invaders = ctx.args(child(cue, "poss")) or [
        ctx.tok2m[c.i] for c in cue.children if c.dep_ == "amod" and ctx.tok2m[c.i] >= 0
    ]
    victims = [o for p in prep_objects(cue, "of") for o in ctx.args(p)]
    host = cue.head
    if not invaders and cue.dep_ == "dobj" and host.lemma_.lower() in cues.ONSET_VERBS:
        invaders = ctx.args(ctx.subject(host))
    if not victims and cue.dep_ == "dobj" and host.lemma_.lower() in cues.ONSET_VERBS:
        victims = [ctx.context_arg(cue, "Country")]
    if victims and (stance := ctx.stance(cue, nominal=True)) is not None:
        confidence = 0.5 if ctx.mentions[victims[0]].cls == "CTX" else 0.75
        _emit(ctx, "invaded", invaders, victims, cue, "invasion", confidence, stance)


def allies(ctx: FactContext, cue: Token) -> None:
    """'X and Y are allies' (with a possessor or 'of', the noun is a frame)."""
    holder = copular_holder(cue) if cue.pos_ == "NOUN" else None
    if holder is None or child(cue, "poss") is not None or prep_objects(cue, "of"):
        return
    members = ctx.args(holder)
    if len(members) > 1 and (stance := ctx.stance(cue)) is not None:
        _emit(ctx, "alliedWith", members[:1], members[1:], cue, "alliance", 0.7, stance)


def killer(ctx: FactContext, noun: Token) -> None:
    """'Kennedy's assassin, Lee Harvey Oswald', 'X, the killer of Y', 'King assassin James Earl Ray'."""
    if noun.pos_ != "NOUN":
        return
    victims = ctx.args(child(noun, "poss")) + [o for p in prep_objects(noun, "of") for o in ctx.args(p)]
    victims += [ctx.tok2m[c.i] for c in noun.children if c.dep_ == "compound" and ctx.tok2m[c.i] >= 0]
    holder = copular_holder(noun)
    if holder is None and noun.dep_ in ("compound", "nmod") and ctx.tok2m[noun.head.i] >= 0:
        holder = noun.head  # "King assassin James Earl Ray"
    if holder is None:
        holder = next((c for c in noun.children if c.dep_ == "appos"), None)  # "his assassin, X"
    if victims and holder is not None and (stance := ctx.stance(noun, nominal=True)) is not None:
        _emit(ctx, "killed", ctx.args(holder), victims, noun, "killing", 0.6, stance)


def based(ctx: FactContext, cue: Token) -> None:
    """'the Paris-based X', 'the Paris-based drugs group X', 'X, based in Y', 'X is headquartered in Y',
    'X, a Paris-based drugs group', 'X is a Paris-based group'."""
    places = [o for p in prep_objects(cue, "in") for o in ctx.args(p)]
    places += [
        found
        for c in cue.children
        if c.dep_ in ("npadvmod", "compound") and (found := _place_word(ctx, c)) is not None
    ]
    if not places:
        return
    places += [c for c in (_city_before(ctx, p) for p in places) if c is not None]
    orgs = _based_holders(ctx, cue)
    if (stance := ctx.stance(cue, nominal=True)) is not None:
        _emit(ctx, "basedIn", orgs, places, cue, "headquarters", 0.7, stance)


def born(ctx: FactContext, cue: Token) -> None:
    """ "Dutch-born Anton Corbijn", "British-born actress X", "New Zealand-born Campbell": a place's or a
    people's name joined by a hyphen to 'born' before a person's name (past a trade's nouns, as '-based'
    is) is where the person was born; not "first-born"."""
    if cue.lower_ != "born" or cue.dep_ != "amod" or not hyphenated(cue):
        return
    place = ctx.tok2m[cue.i - 2]
    if place < 0 or ctx.mentions[place].tok_end != cue.i - 1:
        return  # the name must end at the hyphen
    people = [i for i in _based_holders(ctx, cue) if ctx.mentions[i].cls == "Person"]
    row = ctx.mentions[place]
    if not people or row.cls not in (*ecues.PLACE_CLASSES, NORP, "Person", "Organization"):
        return
    if row.cls in ("Person", "Organization"):
        # "Sheffield-born X", "Glasgow-born actor X": the text says it is a place, whatever NER made of it
        ctx.mentions[place] = row._replace(cls="Location", flags=row.flags | CUED)
    for person in people:
        # a modifier's birthplace is presupposed, whatever the clause plans ("is to be directed by X")
        ctx.add("bornIn", person, place, cue, "birthplace", 0.6)


def _based_holders(ctx: FactContext, cue: Token) -> list[int]:
    """Who is based there: the name '-based' modifies (past its descriptor nouns, or the name a descriptor
    stands beside: 'X, the Santa Clara, Calif.-based chipmaker', 'X is a Boston-based insurer'), the name
    'based in' follows, or the subject of 'is based in'."""
    if cue.dep_ not in ("amod", "acl"):
        return ctx.args(child(cue, "nsubjpass"))
    held = cue.head
    while cue.dep_ == "amod" and ctx.tok2m[held.i] < 0 and held.dep_ in ("compound", "nmod"):
        held = held.head  # "the London-based software developer Argonaut": past the descriptor to the name
    # "X, a unit of Y based in Z": which of the two is based there the words do not say
    between = any(c.dep_ == "prep" and held.i < c.i < cue.i for c in held.children)
    if ctx.tok2m[held.i] < 0 and held.pos_ == "NOUN" and not between:
        held = copular_holder(held) or held
    if cue.dep_ == "acl" and ctx.tok2m[held.i] >= 0 and held.dep_ != "conj":
        return ctx.args(held)  # "X and Y, based in Z"
    # "the N.Y.-based bank and Boeing Co", "A and U.S.-based B": a modifier of one name only
    return [i for i in (ctx.arg(held),) if i is not None]


def _place_word(ctx: FactContext, token: Token) -> int | None:
    """The place before '-based': a mention, or a US state by the wires' abbreviation, which NER seldom
    takes for a name ('Calif.-based'): a mention of the state is made for it."""
    if ctx.tok2m[token.i] >= 0:
        return ctx.tok2m[token.i]
    state = US_STATE_ABBREVIATIONS.get(token.text)
    if state is None:
        return None
    row = MentionRow(token.idx, token.idx + len(token), token.i, token.i + 1, "Location", state, token.text)
    return ctx.new_mention(row)


def _city_before(ctx: FactContext, place: int) -> int | None:
    """ "Richardson, Texas-based X": the city named before its state is the home too (lane i14-places)."""
    start = ctx.mentions[place].tok_start
    if start < 2 or ctx.doc[start - 1].text != ",":
        return None
    city = ctx.tok2m[start - 2]
    if city < 0 or city == place or ctx.mentions[city].cls not in ("City", "Location"):
        return None
    return city


def owned(ctx: FactContext, cue: Token) -> None:
    """The wires' 'X, 72 pct owned by Y', 'X, which is 25% owned by Y', 'X, wholly owned by Y', 'X, a ranch
    owned by Y': Y owns X, or only has a stake in it when the share named is under half or a minority."""
    agent = passive_agent(cue)
    share = owned_share(cue)
    if agent is None or (cue.dep_ not in ("acl", "relcl") and share is None):
        return  # a clause of its own ('X is owned by Y') is the frame's
    # "X is owned 31.8 pct by Y" (judged seed 927): a clause of its own that names the share is read here
    host: Token | None = cue.head if cue.dep_ in ("acl", "relcl") else child(cue, "nsubjpass")
    if cue.head.lower_ in cues.SHARE_WORDS:  # "X, 72 pct owned by Y", "X, which is 70 pct owned by Y"
        share = cue.head
        host = child(share.head, "nsubj") if share.dep_ == "attr" else share.head
    number = child(share, "nummod") if share is not None else None
    minority = number is not None and _percent(number.text) < 50
    # "X, a Canadian company minority owned by Y", "X, partly owned by Y": a stake, not the firm (r15f)
    minority = minority or any(t.lower_ in _PART_WORDS for t in (host, *cue.children) if t is not None)
    described = _described_name(ctx, host)
    if (stance := ctx.stance(cue)) is None:  # "will be 50 pct owned by Y" is future
        return
    if any(_person(ctx, c) for c in agent.children if c.dep_ == "appos") and not _person(ctx, agent):
        return  # "controlled by Acme SpA chairman Carlo X": the parser's apposition leaves the owner unclear
    # a description names one firm, not the list it stands in ("it and Y, a company owned by Z")
    companies = ctx.args(host) if described is None else [i for i in (ctx.arg(described),) if i is not None]
    for owner in ctx.args(agent):
        for company in companies:
            if minority:
                ctx.add("investedIn", owner, company, cue, "ownership", 0.65, stance)
            else:
                ctx.add("ownedBy", company, owner, cue, "ownership", 0.65, stance)


def owned_share(cue: Token) -> Token | None:
    """The share a verb of owning names of its own ("owned 31.8 pct by Y", "31.8 pct owned"), or None."""
    return next((c for c in cue.children if c.lower_ in cues.SHARE_WORDS), None)


#: Words that say an owner holds a part of a firm only.
_PART_WORDS = frozenset({"minority", "partly", "partially", "part"})


def _described_name(ctx: FactContext, host: Token | None) -> Token | None:
    """The name a description in apposition describes: "Perrier, the French mineral water owned by Y", "X,
    a Canadian company minority owned by Y" (the parser may hang the participle on "minority"): the owned
    one is the name, not the description (r15f); None when the host is no such description."""
    if host is None or ctx.tok2m[host.i] >= 0 or host.dep_ != "appos" or host.pos_ != "NOUN":
        return None
    return host.head if ctx.tok2m[host.head.i] >= 0 else None


def _person(ctx: FactContext, token: Token) -> bool:
    index = ctx.tok2m[token.i]
    return index >= 0 and ctx.mentions[index].cls == "Person"


def _percent(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 100.0  # "wholly", "majority": not a number, so not a minority


def triggers() -> dict[str, list[Rule]]:
    """Cue lemma -> rules, for one dictionary look-up per token."""
    table: dict[str, list[Rule]] = {}
    for words, rule in (
        (cues.TALK_VERBS | cues.TALK_NOUNS, talk),
        ({"invasion"}, invade),
        ({"ally", "allies"}, allies),
        (cues.KILLER_NOUNS, killer),
        (cues.BASE_VERBS, based),
        ({"born", "bear"}, born),
        ({"own", "control"}, owned),
    ):
        for word in words:
            table.setdefault(word, []).append(rule)
    return table
