"""Verb- and noun-mediated predicates as data: the frame table (frames.toml) and the matcher that reads it.

A frame names a predicate, its cue lemmas (verbs or nouns), and where in the dependency tree its subject and
object are found, as paths of steps from the cue:

- ``subject``: the clause's subject (for a passive verb its ``by`` agent), inherited through control and
  coordination; for a noun, the subject of the clause it sits in or its possessor ("X's visit"); for an
  active participle clause, the noun it modifies ("the firm making the chips");
- ``object``: the direct object (for a passive verb its subject: "Y was bought by X" -> Y; for a passive
  participle clause the noun it modifies: "Acme Corp, headed by John Smith");
- ``holder``: X of "X is (one of) the N of Y" and "X, the N of Y";
- ``poss``, ``compound``, ``amod``, ``agent``, ``nsubj``, ``advcl``, ``ccomp``, ``dobj``, ``npadvmod``,
  ``advmod``:
  children with that dependency
  (``nsubj``: the clause's own subject, never one inherited from a governing clause; ``dobj``: the
  direct object as written, which a passive verb keeps beside its subject: "was awarded a contract");
- ``prep:with`` (any preposition): the objects of that preposition under the token, a repeated one's
  too ("from X and from Y");
- ``head``: the token the cue depends on;
- ``post``: the one organisation a person's title in the sentence ties them to (the title rules' leaderOf,
  worksFor or coaches, read back: "Acme chairman X resigned"; none for an office of state or two bodies);
- ``before``: the name right before a finite verb with no subject of its own, which the parser took for
  another verb's object ("and lock Rob Sidoli replaces Y");
- ``possessed``: the name before a noun that has a possessor, which names the noun ("its Zenith
  unit" is Zenith), where without one it may name the owner ("the Yukos unit" is Yukos's);
- ``party``: a party's word on a noun ("Tory plans"), made a mention of the party the gazetteer names by it.

Steps chain with ``>`` ("object[stake,share]>prep:in": the objects of "in" under a direct object whose lemma
is stake or share), alternatives with ``|``. ``requires`` adds conditions ("infinitive": a to-clause follows,
as in "X urged Y to act"; "no_infinitive": none follows; "sport": the text is about sport, where a body that
suspends a player sanctions him, while an employer or a party that suspends someone fines nobody;
"named": both ends are names the text gives, no pronoun, as a list's owner: "X's clients include Y";
"whole": the cue's object is a firm's whole business, no part of it ("the assets of Y", not "certain assets
of Y"); "appointee": an infinitive under a verb of appointing is done by a person that verb names ("named X
to succeed Y", not "named a Republican to replace Y"); "not_in_play": the cue is not placed in a match's time
("replaced Y late in the game": a substitution); "held": a noun cue is a holding kept, not one changing hands
("its stake in Y", not "sold its stake in Y" or "the sale of X's stake in Y"); "not_sold": the part a noun
cue names is not what a sale done sold ("its Zenith unit", not "completed the sale of its Zenith unit");
"no_post_named": a departure that names no post or body, "X has resigned", not "resigned from Y"; "up": the
cue has an "up" of its own, as "is up for an award" has; "no_deed": no gerund after "in" hangs on the cue
("joined X in criticising Y" joins a deed, not a body); "clause": the cue heads a clause of its own, no
passive participle or relative clause on a noun, which a structural reader reads instead; "abroad": the
subject's title names their country and the object is another country or another country's capital, "US
Treasury Secretary X told an audience in the UK"; "with": a partner after "with" on the cue, so coordinated
subjects are not paired: "X agreed with Y to act" is an agreement, "X and Y agreed to act" may be none;
"no_moment": the cue opens no clause of the moment with "as" or "while", "as he left the White House to visit
his wife" leaves a building, no post). Every
statement gets its stance (negation, modals, conditions; wishes and questions are no claims), and its ends'
classes are checked against the predicate's domain and range later, in assembly. ``not_with`` names
prepositions whose phrase on the cue makes it another relation ("led Spain to victory" is no leading of Spain,
"joined the BBC as a reporter" no membership); a phrase whose object is a place leaves the frame standing
("led a delegation to Beijing"), and a particle of that word blocks it too ("led Wales out against Hungary": a
captain walks his side out); ``not_object_amod`` names adjectives (or nouns in compound) on the cue's direct
object that make it another relation ("the outstanding shares", "a rate order"); ``not_object`` lemmas of the
cue's direct object that do ("sold shares to X"); ``object_mods`` lemmas of which a modifier of the cue's
direct object must have one ("a takeover offer"); ``not_object_with`` prepositions whose phrase on that object
does ("a bid from X for its unit"); ``one_party`` leaves out an end whose name may hold a list ("Redstone and
MCV Holdings Inc"); ``not_object_heads`` last words of an object's name that do ("left Llanelli Grammar
School": a pupil leaves a school and resigns from nothing); ``not_cue_amod`` adjectives of a noun cue that do
("X, a former analyst with Y" works there no longer); ``cue_mods`` words of which one must modify the cue, as
an adverb or in a phrase on it ("working together", "working in tandem with Y": a partnership, where plain
work is none).

A row with no ``predicate`` is an open relation's shape; the phrase table maps frequent open phrases to
predicates. Each frame carries examples that the tests run through the whole pipeline, so a new predicate
is a row with its tests.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from kg.vocab import PREDICATE_SPECS
from loaders.entities import cues as ecues
from loaders.entities.gazetteer import load_gazetteer
from loaders.entities.kinds import a_side, about_athletes
from loaders.entities.records import NORP, PRONOUN, doc_words
from loaders.facts import cues
from loaders.facts.context import EXTRACTOR, FactContext, child, joins_a_deed, passive_agent, prep_objects
from loaders.facts.parties import in_longer_name, party_entry, party_mention
from loaders.facts.speech import in_quote
from loaders.facts.stance import Stance
from loaders.facts.titles import FORMER, after_former

FRAMES_PATH = Path(__file__).with_name("frames.toml")
_STEP = re.compile(r"^(?P<dep>[a-z]+|prep:[a-z]+)(?:\[(?P<lemmas>[^\]]+)\])?$")
_STEPS = frozenset(
    {"subject", "object", "holder", "poss", "compound", "amod", "agent", "head", "attr", "dative", "oprd"}
    | {"xcomp", "ccomp", "nsubj", "acl", "advcl", "conj", "appos", "dobj", "npadvmod", "advmod", "post"}
    | {"before", "possessed", "nummod", "party"}
)
_REQUIREMENTS = frozenset(
    {
        "infinitive", "no_infinitive", "active", "passive", "sport", "named", "no_post_named", "up", "whole",
        "appointee", "not_in_play", "held", "clause", "abroad", "not_sold", "no_deed", "with", "no_moment",
    }
)  # fmt: skip
#: The ties a title gives that a departure ends ("Acme chairman X resigned": X leaves Acme); not memberOf:
#: an MP who resigns leaves a post, not the party.
_POST_TIES = frozenset({"leaderOf", "worksFor", "coaches"})
_TITLE_RULE = f"{EXTRACTOR}:title"
#: Offices whose holder, resigning, leaves the office and not the party or country named with it.
_OFFICES_OF_STATE = frozenset(
    {"minister", "premier", "chancellor", "governor", "mayor", "senator", "congressman", "mp"}
)


@dataclass(frozen=True, slots=True)
class Step:
    dep: str  # one of _STEPS, or "prep:<word>"
    lemmas: frozenset[str] | None  # the token reached must have one of these lemmas


Path_ = tuple[Step, ...]


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    subject: str
    object: str


@dataclass(frozen=True, slots=True)
class Frame:
    """One row of the frame table."""

    predicate: str
    cues: frozenset[str]
    noun: bool  # the cues are nouns (else verbs)
    subject: tuple[Path_, ...]
    object: tuple[Path_, ...]
    requires: frozenset[str]
    with_object: frozenset[str] | None  # the cue's direct object must have one of these lemmas
    object_mods: frozenset[str] | None  # and a modifier of that object one of these ("a takeover offer")
    not_object_with: frozenset[str]  # prepositions whose phrase on the cue's direct object blocks the frame
    one_party: bool  # every end is one party: no name holding a list ("Time, Gulf and Western Inc")
    subject_classes: frozenset[str] | None  # narrower than the predicate's domain, for this cue
    object_classes: frozenset[str] | None
    governors: frozenset[str]  # governing verbs that do not make it unasserted ("agreed to buy")
    not_with: frozenset[str]  # prepositions whose phrase on the cue (not naming a place) blocks the frame
    not_object_amod: frozenset[str]  # modifiers of the cue's direct object that make it another relation
    not_object_heads: frozenset[str]  # last words of an object's name that make it another relation
    not_object: frozenset[str]  # lemmas of the cue's direct object that make it another relation
    not_cue_amod: frozenset[str]  # adjectives of a noun cue that make it another relation ("former")
    cue_mods: frozenset[str] | None  # the cue must have a modifier with one of these words ("work together")
    confidence: float
    name: str  # the rule name in provenance: "<predicate>:<first cue>"
    examples: tuple[Example, ...]
    counterexamples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FrameTable:
    frames: tuple[Frame, ...]
    by_cue: dict[tuple[str, bool], tuple[Frame, ...]]  # (lemma, noun) -> frames
    phrases: dict[str, str]  # open phrase -> predicate
    symmetric: frozenset[str]  # predicates whose coordinated subjects are partners
    never_open: frozenset[str]  # verbs that never make an open relation
    cue_lemmas: frozenset[str]  # every cue of by_cue: most words are none, and need no frame matching
    inverse_phrases: dict[str, str]  # open phrase -> predicate whose subject is the phrase's object
    #: verbs of results ([open] results): with a named direct object they make no open fact
    result_verbs: frozenset[str] = frozenset()


def parse_path(text: str, where: str) -> tuple[Path_, ...]:
    """'object[stake]>prep:in|prep:into' -> alternatives of steps; ValueError naming ``where``."""
    alternatives = []
    for alternative in text.split("|"):
        steps = []
        for part in alternative.strip().split(">"):
            match = _STEP.match(part.strip())
            dep = match.group("dep") if match else ""
            if match is None or not (dep in _STEPS or dep.startswith("prep:")):
                known = f"one of {sorted(_STEPS)} or prep:<word>"
                raise ValueError(f"{where}: {part.strip()!r} is no step ({known})")
            lemmas = match.group("lemmas")
            steps.append(Step(dep, frozenset(w.strip() for w in lemmas.split(",")) if lemmas else None))
        alternatives.append(tuple(steps))
    return tuple(alternatives)


def _frame(raw: dict[str, Any], index: int) -> Frame:
    where = f"{FRAMES_PATH.name} frame {index} ({raw.get('predicate')})"
    noun = "nouns" in raw
    cues = raw.get("nouns") or raw.get("verbs")
    requires = frozenset(raw.get("requires", ()))
    if not cues or requires - _REQUIREMENTS or not raw.get("predicate"):
        raise ValueError(f"{where}: needs a predicate, verbs or nouns, and known requirements")
    examples = tuple(Example(*e) for e in raw.get("examples", ()))

    def optional(key: str) -> frozenset[str] | None:
        return frozenset(raw[key]) if key in raw else None

    return Frame(
        raw["predicate"],
        frozenset(cues),
        noun,
        parse_path(raw["subject"], where),
        parse_path(raw["object"], where),
        requires,
        optional("with_object"),
        optional("object_mods"),
        frozenset(raw.get("not_object_with", ())),
        bool(raw.get("one_party", False)),
        optional("subject_classes"),
        optional("object_classes"),
        frozenset(raw.get("governors", ())),
        frozenset(raw.get("not_with", ())),
        frozenset(raw.get("not_object_amod", ())),
        frozenset(raw.get("not_object_heads", ())),
        frozenset(raw.get("not_object", ())),
        frozenset(raw.get("not_cue_amod", ())),
        optional("cue_mods"),
        float(raw.get("confidence", 0.7)),
        f"{raw['predicate']}:{cues[0]}",
        examples,
        tuple(raw.get("not", ())),
    )


@cache
def load_frames(path: Path = FRAMES_PATH) -> FrameTable:
    """The frame table; a malformed row raises ValueError naming it."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    frames = tuple(_frame(row, i) for i, row in enumerate(raw.get("frame", [])))
    by_cue: dict[tuple[str, bool], list[Frame]] = {}
    for frame in frames:
        for cue in frame.cues:
            by_cue.setdefault((cue, frame.noun), []).append(frame)
    symmetric = frozenset(name for name, spec in PREDICATE_SPECS.items() if spec.symmetric)
    never_open = frozenset(raw.get("open", {}).get("never", ()))
    by_lemma = {k: tuple(v) for k, v in by_cue.items()}
    cue_lemmas = frozenset(cue for cue, _ in by_lemma)
    phrases, inverse = dict(raw.get("phrases", {})), dict(raw.get("inverse_phrases", {}))
    result_verbs = frozenset(raw.get("open", {}).get("results", ()))
    return FrameTable(frames, by_lemma, phrases, symmetric, never_open, cue_lemmas, inverse, result_verbs)


# --- matching ------------------------------------------------------------------------------------------


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _names_share(cue: Token) -> bool:
    """ "owned 31.8 pct by Y": a share on the verb (a minority is a stake, not the firm)."""
    return any(c.lower_ in cues.SHARE_WORDS for c in cue.children)


def is_passive(verb: Token) -> bool:
    return child(verb, "nsubjpass", "auxpass") is not None or passive_agent(verb) is not None


def _step(ctx: FactContext, token: Token, step: Step) -> list[Token]:
    dep = step.dep
    found: list[Token]
    if dep == "subject":
        agent = (passive_agent(token) or _shared_agent(token)) if is_verb(token) else None
        subject = agent if agent is not None or (is_verb(token) and is_passive(token)) else ctx.subject(token)
        found = [subject] if subject is not None else _participle_noun(token, "VBG")
        found = [o for t in found for o in (_owner(ctx, t) if t.dep_ == "poss" else [t])]
    elif dep == "object":
        taken = "nsubjpass" if is_passive(token) else "dobj"  # (asked once, not for every child)
        found = [c for c in token.children if c.dep_ == taken]
        found = (
            _with_list_items(found)
            or _adjacent_name(ctx, token)
            or _participle_noun(token, "VBN")
            or _controlled_passive(token)
            or _coordinated_undergoer(token)
        )
    elif dep == "holder":
        holder = copular_holder(token)
        found = [holder] if holder is not None else []
    elif dep == "agent":
        agent = passive_agent(token)
        found = [agent] if agent is not None else []
    elif dep == "head":
        # a conjunct's head is the list's first item, not a word it modifies ("X, Y and their affiliates")
        found = [token.head] if token.head is not token and token.dep_ != "conj" else []
    elif dep.startswith("prep:"):
        found = prep_objects(token, dep[5:], repeated=True)
    elif dep == "post":
        found = _title_organisations(ctx, token)
    elif dep == "before":
        found = _name_before(ctx, token)
    elif dep == "party":
        found = _party_words(ctx, token)
    elif dep == "possessed":
        owned = child(token, "poss") is not None
        found = [c for c in token.children if c.dep_ == "compound"] if owned else []
    elif dep == "poss":
        found = [o for c in token.children if c.dep_ == "poss" for o in _owner(ctx, c)]
    else:
        found = [c for c in token.children if c.dep_ == dep]
    if step.lemmas is not None:
        found = [t for t in found if t.lemma_.lower() in step.lemmas or t.lower_ in step.lemmas]
    return found


def _owner(ctx: FactContext, possessor: Token) -> list[Token]:
    """The owner a possessive stands for. "Presidential reiterated its agreement with Y": where the clause's
    subject is a short name NER left unread, "its" is that subject's, which is the earlier name it shortens
    ("Presidential Airways"), not the firm the pronoun's nearest antecedent would give (judged seed 938 had
    the agreement given to a trading name named in between); with no such earlier name, no owner."""
    verb = possessor.head.head if possessor.pos_ == "PRON" and possessor.head.dep_ == "dobj" else None
    subject = child(verb, "nsubj") if verb is not None else None
    if subject is None or subject.pos_ != "PROPN" or ctx.tok2m[subject.i] >= 0:
        return [possessor]
    shortened = [
        m
        for m in ctx.mentions
        if m.tok_end <= subject.i and m.cls == "Organization" and subject.text in m.surface.split()
    ]
    return [ctx.doc[max(shortened, key=lambda m: m.tok_start).tok_end - 1]] if shortened else []


def _party_words(ctx: FactContext, noun: Token) -> list[Token]:
    """ "Labour criticised Tory plans", "backed Conservative policy": a party's word on a noun stands for the
    party as its possessive does ("the Tories' plans"); NER leaves the word unnamed or takes it for a
    nationality, so it becomes a mention of the party the gazetteer names by it (parties.py). Not inside
    a quotation ('"Labour has rejected the Tory idea", X said'): the words are the speaker's."""
    if in_quote(noun.idx, ctx.quotes):
        return []
    words = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.head == noun.head and before.dep_ == noun.dep_:
        words.append(before)  # "attacked the Tory plans to ...": the parser may make both words objects
    found = []
    for word in words:
        if any(c.dep_ == "compound" for c in word.children):
            continue
        index = ctx.tok2m[word.i]
        if index >= 0 and ctx.mentions[index].cls not in ("Organization", NORP):
            continue
        span = noun.doc[word.i : word.i + 1]
        entry = party_entry(load_gazetteer(), word.text)
        if entry is None or in_longer_name(span):
            continue
        if index < 0 or ctx.mentions[index].cls == NORP:
            party_mention(ctx, span, entry)
        found.append(word)
    return found


def _name_before(ctx: FactContext, verb: Token) -> list[Token]:
    """The name right before a finite verb that has no subject of its own: the parser made it another
    verb's object ("... is fit to start and lock Rob Sidoli replaces Gareth Llewellyn", where "lock" read
    as a verb takes Sidoli), and the subject it would inherit through the coordination is another clause's."""
    if verb.i == 0 or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    before = verb.doc[verb.i - 1]
    index = ctx.tok2m[before.i]
    if index < 0 or ctx.mentions[index].tok_end != verb.i or before.dep_ not in ("dobj", "pobj"):
        return []
    return [before]


def _title_organisations(ctx: FactContext, person: Token) -> list[Token]:
    """The organisations a person's title in its sentence ties them to ("Acme chairman X", "X, chairman of
    Acme", "its chairman X"): the title rules' ties, which run before the frames, read back, so that the
    title's reading of the organisation is the one place that decides it."""
    index = ctx.arg(person)  # (the title itself may head the phrase: "Acme's chairman, X")
    if index is None:
        return []
    start = person.sent.start_char
    ties = [
        f
        for f in ctx.facts
        if f.subject == index
        and f.sent_start == start
        and f.rule == _TITLE_RULE
        and (f.predicate in _POST_TIES or f.predicate == "holdsPosition")
    ]
    posts = [ctx.mentions[f.object].surface for f in ties if f.predicate == "holdsPosition"]
    titles = {w for post in posts for w in _words(post)}
    bodies = {f.object for f in ties if f.predicate in _POST_TIES}
    if titles & _OFFICES_OF_STATE or len(bodies) != 1:
        # "the CDU premier X resigned" leaves the premiership, not the party; two bodies ("Finnish Social
        # Democrat Prime Minister X", a name NER cut in two) leave it open which one
        return []
    body = bodies.pop()
    first = ctx.mentions[body].tok_start
    return [ctx.doc[first]] if ctx.tok2m[first] == body else []


def _words(text: str) -> list[str]:
    return text.lower().replace("-", " ").split()


def _post_unnamed(verb: Token) -> bool:
    """A departure that names no post or body of its own: "Acme chairman X has resigned", "X stepped down
    on Monday", "Acme manager X was sacked"; not "resigned from the board of Y", "quit as manager of Y",
    "quit smoking", "stepped in", "was fired up", nor one whose "by" names the body (another row's)."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children) or passive_agent(verb) is not None:
        return False
    if prep_objects(verb, "from", "as", "of"):
        return False
    if verb.lemma_.lower() == "step":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "aside") for c in verb.children)
    return child(verb, "prt") is None


def _with_list_items(tokens: list[Token]) -> list[Token]:
    """The tokens with their conjuncts and the parser's list appositions, so that a step beyond reaches
    each item ("include Volkov vodka, Kastell brandy and Brennan cider": the parser hangs the second item
    on the first as an apposition)."""
    items = [t for c in tokens for t in (c, *c.conjuncts)]
    items += [a for t in items for a in t.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
    return list(dict.fromkeys(t for c in items for t in (c, *c.conjuncts)))


def _participle_noun(verb: Token, tag: str) -> list[Token]:
    """The noun a participle clause modifies, which fills the slot the clause leaves empty: the doer of
    an active one ("the firm making the chips", tag VBG), the undergoer of a passive one ("Acme Corp,
    headed by John Smith", "the deal, signed by X and Y", tag VBN). An apposition stands for the name it
    describes ("Intel, the firm making the chips"; "Kalan Karim, an Iraqi Kurd living in Swansea")."""
    if verb.dep_ != "acl" or verb.tag_ != tag or child(verb, "nsubj", "nsubjpass", "aux") is not None:
        return []
    noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
    return [noun] if noun.pos_ in ("NOUN", "PROPN") else []


def _controlled_passive(verb: Token) -> list[Token]:
    """The undergoer of a passive to-clause with no subject of its own is the subject of the verb that governs
    it: "Y agreed to be taken over by X", "Y is expected to be fined by X" (stance then judges the governor:
    "Y is to be bought by X" is a plan)."""
    if verb.dep_ != "xcomp" or not is_passive(verb) or child(verb, "nsubjpass") is not None:
        return []
    subject = child(verb.head, "nsubj", "nsubjpass")
    return [subject] if subject is not None else []


def _shared_agent(verb: Token) -> Token | None:
    """The ``by`` agent of a later passive conjunct is that of every passive before it that has none: "was
    fined £5,000 and reprimanded by the FA" (the FA fined him too). Not a conjunct with a subject of its
    own ("X was fined and Y was banned by the FA"), nor an earlier conjunct's ("was arrested by police and
    charged": who charged him the sentence leaves open)."""
    if not is_passive(verb) or verb.tag_ != "VBN":
        return None
    for conj in verb.conjuncts:
        if conj.i < verb.i or conj.tag_ != "VBN" or child(conj, "nsubj", "nsubjpass") is not None:
            continue
        agent = passive_agent(conj)
        if agent is not None:
            return agent
    return None


def _coordinated_undergoer(verb: Token) -> list[Token]:
    """The undergoer of a passive conjunct with no subject of its own is the subject of the clause it is
    coordinated with: "X accused Y of cheating and was fined by the FA" (X was fined), "X was arrested and
    charged by police"."""
    if verb.dep_ != "conj" or not is_passive(verb) or child(verb, "nsubj", "nsubjpass") is not None:
        return []
    node = verb
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
        subject = child(node, "nsubj", "nsubjpass")
        if subject is not None:
            return [subject]
    return []


def _adjacent_name(ctx: FactContext, verb: Token) -> list[Token]:
    """The name right after an active verb that the parser left without an object.

    The small parser often reads a sports result ("Chelsea beat Arsenal 2-1") with the score as the
    object and the team as an adverbial; the word order still says who was beaten.
    """
    if not is_verb(verb) or is_passive(verb):
        return []
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return []
    doc = ctx.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k >= len(doc) or ctx.tok2m[k] < 0 or ctx.mentions[ctx.tok2m[k]].tok_start != k:
        return []
    name = doc[k]
    return [name] if name.dep_ in ("npadvmod", "dep", "nmod", "appos", "attr", "oprd", "compound") else []


def path_args(ctx: FactContext, cue: Token, paths: tuple[Path_, ...]) -> list[int]:
    """Mention indices that the first path reaching any gives (conjuncts included)."""
    for path in paths:
        tokens = [cue]
        for step in path:
            tokens = [t for token in tokens for t in _step(ctx, token, step)]
        # (a title's body is one: its name's conjuncts are no more bodies, "X Savings and Loan Association")
        if (
            _singular_modifier_of_head(cue, path)
            or _in_apposition_of(cue, tokens)
            or path[-1].dep == "post"
            or _clause_of_one_item(cue, tokens)
        ):
            # "stars Naomi Watts and Oscar winner Adrien Brody": one winner, the name it stands before
            found = [m for token in tokens if (m := ctx.arg(token)) is not None]
        else:
            found = [m for token in tokens for m in ctx.args(token)]
        if found:
            return list(dict.fromkeys(found))
    return []


def _clause_of_one_item(cue: Token, tokens: list[Token]) -> bool:
    """A participle clause set inside a list, before the next item ("The Polar Express, starring X, and the
    comedy Y"), is said of the item it follows, not of the items after it: X stars in Y nowhere."""
    head = cue.head
    return cue.dep_ == "acl" and tokens == [head] and any(c.i > cue.right_edge.i for c in head.conjuncts)


def _singular_modifier_of_head(cue: Token, path: Path_) -> bool:
    """A singular noun before one name ("Oscar winner Adrien Brody") describes that name, not its
    conjuncts; "Oscar winners A and B" describes both. So does a singular noun the name hangs on ("Booker
    Prize winner Ian McEwan and Oscar winner Helen Mirren": the parser makes McEwan the apposition of the
    first winner and Mirren his conjunct)."""
    if len(path) != 1 or cue.tag_ != "NN":
        return False
    return (path[0].dep == "head" and cue.dep_ == "compound") or path[0].dep in ("appos", "npadvmod")


def _in_apposition_of(cue: Token, tokens: list[Token]) -> bool:
    """A participle in the apposition of one item of a list describes that item, not the list: "David
    Sofer, an Israeli citizen living in Jerusalem, and two corporations ..." (Sofer lives there); so does
    a singular noun in apposition: "its suit against Texaco Inc, Chevron Corp, Chevron's Gulf Oil unit and
    ..." (the parser hangs the unit on Chevron Corp; Texaco is no unit of anything)."""
    if cue.dep_ == "appos" and cue.tag_ == "NN":
        return tokens == [cue.head]
    return cue.dep_ == "acl" and cue.head.dep_ == "appos" and tokens == [cue.head.head]


def copular_holder(noun: Token) -> Token | None:
    """X of 'X is (one of) N', 'X, (one of) N' and, the copula turned round, 'N is X' ("the party's largest
    donor was X" says what "X was the party's largest donor" says)."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ == "one":
        node = node.head.head
    if node.dep_ == "attr":
        return child(node.head, "nsubj")
    if node.dep_ == "appos":
        return node.head
    if node.dep_ == "nsubj" and node.head.lemma_ == "be":
        named = child(node.head, "attr")
        return named if named is not None and named.pos_ == "PROPN" else None
    return None


def has_infinitive(verb: Token) -> bool:
    """'X urged Y to act': a to-infinitive clause under the verb."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp", "oprd", "acl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            return True
    return False


def _noun_infinitive(cue: Token) -> bool:
    """'its bid to buy X', 'an offer to acquire X': the verb names what the noun aims at, not an event."""
    return cue.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


_AIMS = cues.SEEK_NOUNS | {"proposal", "plan"}


def _aimed_at(noun: Token) -> bool:
    """'its offer to buy the outstanding shares of X', 'made a bid ... to win the backing of X': the object of
    a to-clause that an offer or a bid aims at is not yet had (the parser hangs the clause on the noun or, as
    often, on the verb whose object the noun is)."""
    verb = noun.head
    if noun.dep_ != "dobj" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return verb.head.lemma_.lower() in _AIMS
    return verb.dep_ == "advcl" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _AIMS for c in verb.head.children
    )


#: Modals of a clause whose subject is the cue noun that make the noun's event a supposition.
_CONDITIONAL_MODALS = frozenset({"would", "could", "might"})


def _hypothetical(noun: Token) -> bool:
    """'a possible deal', 'talks on a merger', 'speculation about a takeover', 'preparations for the trip':
    what may be, not what was; and the subject of "would", "could", "might" ("a deal would create")."""
    if any(c.dep_ == "amod" and c.lower_ in cues.HYPOTHETICAL_ADJECTIVES for c in noun.children):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS for c in noun.head.children
    ):
        return True  # "A merger between X and Y would be the fifth deal": a merger supposed, not made
    host = (
        noun.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "over", "about", "of", "for")
        else None
    )
    return host is not None and host.lemma_.lower() in cues.HYPOTHETICAL_HOSTS


#: Predicates of a tie that holds while it lasts: "a former member of X", "its former unit Y" tie nothing now
#: (a former winner or nominee still won or was nominated).
_STANDING_TIES = frozenset(
    {"memberOf", "supports", "alliedWith", "subsidiaryOf", "supplies", "makes", "partneredWith", "basedIn"}
)


def _left_behind(cue: Token) -> bool:
    """A noun cue that "former", "ex-" or "one-time" qualifies: "a former member of rap group X"."""
    return after_former(cue.doc, cue.i) or any(
        c.dep_ in ("amod", "compound") and c.lower_ in FORMER for c in cue.children
    )


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})


def _applies(frame: Frame, cue: Token) -> bool:
    if frame.noun and (_hypothetical(cue) or _aimed_at(cue)):
        return False
    if frame.noun and frame.predicate in _STANDING_TIES and _left_behind(cue):
        return False
    if "infinitive" in frame.requires and not has_infinitive(cue):
        return False
    if "up" in frame.requires and not any(c.lower_ == "up" for c in cue.children):
        return False  # "is up for an award", not "is for an award"
    if "no_infinitive" in frame.requires and has_infinitive(cue):
        return False  # "backed New Zealand to win the series" tips a winner, it supports nobody
    if "with" in frame.requires and not _with_partner(cue):
        return False  # "X and Y agreed to act": only a partner named after "with" makes the agreement
    if "no_deed" in frame.requires and joins_a_deed(cue):
        return False  # "the EC was joined by the US in criticising Brazil": a deed shared, no membership
    if not frame.noun and _noun_infinitive(cue) and cue.head.lemma_.lower() not in frame.governors:
        return False  # "an agreement to buy X" stands when the frame names "agreement" a governor
    if frame.with_object is not None and not any(
        c.lemma_.lower() in frame.with_object
        for c in [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")] or _participle_noun(cue, "VBN")
    ):
        return False
    if frame.object_mods is not None and not any(
        m.dep_ in _MODIFIER_DEPS and (m.lower_ in frame.object_mods or m.lemma_.lower() in frame.object_mods)
        for c in cue.children
        if c.dep_ in ("dobj", "nsubjpass")
        for m in c.children
    ):
        return False  # "received a takeover offer from X", not "an offer from X to set up a blood bank"
    if frame.not_object_with and any(
        prep_objects(c, *frame.not_object_with) for c in cue.children if c.dep_ in ("dobj", "nsubjpass")
    ):
        return False  # "rejected a bid from X for its Zenith unit": the bid is for the unit
    if frame.not_object_amod and any(
        a.dep_ in ("amod", "compound") and a.lower_ in frame.not_object_amod
        for c in cue.children
        if c.dep_ in ("dobj", "nsubjpass")
        for a in c.children
    ):
        return False  # "buy the outstanding shares of Y" buys Y: a takeover, no stake
    if frame.not_object and any(o.lemma_.lower() in frame.not_object for o in _what_is_moved(cue)):
        return False  # "selling 543,237 shares to X" sells a stake, it supplies nothing
    if frame.not_cue_amod and any(a.dep_ == "amod" and a.lower_ in frame.not_cue_amod for a in cue.children):
        return False  # "a former analyst with Y" no longer works there
    if frame.cue_mods is not None and not _modified_by(cue, frame.cue_mods):
        return False  # "X and Y worked on the report" is no partnership; "worked together on it" is
    if "active" in frame.requires and is_passive(cue):
        return False
    if "clause" in frame.requires and is_passive(cue) and (cue.dep_ in ("acl", "relcl") or _names_share(cue)):
        # "X, a firm minority owned by Y", "X is owned 31.8 pct by Y": events.owned reads the share
        return False
    if "no_moment" in frame.requires and _at_the_moment(cue):
        return False  # "as he left the White House to visit his wife": he walked out, he quit no post
    if "no_post_named" in frame.requires and not _post_unnamed(cue):
        return False
    if "whole" in frame.requires and not _whole_object(cue):
        return False  # "bought certain assets of Y", "its oil assets": a part of Y changed hands, not Y
    if "held" in frame.requires and _changes_hands(cue):
        return False  # "sold its stake in Y": a stake that was held, or is still to be
    if "not_sold" in frame.requires and _sold_off(cue):
        return False  # "completed the sale of its Zenith unit": a former part (judged wrong, j933)
    return not ("passive" in frame.requires and not is_passive(cue))


#: Conjunctions that open a clause of the moment another deed is done at ("said X as he left Y").
_MOMENT_MARKS = frozenset({"as", "while"})


def _at_the_moment(cue: Token) -> bool:
    """A verb cue heading an adverbial clause that "as" or "while" opens: a deed told as the moment of
    another ("Reagan said so as he left the White House"), which is a walk out of a place, not a departure
    from a post."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _MOMENT_MARKS for c in cue.children)


def _whole_object(cue: Token) -> bool:
    """What the cue takes (a verb's direct object, a noun's "of" object, through "all of") and its conjuncts
    carry no modifier and no place: "the business and assets of Y", "all the assets of Y" are the whole of
    Y; "certain assets", "the former assets", "its mining equipment operations" of Y, "the operations of Y in
    California" are a part."""
    taken = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")] if is_verb(cue) else []
    taken = taken or prep_objects(cue, "of")
    taken = [o for t in taken for o in ([t, *prep_objects(t, "of")] if t.lower_ == "all" else [t])]
    parts = [o for t in taken for o in (t, *t.conjuncts)]
    owners = [p for o in parts for p in prep_objects(o, "of")]
    return (
        bool(taken)
        and not any(c.dep_ in _MODIFIER_DEPS or c.dep_ == "poss" for o in parts for c in o.children)
        and not any(prep_objects(o, "in") for o in parts + owners)
    )  # "the operations of Y in California"


def _phrase_word(cue: Token) -> Token | None:
    """The word the noun cue's phrase hangs on, through a conjunction or an apposition and a preposition
    ("the sale of its stake", "disposed of its holding", "sold its stake and its unit"); None where the
    phrase hangs on nothing. What a holding's or a part's noun means depends on that word."""
    head = cue
    while head.dep_ in ("conj", "appos") and head.head is not head:
        head = head.head
    word = head.head
    if word.dep_ == "prep" and word.head is not word:
        word = word.head
    return None if word is head else word


def _changes_hands(cue: Token) -> bool:
    """The word the noun cue's phrase hangs on is one of changing hands ("sold its stake in Y"); precision
    first, a stake bought by its new holder ("X bought its stake in Y in 1985") is left out with the rest."""
    word = _phrase_word(cue)
    return word is not None and word.lemma_.lower() in cues.TRANSFER_WORDS


def _sold_off(cue: Token) -> bool:
    """The cue's phrase is what a done sale sold: "sold its Zenith unit", "completed the sale of its Zenith
    division", "realized 1 bln dlrs from the sale of its Zenith unit". A sale still to come ("agreed to sell
    its Zenith unit", "the proposed sale of its Zenith unit") leaves the part the seller's, and the fact."""
    word = _phrase_word(cue)
    if word is None or word.lemma_.lower() not in cues.SALE_WORDS:
        return False
    if word.pos_ == "VERB":
        return word.tag_ in ("VBD", "VBN")
    done = word.head.head if word.head.dep_ == "prep" else word.head
    return done.lemma_.lower() in cues.SALE_DONE_VERBS or any(c.lower_ == "completed" for c in word.children)


#: Nouns of a match's time: a deed placed in one is a move of the match ("in the 60th minute"); a game or a
#: match is a time only from within ("late in the game"; "after the game" a manager may be replaced).
_MATCH_TIMES = frozenset({"minute", "half", "half-time", "interval", "break", "period"})
_MATCH_SPANS = frozenset({"game", "match"})


def in_play(ctx: FactContext, cue: Token) -> bool:
    """The cue, or an adverb on it ("late in the game"), is placed in a match's time: "replaced Y in the 60th
    minute", "at half-time", "after 60 minutes", "late in the game"; or, in a report on sport, a "replace"
    told in the past with no post ("X, who replaced Y", "after replacing the injured Y", "was replaced by
    X"): the match report's substitution, where team news writes "X replaces Y" and a post "replaced Y as
    coach"."""
    if (
        ctx.lemmas[cue.i] == "replace"
        and _told_past(cue)
        and not prep_objects(cue, "as")
        and about_athletes(ctx.doc)
    ):
        return True
    holders = [cue, *(c for c in cue.children if c.dep_ == "advmod")]
    return any(
        o.lemma_.lower() in _MATCH_TIMES or (o.lemma_.lower() in _MATCH_SPANS and preposition in ("in", "at"))
        for h in holders
        for preposition in ("in", "at", "after", "before")
        for o in prep_objects(h, preposition)
    )


def _told_past(verb: Token) -> bool:
    """ "replaced", "was replaced", "after replacing": a deed told as past."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in verb.children)
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "after"


def _appointee_named(ctx: FactContext, cue: Token) -> bool:
    """An infinitive under a verb of appointing ("named X to succeed Y") is the appointee's deed: it stands
    when the verb names a person as its object or has a passive subject ("X was named to succeed Y"); "named
    a Republican to replace Y", "anyone nominated to replace Y" name nobody, and the appointer did not
    replace Y; nor did the possessor of a noun of choosing ("Mandaric's first choice to replace Y"), nor the
    subject of a verb a purpose clause hangs on."""
    head = cue.head
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in cue.children) or head is cue:
        return True
    if head.pos_ == "NOUN" and cue.dep_ in ("acl", "relcl"):
        return False  # "X was the chairman's first choice to replace Y": the choice is X, not the chooser
    if head.lemma_.lower() not in cues.APPOINTEE_VERBS:
        # a purpose the parser hung on another verb ("won applause for his selection of X to replace Y") is
        # no deed of that verb's subject; "X was brought in to replace Y" is X's
        return cue.dep_ != "advcl" or child(head, "nsubjpass") is not None
    appointee = child(head, "dobj")
    index = ctx.arg(appointee) if appointee is not None else None
    named = index is not None and ctx.mentions[index].cls == "Person"
    return named or child(head, "nsubjpass") is not None


def _what_is_moved(cue: Token) -> list[Token]:
    """The cue's direct objects, and what a part of one is of: "sold 13 pct of its stake in Y to Z", "sold
    part of its shares to Z" move the stake and the shares (r21b: judges of seed 937 read a supply)."""
    found = [c for c in cue.children if c.dep_ == "dobj"]
    return found + [o for c in found for o in prep_objects(c, "of")]


def _modified_by(cue: Token, words: frozenset[str]) -> bool:
    """An adverb, particle or modifier of the cue, or the object or adverb of a preposition on it, is one of
    the words: "working together", "working in tandem with Y", "working together with Y" (the parser hangs
    "together" on "with"), "went down to Y"."""
    for c in cue.children:
        if c.dep_ in ("advmod", "amod", "npadvmod", "prt") and c.lower_ in words:
            return True
        if c.dep_ == "prep" and any(p.dep_ in ("pobj", "advmod") and p.lower_ in words for p in c.children):
            return True
    return False


def match_frames(ctx: FactContext, cue: Token, table: FrameTable) -> Iterator[tuple[Frame, int, int, Stance]]:
    """(frame, subject, object, stance) for every frame of the cue's lemma whose slots are filled and that
    is a claim (its stance says whether it is asserted, negated, hedged, ...)."""
    noun = cue.pos_ in ("NOUN", "PROPN")
    if (not noun and not is_verb(cue)) or ctx.tok2m[cue.i] >= 0:
        return  # a word of a name is no cue: 'the Kings Own Scottish Borderers' owns nothing
    lemma = ctx.lemmas[cue.i]
    frames = table.by_cue.get((lemma, noun), ())
    if not frames:
        return  # most nouns and verbs cue no frame: their children need no look
    particle = child(cue, "prt")
    # a phrasal verb the phrase table maps is another verb: "took over RCA" is no "took the title"
    phrasal = table.phrases.get(f"{lemma} {particle.lower_}") if particle is not None else None
    for frame in frames:
        if not _applies(frame, cue) or phrasal not in (None, frame.predicate) or _blocked(ctx, frame, cue):
            continue
        if "sport" in frame.requires and not about_athletes(ctx.doc):
            continue
        if "appointee" in frame.requires and not _appointee_named(ctx, cue):
            continue
        if "not_in_play" in frame.requires and in_play(ctx, cue):
            continue  # "X, who replaced Y late in the game": a substitution, no succession
        objects = _of_classes(ctx, path_args(ctx, cue, frame.object), frame.object_classes)
        if "named" in frame.requires:
            objects = [o for o in objects if _named(ctx, o)]
        objects = [o for o in objects if _last_word(ctx, o) not in frame.not_object_heads]
        if not objects and frame.predicate not in table.symmetric:
            continue  # no pair can come of it (only a symmetric frame pairs its subjects): no subject sought
        subjects = _of_classes(ctx, path_args(ctx, cue, frame.subject), frame.subject_classes)
        if "named" in frame.requires:
            subjects = [s for s in subjects if _named(ctx, s)]
        objects, subjects = _no_demonym_person(ctx, objects), _no_demonym_person(ctx, subjects)
        objects, subjects = _no_cut_country(ctx, objects), _no_cut_country(ctx, subjects)
        if frame.one_party:
            objects, subjects = _one_party(ctx, objects), _one_party(ctx, subjects)
        if frame.predicate == "visited":  # a side plays away (its open relation, 'travel to', stands)
            # "Italy travel to Edinburgh", "Chelsea visit Anfield": it visits no place
            subjects = [s for s in subjects if not a_side(ctx.doc, ctx.mentions[s].cls)]
        partners = not objects and frame.predicate in table.symmetric and len(subjects) > 1
        if partners and not _with_partner(cue) and not _several_of_them(cue) and not _buyers(cue, subjects):
            # "India and Russia signed a memorandum", "an alliance of the US, India and Japan": the
            # coordinated subjects are each other's partners, every pair of them
            pairs = [(s, o) for i, s in enumerate(subjects) for o in subjects[i + 1 :]]
        elif subjects and objects and _respectively(cue):  # (with a list empty there is no pair to order)
            pairs = _in_order(ctx, subjects, objects)
        else:
            pairs = [(s, o) for s in subjects for o in objects]
        pairs = [(s, o) for s, o in pairs if s != o]
        if "abroad" in frame.requires:
            pairs = [(s, o) for s, o in pairs if _abroad(ctx, s, o)]
        if not pairs:
            continue
        stance = ctx.stance(cue, nominal=noun, allowed=frame.governors)
        if stance is not None:
            yield from ((frame, s, o, stance) for s, o in pairs)


def _respectively(cue: Token) -> bool:
    """ "X and Y, which are affiliates of A and B respectively": the clause of the cue pairs its lists by
    order, not every item with every other. The parser hangs the adverb anywhere, so it is looked for in the
    words from the cue to the next comma or the sentence's end."""
    words = doc_words(cue.doc)  # (the Doc's shared words: no Token per word)
    for k in range(cue.i, cue.sent.end):
        if words.lowers[k] == "respectively":
            return True
        if words.texts[k] in (",", ";"):
            return False
    return False


def _in_order(ctx: FactContext, subjects: list[int], objects: list[int]) -> list[tuple[int, int]]:
    """The first subject with the first object, the second with the second, ...: each name's place in its
    own list, which holds where the entities missed a name of the other ("Bankers Trust Co and Citicorp
    Investment Bank, affiliates of A and Citicorp respectively": the second is Citicorp's; judged crosswise,
    j933)."""
    return [(s, o) for s in subjects for o in objects if _list_place(ctx, s) == _list_place(ctx, o)]


def _list_place(ctx: FactContext, mention: int) -> int:
    """How many items come before the name in its list (the parser chains "A, B and C" as conjuncts)."""
    row = ctx.mentions[mention]
    token = ctx.doc[row.tok_start : row.tok_end].root
    place = 0
    while token.dep_ == "conj" and token.head is not token:
        place, token = place + 1, token.head
    return place


#: Tokens before a person's name that may hold the country of their title ("US Treasury Secretary John
#: Snow", "a top West German Foreign Ministry official, Helmut Schaefer").
_TITLE_REACH = 8


def _abroad(ctx: FactContext, person: int, place: int) -> bool:
    """Whether the text puts a person in a country not their own: their title names their country ("US
    Treasury Secretary John Snow told an audience in the UK") and the place is another country or another
    country's capital. A place of their own country, or one the gazetteer cannot place, says nothing: a
    minister who speaks in his own capital visits nothing ("Indonesia's Foreign Minister X told Reuters in
    Jakarta")."""
    home = _home_country(ctx, person)
    row = ctx.mentions[place]
    if row.cls == "Country":
        there: str | None = row.key
    else:
        entry = load_gazetteer().lookup(row.key)
        there = entry.capital_of if entry is not None else None
    return home is not None and there is not None and there != home


def _home_country(ctx: FactContext, person: int) -> str | None:
    """The one country the titles of a person name, at this mention or any other of the same surname in
    the text ("French President Jacques Chirac ... Mr Chirac told reporters in London")."""
    surname = ctx.mentions[person].key.split()[-1:]
    same = [
        m
        for m, row in enumerate(ctx.mentions)
        if m == person or (row.cls == "Person" and surname and row.key.split()[-1:] == surname)
    ]
    homes = {home for m in same if (home := _title_country(ctx, m)) is not None}
    return next(iter(homes)) if len(homes) == 1 else None


def _title_country(ctx: FactContext, person: int) -> str | None:
    """The one country named in the words of a person's title before the name, or in an apposition after
    it ("Helmut Schaefer, a West German official,"), as a name or a demonym; no other person between."""
    row, doc = ctx.mentions[person], ctx.doc
    root = doc[row.tok_start : row.tok_end].root
    sentence = doc[row.tok_start].sent
    k = row.tok_start - 1  # the title's words run back to a comma, a verb or a clause's start
    while k >= max(sentence.start, row.tok_start - _TITLE_REACH) and _title_word(doc[k]):
        k -= 1
    words = list(range(k + 1, row.tok_start))
    words += [t.i for c in root.children if c.dep_ == "appos" for t in c.subtree]
    if root.dep_ == "appos":  # "a top West German official, Helmut Schaefer"
        words += [t.i for t in root.head.subtree if t.i < row.tok_start]
    countries: set[str] = set()
    for k in sorted(set(words)):
        m = ctx.tok2m[k]
        if m >= 0 and ctx.mentions[m].cls == "Person" and m != person and k < row.tok_start:
            countries.clear()  # "X met Y's minister Z": the words before another person are theirs
        elif m >= 0 and ctx.mentions[m].cls in ("Country", NORP):
            countries.add(ctx.mentions[m].key)
    return next(iter(countries)) if len(countries) == 1 else None


def _title_word(token: Token) -> bool:
    return token.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART") or token.text in ("-", "of", "'s", "&")


def _named(ctx: FactContext, mention: int) -> bool:
    """A name the text gives, for the frames that require it: not a pronoun ("Its customers include X":
    coref takes the nearest firm, where a list's owner is often the subject of a sentence before), nor a
    kind noun in capitals on its own ("The Group's subsidiaries include X": the group is left to context)."""
    row = ctx.mentions[mention]
    one_word = row.tok_end - row.tok_start == 1
    return row.cls != PRONOUN and not (one_word and ctx.doc[row.tok_start].lower_ in ecues.GENERIC_HEADS)


def _several_of_them(cue: Token) -> bool:
    """ "Subsidiaries X and Y have settled revised lending agreements": a plural noun cue, the object of the
    subjects' verb with no partner of its own, is agreements each subject made, not one between them (with
    their lenders, here); "X and Y signed an agreement" is one, between them, and so are "agreements
    between X and Y" and "X and Y are allies", which say who the partners are."""
    return cue.tag_ == "NNS" and cue.dep_ == "dobj" and not prep_objects(cue, "between")


#: Verbs of trade whose infinitive on a deal makes its three or more signers buyers or sellers together.
_TRADE_VERBS = cues.PURCHASE_VERBS | frozenset({"sell", "supply", "import", "export"})


def _buyers(cue: Token, subjects: list[int]) -> bool:
    """ "The four -- A, B, C and D -- signed an agreement to buy Saudi crude" (outside article
    reuters21578-273, judges of seed 940): three or more signers of a deal to buy, sell or supply something
    are one side of it, with a third party the sentence leaves unnamed; "India and Russia signed a
    memorandum" (two signers, no such deed) pairs them. The infinitive hangs on the verb or on its deal."""
    if len(subjects) < 3:
        return False
    verb = cue.head if cue.pos_ in ("NOUN", "PROPN") and cue.dep_ == "dobj" else cue
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.dep_ in ("advcl", "xcomp", "acl")
        and c.lemma_.lower() in _TRADE_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for word in (verb, *nouns)
        for c in word.children
    )


def _with_partner(cue: Token) -> bool:
    """'Venezuela and Chile struck agreements with commercial banks': the partner is named after 'with'
    (on the verb or on its object) though it is no entity, so the coordinated subjects are no partners."""
    nouns = [cue, *(c for c in cue.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(prep_objects(n, "with") for n in nouns)


def _blocked(ctx: FactContext, frame: Frame, cue: Token) -> bool:
    """A ``not_with`` preposition hangs on the cue with an object that is no place: "led Spain to victory",
    "joined Pixar as a producer"; or is the cue's particle or adverb: "led Wales out", "arrived back in"."""
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in frame.not_with for c in cue.children):
        return True
    return any(
        ctx.tok2m[o.i] < 0 or ctx.mentions[ctx.tok2m[o.i]].cls not in ecues.PLACE_CLASSES
        for word in frame.not_with
        for o in prep_objects(cue, word)
    )


def _last_word(ctx: FactContext, mention: int) -> str:
    words = ctx.mentions[mention].surface.split()
    return words[-1].lower() if words else ""


def _of_classes(ctx: FactContext, mentions: list[int], classes: frozenset[str] | None) -> list[int]:
    """The mentions whose class (as the mention layer typed it) is allowed; pronouns pass, assembly checks."""
    if classes is None:
        return mentions
    return [m for m in mentions if ctx.mentions[m].cls in classes or ctx.mentions[m].cls == "PRON"]


#: Dependencies of a word that heads its own noun phrase as a clause's argument.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def _no_demonym_person(ctx: FactContext, mentions: list[int]) -> list[int]:
    """Leave out a singular demonym standing as a noun: "The Russian beat Schuettler", "he lost to the
    Italian" name a person of that country, not the country (a plural, "the Russians", is its side)."""
    return [m for m in mentions if not _demonym_person(ctx, m)]


def _one_party(ctx: FactContext, mentions: list[int]) -> list[int]:
    """Leave out a name that may hold a list of parties: where the parties are a coordination ("a venture
    between X and Y", "bids from X and Y"), NER often runs two into one ("Redstone and MCV Holdings Inc",
    "Time, Gulf and Western Inc"); "Oppenheimer and Co" is one firm."""
    return [m for m in mentions if not _may_be_a_list(ctx.mentions[m].surface)]


def _may_be_a_list(name: str) -> bool:
    words = name.replace(",", " , ").split()
    return "," in words or any(
        w == "and" and words[i + 1].lower().rstrip(".") not in ecues.LEGAL_FORMS
        for i, w in enumerate(words[:-1])
    )


def _no_cut_country(ctx: FactContext, mentions: list[int]) -> list[int]:
    """Leave out a country that ends a longer name NER cut it from: "Credit Foncier de France is issuing a
    bond" names a bank, not France (the parser hangs the bank's other words on the country's word)."""
    return [m for m in mentions if not _cut_country(ctx, m)]


def _cut_country(ctx: FactContext, mention: int) -> bool:
    row = ctx.mentions[mention]
    if row.cls != "Country":
        return False
    root = ctx.doc[row.tok_start : row.tok_end].root
    # words of the name before the country, hung on its word: "Credit" (NNP), "Foncier", "de" (IN)
    before = [c for c in root.children if c.dep_ in ("compound", "nmod") and c.i < row.tok_start]
    return any(c.tag_ in ("NNP", "IN") and c.text[:1] != "<" for c in before)


#: Demonyms that are only ever a person, with or without "the": "Briton wins short film Oscar".
_PERSON_DEMONYMS = frozenset({"briton", "spaniard", "swede"})


def _demonym_person(ctx: FactContext, mention: int) -> bool:
    row = ctx.mentions[mention]
    if row.cls != "NORP" or row.tok_end - row.tok_start != 1:
        return False
    token = ctx.doc[row.tok_start]
    word = token.lower_
    if word in _PERSON_DEMONYMS:
        return True
    singular = word.endswith(("an", "ian", "ine", "i")) and token.tag_ not in ("NNS", "NNPS")
    determined = any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.children)
    return singular and determined and token.dep_ in _ARGUMENT_DEPS


def apply_frames(ctx: FactContext, cue: Token, table: FrameTable) -> bool:
    """Record the cue's frame facts; True when any frame fired (an open relation then says nothing more)."""
    fired = False
    for frame, subject, obj, stance in match_frames(ctx, cue, table):
        ctx.add(frame.predicate, subject, obj, cue, frame.name, frame.confidence, stance)
        fired = True
    return fired
