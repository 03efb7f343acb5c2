"""Rules keyed on a cue verb or noun: urging, talks and meetings, visits, departures, accusations,
criticism, invasion, killing, alliances, membership, residence and headquarters.

Each rule gets the cue token; it finds subject and object through the dependency tree (passives give
their agent as subject, conjuncts multiply the facts) and asks the context whether the statement is
asserted (not negated, modal, conditional or merely wanted).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from loaders.facts import cues
from loaders.facts.context import FactContext, child, passive_agent, prep_objects

Rule = Callable[[FactContext, Token], None]


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _subject_and_objects(
    ctx: FactContext, verb: Token, preps: tuple[str, ...] = ()
) -> tuple[list[int], list[int]]:
    """Subjects and objects of a verb, with the passive normalised (the agent becomes the subject)."""
    agent = passive_agent(verb)
    if agent is not None or child(verb, "nsubjpass") is not None:
        subjects = ctx.args(agent)
        objects = ctx.args(child(verb, "nsubjpass"))
    else:
        subjects = ctx.args(ctx.subject(verb))
        objects = ctx.args(child(verb, "dobj"))
    for obj in prep_objects(verb, *preps):
        objects += ctx.args(obj)
    return subjects, objects


def _emit(
    ctx: FactContext,
    predicate: str,
    subjects: list[int],
    objects: list[int],
    cue: Token,
    rule: str,
    confidence: float,
) -> None:
    for s in subjects:
        for o in objects:
            ctx.add(predicate, s, o, cue, rule, confidence)


def urge(ctx: FactContext, verb: Token) -> None:
    """'X pushes/urges/presses Y to ...', 'X called on Y to ...', 'X appealed to Y to ...'."""
    if not _is_verb(verb) or not _has_infinitive(verb):
        return
    subjects, objects = _subject_and_objects(ctx, verb, ("on", "upon") if verb.lemma_ == "call" else ("to",))
    if verb.lemma_ in ("call", "appeal"):
        objects = [o for p in prep_objects(verb, "on", "upon", "to") for o in ctx.args(p)]
    if objects and ctx.asserted(verb):
        _emit(ctx, "urges", subjects, objects, verb, "urge", 0.8)


def _has_infinitive(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp", "oprd") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            return True
    return False


def talk(ctx: FactContext, cue: Token) -> None:
    """Meetings and talks; wanted talks ('seeking to speak with Y', 'appeals to hold talks with Y')."""
    partners = [
        o
        for p in prep_objects(cue, "with", *(("to",) if cue.lemma_ in ("speak", "talk") else ()))
        for o in ctx.args(p)
    ]
    if cue.lemma_ == "meet" and _is_verb(cue):
        partners += ctx.args(child(cue, "dobj"))
    subject_token = ctx.subject(cue)
    subjects = ctx.args(subject_token)
    if not partners and subject_token is not None and _is_verb(cue):
        _coordinated_meeting(ctx, cue, subjects)
        return
    chain = _governors(cue)
    if any(t.lemma_.lower() in cues.URGE_VERBS for t in chain):
        return  # "X pushes Y to speak with Z": the urge rule's fact, not a meeting
    seek = next((t for t in chain if _is_seek(t)), None)
    if seek is not None:
        if ctx.asserted(seek):
            _emit(ctx, "seeksTalksWith", subjects, partners, seek, "talks", 0.7)
    elif ctx.asserted(cue, nominal=not _is_verb(cue)):
        _emit(ctx, "metWith", subjects, partners, cue, "talks", 0.75)


def _coordinated_meeting(ctx: FactContext, cue: Token, subjects: list[int]) -> None:
    """'X and Y met': every pair of the coordinated subjects."""
    if cue.lemma_ != "meet" or len(subjects) < 2 or not ctx.asserted(cue):
        return
    for i, s in enumerate(subjects):
        for o in subjects[i + 1 :]:
            ctx.add("metWith", s, o, cue, "talks", 0.7)


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


def _is_seek(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in cues.SEEK_VERBS or (token.pos_ == "NOUN" and lemma in cues.SEEK_NOUNS):
        return True
    return any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in cues.SEEK_NOUNS for c in token.children)


def visit(ctx: FactContext, cue: Token) -> None:
    """'X visited Y', 'X travelled to Y', 'X's visit to Y', 'after a visit to Y' (X from the clause)."""
    lemma = cue.lemma_.lower()
    if _is_verb(cue) and lemma in cues.VISIT_VERBS:
        how = cues.VISIT_VERBS[lemma]
        places = ctx.args(child(cue, "dobj")) if how == "dobj" else []
        places += [o for p in prep_objects(cue, how) for o in ctx.args(p)] if how != "dobj" else []
        if places and ctx.asserted(cue):
            _emit(ctx, "visited", ctx.args(ctx.subject(cue)), places, cue, "visit", 0.75)
    elif cue.pos_ == "NOUN" and lemma in cues.VISIT_NOUNS:
        places = [o for p in prep_objects(cue, "to") for o in ctx.args(p)]
        if places and ctx.asserted(cue, nominal=True):
            _emit(ctx, "visited", ctx.args(ctx.subject(cue)), places, cue, "visit", 0.7)


def depart(ctx: FactContext, verb: Token) -> None:
    """'X departed from Y', 'X left Y'."""
    if not _is_verb(verb):
        return
    places = [o for p in prep_objects(verb, "from") for o in ctx.args(p)]
    if verb.lemma_ == "leave":
        places += ctx.args(child(verb, "dobj"))
    if places and ctx.asserted(verb):
        _emit(ctx, "departedFrom", ctx.args(ctx.subject(verb)), places, verb, "departure", 0.75)


def _transitive(predicate: str, rule: str, confidence: float) -> Rule:
    def apply(ctx: FactContext, verb: Token) -> None:
        if not _is_verb(verb):
            return
        subjects, objects = _subject_and_objects(ctx, verb)
        if objects and ctx.asserted(verb):
            _emit(ctx, predicate, subjects, objects, verb, rule, confidence)

    return apply


accuse = _transitive("accuses", "accusation", 0.75)
criticize = _transitive("criticizes", "criticism", 0.7)
kill = _transitive("killed", "killing", 0.75)
join = _transitive("memberOf", "membership", 0.65)


def invade(ctx: FactContext, cue: Token) -> None:
    """'X invaded Y', 'X's invasion of Y', 'X launched its invasion' (Y then found in the article)."""
    if _is_verb(cue):
        _transitive("invaded", "invasion", 0.8)(ctx, cue)
        return
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
    if victims and ctx.asserted(cue, nominal=True):
        confidence = 0.5 if ctx.mentions[victims[0]].cls == "CTX" else 0.75
        _emit(ctx, "invaded", invaders, victims, cue, "invasion", confidence)


def ally(ctx: FactContext, cue: Token) -> None:
    """'X is one of Y's closest allies', 'X is an ally of Y', 'X and Y are allies', 'X allied with Y'."""
    if _is_verb(cue):
        partners = [o for p in prep_objects(cue, "with") for o in ctx.args(p)]
        if partners and ctx.asserted(cue):
            _emit(ctx, "alliedWith", ctx.args(ctx.subject(cue)), partners, cue, "alliance", 0.7)
        return
    holder = _copular_holder(cue)
    if holder is None:
        return
    others = ctx.args(child(cue, "poss")) + [o for p in prep_objects(cue, "of") for o in ctx.args(p)]
    members = ctx.args(holder)
    if not others and len(members) > 1:  # "X and Y are allies"
        others, members = members[1:], members[:1]
    if others and ctx.asserted(cue):
        _emit(ctx, "alliedWith", members, others, cue, "alliance", 0.7)


def member(ctx: FactContext, cue: Token) -> None:
    """'X is a member of Y', 'X, a member of Y'."""
    if cue.pos_ != "NOUN":
        return
    holder = _copular_holder(cue)
    groups = [o for p in prep_objects(cue, "of") for o in ctx.args(p)]
    if holder is not None and groups and ctx.asserted(cue):
        _emit(ctx, "memberOf", ctx.args(holder), groups, cue, "membership", 0.75)


def _copular_holder(noun: Token) -> Token | None:
    """X of 'X is (one of) N' or 'X, (one of) N'."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ == "one":
        node = node.head.head
    if node.dep_ == "attr":
        return child(node.head, "nsubj")
    if node.dep_ == "appos":
        return node.head
    return None


def killer(ctx: FactContext, noun: Token) -> None:
    """'Kennedy's assassin, Lee Harvey Oswald', 'X, the killer of Y', 'King assassin James Earl Ray'."""
    if noun.pos_ != "NOUN":
        return
    victims = ctx.args(child(noun, "poss")) + [o for p in prep_objects(noun, "of") for o in ctx.args(p)]
    victims += [ctx.tok2m[c.i] for c in noun.children if c.dep_ == "compound" and ctx.tok2m[c.i] >= 0]
    holder = _copular_holder(noun)
    if holder is None and noun.dep_ in ("compound", "nmod") and ctx.tok2m[noun.head.i] >= 0:
        holder = noun.head  # "King assassin James Earl Ray"
    if holder is None:
        holder = next((c for c in noun.children if c.dep_ == "appos"), None)  # "his assassin, X"
    if victims and holder is not None and ctx.asserted(noun, nominal=True):
        _emit(ctx, "killed", ctx.args(holder), victims, noun, "killing", 0.6)


def live(ctx: FactContext, verb: Token) -> None:
    """'X lives in Y', 'X, who lives in Y'."""
    places = [o for p in prep_objects(verb, "in") for o in ctx.args(p)]
    if _is_verb(verb) and places and ctx.asserted(verb):
        _emit(ctx, "livesIn", ctx.args(ctx.subject(verb)), places, verb, "residence", 0.7)


def based(ctx: FactContext, cue: Token) -> None:
    """'the Paris-based X', 'X, based in Y', 'X is headquartered in Y'."""
    places = [o for p in prep_objects(cue, "in") for o in ctx.args(p)]
    places += [
        ctx.tok2m[c.i] for c in cue.children if c.dep_ in ("npadvmod", "compound") and ctx.tok2m[c.i] >= 0
    ]
    if not places:
        return
    orgs = ctx.args(cue.head) if cue.dep_ in ("amod", "acl") else ctx.args(child(cue, "nsubjpass"))
    if ctx.asserted(cue, nominal=True):
        _emit(ctx, "basedIn", orgs, places, cue, "headquarters", 0.7)


def triggers() -> dict[str, list[Rule]]:
    """Cue lemma -> rules, for one dictionary look-up per token."""
    table: dict[str, list[Rule]] = {}
    for words, rule in (
        (cues.URGE_VERBS, urge),
        (cues.TALK_VERBS | cues.TALK_NOUNS, talk),
        (set(cues.VISIT_VERBS) | cues.VISIT_NOUNS, visit),
        (cues.DEPART_VERBS, depart),
        (cues.ACCUSE_VERBS, accuse),
        (cues.CRITICIZE_VERBS, criticize),
        (cues.KILL_VERBS, kill),
        ({"invade", "invasion"}, invade),
        ({"ally", "allies"}, ally),
        ({"member"}, member),
        ({"join"}, join),
        (cues.LIVE_VERBS, live),
        (cues.KILLER_NOUNS, killer),
        (cues.BASE_VERBS, based),
    ):
        for word in words:
            table.setdefault(word, []).append(rule)
    return table
