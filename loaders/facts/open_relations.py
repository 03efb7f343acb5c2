"""Open relations: a verb between two named entities that no frame covers, kept with its phrase as predicate.

The phrase is the verb's lemma, its particle, and, when the object entity sits in a prepositional phrase,
the plain noun object in between and the preposition: "awarded a contract to Raytheon" -> "award contract
to"; "teamed up with" -> "team up with". A phrase the frame table's ``[phrases]`` lists becomes that
predicate instead, and one its ``[inverse_phrases]`` lists that predicate with the ends swapped ("X lost to
Y": Y defeated X). The predicate is ``open:<phrase>`` until to_extraction mints its IRI.

Precision comes first: both ends are names (no reporting sources; no pronouns but the speaker's own in
"Acme said it filed with the SEC"), the subject is the verb's own or one it shares by coordination or a
to-infinitive (never a participle's), the statement is a claim of the article (no direct quotation, no
clause the parser built on a noun), a place after "in" or "at" is a circumstance, and the verbs
frames.toml's ``[open] never`` lists (light, copular, speaking and judging verbs) and the verbs of saying
make no open relation alone; with a particle ("took on") or a noun object ("made a speech at") they do. A
verb a frame fired on still states its open relation unless a fact of the frame or a rule restates it
(loaders.facts.assemble drops it, once the facts that survive assembly are known, whatever their
confidence). The main clause of the headline and the lead sentence is its own extractor (``open-lead``),
and so is the plainest shape elsewhere
(``open-object``): an active verb with a subject of its own and a named direct object ("Roddick hired
Gilbert", "Brando turned down the Oscar"), where the subject is the agent and the object the patient; so
calibration counts the precision of each apart from the rest (prepositional partners, inherited subjects,
passives), which are too often circumstances or parser guesses. The owner of a noun object is a partner too
("the PTC monitored MTV's output" -> "monitor output of" MTV; not a place's: "had the UK's best-selling
album"), counted apart again (``open-owner``). A verb still in capitals (a sub-heading that true-casing left
alone) gives none: the parser reads the nouns of such lines as verbs. An end whose referent is only a
"Location" makes none (``OPEN_CLASSES``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from loaders.entities import cues as ecues
from loaders.entities.kinds import about_sport
from loaders.entities.records import PRONOUN, SOURCE, FactRow
from loaders.facts import cues
from loaders.facts.context import FactContext, child, joins_a_deed, passive_agent, some_of, to_infinitive
from loaders.facts.frames import FrameTable, in_play, is_passive
from loaders.facts.open_checks import (
    calendar_name,
    currency_country,
    cut_at_possessive,
    cut_name,
    denied,
    firms_town,
    fixture,
    home_of_next,
    match_move,
    match_opponent,
    match_partner,
    means,
    misagreed,
    name_modifies_noun,
    named_kind,
    nearer_noun,
    next_clause_subject,
    nominal,
    only_tried,
    own_means,
    own_subject_before,
    partners_place,
    past_a_clause,
    planned,
    player_lost,
    position_title,
    ranked_after,
    role_played,
    subject_of_complement,
    substitution,
    told,
    topic,
)
from loaders.facts.speech import in_quote
from loaders.facts.titles import is_title

OPEN_PREFIX = "open:"
OPEN_RULE = "open"
#: The lead shape (below) gets its own rule name, so calibration counts its precision apart from the rest.
LEAD_RULE = "open-lead"
#: An active verb, its own subject and a named direct object: the shape whose ends are surest (see above).
OBJECT_RULE = "open-object"
#: "X monitored Y's output" (Y is the partner of "monitor output of"): a shape of its own, calibrated apart.
OWNER_RULE = "open-owner"
OBJECT_SHAPE, OWNER_SHAPE, PREP_SHAPE = "object", "owner", "prep"
#: A phrase the table maps: its rule is "phrase:<phrase>", so the phrase can be had back (``as_open``).
PHRASE_RULE = "phrase:"
#: A phrase the table maps the other way round ("X lost to Y": Y defeated X): the ends swap back with it.
INVERSE_RULE = "inverse-phrase:"
OPEN_CONFIDENCE = 0.6
_MAX_CLIMB = 3  # how far up a subject is inherited (_inherited_subject)
#: Prepositions of time, manner and comparison: their objects are circumstances, not partners. "by" after
#: an active verb is a measure or a means ("rose by 5%"), or the parser's misplaced agent of a noun ("approved
#: the acquisition of X by Y"); a passive verb's agent is read apart (``_subjects``).
_CIRCUMSTANTIAL_PREPS = frozenset(
    {"during", "after", "before", "since", "until", "like", "than", "despite", "behind"}
    # company kept, not a partner of the deed: "wins a place on the bench alongside X", "among them X"
    | {"alongside", "amid", "amidst", "among", "amongst", "beside", "besides", "including"}
    # the unit of a rate ("paid two dlrs per mln British Thermal Unit"), never a partner
    | {"per"}
    # what lies past the deed, a time or a race to come ("is already looking beyond Madrid", r22c)
    | {"beyond"}
)
#: Prepositions of a win's or a defeat's circumstances, not of a partner: what it was for, with whom, where.
_RESULT_CIRCUMSTANCES = frozenset({"for", "with", "at", "in", "on"})
#: "held a party in New York", "lost his place at Highbury": where a deed was done is its circumstance, not a
#: partner in it (the place predicates say where things are); a firm or an event after "at" stays a partner.
_PLACE_PREPS = frozenset({"in", "at", "near", "around", "across", "throughout", "inside", "outside"})
#: A court is a venue wherever its word stands in the name ("filed the suit in the US District Court",
#: "failed at the Court of Appeal"): a case is heard there, the court is no partner of the deed.
_COURTS = frozenset({"court", "tribunal"})
#: Common nouns for the organs through which a state or a firm acts (``_institution``).
_ORGANS = frozenset({"authority", "government", "administration", "regulator", "management", "leadership"})
_WORD = re.compile(r"[a-z0-9]+")
#: Units of money and measure: a number of them is an amount, which the phrase leaves out ("invested 8 mln
#: dlrs in X": invest in; "bought 200,000 tonnes from Y": buy from).
_UNITS = frozenset({
    "dlr", "dlrs", "dollar", "pound", "stg", "sterling", "yen", "franc", "mark", "lire", "lira", "euro",
    "ecu", "peseta", "guilder", "rand", "rupee", "peso", "cent", "pence", "p", "m", "bn", "mln", "billion",
    "million", "tonne", "ton", "barrel", "ounce", "bushel", "pct", "percent", "%", "point", "kilo", "kg",
    "gallon", "acre", "mile", "metre", "meter", "litre", "liter", "bpd", "unit",
})  # fmt: skip
#: The news agencies' abbreviations of units, which NER sometimes takes for a name: never one.
_AGENCY_UNITS = frozenset({"dlrs", "dlr", "stg", "pct", "mln", "bln"})
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "your"})
_AUTHORED_CLASSES = frozenset({"Work", "Award"})  # a possessor made or won these, not merely owns them
#: The classes an open fact's ends may have: not a bare "Location" (neither a city nor a country), which fresh
#: news says is too often a fragment of a name or a thing misread ("Santa Fe" for a railroad, "Grand Slam",
#: "Jamelia"): none of its open facts judged right on outside articles (lane r20m: chosen on seeds 926 to
#: 931 and dev14 to dev17, 0 of 9). Assemble checks them on the ends' referents, once known (a mention
#: first read as a place may yet join a person's referent).
OPEN_CLASSES = ecues.NAMED_CLASSES - {"Location"}


def phrase_words(*words: str) -> str:
    """The phrase as the predicate's label: lower-case ASCII words joined by single spaces."""
    return " ".join(w for word in words for w in _WORD.findall(word.lower()))


def _named(ctx: FactContext, index: int, pronoun: bool = False) -> bool:
    """A named entity's mention (not a reporting source); a pronoun too when ``pronoun``: assembly keeps its
    fact only once coreference has resolved it to a named entity ("he split from X"). A mention that opens
    with a word in lower case ("named best TV comedy show") is a description, not a name ("iPod" is one)."""
    row = ctx.mentions[index]
    if row.cls == PRONOUN:
        return pronoun and not row.flags & SOURCE
    words = [t.text for t in ctx.doc[row.tok_start : row.tok_end] if t.pos_ != "DET"]
    described = bool(words) and words[0].isalpha() and words[0].islower()
    if words and words[-1].lower() in _AGENCY_UNITS:  # "made losses of 100 mln U.S. Dlrs", "N.Z. Dlrs"
        return False
    return (
        row.cls in ecues.NAMED_CLASSES
        and not described
        and not _personal_belonging(ctx, row.tok_start, row.cls)
        and not row.flags & SOURCE
    )


def _personal_belonging(ctx: FactContext, start: int, cls: str) -> bool:
    """A maker's name held by a person's possessive ("leave her iPod", "sold his Ferrari") is a copy of a
    thing she owns, the name used as a common noun: no named partner. "its Windows" (a firm's own product)
    stays, and so do works and prizes, whose possessor made or won them ("released her Greatest Hits")."""
    before = ctx.doc[start - 1] if start > 0 else None
    mine = before is not None and before.tag_ == "PRP$" and before.lower_ in _PERSONAL_POSSESSIVES
    return mine and cls not in _AUTHORED_CLASSES and not _qualifying_place(ctx, start, cls)


def _qualifying_place(ctx: FactContext, start: int, cls: str) -> bool:
    """A place's name before a common noun after a person's possessive ("died at his London home"): it says
    where the thing is, it is no copy of a thing owned ("sold his Ferrari", a car NER took for a place)."""
    index = ctx.tok2m[start]
    if cls not in ecues.PLACE_CLASSES or index < 0:
        return False
    end = ctx.mentions[index].tok_end
    after = ctx.doc[end] if end < len(ctx.doc) else None
    return after is not None and after.pos_ == "NOUN" and after.is_lower


def _cut_or_time(ctx: FactContext, index: int) -> bool:
    """An end that is no entity the sentence names: a name cut out of a longer one, or a day or a month."""
    return (
        cut_at_possessive(ctx, index)
        or cut_name(ctx, index)
        or calendar_name(ctx, index)
        or currency_country(ctx, index)
        or firms_town(ctx, index)
    )


def _subjects(ctx: FactContext, verb: Token) -> list[int]:
    if is_passive(verb):
        agent = passive_agent(verb)
        return _args(ctx, agent) if agent is not None else []
    subject = _inherited_subject(verb)
    if subject is None or _listed_antecedent(ctx, subject):
        return []
    return _args(ctx, subject) or _institution(ctx, subject)


def _listed_antecedent(ctx: FactContext, subject: Token) -> bool:
    """A relative pronoun whose clause hangs on the first item of a list and stands for that item alone
    ("credits include A, B and C, which starred X": the clause speaks of C, or of all three, never of A
    alone; dev23 bbc-entertainment-347). Context.arg takes the last item unless the verb is plainly plural
    ("which were", context._antecedent); then it keeps the first, and the clause speaks of all the items:
    an open fact of the first alone is a guess none makes."""
    clause = subject.head
    if subject.lower_ not in ecues.RELATIVE_PRONOUNS or clause.dep_ != "relcl":
        return False
    first = clause.head
    later = any(item.i > first.i for item in first.conjuncts)  # the clause hangs before the list's last item
    return later and ctx.arg(subject) == ctx.arg(first)


def _args(ctx: FactContext, token: Token) -> list[int]:
    """The entities a verb's argument stands for: its mentions, or the product or work a kind noun names."""
    kind = named_kind(ctx, token)
    return ctx.args(token) or ([kind] if kind is not None else [])


def _institution(ctx: FactContext, noun: Token) -> list[int]:
    """A country or firm acting through its organs: "Uganda's authorities banned the play" -> Uganda."""
    if noun.lemma_.lower() not in _ORGANS:
        return []
    owner = child(noun, "poss")
    found = ctx.args(owner) if owner is not None else []
    return [i for i in found if ctx.mentions[i].cls in ("Country", "Organization", "City", "Location")]


def _inherited_subject(verb: Token) -> Token | None:
    """The verb's subject, or the one it shares: a coordinated verb's ("X is ... but has lost Y"), a
    to-infinitive's of control or purpose ("X decided to part from Y", "X held a party to promote Y").
    Participles and gerunds inherit nothing: their subject is too often another ("accused Japan of
    selling", "Taylor forcing Howard to save")."""
    node = verb
    for _ in range(_MAX_CLIMB):
        subject = child(node, "nsubj")
        if subject is not None:
            return subject
        head = node.head
        if head is node or head.pos_ not in ("VERB", "AUX"):
            return None
        infinitive = to_infinitive(node)
        if node.dep_ == "conj" and (_subject_between(head, node) or own_subject_before(node)):
            return None
        if infinitive and _controller_before(head, node):
            return None
        if (
            node.dep_ == "conj"
            # "brought striker X on to partner Y": X partners Y (object control), not the subject
            or (node.dep_ == "advcl" and infinitive and not _person_object(head))
            # "persuaded Y to buy X": Y buys (object control)
            or (node.dep_ == "xcomp" and infinitive and child(head, "dobj") is None)
        ):
            node = head
            continue
        return None
    return None


def _person_object(head: Token) -> bool:
    """A verb whose direct object is a person's name ("brought X on to partner Y", "signed X to replace Y"):
    a to-infinitive of purpose after it is more often the person's deed than the subject's (a thing's
    name is not: "held a party to promote Y", "bought Zenith to expand into Europe"). The parser sometimes
    hangs such a name as an adverbial noun ("brought striker X on")."""
    return any(c.dep_ in ("dobj", "npadvmod") and c.ent_type_ == "PERSON" for c in head.children)


#: "pleaded with Y to", "called on Y to": the object of these prepositions is who does the infinitive's deed.
_CONTROL_PREPS = frozenset({"with", "on", "upon"})


def _controller_before(head: Token, verb: Token) -> bool:
    """'X pleaded with Y to reject offers from Z': Y would reject, not X (object control through a
    preposition, as "persuaded Y to" through a direct object)."""
    return any(
        c.dep_ == "prep" and c.lower_ in _CONTROL_PREPS and c.i < verb.i and child(c, "pobj") is not None
        for c in head.children
    )


def _subject_between(head: Token, verb: Token) -> bool:
    """'A plays at hooker, B is fit and C replaces D': a conjunct with a subject of its own comes between the
    verb and the head whose subject it would share, so that subject is not the verb's (the parser missed
    the verb's own, C)."""
    return any(
        c.dep_ == "conj" and c.i < verb.i and child(c, "nsubj", "nsubjpass") is not None
        for c in head.children
    )


def _objects(ctx: FactContext, verb: Token) -> Iterator[tuple[int, str, Token | None, str]]:
    """(object mention, the phrase after the verb, the noun object the phrase holds, its shape: the direct
    object, the owner of the direct object, or a prepositional partner) for each entity the verb takes as
    object."""
    direct = child(verb, "nsubjpass" if is_passive(verb) else "dobj")
    particle = child(verb, "prt")
    lead = particle.lower_ if particle is not None else ""
    if _beneficiary(verb):  # "a header by X earned Middlesbrough a draw with Y": the draw is Middlesbrough's
        yield from _recipients(ctx, verb, lead)
        direct = None
    if direct is not None:
        yield from _direct_objects(ctx, verb, direct, lead)
        yield from _chart_countries(ctx, verb, direct, lead)
    if particle is not None:  # "Aston takes on Porsche": the parser hangs the object on the particle
        for obj in particle.children:
            if obj.dep_ == "pobj":
                for index in _args(ctx, obj):
                    yield index, lead, None, OBJECT_SHAPE
    yield from _place_of_death(ctx, verb)
    hosts: list[tuple[Token, str]] = [(verb, lead)]
    if direct is not None and _plain_noun(ctx, direct):
        # a person's post as object ("charged a managing director of Acme", "sacked Acme's chief") is the
        # person the deed was done to: the post's firm is no partner of it
        if not _owned(direct):
            # "award contract to"; an amount is no word of the phrase ("invested 8 mln dlrs in X": invest in)
            hosts.append((direct, lead if _amount(direct) else phrase_words(lead, direct.lemma_)))
        else:
            yield from _owners_of_object(ctx, direct, lead)
    for host, words in hosts:
        yield from _prepositional_partners(ctx, verb, host, words)


def _direct_objects(
    ctx: FactContext, verb: Token, direct: Token, lead: str
) -> Iterator[tuple[int, str, Token | None, str]]:
    """The entities of the verb's direct object (its passive subject), and of a second one: "banned the play
    The Vagina Monologues": the parser makes the name a second object."""
    role = "nsubjpass" if is_passive(verb) else "dobj"
    for obj in verb.children:
        if obj.dep_ != role or _misread_object(obj) or _apposition_past_phrase(verb, obj):
            continue
        if _possessor(ctx, obj):  # "oversaw Acme's campaign": Acme owns what was overseen
            continue
        if ctx.tok2m[obj.i] < 0 and _amount(obj):
            continue  # "Kansas lost four and Michigan were down by three": names joined to an amount
        for index in _args(ctx, obj):
            if not _set_off(ctx, index, direct) and not _past_noun_phrase(ctx, obj, index):
                yield index, lead, None, PREP_SHAPE if is_passive(verb) else OBJECT_SHAPE


def _chart(noun: Token) -> bool:
    """A ranking of sales: "the charts", "the singles chart", "the box office"."""
    lemma = noun.lemma_.lower()
    if lemma not in cues.CHART_NOUNS:
        return False
    return lemma != "office" or any(c.dep_ == "compound" and c.lower_ == "box" for c in noun.children)


def _chart_countries(
    ctx: FactContext, verb: Token, direct: Token, lead: str
) -> Iterator[tuple[int, str, Token | None, str]]:
    """The country whose chart was topped, named before the chart or after its "in" ("Fockers topped the US
    box office", "the album topped the charts in the US and Canada"): where a place after "in" is elsewhere
    the circumstance of a deed, here it says which ranking was topped (r24e, bbc-entertainment-297)."""
    if verb.lemma_.lower() != "top" or not _chart(direct):
        return
    ins = [p for p in (*direct.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "in"]
    places = [c for c in direct.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    places += [o for p in ins for o in p.children if o.dep_ == "pobj"]
    words = phrase_words(lead, "box office" if direct.lemma_.lower() == "office" else "chart", "in")
    for place in places:
        for index in ctx.args(place):
            if ctx.mentions[index].cls == "Country":
                yield index, words, direct, PREP_SHAPE


def _possessor(ctx: FactContext, obj: Token) -> bool:
    """An object the parser took with its "'s" ("oversaw Acme's 'Go further' advertising campaign", the
    quotation marks splitting the phrase): the name owns the thing the verb was done to, it is not that
    thing. An "'s" inside the name is the name's own ("hired Moody's"), unless the name ends in it and
    what it owns follows ("oversaw McDonald's "I'm lovin' it" campaign": the judges' seed 937 and 938)."""
    for case in obj.children:
        if case.dep_ != "case" or case.lower_ not in ("'s", "’s"):
            continue
        index = ctx.tok2m[case.i]
        if index < 0 or (ctx.mentions[index].tok_end == case.i + 1 and _owned_after(case)):
            return True
    return False


def _owned_after(case: Token) -> bool:
    """A quotation or a noun phrase's word right after a possessive "'s": the thing the name owns."""
    if case.i + 1 >= len(case.doc):
        return False
    after = case.doc[case.i + 1]
    return after.is_quote or after.pos_ in ("NOUN", "ADJ", "PROPN")


def _apposition_past_phrase(verb: Token, obj: Token) -> bool:
    """A name after a comma that closes a prepositional phrase of the verb ("decided against competing in the
    warm-up event, the Sydney International"): an apposition to the phrase's noun that the parser hung on
    the verb as its object, not what the verb was done to."""
    start = obj.left_edge.i
    if start <= verb.i + 1 or verb.doc[start - 1].text != ",":
        return False
    return any(c.dep_ == "prep" and verb.i < c.i < start for c in verb.children)


def _owners_of_object(
    ctx: FactContext, direct: Token, lead: str
) -> Iterator[tuple[int, str, Token | None, str]]:
    """The owner of the object is the partner ("the PTC monitored MTV's output": monitor output of), unless a
    place, which only says where or whose market ("had the UK's best-selling album")."""
    for owner in direct.children:
        if owner.dep_ == "poss" and owner.pos_ != "PRON":
            for index in ctx.args(owner):
                if ctx.mentions[index].cls not in ecues.PLACE_CLASSES:
                    yield index, phrase_words(lead, direct.lemma_, "of"), direct, OWNER_SHAPE


def _prepositional_partners(
    ctx: FactContext, verb: Token, host: Token, words: str
) -> Iterator[tuple[int, str, Token | None, str]]:
    """The entities after a preposition of the verb or of its plain noun object (``host``), ``words`` being
    the phrase so far: "sent a letter to X", "awarded a contract to X"."""
    for prep in host.children:
        if not _partner_preposition(ctx, verb, host, prep):
            continue
        for obj in prep.children:
            # "plays at hooker, open-side Tom Hale": a playing position is a player's post, and a name in
            # apposition to it is another player, no partner
            if obj.dep_ != "pobj" or obj.lower_ in ecues.SPORT_POSITIONS or _gapped(ctx, prep, obj):
                continue
            if _role_phrase(ctx, prep, obj) or _absolute_with(prep, obj) or partners_place(ctx, prep, obj):
                continue
            # (and names joined to a circumstance are the subjects of clauses the sentence cut short)
            for index in _members(ctx, obj):
                if not _site(ctx, prep, index) and not _under_leader(ctx, prep, index):
                    noun = host if host is not verb else None
                    yield index, phrase_words(words, prep.lower_), noun, PREP_SHAPE


def _role_phrase(ctx: FactContext, prep: Token, obj: Token) -> bool:
    """An "as" before a common noun names the role the subject acts in ("resigned as company president and
    the agency's chairman, X"): a name joined to that noun is another holder of a role, no partner. A name
    right after "role as" is the character played ("won a nomination for his role as Peter Sellers"), which
    the parser hangs on the verb: a part, no partner (characters are no entities, annotation.md)."""
    if prep.lower_ != "as":
        return False
    played = prep.i > 0 and prep.doc[prep.i - 1].lower_ in ecues.ROLE_NOUNS
    # a person's name after "as" is the part played too ("Spacey, who, as Darin, sings all 18 songs": lane
    # r23g, seed 6260), or one the subject is likened to: never a partner of the deed ("titles such as X"
    # give examples, which stay: bbc-tech-276)
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    such = any(c.lower_ == "such" for c in prep.children) or (before is not None and before.lower_ == "such")
    person = ctx.tok2m[obj.i] >= 0 and ctx.mentions[ctx.tok2m[obj.i]].cls == "Person" and not such
    return played or person or (obj.pos_ == "NOUN" and ctx.tok2m[obj.i] < 0)


def _partner_preposition(ctx: FactContext, verb: Token, host: Token, prep: Token) -> bool:
    """A preposition of the host whose object is a partner of the deed, not a circumstance of it."""
    if (
        prep.dep_ not in ("prep", "dative")  # the parser calls the "to" of "sent a letter to X" a dative
        or prep.lower_ in _CIRCUMSTANTIAL_PREPS
        or prep.lower_ == "by"
        # a word of a name ("recorded his album Songs In The Key Of Life"), not a preposition of the verb
        # that the parser took it for
        or ctx.tok2m[prep.i] >= 0
    ):
        return False
    if host is not verb and prep.lower_ == "for":
        return False  # "created a try for Murphy": whom the thing is for, not a partner of the deed
    if _compared(host, prep):
        return False
    return not ((host is verb and past_a_clause(verb, prep)) or nearer_noun(host, prep))


def _compared(host: Token, prep: Token) -> bool:
    """The second "as" of a comparison ("West Germany was as strongly opposed to it as Britain"): the name
    after it did the same, it is no partner of the deed, as a name after "than" is none."""
    return prep.lower_ == "as" and any(
        c.dep_ == "advmod" and c.lower_ == "as" and c.i < prep.i for c in host.children
    )


#: Verbs whose place is what the news tells of them, no circumstance: where a person died.
_PLACED_VERBS = frozenset({"die"})


def _place_of_death(ctx: FactContext, verb: Token) -> Iterator[tuple[int, str, Token | None, str]]:
    """The place after "in" or "at" of a verb of ``_PLACED_VERBS``, its own or the one that qualifies the
    noun there ("died in Paris", "has died at a London hospice", "died at his Bel Air home"): elsewhere a
    place of the deed is a circumstance (``_site``), but the place of a death is what an obituary tells."""
    if verb.lemma_.lower() not in _PLACED_VERBS:
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            # a qualifying name right before the noun ("a London hospice"; not "the Chelsea and Westminster
            # Hospital", a name NER cut)
            qualifiers = [c for c in obj.children if c.dep_ in ("compound", "nmod") and c.i < obj.i]
            found = {i for q in qualifiers for i in ctx.args(q) if ctx.mentions[i].tok_end == obj.i}
            for index in sorted(found | set(ctx.args(obj))):
                if ctx.mentions[index].cls in ecues.PLACE_CLASSES:
                    yield index, prep.lower_, None, PREP_SHAPE


def _placed(ctx: FactContext, verb: Token, index: int) -> bool:
    """A place a verb of ``_PLACED_VERBS`` has as its partner (``_place_of_death``), though it may qualify
    a noun ("at a London hospice")."""
    return verb.lemma_.lower() in _PLACED_VERBS and ctx.mentions[index].cls in ecues.PLACE_CLASSES


def _site(ctx: FactContext, prep: Token, index: int) -> bool:
    """A place after a preposition of place: where the deed was done. A location (a street, a hill, a stage)
    after "on" too ("received a star on Hollywood Boulevard", "opened on Broadway"); not a country or a city,
    which "on" makes a target ("imposed sanctions on Iraq", "an attack on Falluja")."""
    cls = ctx.mentions[index].cls
    return (prep.lower_ in _PLACE_PREPS and cls in ecues.PLACE_CLASSES) or (
        prep.lower_ == "on" and cls == "Location"
    )


def _under_leader(ctx: FactContext, prep: Token, index: int) -> bool:
    """A person after "under" in a report on sport: the coach whose side did the deed ("have lost four in a
    row under X", dev13 bbc-sport-349; "played under X"), a circumstance of it, no partner (the side's coach
    is the coaches frame's). Elsewhere a person served under is one (dev16 bbc-business-213: "served under
    four presidents")."""
    person = ctx.mentions[index].cls == "Person"
    return prep.lower_ == "under" and person and about_sport(ctx.doc)


def _gapped(ctx: FactContext, prep: Token, obj: Token) -> bool:
    """A prepositional object that is a circumstance (a place after "in" or "at", an amount) with names
    joined to it: the names are the subjects of clauses whose verb the sentence leaves out ("A promoted the
    news in Edinburgh, B in Cardiff"; "Acme rose 25 cents to 3.95 dlrs, Zenith 17 to 3.20"), no partners."""
    first = ctx.tok2m[obj.i]
    if first < 0:
        return _amount(obj)
    return prep.lower_ in _PLACE_PREPS and ctx.mentions[first].cls in ecues.PLACE_CLASSES


#: what a name set off by ", with" is said to be or do in a clause of its own: "with X down 3.4%", "with Y
#: unchanged", "with Z leading"
_ABSOLUTE_PREDICATES = frozenset({"ADV", "ADJ", "NUM", "VERB"})


def _absolute_with(prep: Token, obj: Token) -> bool:
    """A name after ", with" followed by its own predicate ("X lost 2.5%, with rival Y down 3.4%") is the
    subject of a clause that sets a second fact beside the first, no partner of the verb. A role after "as"
    is such a predicate too ("priced at 101 pct, with Citicorp as lead manager"): the name's part in the
    deal, not a deed of the subject's with it."""
    doc = prep.doc
    after = obj.right_edge.i + 1
    return (
        prep.lower_ == "with"
        and prep.i > 0
        and doc[prep.i - 1].text == ","
        and after < len(doc)
        and (doc[after].pos_ in _ABSOLUTE_PREDICATES or _role_after(doc[after]))
    )


def _role_after(word: Token) -> bool:
    """An "as" before a common noun: the role a name before it plays ("with Citicorp as lead manager")."""
    return word.lower_ == "as" and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in word.children)


_DASHES = frozenset({"-", "--", "—", "–", ":", "("})


def _set_off(ctx: FactContext, index: int, first: Token) -> bool:
    """A name after a dash that follows a noun deeper in the object's phrase ("boycotted a meeting of its
    partners - the United States, Japan ..."): an apposition to that noun (the partners), which the parser
    hung on the verb or joined to the object, no object of the verb. After the object itself ("hired a new
    coach - Brad Gilbert") the name is the object."""
    doc = first.doc
    start = ctx.mentions[index].tok_start
    if first.pos_ != "NOUN" or start <= first.i:
        return False
    dash = next((t for t in doc[first.i + 1 : start] if t.text in _DASHES), None)
    if dash is None:
        return False
    before = doc[dash.i - 1]
    return before.i != first.i and before.pos_ == "NOUN" and any(t.i == before.i for t in first.subtree)


def _past_noun_phrase(ctx: FactContext, noun: Token, index: int) -> bool:
    """A name the parser joined to a common noun object past a named prepositional phrase of that noun
    ("indexing programmes from PBS, the NBA and Fox News"): another item of the phrase's list (more
    sources of the programmes), not an object of the verb."""
    start = ctx.mentions[index].tok_start
    if ctx.tok2m[noun.i] >= 0 or noun.pos_ != "NOUN" or start <= noun.i:
        return False
    return any(
        prep.dep_ == "prep" and prep.i < start and any(ctx.tok2m[o.i] >= 0 for o in prep.children)
        for prep in noun.children
    )


def _plain_noun(ctx: FactContext, noun: Token) -> bool:
    """A common noun that is no name, no title and no kind noun standing for a named product or work."""
    return (
        ctx.tok2m[noun.i] < 0 and noun.pos_ == "NOUN" and not is_title(noun) and named_kind(ctx, noun) is None
    )


def _beneficiary(verb: Token) -> bool:
    """'earned Middlesbrough a draw', 'has earned him a Screen Actors Guild Award': a verb with a second
    object before its direct one gives that object to the second (the dative), not to the subject, which
    is often only the cause ("a late header", "his performance"). The parser may call that second object a
    direct one too: a name right before a common noun ("earned Kestrel Rovers a draw"; not "banned the play
    The Vagina Monologues", a noun before its name)."""
    if any(c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON") for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 2 or objects[0].pos_ not in ("PROPN", "PRON") or objects[1].pos_ != "NOUN":
        return False
    # side by side, the second with its own determiner ("X a draw"; not a list's items, "criticised X for
    # the tax, a user fee", nor a kind noun after its name, "founded the Rosemount Estates label")
    first, second = objects
    adjacent = second.left_edge.i == first.right_edge.i + 1
    return adjacent and any(c.dep_ in ("det", "poss") for c in second.children)


#: Verbs whose second object receives the thing from the subject ("offered Mourinho some advice", "paid
#: Fiat 1.55bn euros"): the receiver is the deed's partner, as after "to". Not "earn", "win" or "cost",
#: whose second object gains or loses by a cause the subject only is ("a header earned Middlesbrough a draw").
_GIVING_VERBS = frozenset({
    "give", "offer", "hand", "send", "pay", "grant", "award", "lend", "loan", "sell", "promise", "owe",
})  # fmt: skip


def _recipients(ctx: FactContext, verb: Token, lead: str) -> Iterator[tuple[int, str, Token | None, str]]:
    """The named receiver of a verb of giving with two objects, as the partner of "<verb> <thing> to" ("Robson
    offered Mourinho some advice": offer advice to Mourinho; an amount is no word of the phrase: "paid Fiat
    1.55bn euros": pay to Fiat). Active verbs only: a passive's subject is the receiver already; and in a
    report on sport a side "given" something is scored for ("gave Liverpool the lead"), no partner."""
    lemma = verb.lemma_.lower()
    if lemma not in _GIVING_VERBS or is_passive(verb):
        return
    if lemma == "give" and about_sport(ctx.doc):  # "Mellor gave Liverpool the lead": a goal
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    receiver = next((c for c in verb.children if c.dep_ == "dative"), None)
    if receiver is None and len(objects) == 2:
        receiver = objects[0]
    thing = objects[-1] if objects and objects[-1] is not receiver else None
    if receiver is None or thing is None or receiver.pos_ != "PROPN" or not _plain_noun(ctx, thing):
        return
    words = lead if _amount(thing) else phrase_words(lead, thing.lemma_)
    for index in ctx.args(receiver):
        yield index, phrase_words(words, "to"), thing, PREP_SHAPE


def _object_noun(ctx: FactContext, verb: Token) -> Token | None:
    """The plain noun an active verb takes as direct object, when it is no amount ("lost his place to X",
    "heaped praise on Y"; not "bought 200,000 tonnes from Y"): the phrase of a partner in a prepositional
    phrase the parser hung on the verb holds it, as it does when the parser hangs the phrase on the noun."""
    noun = child(verb, "dobj")
    if noun is None or is_passive(verb) or _beneficiary(verb) or not _plain_noun(ctx, noun) or _owned(noun):
        return None
    return None if _amount(noun) or not noun.lemma_.isalpha() else noun


def _carries(noun: Token | None) -> bool:
    """A light verb's noun object that is a word of its phrase (an amount is left out: ``_amount``)."""
    return noun is not None and not _amount(noun)


def _none_of(noun: Token | None) -> bool:
    """The phrase's noun under "no" ("has had no contact with X", "has no jurisdiction over Y"): the sentence
    denies the relation the phrase names, as "not" would."""
    return noun is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _amount(noun: Token) -> bool:
    """A quantity ("200,000 tonnes", "8 mln dlrs"), not a thing: the guideline's phrase leaves it out. A
    noun with its own determiner or owner is a thing its number only measures ("received a 28 mln dlr
    contract from X": receive contract from; "sold its 50 pct interest in X": sell interest in)."""
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    if noun.like_num:
        return True
    # a count of things is no amount: they stay in the phrase ("selling 500,000 shares in X": sell share in;
    # "delivered two reports on Y": deliver report on, not "deliver on", which says another thing)
    counted = any(c.dep_ in ("nummod", "quantmod") for c in noun.children)
    if noun.lemma_.lower() in _UNITS or noun.lower_ in _UNITS:  # "8 mln dlrs": the number counts "mln"
        return counted or any(t.like_num for t in noun.subtree if t.i < noun.i)
    return False


def _for_something(noun: Token) -> bool:
    """A "for" on the noun object or on its verb ("received a bid from X for its striker"): what the deed
    is for, not the subject."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for t in (noun, noun.head) for c in t.children)


def _particle_past(held: Token | None, bare_phrase: str) -> bool:
    """The bare phrase is a phrasal verb ("take over") whose particle the sentence puts after a noun object as
    a preposition ("taking action against NBC over its programme X"): the table's predicate for the phrasal
    verb is not what was said."""
    verb, _, last = bare_phrase.rpartition(" ")
    return held is not None and " " not in verb and last in cues.PARTICLE_WORDS


def _with_noun(phrase: str, noun: Token | None) -> str:
    """'lose to' with the object noun 'place' -> 'lose place to' (the preposition stays last)."""
    if noun is None:
        return phrase
    head, _, prep = phrase.rpartition(" ")
    return phrase_words(head, noun.lemma_, prep)


def _chamber(ctx: FactContext, index: int, phrase: str) -> bool:
    """A chamber after "in" or "at" ("raised the issue in Parliament"): where the deed was done, like a place,
    not a partner; a phrase the table maps says otherwise ("served in Parliament": memberOf)."""
    row = ctx.mentions[index]
    words = ctx.doc[row.tok_start : row.tok_end]
    venue = words[-1].lower_ in cues.CHAMBERS or any(t.lower_ in _COURTS for t in words)
    return phrase.rsplit(" ", 1)[-1] in _PLACE_PREPS and row.cls == "Organization" and venue


def _misread_object(obj: Token) -> bool:
    """A direct object the parser got wrong: a stock ticker ("... merger with Kestrel Inc <KES>")
    hung on a verb apart from the name it codes (the agencies' code repeats a name and belongs to no clause
    of its own; "hired Kestrel Inc <KES>", the name under its code, stays); or the modifier of a headline's
    noun that the parser read as a bare verb of its own ("Parker misses England clash": the clash is missed,
    not England), seen as a word right after the name, on the same verb, a clause with nothing under it."""
    doc = obj.doc
    if 1 < obj.i < len(doc) - 1 and doc[obj.i - 1].text == "<" and doc[obj.i + 1].text == ">":
        return not any(t.i == obj.i - 2 for t in obj.subtree)
    after = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    return (
        after is not None
        and after.head.i == obj.head.i
        and after.dep_ in ("xcomp", "ccomp")
        and after.tag_ in ("VB", "VBP", "NN")
        and all(c.is_space or c.is_punct for c in after.children)
    )


def _members(ctx: FactContext, noun: Token) -> list[int]:
    """The entities a prepositional object stands for: its own, or the named examples of a common noun
    ("competition from rivals such as Kestrel and Zenith": Kestrel and Zenith compete)."""
    own = ctx.arg(noun)
    found = [
        i
        for i in _args(ctx, noun)
        if (i == own or not _clause_subject(ctx, i)) and not _unit_gloss(ctx, noun, i)
    ]
    if found or noun.pos_ != "NOUN":
        return found
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children):
            return [i for obj in prep.children if obj.dep_ == "pobj" for i in ctx.args(obj)]
    return []


def _unit_gloss(ctx: FactContext, noun: Token, index: int) -> bool:
    """A name in brackets right after a noun a number counts ("rose to 440,700 megawatts (MW)"): the unit's
    abbreviation, which NER took for a name; the noun is an amount, no partner."""
    start = ctx.mentions[index].tok_start
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return counted and start == noun.i + 2 and ctx.doc[noun.i + 1].text == "("


def _clause_subject(ctx: FactContext, index: int) -> bool:
    """A conjoined name right before a verb of its own ("replacing X on the wing and Y returning for his
    first Test"), or brought in with its age ("X, who won at the Sydney Games and Y, 30, who won ...,
    face a ban"): the subject of a clause the parser hung on the noun as a conjunct, no partner of the
    verb."""
    end = ctx.mentions[index].tok_end
    after = ctx.doc[end] if end < len(ctx.doc) else None
    if after is not None and after.text == "," and end + 2 < len(ctx.doc):
        age, comma = ctx.doc[end + 1], ctx.doc[end + 2]
        aged = age.text.isdigit() and comma.text == ","
        return aged and ctx.mentions[index].cls == "Person"
    return after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ != "VB"


def _owned(noun: Token) -> bool:
    """A noun object with a possessor of its own, not a pronoun: its prepositions tie the possessor, not the
    verb's subject ("O'Gara hailed his side's victory over England": the side won; "Moody's cited Fleet's
    merger with Norstar": Fleet merges)."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)


def _reported_by_itself(ctx: FactContext, verb: Token) -> bool:
    """'Acme said it filed with the SEC': the news agencies' report of a firm's (or a person's) own
    statement about itself, where the pronoun is the speaker; elsewhere a pronoun's referent is too often
    missed to risk a fact on it."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in cues.SAY_VERBS:
        return False
    speaker = child(head, "nsubj")
    if speaker is None:
        return False
    index = ctx.arg(speaker)
    # a name the sentence splitter cut off ("Acme Corp | Inc said it ...") is still a name
    return ctx.mentions[index].cls in ecues.NAMED_CLASSES if index is not None else speaker.pos_ == "PROPN"


def _lead_clause(verb: Token) -> bool:
    """The main verb of the headline or the lead sentence: where the news states what the story is about,
    as a claim of its own rather than a circumstance of another clause."""
    start = verb.sent.start
    in_lead = start == 0 or verb.doc[start - 1].sent.start == 0
    head = verb.head
    reported = verb.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lemma_.lower() in cues.SAY_VERBS
    return in_lead and (verb.dep_ == "ROOT" or reported)  # "Acme said it bought X": the report's claim


def _joined_in_a_deed(ctx: FactContext, verb: Token, index: int) -> bool:
    """ "The EC was joined by the US in criticising Brazil", "Acme joined Sun Co in raising prices": a deed
    shared with a body or a country, which an open "join" would tell as a membership (the memberOf frame
    refuses it too: ``no_deed``). A person joined in a deed stays ("Corbett has joined Victoria Wood in
    attacking TV": no membership can be read into it)."""
    return verb.lemma_ == "join" and joins_a_deed(verb) and ctx.mentions[index].cls != "Person"


def _rule(verb: Token, shape: str, own_subject: bool) -> str:
    """The extractor name by the relation's shape, so that calibration counts each shape's precision."""
    if shape == OWNER_SHAPE:
        return OWNER_RULE
    if _lead_clause(verb):
        return LEAD_RULE
    return OBJECT_RULE if shape == OBJECT_SHAPE and own_subject else OPEN_RULE


def as_open(fact: FactRow) -> FactRow | None:
    """A mapped phrase's fact as the open fact it was, for when its ends do not fit the predicate the table
    gives ("Intel developed UWB": a technology developed is no work created, but still a deed a reader
    keeps); None for any other fact. Its rule is then the plain open one's (the shape is not kept)."""
    versioned, _, phrase = fact.rule.partition(":" + PHRASE_RULE)
    if phrase:
        return fact._replace(predicate=OPEN_PREFIX + phrase, rule=f"{versioned}:{OPEN_RULE}")
    versioned, _, phrase = fact.rule.partition(":" + INVERSE_RULE)
    if phrase:
        opened = fact._replace(predicate=OPEN_PREFIX + phrase, rule=f"{versioned}:{OPEN_RULE}")
        return opened._replace(subject=fact.object, object=fact.subject)
    return None


def open_relations(
    ctx: FactContext,
    verb: Token,
    table: FrameTable,
    known_verbs: frozenset[str] = frozenset(),
) -> None:
    """Record the open relations (or mapped phrases) of one verb that no frame fired on; none inside the
    text's direct quotations (``ctx.quotes``), and none for a verb whose lemma is no verb the model
    knows (``known_verbs``, when given): the lemmatizer's guess at a misspelt word ("visted" -> "viste") is
    no phrase a reader would know, and the vocabulary predicate it stands for cannot be told."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in cues.SAY_VERBS or in_quote(verb.idx, ctx.quotes) or misagreed(verb):
        return
    if known_verbs and lemma not in known_verbs:
        return
    if verb.is_upper:  # "THE STARS WHO LEFT EMPTY-HANDED": a sub-heading the true-caser left in capitals
        return
    if position_title(verb) or nominal(verb) or only_tried(verb) or ranked_after(verb) or topic(verb):
        return
    if denied(verb):  # "Arnesen denies rift with Santini": the deed its noun names is denied
        return
    if planned(verb):  # "is planning a long-term relationship with X": aimed at, not done
        return
    if lemma in cues.NAMING_VERBS:  # "branded the existence of X 'surprising'": a judgement, no deed
        return
    if lemma in cues.CITING_VERBS:  # "cited increased earnings from X": words about a thing, no deed to X
        return
    if lemma == "replace" and in_play(ctx, verb):
        return  # "Everitt, who replaced Mapletoft late in the game": a substitution, the play of a minute
    if sum(1 for c in verb.children if c.dep_ == "dobj") > 2:
        return  # "lost out to luxury goods firm LVMH": a noun read as a verb, its phrase read as objects
    subjects = [
        s
        for s in _subjects(ctx, verb)
        if _named(ctx, s, pronoun=_reported_by_itself(ctx, verb))
        and not _cut_or_time(ctx, s)
        and not some_of(ctx, s)
    ]
    if not subjects:
        return
    found = [
        (o, phrase_words(lemma, rest), noun, shape)
        for o, rest, noun, shape in _objects(ctx, verb)
        if _named(ctx, o)
        and not _cut_or_time(ctx, o)
        and not some_of(ctx, o)  # "the support of other key Democrats": some of the party, not the party
        and not next_clause_subject(ctx, o, verb)
        and not subject_of_complement(ctx, o, verb)
        and (_placed(ctx, verb, o) or (noun is not None and _chart(noun)) or not name_modifies_noun(ctx, o))
        and not home_of_next(ctx, o)
        and not _joined_in_a_deed(ctx, verb, o)
        and not (shape == OBJECT_SHAPE and told(verb))  # "advised X that ...": X is told, nothing is done
    ]
    mapped = table.phrases.keys() | table.inverse_phrases.keys()
    found = [(o, p, noun, d) for o, p, noun, d in found if p in mapped or not _chamber(ctx, o, p)]
    found = [(o, p, noun, d) for o, p, noun, d in found if p not in table.never_open]  # "sent on X"
    if lemma in table.result_verbs and child(verb, "prt") is None:
        # "beat Y", "won an Oscar for Y", "won it with Y": that result or nothing (frames.toml [open]
        # results); "won control of Y", "won a judgement against Y" are deeds of their own
        found = [
            (o, p, noun, d)
            for o, p, noun, d in found
            if p in mapped
            or (p != lemma if d == OBJECT_SHAPE else p.rpartition(" ")[2] not in _RESULT_CIRCUMSTANCES)
        ]
    if lemma in table.never_open and child(verb, "prt") is None:
        # a light verb says nothing alone, but a phrasal verb is a word of its own ("took on Porsche") and a
        # noun object carries the meaning of the phrase ("made a speech at", "took a stake in")
        # ("has 91.8 pct of X": an amount is no word of the phrase, so "have of" would say nothing)
        found = [(o, p, noun, d) for o, p, noun, d in found if p in mapped or _carries(noun)]
    object_noun = _object_noun(ctx, verb)
    stance = ctx.stance(verb) if found else None
    if stance is None:
        return
    own_subject = child(verb, "nsubj") is not None
    for obj, bare_phrase, noun, shape in found:
        # a partner the parser hung on the verb past its noun object: the phrase holds the noun ("lose place
        # to"), and a phrase the table maps either way keeps its predicate ("filed a suit against": sued)
        held = object_noun if shape == PREP_SHAPE and noun is None else None
        phrase = _with_noun(bare_phrase, held)
        # a held noun can make a whole phrase the never-list holds ("declined comment on ... in Y")
        if phrase in table.never_open:
            continue
        predicate = table.phrases.get(phrase) or (
            None if _particle_past(held, bare_phrase) else table.phrases.get(bare_phrase)
        )
        # only the phrase as the table writes it turns round: the bare phrase when the verb has no noun
        # object ("lost his place to X" is no defeat by X), the phrase with its noun otherwise ("X received
        # bids from Y": Y bid for X); a noun's own "for" names what the bid is for ("a bid from Y for Z")
        bare = shape == OBJECT_SHAPE or child(verb, "dobj") is None
        owned = noun or held
        whole = owned is not None and not _for_something(owned)
        inverse = table.inverse_phrases.get(phrase) if bare or whole else None
        if predicate is not None and phrase not in table.phrases:
            phrase = bare_phrase  # the rule names the phrase the table holds (as_open gives it back)
        rule = PHRASE_RULE + phrase if predicate else _rule(verb, shape, own_subject)
        cue = verb if noun is None else verb.doc[min(verb.i, noun.i) : max(verb.i, noun.i) + 1]
        said = stance.negated() if _none_of(noun or held) else stance
        for subject in subjects:
            if subject == obj:
                continue
            if not (predicate or inverse) and (
                match_move(ctx, verb, subject, obj)
                or fixture(ctx, verb, phrase, subject, obj)
                or means(ctx, phrase, subject, obj)
                or own_means(ctx, phrase, obj)
                or role_played(ctx, phrase, subject, obj)
                or substitution(ctx, verb, obj)
                or player_lost(ctx, phrase, obj)
                or match_partner(ctx, phrase, noun or held, obj)
                or match_opponent(ctx, phrase, subject, obj)
            ):
                continue
            if inverse:  # "Henman lost to Rusedski": Rusedski defeated Henman
                ctx.add(inverse, obj, subject, cue, INVERSE_RULE + phrase, OPEN_CONFIDENCE, said)
            else:
                ctx.add(predicate or OPEN_PREFIX + phrase, subject, obj, cue, rule, OPEN_CONFIDENCE, said)
