"""Facts carried by how a person is introduced: titles, appositions, predicative posts, descriptors.

- "Ukrainian President Volodymyr Zelenskyy", "President Xi Jinping of China", "Russia's president X",
  "X, the president of Y", "X is chairman of Y", "X was named president" -> holdsPosition (a Position
  resource) + leaderOf Y (leader titles) or worksFor Y (other titles at an organisation) or citizenOf Y
  (other titles of a country);
- "Virginia Towle of Wallingford", "New York investor X" -> livesIn; "Glenn English (D-Okla.)" -> memberOf;
- "Chelsea team-mate Frank Lampard" -> playsFor; "Ethiopia's Tirunesh Dibaba" -> citizenOf.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from loaders.entities import cues as ecues
from loaders.entities.records import NORP, POSITION, MentionRow
from loaders.facts import cues
from loaders.facts.context import FactContext, prep_objects
from loaders.facts.stance import STATED_STANCE

_AFFILIATION_PREPS = ("of", "for", "at")
# "Glenn English of the Democratic Party" is a member, not an employee
_MEMBERSHIPS = frozenset({"party", "parties", "union", "club", "committee", "band", "group", "alliance"})
_TEAM_MATE = re.compile(r"\b(?:team|club)\s*-?\s*mates?\b", re.IGNORECASE)
_TITLES = ecues.TITLE_NOUNS | frozenset(cues.TITLE_ABBREVIATIONS)
_CLAIMED = frozenset({"stated", "reported"})


def person_roles(ctx: FactContext, index: int) -> None:
    """Titles of one person mention and what they tie the person to."""
    row = ctx.mentions[index]
    doc = ctx.doc
    root = doc[row.tok_start : row.tok_end].root
    phrase_start = _premodifier_start(ctx, row)
    _release_title_words(ctx, phrase_start, row.tok_start)
    title = _own_title(ctx, phrase_start, row.tok_start, root)
    if title is None and root.dep_ == "conj":  # "Reps. Glenn Smith and Dan Jones": the title is both's
        shared_start, title = _shared_title(ctx, root.head)
        phrase_start = shared_start if title is not None else phrase_start
    if title is None and row.tok_start > 0 and _is_title(doc[row.tok_start - 1]):
        # a title right before the name that the parse hung elsewhere
        adjacent_start = _adjacent_start(ctx, row)
        title = _own_title(ctx, adjacent_start, row.tok_start, root)
        phrase_start = adjacent_start if title is not None else phrase_start
    if title is not None:
        title = _split_unnamed_organisation(ctx, title)
        affiliations = _affiliations_in(ctx, phrase_start, row.tok_start)
        affiliations += [a for p in prep_objects(root, *_AFFILIATION_PREPS) for a in ctx.args(p)]
        _emit_roles(ctx, index, title, affiliations, 0.85)
    appositives = _appositive_titles(ctx, root)
    _predicative_titles(ctx, index, root)
    _party_tag(ctx, index)
    if title is None and not appositives:
        _origin(ctx, index, root)
        _team_mates(ctx, index, phrase_start, root)
        _country_possessive(ctx, index, root)
        _home_place(ctx, index, phrase_start)
        for demonym in _affiliations_in(ctx, phrase_start, row.tok_start):  # "Russian Dmitriy Bogdanov"
            if ctx.mentions[demonym].cls == NORP:
                ctx.add("citizenOf", index, demonym, doc[row.tok_start - 1], "demonym", 0.6)
    for appos in appositives:
        span = _appositive_title_span(ctx, appos, row)
        if span is None:
            continue
        span = _split_unnamed_organisation(ctx, span)  # "Ofsted chief, David Bell"
        affiliations = _affiliations_in(ctx, appos.left_edge.i, appos.i + 1)
        of_objects = [a for p in prep_objects(appos, "of") for a in ctx.args(p)]
        affiliations += of_objects + [a for p in prep_objects(appos, "for", "at") for a in ctx.args(p)]
        unit_head = _heads_a_unit(appos) and not of_objects
        _emit_roles(ctx, index, span, affiliations, 0.75, may_lead=not unit_head)


def _origin(ctx: FactContext, person: int, root: Token) -> None:
    """'Virginia Towle of Wallingford', 'Marie Ferraro, 50, of Bethany', 'Derwinski, a Republican from
    Chicago': where an untitled person is from; 'Robert Brusca of Nikko Securities': whom they work for."""
    hosts = [root, *(c for c in root.children if c.dep_ == "appos" and (c.like_num or c.pos_ == "NOUN"))]
    for place in (a for host in hosts for p in prep_objects(host, "of", "from") for a in ctx.args(p)):
        cls = ctx.mentions[place].cls
        if cls in ("City", "Location"):
            ctx.add("livesIn", person, place, root, "origin", 0.55)
        elif cls == "Country":
            ctx.add("citizenOf", person, place, root, "origin", 0.55)
        elif cls == "Organization" and _employer_name(ctx.mentions[place].surface):
            ctx.add("worksFor", person, place, root, "affiliation", 0.6)  # "said Robert Brusca of Nikko"


def _country_possessive(ctx: FactContext, person: int, root: Token) -> None:
    """ "Ethiopia's Tirunesh Dibaba", "Sweden's Carolina Kluft": an untitled person a country's possessive
    introduces is its citizen (the guideline gives no playsFor: the national side is not stated). A club's
    or a firm's possessive ("Chelsea's Frank Lampard") is left alone: player, manager or owner, it does not
    say."""
    for c in root.children:
        if c.dep_ != "poss" or c.i >= ctx.mentions[person].tok_start:
            continue
        owner = ctx.tok2m[c.i]
        if owner >= 0 and owner != person and ctx.mentions[owner].cls == "Country":
            ctx.add("citizenOf", person, owner, c, "possessive", 0.6)


def _home_place(ctx: FactContext, person: int, start: int) -> None:
    """'New York investor Asher Edelman', 'London artist X': a city or region before a word for what a
    private person is names where the person lives."""
    end = ctx.mentions[person].tok_start
    while end > start and ctx.doc[end - 1].lower_ in ecues.HONORIFICS:
        end -= 1  # "Yorkshire millionaire Sir Paul Sykes"
    if start >= end or ctx.doc[end - 1].lemma_.lower() not in cues.RESIDENT_NOUNS:
        return
    places = {ctx.tok2m[k] for k in range(start, end - 1) if ctx.tok2m[k] >= 0}
    for place in sorted(p for p in places if ctx.mentions[p].cls in ("City", "Location")):
        ctx.add("livesIn", person, place, ctx.doc[end - 1], "home-place", 0.6)


def _party_tag(ctx: FactContext, person: int) -> None:
    """'Glenn English (D-Okla.)', 'Bob Dole, R-Kan.,': the US news tag of a member of Congress names the
    party (and the state), so the person is a member of the Democratic or the Republican Party."""
    row = ctx.mentions[person]
    doc = ctx.doc
    k = row.tok_end
    while k < len(doc) and doc[k].text in ("(", ","):
        k += 1
    if k + 2 >= len(doc) or doc[k].text not in cues.PARTY_TAGS or doc[k + 1].text != "-":
        return
    if doc[k].whitespace_ or doc[k + 1].whitespace_ or not doc[k + 2].text[:1].isupper():
        return  # "D-Okla.", not "R - the"
    party = cues.PARTY_TAGS[doc[k].text]
    letter = doc[k]
    index = ctx.new_mention(
        MentionRow(letter.idx, letter.idx + len(letter), k, k + 1, "Organization", party, party)
    )
    ctx.add("memberOf", person, index, letter, "party-tag", 0.75)


def _employer_name(surface: str) -> bool:
    """An organisation's name that can be an employer: not a party or club ('of the Democratic Party'), not
    the bare legal form left of a name that entity recognition cut ('of S.G. Warburg and Co Inc')."""
    words = [w.lower().rstrip(".") for w in surface.split()]
    return words[-1] not in _MEMBERSHIPS and not all(w in ecues.LEGAL_FORMS for w in words)


def _team_mates(ctx: FactContext, person: int, start: int, root: Token) -> None:
    """'Chelsea team-mate Frank Lampard', "Henry's Arsenal club-mate Reyes": both play for the side."""
    doc = ctx.doc
    end = ctx.mentions[person].tok_start
    if not _TEAM_MATE.search(doc[start:end].text):
        return
    sides = {ctx.tok2m[k] for k in range(start, end) if ctx.tok2m[k] >= 0}
    sides = {m for m in sides if ctx.mentions[m].cls in ("Country", "Organization", "Team")}
    players = [person] + [p for c in root.children if c.dep_ == "poss" and (p := ctx.tok2m[c.i]) >= 0]
    for player in (p for p in players if ctx.mentions[p].cls == "Person"):
        for side in sorted(sides):
            ctx.add("playsFor", player, side, doc[end - 1], "team-mate", 0.65)


def _premodifier_start(ctx: FactContext, row: MentionRow) -> int:
    """Start of the noun phrase that premodifies a name: tokens left of it whose heads lead into it."""
    doc = ctx.doc
    start = row.tok_start
    while start > 0:
        token = doc[start - 1]
        if token.pos_ in ("VERB", "AUX", "CCONJ") or (token.is_punct and not _joins_words(token)):
            break
        other = ctx.tok2m[token.i]
        if other >= 0 and ctx.mentions[other].cls == "Person":
            break  # another person's name: its titles are its own
        if start >= 2 and _in_word_hyphen(token) and start < row.tok_start:
            start -= 2  # "co-chairman": the parser may hang "co" elsewhere; the word is one
            continue
        if not any(row.tok_start <= a.i < row.tok_end for a in token.ancestors):
            break
        start -= 1
    return start


def _adjacent_start(ctx: FactContext, row: MentionRow) -> int:
    """Start of the words right before a name that can make a title, whatever the parse says: "X's
    petroleum minister A and Russian energy minister B", where B hangs from the first minister."""
    doc = ctx.doc
    start = row.tok_start
    while start > 0:
        token = doc[start - 1]
        other = ctx.tok2m[token.i]
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or (other >= 0 and ctx.mentions[other].cls == "Person"):
            break
        start -= 1
    return start


def _in_word_hyphen(token: Token) -> bool:
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_


def _joins_words(token: Token) -> bool:
    """A possessive, a hyphen inside a word ('co-chairman') or an abbreviation's period ('Reps. A and B'),
    not a dash between phrases or a sentence's end."""
    glued = token.i > 0 and not token.nbor(-1).whitespace_
    period = token.text == "." and glued and token.nbor(-1).lower_ + "." in cues.TITLE_ABBREVIATIONS
    return token.tag_ in ("HYPH", "POS") or _in_word_hyphen(token) or period


def _title_in(ctx: FactContext, start: int, end: int) -> Span | None:
    """The title words of a premodifier phrase: what follows its affiliations, demonyms and determiner."""
    doc = ctx.doc
    possessive = [t.i for t in doc[start:end] if t.tag_ == "POS"]
    if possessive:  # "Menatep Group's managing director": the title follows the possessor
        start = possessive[-1] + 1
    skip = ("DET", "PUNCT", "ADP", "PART", "PRON", "ADV")  # "recently elected secretary": the secretary
    while start < end and (
        ctx.tok2m[start] >= 0
        or doc[start].pos_ in skip
        or doc[start].lower_ in cues.TITLE_TIME_WORDS
        or doc[start].tag_ == "VBN"
        or doc[start].lower_ in ecues.HONORIFICS
    ):
        start += 1
    while end > start and (
        doc[end - 1].lower_ in ecues.HONORIFICS
        or _name_part(doc[end - 1], start)
        or _rank_after(doc, start, end)
    ):
        end -= 1  # "chairman Mr Greenspan", "President Susilo Bambang Yudhoyono", "Foreign Minister Prince X"
    if any(t.lower_ in cues.AWARD_WORDS for t in doc[start:end]):
        return None  # "was named best director": an award, not a post
    if start >= end or not _is_title(_title_head(doc[start:end])):
        return None  # "centre partner X": a title noun that only modifies another noun names no post
    return doc[start:end]


def _is_title(token: Token) -> bool:
    return token.lower_ in _TITLES or (token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in _TITLES)


def _title_head(title: Span) -> Token:
    """The head noun of a title: its last word before a preposition ('secretary of state') or a hyphenated
    suffix ('president-elect')."""
    doc = title.doc
    end = next((t.i for t in title if t.pos_ == "ADP"), title.end)
    while end - 2 > title.start and doc[end - 1].lower_ in cues.TITLE_SUFFIXES and doc[end - 2].text == "-":
        end -= 2
    return doc[end - 1]


def _release_title_words(ctx: FactContext, start: int, end: int) -> None:
    """'House Majority leader X': a name that ends in a title's own word ('majority') gives it back to the
    title; the rest of the name ('House') stays the organisation."""
    k = start
    while k < end:
        index = ctx.tok2m[k]
        row = ctx.mentions[index] if index >= 0 else None
        if row is None or row.cls not in ("Organization", "Country"):
            k += 1
            continue
        cut = row.tok_end
        while cut > row.tok_start and ctx.doc[cut - 1].lower_ in cues.TITLE_MODIFIERS:
            cut -= 1
        if row.tok_start < cut < row.tok_end and row.tok_end < end:
            words = ctx.doc[row.tok_start : cut]
            ctx.mentions[index] = row._replace(
                end=words.end_char, tok_end=cut, key=words.text, surface=words.text
            )
            for j in range(cut, row.tok_end):
                ctx.tok2m[j] = -1
        k = row.tok_end


def _shared_title(ctx: FactContext, first: Token) -> tuple[int, Span | None]:
    """The plural title before the first of coordinated names, with the start of its phrase."""
    index = ctx.tok2m[first.i]
    if index < 0 or ctx.mentions[index].cls != "Person":
        return 0, None
    start = _premodifier_start(ctx, ctx.mentions[index])
    title = _title_in(ctx, start, ctx.mentions[index].tok_start)
    if title is None:
        return 0, None
    return (start, title) if _plural(_title_head(title)) else (0, None)


def _own_title(ctx: FactContext, start: int, end: int, root: Token) -> Span | None:
    """The title before one name; a plural one ('oil analysts X', 'Premiership leaders X') says the name is
    a group's, unless names are coordinated after it ('Reps. A and B'), and a market's leader is a firm."""
    title = _title_in(ctx, start, end)
    if title is None:
        return None
    head = _title_head(title)
    if head.i > title.start and head.lower_ == "leader" and head.nbor(-1).lower_ in cues.FIRM_LEADER_WORDS:
        return None
    if not _plural(head) or any(c.dep_ == "conj" for c in root.children):
        return title
    return None


def _plural(head: Token) -> bool:
    abbreviation = cues.TITLE_ABBREVIATIONS.get(head.lower_)
    if abbreviation is not None:
        return abbreviation.rstrip(".") != head.lower_.rstrip(".")
    return head.tag_ in ("NNS", "NNPS")


def _rank_after(doc: Doc, start: int, end: int) -> bool:
    """A rank of nobility that ends a title after another title noun: it is the name's, not the post's."""
    rank = doc[end - 1].lower_
    if rank not in ecues.MALE_TITLES and rank not in ecues.FEMALE_TITLES:
        return False
    return any(t.lower_ in _TITLES for t in doc[start : end - 1])


def _split_unnamed_organisation(ctx: FactContext, title: Span) -> Span:
    """'Gazprom chairman', 'United boss': capitalised words before the title noun that NER left unnamed
    are the organisation the title belongs to; they become its mention and leave the title."""
    doc = ctx.doc
    end = title.start
    while end < title.end and _unnamed_name_word(doc[end]):
        end += 1
    rest = doc[end : title.end]
    if end == title.start or not any(t.lower_ in _TITLES for t in rest):
        return title
    start = title.start
    country = ctx.tok2m[start - 1] if start > 0 else -1
    if country >= 0 and ctx.mentions[country].cls == "Country" and ctx.mentions[country].tok_end == start:
        start = ctx.mentions[country].tok_start  # "UK Online general manager": the country starts the name
    words = doc[start:end]
    org = MentionRow(
        words.start_char, words.end_char, words.start, words.end, "Organization", words.text, words.text
    )
    index = ctx.new_mention(org)
    for k in range(words.start, words.end):
        ctx.tok2m[k] = index
    return rest


def _unnamed_name_word(token: Token) -> bool:
    lower = token.lower_
    return (
        (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not token.is_sent_start))  # "Tory co-chairman"
        and token.text[:1].isupper()
        and lower not in cues.TITLE_MODIFIERS
        and lower not in _TITLES
        and lower not in ecues.HONORIFICS
        and lower not in ecues.GENERIC_NAME_WORDS
        and lower not in ecues.NON_LEADER_MODIFIERS
        and lower not in ecues.TITLE_DOMAINS
    )


def _name_part(token: Token, start: int) -> bool:
    """A proper noun after a title that belongs to the name, not to a prepositional title ('of State')."""
    if token.pos_ != "PROPN" or token.lower_ in _TITLES or token.doc[token.i - 1].pos_ == "ADP":
        return False
    return not any(a.pos_ == "ADP" and start <= a.i < token.i for a in token.ancestors)


def _heads_a_unit(title: Token) -> bool:
    """'head of currency strategy at Y': the title's own 'of' names a unit, so Y is not what it leads."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in title.children)


def _appositive_titles(ctx: FactContext, root: Token) -> list[Token]:
    found = [c for c in root.children if c.dep_ == "appos" and c.lower_ in _TITLES]
    head = root.head
    if root.dep_ == "appos" and head.lower_ in _TITLES and not _person_between(ctx, head, root):
        found.append(head)  # "the Chinese president, Xi Jinping"
    return found


def _person_between(ctx: FactContext, first: Token, last: Token) -> bool:
    """Another person named between a title and a name: the title is that person's ('A's minister B and
    C's minister D', parsed with D in apposition to the first minister)."""
    own = ctx.tok2m[last.i]
    return any(
        (m := ctx.tok2m[k]) >= 0 and m != own and ctx.mentions[m].cls == "Person"
        for k in range(first.i + 1, last.i)
    )


def _predicative_titles(ctx: FactContext, person: int, root: Token) -> None:
    """'X is chairman of Y', 'X, who is chairman of Y', 'Y named X as chairman', 'X resigned as
    international development secretary': the post a clause gives its subject (or, after a verb of
    appointing, its object). Only a copula's title ties the person to what it names; an 'as' title may be a
    post the person left or is about to take. Negated and hedged clauses give nothing."""
    clauses = [root.head] if root.dep_ == "nsubj" else []
    clauses += [c for c in root.children if c.dep_ == "relcl" and _relative_subject(c)]  # "X, who is ..."
    for verb in (v for v in clauses if v.lemma_ in cues.COPULAS and _stated(ctx, v)):
        for attr in (c for c in verb.children if c.dep_ == "attr" and _is_title(c)):
            end, unit = _unit_end(ctx, attr)
            span = _title_in(ctx, attr.left_edge.i, end)
            hosts = [attr] + ([unit] if unit is not None else [])
            affiliations = [
                a for h in hosts for p in prep_objects(h, *_AFFILIATION_PREPS) for a in ctx.args(p)
            ]
            if span is not None:
                affiliations += _affiliations_in(ctx, attr.left_edge.i, attr.i)
                former = any(c.lower_ in cues.FORMER_ADVERBS for c in verb.children if c.dep_ == "advmod")
                _emit_roles(ctx, person, span, [] if former else affiliations, 0.7, may_lead=unit is None)
    verb = root.head
    appointed = root.dep_ in ("dobj", "oprd") and verb.lemma_ in cues.APPOINT_VERBS
    if (root.dep_ in ("nsubj", "nsubjpass") or appointed) and _stated(ctx, verb):
        titles = prep_objects(verb, "as")
        if root.dep_ == "nsubjpass" and verb.lemma_ in cues.APPOINT_VERBS:  # "X was named president"
            titles += [c for c in verb.children if c.dep_ in ("oprd", "attr")]
        for title in (t for t in titles if _is_title(t)):
            span = _title_in(ctx, title.left_edge.i, _unit_end(ctx, title)[0])
            if span is not None:
                _emit_roles(ctx, person, span, [], 0.65)


def _relative_subject(clause: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children)


def _stated(ctx: FactContext, verb: Token) -> bool:
    found = ctx.stance(verb)
    return found is not None and found.polarity == STATED_STANCE.polarity and found.modality in _CLAIMED


def _unit_end(ctx: FactContext, title: Token) -> tuple[int, Token | None]:
    """End of a title with its unnamed 'of' phrase ('director of telecoms research', not 'chairman of Y'
    nor 'director of the company', which names the firm, not a unit), and the head of that phrase."""
    for c in title.rights:
        unit = next((p for p in c.children if p.dep_ == "pobj"), None) if c.lower_ == "of" else None
        words = range(unit.left_edge.i, unit.i + 1) if unit is not None else range(0)
        if unit is not None and all(
            ctx.tok2m[k] < 0 and ctx.doc[k].pos_ not in ("DET", "PRON") for k in words
        ):
            return unit.i + 1, unit
    return title.i + 1, None


def _appositive_title_span(ctx: FactContext, title: Token, person: MentionRow) -> Span | None:
    """The words of an appositive title: its premodifiers, and its own prepositional phrase when the title
    comes first ('Coordinator for Strategic Communications, John Kirby')."""
    end = title.i + 1
    if title.i < person.tok_start:
        for c in title.rights:
            if c.dep_ == "prep" and c.right_edge.i < person.tok_start:
                end = max(end, c.right_edge.i + 1)
    return _title_in(ctx, title.left_edge.i, end)


def _affiliations_in(ctx: FactContext, start: int, end: int) -> list[int]:
    """Countries (also through demonyms) and organisations named inside a title phrase, and the one an
    'its' or 'their' stands for ('Acme said its chairman X')."""
    seen: list[int] = []
    for k in range(max(start, 0), end):
        index = ctx.tok2m[k]
        if index < 0 and ctx.doc[k].dep_ == "poss" and ctx.doc[k].lower_ in ("its", "their"):
            index = _owner_of(ctx, ctx.doc[k])
        if index >= 0 and index not in seen and ctx.mentions[index].cls in ("Country", "Organization", NORP):
            seen.append(index)
    return seen


def _owner_of(ctx: FactContext, pronoun: Token) -> int:
    """The organisation an 'its' before a title stands for, in its own sentence: the one the title is
    coordinated with ('TWA and its chairman X') or the subject of a clause above it ('TWA said in a filing
    with the SEC that its chairman X'); not the nearest name, which is often another ('the SEC')."""
    for node in pronoun.ancestors:
        owner = ctx.tok2m[node.head.i] if node.dep_ == "conj" else -1
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            owner = ctx.tok2m[subject.i] if subject is not None else -1
        if owner >= 0 and ctx.mentions[owner].cls == "Organization":
            return owner
    return -1


def _emit_roles(
    ctx: FactContext,
    person: int,
    title: Span,
    affiliations: list[int],
    confidence: float,
    may_lead: bool = True,
) -> None:
    words = [_singular(t) for t in title]
    # "former Yukos boss" is the position "former boss"; "former Cabinet minister" keeps its cabinet
    named = [_singular(t) for t in title if ctx.tok2m[t.i] < 0 or t.lower_ in cues.TITLE_MODIFIERS]
    label = " ".join(named or words).replace(" - ", "-")
    affiliations = [a for a in affiliations if ctx.mentions[a].surface.lower() not in cues.TITLE_MODIFIERS]
    position = ctx.new_mention(
        MentionRow(title.start_char, title.end_char, title.start, title.end, POSITION, label, title.text)
    )
    ctx.add("holdsPosition", person, position, title, "title", confidence)
    if any(w in ecues.NON_LEADER_MODIFIERS for w in words):
        return
    leads = any(w in ecues.LEADER_TITLES for w in words) or any(p in label for p in ecues.LEADER_PHRASES)
    leads = leads or _title_head(title).lower_ == "chief"  # "Ofsted chief", not "chief economist"
    leads = leads and may_lead
    plays = any(w in ecues.SPORT_POSITIONS for w in words)
    for aff in affiliations:
        cls = ctx.mentions[aff].cls
        country = cls in ("Country", NORP)
        if (
            plays and cls != NORP
        ):  # "Chelsea striker X", "England captain X"; "Portuguese winger": nationality
            ctx.add("playsFor", person, aff, title, "title", confidence - 0.05)
        elif plays:
            ctx.add("citizenOf", person, aff, title, "title", confidence - 0.1)
        elif "coach" in words and cls != NORP:  # "Germany coach X" coaches the side; "Dutch coach X" is Dutch
            ctx.add("coaches", person, aff, title, "title", confidence - 0.05)
        elif leads:
            ctx.add("leaderOf", person, aff, title, "title", confidence)
        elif country:
            ctx.add("citizenOf", person, aff, title, "title", confidence - 0.2)
        else:
            ctx.add("worksFor", person, aff, title, "title", confidence - 0.05)


def _singular(token: Token) -> str:
    """A title word as the post it names: "Reps. A and B" each hold the post "rep."."""
    lower = token.lower_
    if lower in cues.TITLE_ABBREVIATIONS:
        return cues.TITLE_ABBREVIATIONS[lower]
    return token.lemma_.lower() if token.tag_ in ("NNS", "NNPS") and _is_title(token) else lower
