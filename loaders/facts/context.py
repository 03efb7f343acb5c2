"""What every fact rule needs while it looks at one Doc: arguments, assertion checks, and the output."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from loaders.entities import cues as ecues
from loaders.entities.descriptions import DESCRIPTIONS, PLACE_KIND_NOUNS, TRADE_ONLY
from loaders.entities.records import CONTEXT, NORP, PRONOUN, SOURCE, FactRow, MentionRow, doc_text, doc_words
from loaders.facts import cues
from loaders.facts.event_dates import date_span
from loaders.facts.stance import STATED_STANCE, Stance, stance
from loaders.facts.stance import to_infinitive as to_infinitive  # the rules' test of a 'to' (stance's)

EXTRACTOR: str = "kg_facts_v2"
_CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "acl", "relcl", "dobj", "ccomp"})
# The prepositions of a gerund whose doer is the governing verb's object, not its subject ("congratulated Y on
# beating Z", "praised Y for", "accused Y of", "charged Y with"); "by", "after", "before" keep the subject's.
_OBJECT_CONTROL_PREPS = frozenset({"on", "for", "of", "with"})
_MAX_CLIMB = 6  # how far up the tree a subject is inherited
#: Clauses under another, which when finite have a subject of their own: "after the seed survived", "said Y
#: would" (a to-infinitive the parser gave a subject, "made appeals to hold talks", is no finite clause).
_OWN_CLAUSES = frozenset({"advcl", "ccomp"})
# The parser labels the "to" of "gave a contract to X" dative; its object is a prepositional one all the same.
_PREP_DEPS = frozenset({"prep", "dative"})
# Plural pronouns that may stand for a country or firm as a clause's subject ('them' as an object seldom
# does: "Lee told them (students) to ..."); loaders/entities/coref.py leaves every plural one unresolved.
_PLURAL_SUBJECTS = frozenset({"they", "their"})
# "his side's victory", "their team's defeat": a side owned by the people of a clause's subject
_SIDE_NOUNS = frozenset({"side", "team"})
_SIDE_OWNERS = frozenset({"his", "her", "their"})
_RESULT_NOUNS = frozenset(
    {"win", "victory", "triumph", "defeat", "loss", "draw", "success", "thrashing", "beating"}
)
_FORMER = frozenset({"former", "ex", "ex-", "old"})
# Modifiers that make "the film" a film other than the one the text has named ("the new film", "the
# Spielberg film", "the 93 minute film"): such a description is left alone.
_NARROWING = frozenset({"amod", "compound", "nmod", "nummod", "poss", "appos", "quantmod", "npadvmod"})
# Descriptions of a kind that a demonym may narrow yet leave one firm ("the German company"): not a band's.
_NOT_FIRMS = frozenset({"band", "their"})


def stolen_subject(item: Token) -> bool:
    """A conjunct right before a finite verb that has no subject of its own is that verb's subject, which the
    parser joined to the list before it ("Reagan was meeting his advisers and the White House said ..."),
    also through its auxiliary ("and IBM is expected to ..."): the White House is no one he met."""
    after = item.right_edge.i + 1
    if after >= len(item.doc):
        return False
    verb = item.doc[after]
    finite = verb.tag_ in ("VBD", "VBZ", "VBP", "MD")
    # "selling a PC and IBM is widely expected to ...": the finite word is the auxiliary of that verb
    if verb.pos_ == "AUX" and verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head
    return (
        verb.pos_ == "VERB" and finite and verb.dep_ == "conj" and child(verb, "nsubj", "nsubjpass") is None
    )


def _own_common_subject(token: Token) -> bool:
    """A common noun that is a clause's subject and no part of a name above it: "the second seed", "the
    agreement"; "its board" (said by the firm) is the firm's own, and the firm's deed."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.pos_ == "NOUN"
        and not any(c.dep_ == "poss" for c in token.children)
    )


class FactContext:
    """Per-Doc state: mention rows (rules may append pronouns, quotes, positions), token index, facts."""

    def __init__(self, doc: Doc, mentions: list[MentionRow]) -> None:
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token anew on each read: rules read this copy
        # each token's lower-case lemma, which the cue tables are keyed on: read once per Doc, as the token
        # passes of the frames, the sport rules and reported speech each made their own string per token
        self.lemmas = doc_words(doc).lemmas
        self.lowers = doc_words(doc).lowers  # each token's lower-case form, for rules that look for a word
        self.mentions = mentions
        self.facts: list[FactRow] = []
        self.tok2m = [-1] * len(doc)
        for i, row in enumerate(mentions):
            if row.cls in ecues.NAMED_CLASSES or (row.cls == NORP and row.key):
                for k in range(row.tok_start, row.tok_end):
                    self.tok2m[k] = i
        self._pronouns: dict[int, int] = {}
        # the text's direct quotations (speech.quote_regions): the component finds them once per Doc and its
        # rules read them here (a rule that found them itself scanned the whole text again at every call)
        self.quotes: list[tuple[int, int]] = []
        self.source_scopes: list[tuple[int, int, int]] = []  # (start, end, mention) of "according to X"

    # -- arguments ---------------------------------------------------------------------------------
    def arg(self, token: Token | None) -> int | None:
        """The mention a token stands for: its own, a pronoun's, a relative clause head's, an appositive's."""
        if token is None or _counted_group(token):
            return None
        index = self.tok2m[token.i]
        if index >= 0:
            return index
        lower = token.lower_
        if token.pos_ == "PRON" and lower in _PLURAL_SUBJECTS:
            found = self._plural_antecedent(token)  # else an unresolved pronoun, which ends a subject's climb
            return found if found is not None else self._pronoun(token)
        if token.pos_ == "PRON" and lower == "it":
            reporter = self._reporting_subject(token)
            if reporter is not None:
                return reporter if reporter >= 0 else None
        if token.pos_ == "PRON" and (lower in ecues.PERSON_PRONOUNS or lower in ecues.GROUP_PRONOUNS):
            return self._pronoun(token)
        if lower == "whose" and token.dep_ == "poss" and token.head.head.dep_ == "relcl":
            # "X, whose members include Y": the owner is what the clause speaks of, as "who" is
            return self.arg(_antecedent(token.head.head))
        if lower in ecues.RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            antecedent = _antecedent(token.head)
            if lower in ("who", "whom"):
                antecedent = self._person_before_origin(antecedent)
            return self.arg(antecedent)
        for child in token.children:
            # "the firm, Acme": a name in apposition renames; "The World, a BBC World Service and WGBH
            # co-production": a name inside an indefinite description only says what kind of thing it is (a
            # capital "A" opens a name: "the film, A Different Story")
            indefinite = any(c.dep_ == "det" and c.text in ("a", "an") for c in child.children)
            if child.dep_ == "appos" and self.tok2m[child.i] >= 0 and not indefinite:
                return self.tok2m[child.i]
        place = self._place_named(token)
        if place is not None:
            return place
        side = self._own_side(token)
        if side is not None:
            return side
        if (
            _bare_description(token)
            or self.national_firm(token) is not None
            or self.based_firm(token) is not None
        ):
            return self._pronoun(token)  # "the film": loaders/entities/descriptions.py finds what it means
        return None

    def national_firm(self, token: Token) -> int | None:
        """The demonym's mention of "the German company", "the Japanese firm", "the German carmaker": a firm's
        description narrowed by its country alone, which still refers to one firm named before (on
        loaders/entities/descriptions.py's terms); None for any other token."""
        kind = DESCRIPTIONS.get(token.lower_)
        if kind is None or kind.cls != "Organization" or token.lower_ in _NOT_FIRMS or token.tag_ != "NN":
            return None
        if token.dep_ in ("compound", "nmod", "amod") or self.tok2m[token.i] >= 0:
            return None
        children = list(token.children)
        det = [c for c in children if c.dep_ == "det"]
        if len(det) != 1 or det[0].lower_ != "the" or not 2 <= token.i - det[0].i <= 4:
            return None
        demonym, trade = self.doc[det[0].i + 1], self.doc[det[0].i + 2 : token.i]
        if token.lower_ in TRADE_ONLY and not trade:
            return None  # "the Russian giant" may be a club or a player; "the Russian oil giant" is a firm
        index = self.tok2m[demonym.i]
        if (
            index < 0
            or self.mentions[index].cls != NORP
            or not all(_trade_word(t, self.tok2m) for t in trade)
        ):
            return None  # "the German company" or "the German car company" and nothing more: not "the new
            # German company"
        if _says_more(token, det[0].i):
            return None  # "the German company Acme" is a name's own; "the German company of X"
        if demonym.head.i not in range(det[0].i, token.i) and demonym.head.i != token.i:
            return None
        row = self.mentions[index]
        return index if row.tok_end - row.tok_start == 1 else None

    def based_firm(self, token: Token) -> int | None:
        """The place's mention of "the Minneapolis-based company", "the Paris-based firm", "the Houston-based
        oil company": a firm's description narrowed by its home alone, which refers to one firm named before
        as "the company" does (on loaders/entities/descriptions.py's terms), so that the headquarters frame's
        "-based" reading gives that firm its home; None for any other token. One place name and nothing else
        before "-based" ("the new Paris-based firm" says more)."""
        kind = DESCRIPTIONS.get(token.lower_)
        if kind is None or kind.cls != "Organization" or token.lower_ in _NOT_FIRMS or token.tag_ != "NN":
            return None
        if token.dep_ in ("compound", "nmod", "amod") or self.tok2m[token.i] >= 0 or token.i < 4:
            return None
        doc = self.doc
        k = token.i - 1
        while k > 0 and _trade_word(doc[k], self.tok2m):
            k -= 1  # "the Houston-based oil company"
        if doc[k].lower_ != "based" or doc[k - 1].text != "-":
            return None
        index = self.tok2m[k - 2]
        if index < 0 or self.mentions[index].cls not in (*ecues.PLACE_CLASSES, NORP):
            return None
        det = doc[self.mentions[index].tok_start - 1] if self.mentions[index].tok_start > 0 else None
        if det is None or det.lower_ != "the" or not any(c.i == det.i for c in token.children):
            return None
        if _says_more(token, det.i):
            return None  # "the Paris-based firm Acme" is a name's own; "the Paris-based firm of X"
        return index

    def _person_before_origin(self, noun: Token) -> Token:
        """ "Patty Schnyder from Switzerland, who defeated Li Na", "Doug Williams of BT, who will be ...": a
        "who" the parser hangs on the place or body after a person's "of" or "from" is the person's."""
        index = self.tok2m[noun.i]
        if index < 0 or self.mentions[index].cls == "Person" or noun.dep_ != "pobj":
            return noun
        prep = noun.head
        if prep.lower_ not in ("of", "from") or prep.i == 0:
            return noun
        # the person's name right before the preposition, wherever the parser hangs the preposition
        owner = self.doc[prep.i - 1]
        found = self.tok2m[owner.i]
        return owner if found >= 0 and self.mentions[found].cls == "Person" else noun

    def _place_named(self, token: Token) -> int | None:
        """ "the sheikhdom of Qatar", "the state of Texas": the place named after "of" (a place the text
        names, after "the" and a singular kind noun: "its state of health", "the states of X" are none)."""
        if token.tag_ != "NN" or token.lower_ not in PLACE_KIND_NOUNS:
            return None
        children = list(token.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
            return None
        for place in prep_objects(token, "of"):
            index = self.tok2m[place.i]
            if index < 0 or place.conjuncts or self.mentions[index].cls not in ecues.PLACE_CLASSES:
                continue
            if self.mentions[index].cls == "City" and token.lower_ not in ecues.SETTLEMENT_NOUNS:
                continue  # "the state of Washington" is no city's: the name is a namesake's
            return index
        return None

    def _own_side(self, token: Token) -> int | None:
        """ "Ireland fly-half Ronan O'Gara hailed his side's victory over England", "Liverpool boss Rafael
        Benitez was satisfied after his team's win": "his side" is the one side the clause's subject is
        named with (the nearest subject above that is no pronoun); None where it names none or two."""
        if token.lemma_.lower() not in _SIDE_NOUNS or token.tag_ != "NN" or token.dep_ != "poss":
            return None
        result = token.head  # only a result's side: "his side's Six Nations defeat" owns no Six Nations
        if result.lemma_.lower() not in _RESULT_NOUNS or any(self.tok2m[c.i] >= 0 for c in result.children):
            return None
        if not any(c.dep_ == "poss" and c.lower_ in _SIDE_OWNERS for c in token.children):
            return None
        for node in list(token.ancestors)[:_MAX_CLIMB]:
            subject = child(node, "nsubj", "nsubjpass") if node.pos_ in ("VERB", "AUX") else None
            if subject is None or subject.pos_ == "PRON":
                continue
            words = list(subject.subtree)
            if any(t.lower_ in _FORMER for t in words):
                return None  # "the former Porto coach ... his side's victory": his side is another now
            sides = {self.tok2m[t.i] for t in words if self.tok2m[t.i] >= 0}
            sides = {i for i in sides if self.mentions[i].cls in ecues.SIDE_CLASSES}
            return sides.pop() if len(sides) == 1 else None
        return None

    def args(self, token: Token | None) -> list[int]:
        """Like :meth:`arg`, for the token and every conjunct ('Russia and China').

        A list with no 'and' or 'or' whose later items are places after a name that is none is the name and
        its address ("agreements with Sumitomo Bakelite Co Ltd, Tokyo, Japan"): the places are no parties.
        """
        if token is None:
            return []
        first = self.arg(token)
        address = (
            first is not None
            and self.mentions[first].cls not in ecues.PLACE_CLASSES
            and not any(c.dep_ == "cc" for t in (token, *token.conjuncts) for c in t.children)
        )
        found = [first] if first is not None else []
        for item in (*token.conjuncts, *self._renamed_list(token, first)):
            index = self.arg(item) if not stolen_subject(item) else None
            if index is not None and not (address and self.mentions[index].cls in ecues.PLACE_CLASSES):
                found.append(index)
        return found

    def _renamed_list(self, token: Token, first: int | None) -> tuple[Token, ...]:
        """The later items of a list of names in apposition to a plural noun, which it stands for as a whole:
        "consumer electronics giants Hitachi and Matsushita are joining forces" (both join), where
        :meth:`arg` gives the apposition's first name only. A singular noun is one thing ("the firm, Acme,
        and Y"), and a noun with a name of its own is no description. A list that repeats "and" ("through
        underwriters R.C. Stamm and Co and Rosenkrantz Lyon and Ross Inc") holds a firm's name with "and"
        in it that NER cut in two, so its later items are no names."""
        if token.tag_ != "NNS" or first is None or self.tok2m[token.i] >= 0:
            return ()
        renaming = next((c for c in token.children if c.dep_ == "appos" and self.tok2m[c.i] == first), None)
        if renaming is None:
            return ()
        items = (renaming, *renaming.conjuncts)
        if sum(c.dep_ == "cc" for item in items for c in item.children) > 1:
            return ()
        return tuple(renaming.conjuncts)

    def _plural_antecedent(self, token: Token) -> int | None:
        """A 'they' or 'their' stands for a country or organisation only when it is the subject of a clause
        above it ('China believes they are impartial', 'Acme said their profits rose'); a person or an
        unnamed subject there ('Traders said they', 'the couple ... they'), or an object beside that
        subject, leaves it unresolved."""
        for node in token.ancestors:
            subject = child(node, "nsubj", "nsubjpass") if node.pos_ in ("VERB", "AUX") else None
            if subject is None or subject.lower_ in _PLURAL_SUBJECTS:
                continue
            if subject.left_edge.i <= token.i <= subject.right_edge.i:
                continue  # the pronoun's own subject ('their profits rose')
            if child(node, "dobj", "dative") is not None:
                return None  # "the SEC reminded raiders that they must": the object may be what they are
            index = self.tok2m[subject.i]
            if index >= 0 and self.mentions[index].cls in ("Country", "Organization"):
                return index
            return None
        return None

    def _reporting_subject(self, token: Token) -> int | None:
        """ "VBI Corp told the SEC it raised its stake", "Acme said it would": the subject "it" of a
        reported clause is the firm or country that reports it, not the nearest name (the one told).
        -1 when that reporter is a group no name gives ("An investor group told the SEC it has acquired
        ..."): "it" is then nobody the text names; None when the reporter says nothing of "it" (a person,
        or "the company", which "it" and the nearest firm name alike)."""
        clause = token.head
        if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return None
        if clause.head.lemma_.lower() not in cues.SAY_VERBS:
            return None
        subject = child(clause.head, "nsubj")
        if subject is None:
            return None
        index = self.tok2m[subject.i]
        if index >= 0 and self.mentions[index].cls in ("Organization", "Country"):
            return index
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
        if index < 0 and indefinite and subject.lemma_.lower() in ecues.FIRM_NOUNS:
            return self._group_leader(subject)
        if self._named_listener(clause.head):
            # "Snyder Oil Partners L.P. told the SEC it made an offer" with the teller read as no firm: "it"
            # is the teller's, never the body told, though that is the nearest name (judged seed 934)
            return -1
        return None

    def _named_listener(self, verb: Token) -> bool:
        """Whether a verb of saying has a named listener ("told the SEC", "told Reuters")."""
        told = child(verb, "dobj", "dative")
        return told is not None and self.tok2m[told.i] >= 0

    def _group_leader(self, group: Token) -> int | None:
        """ "A group of firms led by Fundamental Management Corp", "an investor group controlled by X": the
        group goes by its leader's name; None when the leader's name is no firm's or person's (the nearest
        name is then as good a guess); -1 when no leader is named."""
        nouns = [group, *prep_objects(group, "of")]  # "a group of affiliated firms led by X"
        clauses = [c for n in nouns for c in n.children if c.dep_ == "acl"]
        for clause in (c for c in clauses if c.lemma_.lower() in _LEADING_VERBS):
            agent = passive_agent(clause)
            index = self.tok2m[agent.i] if agent is not None else -1
            if index < 0:
                return -1  # "an investor group led by members of the Hunt family": nobody named
            return index if self.mentions[index].cls in ("Organization", "Person") else None
        return -1

    def _pronoun(self, token: Token, key: str = "") -> int:
        """A reference the article assembly resolves as the pronoun ``key`` (by default the token's word)."""
        if token.i not in self._pronouns:
            row = MentionRow(
                token.idx,
                token.idx + len(token),
                token.i,
                token.i + 1,
                PRONOUN,
                key or token.lower_,
                token.text,
            )
            self._pronouns[token.i] = self.new_mention(row)
        return self._pronouns[token.i]

    def as_its(self, token: Token) -> int:
        """ "The organisation's director X": a body's noun that stands for the organisation as "its" would."""
        return self._pronoun(token, "its")

    def new_mention(self, row: MentionRow) -> int:
        self.mentions.append(row)
        return len(self.mentions) - 1

    def context_arg(self, cue: Token, cls: str) -> int:
        """An argument the sentence leaves implicit; the article assembly fills it in from context."""
        return self.new_mention(MentionRow(cue.idx, cue.idx + len(cue), cue.i, cue.i + 1, CONTEXT, cls, ""))

    # -- stance --------------------------------------------------------------------------------------
    def stance(
        self, token: Token, nominal: bool = False, allowed: frozenset[str] = frozenset()
    ) -> Stance | None:
        """The statement's polarity and modality (:func:`loaders.facts.stance.stance`); None: no claim."""
        return stance(token, nominal, allowed)

    def subject(self, verb: Token) -> Token | None:
        """The subject of a verb or nominal, inherited through control, coordination and prepositions."""
        node, came, below = verb, "", verb
        glued = self._name_glued_before(verb)
        if glued is not None:
            return glued
        for _ in range(_MAX_CLIMB):
            appointee = self._appointee(node) if came in ("xcomp", "advcl") else None
            if appointee is not None:
                return appointee  # "Reagan named X to replace him", "Acme named X president, succeeding Y"
            if came == "prep" and below.lower_ == "as" and node.pos_ in ("VERB", "AUX"):
                described = next((c for c in node.children if c.dep_ == "dobj"), None)
                if described is not None:
                    # "IRNA quoted him as saying before leaving Tripoli": the 'as' clause is its object's
                    return described if self.arg(described) is not None else None
            if came == "prep" and below.lower_ == "from" and _gerund_of(below) and _prevents(node):
                return None  # "a ban preventing the painting from leaving the UK" (r16a): nobody left
            if came == "prep" and below.lower_ in _OBJECT_CONTROL_PREPS and _gerund_of(below):
                praised = next((c for c in node.children if c.dep_ == "dobj"), None)
                named = praised is not None and self.arg(praised) is not None
                if praised is not None and (named or below.i == praised.right_edge.i + 1):
                    # "X congratulated Y on beating Z", "fined Y for insulting Z": the object did the deed
                    # (and "congratulated his team on beating Z" names no doer; but "turned down a move
                    # to Y in favour of joining Z" is the subject's deed: its object is no one)
                    return praised if named else None
            if came == "prep" and _gerund_of(below) and node.pos_ in ("VERB", "AUX"):
                undergoer = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
                if undergoer is not None:
                    # "Woods said the EC was joined by the US in criticising Brazil": the passive's subject
                    # did the deed, not the one who reports the clause (judges of seed 936)
                    return undergoer if self.arg(undergoer) is not None else None
            for child in node.children:
                if child.dep_ in ("nsubj", "expl") and _expletive(child):
                    return None  # "it's special to beat X": nobody in particular beats X
                if child.dep_ in ("nsubj", "poss") and self.arg(child) is not None:
                    return child
                if child.dep_ == "nsubjpass" and node == verb.head and _participle(verb):
                    # "X was recognised for her role, winning best actress": the participle's doer is the
                    # subject of its clause, passive or not
                    return child if self.arg(child) is not None else None
            if node.dep_ == "conj" and any(
                c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in node.children
            ):
                # "Poland has rejected it and Germany's parties have opposed it": a conjunct with a noun of
                # its own for subject (no name) takes none from the clause it joins (judges of seed 936); a
                # pronoun the parser read as one ("and has itself been active") is no subject of its own
                return None
            if node is verb and node.pos_ == "NOUN" and any(c.dep_ == "poss" for c in node.children):
                return None  # "O'Gara hailed his side's victory over X": the possessor won, not O'Gara
            if node.dep_ == "relcl" and any(c.lower_ in ecues.RELATIVE_PRONOUNS for c in node.children):
                return None  # "the ambassador who arrived from talks": not the ambassador's possessor
            if (
                node.dep_ in _OWN_CLAUSES
                and any(_own_common_subject(c) for c in node.children)
                and not any(c.tag_ == "TO" for c in node.children)  # "made appeals to hold": a misparse
            ):
                # "Dent will meet X after the second seed survived a tie-break to defeat Y": a clause with
                # a subject of its own, which names no one, takes none from the clause above (judged seed 940)
                return None
            if node.dep_ not in _CLIMB_DEPS or node.head is node:
                return None
            if node is not verb and node.pos_ in ("NOUN", "PROPN"):
                return None  # "the man convicted of killing X": the killer is not the subject of the clause
            if node.lemma_.lower() in cues.URGE_VERBS and node is not verb:
                return None  # the subject of "X pushes Y to speak" is not the speaker's
            came, below, node = node.dep_, node, node.head
        return None

    def _name_glued_before(self, verb: Token) -> Token | None:
        """The name right before a conjunct verb with no subject of its own, where the parser took the name
        for an item of the first clause's list: "X was best actor at the National Theatre and Christopher
        Oram won the design award" (outside article bbc-entertainment-006) is Oram's win, not X's."""
        if verb.dep_ != "conj" or verb.i == 0 or child(verb, "nsubj", "nsubjpass") is not None:
            return None
        before = verb.doc[verb.i - 1]
        if before.dep_ != "conj" or before.head.i >= before.i or before.head.i < verb.head.i:
            return None
        return before if self.arg(before) is not None else None

    def _appointee(self, node: Token) -> Token | None:
        """The person a verb of appointing names as its direct object: the clause under the verb is
        what that person does ("Acme named X president, succeeding Y": X succeeds Y, not Acme)."""
        if node.lemma_.lower() not in cues.APPOINTEE_VERBS:
            return None
        found = child(node, "dobj")
        index = self.tok2m[found.i] if found is not None else -1
        return found if index >= 0 and self.mentions[index].cls == "Person" else None

    def reporter(self, token: Token, speaker: Token | None = None) -> int:
        """The reporting source of a cue: an "according to X" whose scope covers it (or a quote it opens),
        else the subject of the say-verb that reports it ("X said ...")."""
        for start, end, mention in self.source_scopes:
            if start <= token.idx < end:
                return mention
        found = self.arg(self.subject(speaker)) if speaker is not None else None
        return -1 if found is None else found

    # -- output ----------------------------------------------------------------------------------------
    def add(
        self,
        predicate: str,
        subject: int | None,
        obj: int | None,
        cue: Token | Span,
        rule: str,
        confidence: float,
        stance: Stance = STATED_STANCE,
    ) -> None:
        """Record a statement (with its stance) unless an argument is missing, the same, or a reporting
        source in an actor slot."""
        if subject is None or obj is None or subject == obj:
            return
        own_tie = predicate in _OWN_TIES  # "according to Bank of England deputy governor X": X's own post
        if (self.mentions[subject].flags & SOURCE and not own_tie) or self.mentions[obj].flags & SOURCE:
            return
        first = cue if isinstance(cue, Token) else cue[0]
        start, end = (
            (cue.idx, cue.idx + len(cue)) if isinstance(cue, Token) else (cue.start_char, cue.end_char)
        )
        sent = first.sent
        dated = date_span(cue, self.mentions) or (-1, -1)
        self.facts.append(
            FactRow(
                predicate,
                subject,
                obj,
                start,
                end,
                sent.start_char,
                sent.end_char,
                f"{EXTRACTOR}:{rule}",
                confidence,
                self.reporter(first, stance.speaker),
                stance.polarity,
                stance.modality,
                *dated,
            )
        )


#: Ties a source's own titles give it: a reporting source ("according to X") is no actor of its sentence's
#: events, but "according to Bank of England deputy governor X" says what X is.
_OWN_TIES = frozenset(
    {"holdsPosition", "worksFor", "leaderOf", "memberOf", "citizenOf", "playsFor", "coaches"}
)


def _counted_group(token: Token) -> bool:
    """ "20 Islamic Banks", "three US banks": a number of things of a kind, no one thing a fact is about (a
    number the name spells with a capital is the name's own, "The Four Tops", and a year is a date, "the
    2000 Sydney Games")."""
    return token.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" and c.tag_ == "CD" and ((c.text.isdigit() and len(c.text) < 4) or c.text.islower())
        for c in token.children
    )


def _bare_description(token: Token) -> bool:
    """ "The company" or "the film", with nothing that could make it another one ("the new film", "the
    film industry", "the company of actors", "a film", "the films")."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lower_ not in DESCRIPTIONS:
        return False
    if token.lower_ in TRADE_ONLY:  # "the giant": only "the Russian oil giant" is a firm's
        return False
    if token.dep_ in ("compound", "nmod", "amod"):
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    return not _says_more(token, token.i)


def _says_more(noun: Token, start: int) -> bool:
    """Whether a dependent of a description's noun outside its own words (``start`` to the noun) narrows it
    ("the new film", "the film industry", "the German company Acme") or says what it is of ("the company of
    actors"): then it may be another thing than the one the article named."""
    return any(
        (c.dep_ in _NARROWING or (c.dep_ == "prep" and c.lower_ == "of")) and not start <= c.i < noun.i
        for c in noun.children
    )


def _trade_word(token: Token, tok2m: list[int]) -> bool:
    """A lower-case noun of a trade between a firm's demonym and its noun: "the Russian oil giant", "the
    Italian dairy firm" (no name, no adjective: "the German new company" says more)."""
    return token.tag_ == "NN" and token.text.islower() and token.is_alpha and tok2m[token.i] < 0


def _participle(verb: Token) -> bool:
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)


def _prevents(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in cues.PREVENT_VERBS


def _gerund_of(preposition: Token) -> bool:
    """Whether the preposition's object is a gerund clause ("on beating Z")."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in preposition.children)


def joins_a_deed(verb: Token) -> bool:
    """Whether a gerund after "in" hangs on the verb: "was joined by X in criticising Y" joins a deed, no
    body (judges of seed 936)."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and _gerund_of(c) for c in verb.children)


def some_of(ctx: FactContext, index: int) -> bool:
    """ "talks with other Republicans", "the support of other key Democrats": a quantified plural names some
    of a party's members, not the party, which is then no end of a fact."""
    mention = ctx.mentions[index]
    return any(
        t.tag_ in ("NNS", "NNPS") and any(c.lower_ in cues.SOME_OF for c in t.children)
        for t in ctx.doc[mention.tok_start : mention.tok_end]
    )


def _expletive(token: Token) -> bool:
    """The empty "it" of an extraposed clause: "it is special to beat X", "it was clear that ..."."""
    head = token.head
    return token.lower_ == "it" and (
        token.dep_ == "expl"
        or (head.lemma_ == "be" and any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in head.children))
    )


def child(token: Token, *deps: str) -> Token | None:
    """The first child with one of the dependency labels."""
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def prep_objects(token: Token, *preps: str, repeated: bool = False) -> list[Token]:
    """Objects of the given prepositions under a token ('speak with X' -> [X]); with ``repeated``, those
    of a repeated preposition too ('criticism from X and from Y' -> [X, Y]: the parser hangs the second
    'from' on the first as a conjunct)."""
    heads = [c for c in token.children if c.dep_ in _PREP_DEPS and c.lower_ in preps]
    if repeated:
        heads += [conj for c in heads for conj in c.conjuncts if conj.lower_ in preps]
    return [p for c in heads for p in c.children if p.dep_ == "pobj"]


def passive_agent(verb: Token) -> Token | None:
    """X in 'Y was killed by X'."""
    for c in verb.children:
        if c.dep_ == "agent":
            return child(c, "pobj")
    return None


def _antecedent(clause: Token) -> Token:
    """The noun a relative clause speaks of: its head, or, when the verb after the last of a coordination
    is not plainly plural ("Keane and Joss Stone, who was voted ...", "Acme, Zenith and Orbit, which makes
    chips", "credits include A, B and C, which starred X"), that last item, which the parser often hangs
    the clause past: a verb of the third person singular agrees with one item only, and a past or a modal
    one is read, as people read it, of the nearest (r24a, bbc-entertainment-347: the first item was never
    the right reading); "which make", "who were" may speak of them all."""
    head = clause.head
    items = head.conjuncts
    verbs = (clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass")))
    plural = any(t.lower_ in ("are", "were", "have") for t in (clause, *clause.children)) or any(
        t.tag_ == "VBP" for t in verbs
    )
    if plural:
        return head
    last = max((head, *items), key=lambda t: t.i)
    if last is head:
        last = _last_listed(clause, head)
    return last if last.i < clause.i and last is not head else head


def _last_listed(clause: Token, head: Token) -> Token:
    """The word right before a relative clause ("..., which") when the parser hung the list's items below a
    word of the first ("Edge of Darkness, Vertical Limit and Beyond Borders": conjuncts of "Darkness") and
    an "and" or "or" stands between; else the head."""
    doc = clause.doc
    before = clause.left_edge.i - 1
    if before > 0 and doc[before].is_punct:
        before -= 1
    if before <= head.i or not any(t.dep_ == "cc" for t in doc[head.i : before]):
        return head
    word = doc[before]
    path = [word, *word.ancestors]
    if head not in path or not any(t.dep_ == "conj" for t in path[: path.index(head)]):
        return head
    return word


#: Verbs whose agent leads a group: "a group led by X", "an investor group controlled by X".
_LEADING_VERBS = frozenset({"lead", "control", "head"})
