"""Facts carried by how an organisation, a work or a place is introduced: descriptors, possessives, 'City,
Country' (a person's titles and descriptors: loaders/facts/people.py).

- "The Chinese state-run newspaper Global Times" -> basedIn China, ownedBy China;
- "China's Belt and Road Initiative" -> ledBy China;
- "Microsoft's Internet Explorer" -> makes; "Channel 4's Supernanny" -> created;
- "Moscow, Russia" -> locatedIn.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from loaders.entities import cues as ecues
from loaders.entities.descriptions import ORGANISATION_DESCRIPTIONS, TRADE_ONLY
from loaders.entities.gazetteer import Gazetteer
from loaders.entities.names import initial_and_surname, words_matching
from loaders.entities.places import country_in_city, in_us_state
from loaders.entities.records import NORP, MentionRow
from loaders.entities.variants import core_words, has_legal_form
from loaders.facts import cues
from loaders.facts.context import FactContext, prep_objects
from loaders.facts.stance import STATED_STANCE

# "China, Brazil, South Africa and Russia", "Europe, Australia and the Far East" are lists, not a place
# and its region.
_LIST_BEFORE = re.compile(r"[A-Z][\w.]*\s*,\s*$")
#: A country's abbreviation: "US", "U.S.", "UK".
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,3}")
#: A compass point or a part of a place: "south-east", "northern", "central", "mid", "far east".
_DIRECTION = (
    r"(?:far |extreme )?(?:mid|central|centre|center|middle|heart|"
    r"(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)"
)
#: The next item of a list, its part named too: "Michigan, Ohio and west Virginia", "south Florida,
#: southern Arizona and southern California"; or a quantified rest of it: "Europe, Mexico and some Latin
#: American states", "Kenya, Uganda and other countries".
_LIST_NEXT = re.compile(
    rf"\s*(,\s*(and |or )?(the )?|(and|or) (the )?)"
    rf"((?i:{_DIRECTION}\s+)?[A-Z]|(?:some|other|several|many|most|all|neighbou?ring) )"
)
#: "Sakhalin, in the far east of Russia", "Bugesera in the southeastern part of Rwanda": a place in a part
#: of a larger one (lane i14-places4).
_IN_PART_OF = re.compile(
    rf"\s*,?\s*in the {_DIRECTION}(?: (?:part|region|corner|tip|edge))? of (?:the )?", re.IGNORECASE
)
#: "Welshpool, mid Wales", "Tizi, south-east Algeria": the region after the comma named by its part.
_PAIR_GAP = re.compile(rf"\s*,\s*(?:{_DIRECTION}\s*)?", re.IGNORECASE)
#: Last words that show a name is a place, for a possessor to hold it ("London's Trafalgar Square").
_PLACE_WORDS = ecues.PLACE_HEAD_NOUNS | {
    "park",
    "castle",
    "airport",
    "end",
    "bridge",
    "harbour",
    "port",
    "region",
}


#: Last words of a site's name that NER takes for an organisation's: a city's possessive says where it lies.
_SITE_WORDS = frozenset({"airport", "centre", "center", "academy", "station", "arena", "stadium", "house"})
#: The nouns a firm's description is made of ("the company", "the carmaker"), as words of a text.
_FIRM_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(ORGANISATION_DESCRIPTIONS | TRADE_ONLY)) + r")\b", re.IGNORECASE
)
#: Modalities of a copula that states what an organisation is.
_CLAIMED = frozenset({"stated", "reported"})
#: Possessors that are an organisation's home: a country's, "China's Sinopec", and a city's, "London's
#: Capital FM".
_HOMES = frozenset({"Country", "City"})


def organisation_roles(ctx: FactContext, index: int, gaz: Gazetteer) -> None:
    """Descriptors of an organisation: 'the Chinese state-run newspaper X', 'China's X', 'X in Y', and the
    country its own name carries ('Welsh Development Agency', 'Bank of England')."""
    row = ctx.mentions[index]
    root = ctx.doc[row.tok_start : row.tok_end].root
    _country_in_name(ctx, index, gaz)
    _parent_in_name(ctx, index)
    elsewhere = _venue(ctx, index) or _event_named(ctx, index) or _party_to_an_event(root)
    homes = [] if elsewhere else prep_objects(root, "in")
    next_item = _next_listed_item(ctx, homes)
    for places in map(ctx.args, homes):
        if len(places) >= _PLACE_LIST:
            continue  # "offices ... under the name of X in Arizona, Colorado, Illinois and Oregon": its reach
        for place in places:
            if ctx.mentions[place].tok_start >= next_item:
                continue  # "WXTV in New York and KFTV in Fresno": the next item of a list and its home
            if ctx.mentions[place].cls in ecues.PLACE_CLASSES:  # "Drexel Burnham Lambert Inc. in New York"
                ctx.add("basedIn", index, place, root, "org-in-place", 0.6)
    for place in (a for p in prep_objects(root, "of") if p.i >= row.tok_end for a in ctx.args(p)):
        if ctx.mentions[place].cls in ecues.PLACE_CLASSES:  # the wires' "Commerzbank AG of West Germany"
            ctx.add("basedIn", index, place, root, "org-of-place", 0.6)
    descriptors = [c for c in root.lefts if c.dep_ in ("compound", "nmod") and c.lower_ in ecues.ORG_NOUNS]
    if root.dep_ == "appos" and root.head.lemma_.lower() in ecues.ORG_NOUNS:
        descriptors.append(root.head)
    descriptors += [n for n in map(_appositive_noun, _own_appositions(ctx, root)) if n is not None]
    descriptors += _predicative_nouns(ctx, root)
    if root.dep_ == "compound" and root.head.lemma_.lower() in ecues.ORG_NOUNS:
        descriptors.append(root.head)  # "America's TV Guide magazine": the name modifies its kind noun
    for noun in descriptors:
        _descriptor_facts(ctx, index, noun)
    # before the name, or in an apposition after it ("Mutual Shares Corp, a New York investment firm")
    ends = [row.tok_start - 1, *(c.i for c in _own_appositions(ctx, root) if c.i > root.i)]
    for end in (k for k in ends if k >= 0):
        home = _descriptor_place(ctx, end + 1)
        if home is not None:  # the same fact from _descriptor_facts has the same cue, so assembly keeps one
            ctx.add("basedIn", index, home, ctx.doc[end], "descriptor", 0.6)
    for c in root.children:
        if c.dep_ == "poss" and c.i < row.tok_start:
            owner = ctx.arg(c)
            if _part_of(ctx, index, c):
                ctx.add("subsidiaryOf", index, ctx.tok2m[c.i], c, "part-possessive", 0.6)
            if owner is not None and ctx.mentions[owner].cls in _HOMES and not _venue(ctx, index):
                if ctx.mentions[owner].cls == "City" and not _city_home(ctx, owner, index):
                    continue
                programme = row.surface.split()[-1] in ecues.PROGRAMME_WORDS
                ctx.add("ledBy" if programme else "basedIn", index, owner, c, "possessive", 0.5)
    _country_before_name(ctx, index, root)


#: Last words of a body's name that make it a part of the organisation whose possessive names it ("the
#: Bank's Monetary Policy Committee", "the IOC's Evaluation Commission", "the Senate's Foreign Relations
#: Committee").
_PART_WORDS = frozenset(
    {"committee", "commission", "council", "board", "division", "unit", "department", "bureau", "panel"}
    | {"directorate", "secretariat"}
)


def _next_listed_item(ctx: FactContext, homes: list[Token]) -> int:
    """Where the next item of a list of names and their homes starts: a conjunct of a home that has an "in"
    of its own right after it ("WXTV in New York and KFTV in Fresno", which the parser reads as WXTV in
    New York, KFTV and Fresno). Past the end of the document when there is none."""
    starts = [
        ctx.mentions[i].tok_start
        for home in homes
        for i in ctx.args(home)[1:]
        if ctx.mentions[i].tok_end < len(ctx.doc) and ctx.doc[ctx.mentions[i].tok_end].lower_ == "in"
    ]
    return min(starts, default=len(ctx.doc))


def _part_of(ctx: FactContext, index: int, possessor: Token) -> bool:
    """An organisation's named possessive before a body named as one of its parts: the body is its
    subsidiary (a pronoun's "its Audit Committee" is left to context). So is a firm the possessive of a firm
    whose name has its legal form names right after it (r13b: "AMR Corp's American Airlines", "General
    Mining Union Corp Ltd's Kinross Mines Ltd", "Texas Air Corp's <TEX> Continental Airlines"; on the wires
    that is how a unit is named)."""
    owner = ctx.tok2m[possessor.i]
    row = ctx.mentions[index]
    if owner < 0 or owner == index or ctx.mentions[owner].cls != "Organization":
        return False
    # a one-word name there is as often a product NER took for a firm ("Chrysler Corp's Omni and Horizon")
    return row.surface.split()[-1].lower() in _PART_WORDS or (
        row.cls == "Organization"
        and len(row.surface.split()) > 1
        and has_legal_form(ctx.mentions[owner].surface)
        and _right_after(ctx, owner, index)
    )


def _right_after(ctx: FactContext, owner: int, index: int) -> bool:
    """Nothing but the possessive's "'s" and a ticker ("<TEX>") between the two names: not "Acme Corp's
    rival Zenith Inc", where the possessive names whose rival."""
    doc = ctx.doc
    between = doc[ctx.mentions[owner].tok_end : ctx.mentions[index].tok_start]
    words = [t for t in between if t.tag_ != "POS" and t.text not in ("<", ">")]
    return len(words) <= 1 and all(t.text.isupper() and t.text.isalpha() for t in words)


def _city_home(ctx: FactContext, city: int, index: int) -> bool:
    """A city's possessive names the home of an organisation ("London's Capital FM", "Moscow's Sovlink
    Securities"), not of a site NER took for one, which lies there ("Tehran's new Imam Khomeini International
    Airport", "London's Brixton Academy": place_in_place's), nor a city that ends a longer name ("the
    University of Chicago's Graduate Business School")."""
    start = ctx.mentions[city].tok_start
    if start > 0 and ctx.doc[start - 1].lower_ == "of":
        return False
    return ctx.doc[ctx.mentions[index].tok_end - 1].lower_ not in _PLACE_WORDS | _FACILITY_WORDS | _SITE_WORDS


def _country_before_name(ctx: FactContext, index: int, root: Token) -> None:
    """ "the U.S. Congress", "the US 6th Fleet", "the UK Treasury": a country's abbreviation right before an
    organisation's name, as its modifier, is its home (lane i14-places4). A country's full name there is
    as often the start of the name NER cut ("the Singapore International Monetary Exchange", "China
    Mobile"), and a demonym is part of the name ("British Airways"): neither is read here."""
    row = ctx.mentions[index]
    before = ctx.tok2m[row.tok_start - 1] if row.tok_start > 0 else -1
    if before < 0 or ctx.mentions[before].cls != "Country" or ctx.mentions[before].tok_end != row.tok_start:
        return
    if not _ABBREVIATION.fullmatch(ctx.mentions[before].surface) or row.surface.lower() in ecues.ORG_NOUNS:
        return  # "the U.S.\nFirm is owned by": a kind noun NER took for a name at a line's start
    modifier = ctx.doc[ctx.mentions[before].tok_end - 1]
    if modifier.dep_ in ("compound", "nmod", "amod") and modifier.head.i in range(row.tok_start, root.i + 1):
        ctx.add("basedIn", index, before, modifier, "country-modifier", 0.7)


def work_roles(ctx: FactContext, index: int) -> None:
    """Who made a product or a work, by the possessive that names it: "Microsoft's Internet Explorer" ->
    Microsoft makes it; "Channel 4's Supernanny", "Dan Brown's novel X" -> created. A person's film or show
    is left alone: "Foxx's movie Ray" is the actor's as often as the director's."""
    row = ctx.mentions[index]
    root = ctx.doc[row.tok_start : row.tok_end].root
    kinds = ecues.PRODUCT_NOUNS if row.cls == "Product" else ecues.WORK_NOUNS
    # the possessive may sit on the kind noun: "Microsoft's browser Internet Explorer", "the BBC's sitcom X"
    hosts = [root, *(c for c in root.lefts if c.dep_ in ("compound", "nmod", "amod") and c.lower_ in kinds)]
    if root.dep_ == "appos" and root.head.lower_ in kinds:
        hosts.append(root.head)
    authored = row.cls == "Work" and any(h.lower_ in cues.AUTHORED_WORK_NOUNS for h in hosts[1:])
    makers = ("Organization", "Person") if authored else ("Organization",)
    for c in (c for host in hosts for c in host.children):
        if c.dep_ != "poss" or c.i >= row.tok_start:
            continue
        owner = ctx.tok2m[c.i]  # a name, not a pronoun: "its Series 60" leaves the maker to context
        if owner < 0 or owner == index or not _nearest(ctx, owner, index):
            continue
        if ctx.mentions[owner].cls in makers:
            predicate = "makes" if row.cls == "Product" else "created"
            ctx.add(predicate, owner, index, c, "possessive", 0.6)


def _nearest(ctx: FactContext, owner: int, index: int) -> bool:
    """No other name between the possessor and the work: in "Channel 4's X and ITV1's Hell's Kitchen" the
    parser may hang "Channel 4" on the second title."""
    start, end = ctx.mentions[owner].tok_end, ctx.mentions[index].tok_start
    return all(ctx.tok2m[k] in (-1, owner, index) for k in range(start, end))


def _country_in_name(ctx: FactContext, index: int, gaz: Gazetteer) -> None:
    """A demonym or a country's name that starts an organisation's name, or follows its 'of'."""
    row = ctx.mentions[index]
    doc = ctx.doc
    for k in range(row.tok_start, row.tok_end):
        if k > row.tok_start and doc[k - 1].lower_ not in ("of", "("):
            continue  # "Bank of England", "Nikko Securities (Europe) Ltd"
        for width in (2, 1):
            words = doc[k : min(k + width, row.tok_end)]
            entry = gaz.demonym(words.text) or gaz.lookup(words.text)
            if entry is not None and entry.cls == "Country" and len(words) < row.tok_end - row.tok_start:
                # the country's own mention where the text names it ("the Haitian Parliament ... Haiti"):
                # a mention made inside the name is one more span, which no reader marks (lane i14-places4)
                named = (i for i, m in enumerate(ctx.mentions) if m.cls == "Country" and m.key == entry.name)
                country = next(named, None)
                if country is None:
                    country = ctx.new_mention(
                        MentionRow(
                            words.start_char,
                            words.end_char,
                            words.start,
                            words.end,
                            NORP,
                            entry.name,
                            words.text,
                        )
                    )
                ctx.add("basedIn", index, country, words, "name", 0.6)
                return


def _parent_in_name(ctx: FactContext, index: int) -> None:
    """ "Kanto Sachs (Japan) Corp": a subsidiary named by its parent's name and its market in brackets is
    the parent's, when the text names the parent ("Kanto Sachs and Co", "Kanto Sachs") as a firm of its own
    (firms.whole_firms makes the bracketed name one)."""
    row = ctx.mentions[index]
    words = row.surface.split()
    if row.cls != "Organization" or "(" not in row.surface or words[0].startswith("("):
        return
    if not has_legal_form(row.surface):
        return  # "European Community (EC) Commission": a body and its acronym, no subsidiary
    parent = [w.lower() for w in words[: next(i for i, w in enumerate(words) if w.startswith("("))]]
    for other, mention in enumerate(ctx.mentions):
        core = core_words(mention.surface)
        if core and core[-1] in ("and", "&"):
            core = core[:-1]  # "Kanto Sachs and Co"
        if other != index and mention.cls == "Organization" and core == parent:
            cue = ctx.doc[row.tok_start : row.tok_start + len(parent)]
            ctx.add("subsidiaryOf", index, other, cue, "parent-in-name", 0.6)
            return


def place_in_place(ctx: FactContext) -> None:
    """'Trafalgar Square in London', 'the SECC in Glasgow': a place inside the place its 'in' names; and
    'London's Trafalgar Square', 'Scotland's Loch Lomond': inside its possessor."""
    for index, row in enumerate(list(ctx.mentions)):
        root = ctx.doc[row.tok_start : row.tok_end].root
        kind = _venue_kind(ctx, index, root)
        placed = row.cls in ("City", "Location") or _venue(ctx, index) or _event_named(ctx, index)
        if not placed and kind is None:
            continue
        if _market_word(ctx.doc[row.tok_start]):
            continue  # "Shares in China Mobile rose": NER's place is the market's word
        root = kind or root  # "the Shore Club hotel in Miami Beach": the kind noun holds the "in"
        # In a list of places ("serve Albany, N.Y., Birmingham and Huntsville in Alabama, Columbus, ...") the
        # parser hangs "in" on any member and takes the rest for its objects: no place and its region there.
        listed = root.dep_ == "conj" or any(t.dep_ == "conj" for t in root.subtree)
        homes = [] if _party_to_an_event(root) else prep_objects(root, "in")
        places = list(map(ctx.arg, homes))
        cue = "place-in-place" if places else "place-then-in"
        for place in places or [_place_right_after(ctx, index)]:
            if place is None or (listed and not _city_in_state(row, ctx.mentions[place])):
                continue  # "Birmingham and Huntsville in Alabama": GeoNames vouches for a listed one
            if ctx.mentions[place].cls not in ecues.PLACE_CLASSES or place == index:
                continue
            if _country_in_city(row, ctx.mentions[place]):
                continue  # "a deal on water in Jordan was agreed in Amman": the city is the deed's place
            ctx.add("locatedIn", index, place, root, cue, 0.6)
        sited = kind is not None or root.lower_ in ecues.VENUE_HEAD_NOUNS
        if row.cls == "Location" and not sited and root.lower_ not in _PLACE_WORDS:
            continue  # "Ethiopia's Tirunesh Dibaba": a person NER took for a place is a sporting possessive
        if row.cls == "Organization" and not sited:
            continue  # "Harrah's Marina Hotel", "Ford's Wixom Plant": the possessor is as often the owner
        # before a venue's kind noun only a town's or a country's possessive: "Real Sociedad's Paseo de
        # Anoeta stadium" names the club NER may take for a place
        homes_by_possessive = _HOMES if kind is not None else ecues.PLACE_CLASSES
        for c in root.children:
            owner = ctx.tok2m[c.i] if c.dep_ == "poss" and c.i < row.tok_start else -1
            if owner >= 0 and ctx.mentions[owner].cls in homes_by_possessive and owner != index:
                ctx.add("locatedIn", index, owner, c, "place-possessive", 0.6)


#: Kind nouns after a name that make it a venue's ("the Shore Club hotel in Miami Beach", "London's Abbey
#: Road studios"); not a works' or a plant's ("the Aston factory in Gaydon", "the Ford plant"), whose name is
#: the owner's.
_VENUE_KINDS = ecues.VENUE_HEAD_NOUNS | {"hotel", "studios", "studio", "cinema", "casino"}


def _venue_kind(ctx: FactContext, index: int, root: Token) -> Token | None:
    """The venue kind noun a place's or an organisation's name of two words or more modifies, right after
    it: where the venue lies is where its name does."""
    row = ctx.mentions[index]
    if row.cls not in ("Organization", "Location") or root.dep_ != "compound":
        return None
    if row.tok_end - row.tok_start < 2:
        return None  # "the BBC studios", "the Hilton hotel": a one-word name there is an owner's or a brand's
    head = root.head
    return head if head.i == row.tok_end and head.lower_ in _VENUE_KINDS else None


#: Verbs and nouns of something staged: what they happen "at" is a venue ("a concert at the SECC in Glasgow",
#: "the awards will be held at the MGM Grand in Las Vegas"), while "an economist at Salomon Brothers in New
#: York" names a firm and where it is based.
_STAGED = frozenset(
    {"hold", "stage", "host", "perform", "concert", "gig", "show", "ceremony", "performance", "premiere"}
    | {"exhibition", "party", "screening"}
    | {"record"}  # "live tracks recorded at the Odeon in London" (dev22, bbc-entertainment-107)
)


#: Last words of a building's or a site's name, beside the venues': "the Colosseum Mine in San Bernardino
#: County", "Belmarsh Prison in London", "Ford's Wixom Assembly Plant in Michigan" lie there; they are based
#: nowhere.
_FACILITY_WORDS = ecues.VENUE_HEAD_NOUNS | {
    "hotel",
    "mine",
    "plant",
    "factory",
    "refinery",
    "mill",
    "smelter",
    "casino",
    "cinema",
    "prison",
    "hospital",
    "reserve",
    "zoo",
}


#: Places an organisation is "in" that are where it works, not its home: a list of three or more.
_PLACE_LIST = 3
#: Last words of an event NER took for an organisation ("the Consumer Electronics Show in Las Vegas").
#: "the European Indoors in Madrid", "the Rugby World Cup Sevens in Hong Kong": contests held there.
_EVENT_WORDS = ecues.EVENT_HEAD_NOUNS | {
    "show",
    "fair",
    "indoors",
    "sevens",
    "trophy",
    "race",
    "rally",
    "regatta",
}


def _event_named(ctx: FactContext, index: int) -> bool:
    """An event is held in a place; it is based nowhere."""
    row = ctx.mentions[index]
    return row.cls == "Organization" and ctx.doc[row.tok_end - 1].lower_ in _EVENT_WORDS


def _venue(ctx: FactContext, index: int) -> bool:
    """An organisation named as a building or a site ("the Science Museum", "Belmarsh Prison") or where
    something is staged ("a concert at the SECC"): it lies in a place, it is based nowhere."""
    row = ctx.mentions[index]
    if row.cls != "Organization":
        return False
    root = ctx.doc[row.tok_start : row.tok_end].root
    at = root.head if root.dep_ == "pobj" and root.head.lower_ == "at" else None
    # the head of "at", or the word before it when the parser hangs "at" higher ("pull out of a concert at")
    staged = at is not None and not _STAGED.isdisjoint((ctx.lemmas[at.head.i], ctx.lemmas[at.i - 1]))
    return staged or ctx.doc[row.tok_end - 1].lower_ in _FACILITY_WORDS


#: Nouns of an event a name takes part in: "a meeting of the Commission for Africa in Cape Town", "victory
#: for the Azzurri in Rome".
_EVENT_NOUNS = cues.TALK_NOUNS | {"victory", "win", "defeat", "visit", "session", "hearing", "gathering"}


def _party_to_an_event(root: Token) -> bool:
    """A name that is the party of an event noun's preposition ("a meeting of X in Y", "victory for X in Y"):
    the parser hangs the event's "in" phrase on the name, but it says where the event took place, not where
    the name is. (A passive's agent, "distributed by X in the U.S.", names where X works as often.)"""
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.dep_ == "prep" and prep.head.lemma_.lower() in _EVENT_NOUNS


def _market_word(token: Token) -> bool:
    return token.lower_.removesuffix("s") in ecues.SHARE_NOUNS


def _own_appositions(ctx: FactContext, root: Token) -> list[Token]:
    """The appositions of a name up to the next name the parser hung beside them: in "David Sofer, an Israeli
    citizen, and two corporations, Plenmeer Ltd, a British company" (all hung on Sofer) the company is
    Plenmeer, not Sofer."""
    found: list[Token] = []
    own = [c for c in root.children if c.dep_ == "appos"]
    # a name the parser hung as an apposition of the item before it has the appositions that follow it
    after = (
        [c for c in root.head.children if c.dep_ == "appos" and c.i > root.i] if root.dep_ == "appos" else []
    )
    for c in sorted(own + after, key=lambda t: t.i):
        if c.i > root.i and ctx.tok2m[c.i] >= 0 and ctx.tok2m[c.i] != ctx.tok2m[root.i]:
            break
        found.append(c)
    return found


def _appositive_noun(c: Token) -> Token | None:
    """The organisation noun of an apposition after a name: 'X, Japan's largest chip maker', 'X, one of
    Scotland's whisky firms' (lane i14-places2)."""
    if c.dep_ != "appos":
        return None
    if c.lower_ == "one":
        c = next((p for p in prep_objects(c, "of")), c)
    return c if c.pos_ == "NOUN" and c.lemma_.lower() in ecues.ORG_NOUNS else None


def _predicative_nouns(ctx: FactContext, root: Token) -> list[Token]:
    """What a copula says the organisation is: "Kestrel Inc is a German chemicals group", "Jet Airways is
    India's premier private domestic carrier"; not what it is not or would be ("would be Germany's biggest
    group" after a merger)."""
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return []
    found = ctx.stance(root.head)
    if found is None or found.polarity != STATED_STANCE.polarity or found.modality not in _CLAIMED:
        return []
    attributes = [c for c in root.head.children if c.dep_ == "attr"]
    # "X is one of Japan's largest chip makers"
    attributes += [p for c in attributes if c.lower_ == "one" for p in prep_objects(c, "of")]
    return [c for c in attributes if c.pos_ == "NOUN" and c.lemma_.lower() in ecues.ORG_NOUNS]


def _descriptor_facts(ctx: FactContext, org: int, noun: Token) -> None:
    countries = [
        ctx.tok2m[c.i] for c in noun.children if c.dep_ in ("amod", "compound") and ctx.tok2m[c.i] >= 0
    ]
    countries = [i for i in countries if ctx.mentions[i].cls in ("Country", NORP)]
    # "Scotland's premier whisky firms": a country's possessive on the noun, a Country only (not "its")
    countries += [
        i
        for c in noun.children
        if c.dep_ == "poss" and (i := ctx.tok2m[c.i]) >= 0 and ctx.mentions[i].cls == "Country"
    ]
    state_run = any(_is_state_run(c) for c in noun.children if c.dep_ in ("amod", "compound"))
    for country in countries:
        ctx.add("basedIn", org, country, noun, "descriptor", 0.6)
        if state_run:
            ctx.add("ownedBy", org, country, noun, "descriptor", 0.6)


def national_firms(ctx: FactContext) -> None:
    """ "Siemens showed off a system. The German company said ...": a firm's description narrowed by a
    demonym alone is basedIn its country, whichever firm loaders/entities/descriptions.py finds it stands for
    (none: the fact is dropped with the description)."""
    for token in words_matching(ctx.doc, _FIRM_WORD):
        if ctx.national_firm(token) is not None:
            firm = ctx.arg(token)
            if firm is not None:
                _descriptor_facts(ctx, firm, token)


def _descriptor_place(ctx: FactContext, start: int) -> int | None:
    """The place that opens the descriptor ending right before token `start`, read as words (the parser often
    splits such a run): "Russian energy giant Gazprom", "UK drinks and food firm Allied Domecq", "US band
    REM", "X, the biggest Dutch chemicals group". The place must open its noun phrase: "rival US firm" and
    "US-listed mining firm" give none."""
    doc = ctx.doc
    if start == 0 or doc[start - 1].lower_ not in cues.DESCRIPTOR_NOUNS:
        return None
    k = start - 2
    while k >= max(0, start - 8) and ctx.tok2m[k] < 0:
        modifier = doc[k].pos_ in ("NOUN", "ADJ", "CCONJ", "PUNCT") or _hyphened_participle(ctx, k)
        if not modifier or doc[k].text in (",", "'s"):
            return None
        k -= 1
    if k < 0 or ctx.tok2m[k] < 0 or ctx.mentions[ctx.tok2m[k]].cls not in (*ecues.PLACE_CLASSES, NORP):
        return None
    first = ctx.mentions[ctx.tok2m[k]].tok_start
    opener = doc[first - 1] if first > 0 else None
    if opener is None or opener.tag_ == "JJS":  # "the biggest Dutch chemicals group"
        return ctx.tok2m[k]
    inside = opener.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or opener.lower_ == "'s"
    return None if inside else ctx.tok2m[k]


def _hyphened_participle(ctx: FactContext, k: int) -> bool:
    """ "French state-owned aluminium group Pechiney", "a Dutch family-run brewer": a participle hyphened to
    a lower-case word is one modifier of the kind noun; one hyphened to a name ("US-listed mining firm")
    is not, and ends the descriptor as before."""
    doc = ctx.doc
    return (
        k >= 2
        and doc[k].tag_ == "VBN"
        and doc[k - 1].text == "-"
        and doc[k - 2].is_lower
        and ctx.tok2m[k - 2] < 0
    )


def _is_state_run(modifier: Token) -> bool:
    text = "".join(t.text_with_ws for t in modifier.subtree).lower().replace(" ", "")
    return any(text.startswith(m) for m in ecues.STATE_OWNED_MODIFIERS if "-" in m) or text in (
        "state",
        "government",
    )


#: Last words of an institution's name that make it a site with an address, which a comma and its town
#: may follow as a place's do: "New College, Oxford", "Harrow Crown Court, London" (r20i).
_SITE_HEADS = frozenset({"college", "court", "hospital", "school", "infirmary"})


def _site(row: MentionRow) -> bool:
    """An organisation named as a site ("Oriel College"), not a firm: its last word is a site's."""
    return row.cls == "Organization" and row.surface.split()[-1].lower() in _SITE_HEADS


def place_pairs(ctx: FactContext) -> None:
    """'Moscow, Russia' and 'Paris, France': a place name followed by a comma and its country or region;
    and a site's, 'New College, Oxford', whose town follows as a place's does."""
    text = ctx.text
    places = [i for i, row in enumerate(ctx.mentions) if row.cls in ecues.PLACE_CLASSES or _site(row)]
    for a, b in itertools.pairwise(places):
        first, second = ctx.mentions[a], ctx.mentions[b]
        gap = text[first.end : second.start]
        if first.key == second.key or first.cls == "Country" or second.cls not in ecues.PLACE_CLASSES:
            continue
        if _site(first) and (second.cls == "Country" or not _PAIR_GAP.fullmatch(gap)):
            continue  # a site's town, never its country ("X College, Britain" is rather a list)
        if _IN_PART_OF.fullmatch(gap):  # "Sakhalin, in the far east of Russia": no list can read so
            ctx.add("locatedIn", a, b, ctx.doc[first.tok_end], "place-part", 0.7)
            continue
        if not _PAIR_GAP.fullmatch(gap):
            continue
        after = text[second.end : second.end + 20]
        listed = _LIST_NEXT.match(after) is not None or _LIST_BEFORE.search(text[: first.start]) is not None
        if after[:1].isalnum() or (listed and not _city_in_state(first, second)):
            continue  # a list of places, not a place and its region ("Albany, N.Y., Tulsa" is both)
        if _country_in_city(first, second):
            continue  # "Jordan, Amman": no country lies in a city
        if _home_follows(ctx, second):
            continue  # "WLTV in Miami, WPIX in New York": the next item of a list of names and their homes
        if _modifies_next(ctx, second):
            continue  # "the USAir, Piedmont merger": two names on one noun, no place and its region
        if any(initial_and_surname(ctx.doc, m.tok_start, m.tok_end) for m in (first, second)):
            continue  # "A Masi, L Nitoglia;": players on a team sheet that NER took for places
        cue = "site-pair" if _site(first) else "placepair"
        ctx.add("locatedIn", a, b, ctx.doc[first.tok_end], cue, 0.7)


def _modifies_next(ctx: FactContext, mention: MentionRow) -> bool:
    """The mention's last word hangs on the noun right after it ("Piedmont merger"); "Paris, France's" and
    "a Lakeland, Fla., group" (a comma closes the place) do not."""
    last = ctx.doc[mention.tok_end - 1]
    after = ctx.doc[mention.tok_end] if mention.tok_end < len(ctx.doc) else None
    return (
        after is not None
        and after.is_alpha
        and last.dep_ in ("compound", "amod", "nmod")
        and last.head.i >= mention.tok_end
    )


def _city_in_state(place: MentionRow, region: MentionRow) -> bool:
    """In a list of places, a city still lies in the US state beside it when GeoNames has a city of its
    name in that state ('Albany, N.Y., Birmingham ...'; 'Boston, Ohio and Texas' is a list)."""
    names = {place.surface, place.key}
    return any(in_us_state(names, state) for state in (region.surface, region.key))


def _place_right_after(ctx: FactContext, index: int) -> int | None:
    """The place named right after a place's name and 'in', where the parser hung the 'in' on the verb
    ("will visit Aceh in Indonesia"; r20i); not after a person's, a side's, a firm's or a country's name,
    whose 'in' is as often the deed's place ("beat France in Paris", "sued Acme in Texas")."""
    row = ctx.mentions[index]
    k = row.tok_end
    if row.cls not in ("City", "Location") or not _home_follows(ctx, row):
        return None
    # "talking to BT in Belfast", "victory for the Azzurri in Rome": a firm or a side NER took for a place
    if row.surface.isupper() or (row.tok_start > 0 and ctx.lowers[row.tok_start - 1] == "the"):
        return None
    place = ctx.tok2m[k + 1]
    return None if ctx.mentions[place].surface.lower() in ecues.CALENDAR_WORDS else place  # "in Korea in May"


def _home_follows(ctx: FactContext, mention: MentionRow) -> bool:
    """Whether "in" and a place's name come right after the mention: it is a name with its own home."""
    k = mention.tok_end
    if k + 1 >= len(ctx.doc) or ctx.doc[k].lower_ != "in":
        return False
    place = ctx.tok2m[k + 1]
    return (
        place >= 0
        and ctx.mentions[place].tok_start == k + 1
        and ctx.mentions[place].cls in ecues.PLACE_CLASSES
    )


def _country_in_city(place: MentionRow, home: MentionRow) -> bool:
    """A place named like a country read as lying in a city GeoNames knows: the direction is wrong, and the
    sentence rarely says the reverse either."""
    return country_in_city({place.surface, place.key}, {home.surface, home.key})


def capitals(ctx: FactContext) -> None:
    """'Yerevan, the capital of Armenia', 'Bosnia's capital, Sarajevo', 'the capital of Uganda, Kampala',
    'the Iraqi capital, Baghdad', 'the Kenyan capital Nairobi': the city lies in the country (or region)
    the word 'capital' is of (lane i14-places4). Both must be names of places: 'the capital of the bank'
    and 'the European capital of culture' give nothing."""
    capitals = (ctx.doc[i] for i, lower in enumerate(ctx.lowers) if lower in ("capital", "capital's"))
    for noun in (t for t in capitals if t.pos_ in ("NOUN", "PROPN")):
        owners = [ctx.tok2m[p.i] for p in prep_objects(noun, "of")]
        owners += [ctx.tok2m[c.i] for c in noun.children if c.dep_ in ("poss", "amod", "compound")]
        owners = [o for o in owners if o >= 0 and ctx.mentions[o].cls in (*ecues.PLACE_CLASSES, NORP)]
        if len(owners) != 1 or (ctx.mentions[owners[0]].cls == NORP and not ctx.mentions[owners[0]].key):
            continue
        cities = [ctx.tok2m[c.i] for c in noun.children if c.dep_ == "appos"]
        cities += [ctx.tok2m[c.i] for p in prep_objects(noun, "of") for c in p.children if c.dep_ == "appos"]
        if noun.dep_ in ("appos", "compound"):  # "Yerevan, the capital of ...", "the Kenyan capital Nairobi"
            cities.append(ctx.tok2m[noun.head.i])
        for city in {c for c in cities if c >= 0 and c != owners[0]}:
            if ctx.mentions[city].cls in ("City", "Location"):
                ctx.add("locatedIn", city, owners[0], noun, "capital", 0.75)


#: Words for an organisation's head office: "NRC headquarters in Rockville", "the party's HQ in London".
_HEAD_OFFICES = frozenset({"headquarters", "hq", "head-quarters"})
#: Words between "headquarters in" and the place that leave it the place: "in nearby Rockville".
_PLACE_ADJECTIVES = frozenset({"nearby", "suburban", "central", "downtown", "neighbouring", "neighboring"})
#: A head office not yet, or no longer, where the text puts it: "its new headquarters in Dallas".
_NOT_YET = frozenset({"new", "future", "planned", "proposed", "former", "old", "temporary"})


def head_offices(ctx: FactContext) -> None:
    """'Acme headquarters in Rockville, Md.', 'the party's headquarters in London', when the parser hangs
    'in' elsewhere ('a briefing at NRC headquarters in nearby Rockville'): the owner named right before
    the word (a compound or a possessive) is based in the place named right after 'in', and in its region
    after a comma, as '-based' (frames.toml's headquarters frame reads the parse where it holds; lane
    i14-places4)."""
    doc = ctx.doc
    for noun in (doc[i] for i, lower in enumerate(ctx.lowers) if lower in _HEAD_OFFICES):
        owners = [ctx.tok2m[c.i] for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i]
        owners = [o for o in owners if o >= 0 and ctx.mentions[o].cls == "Organization"]
        if len(owners) != 1 or any(c.lower_ in _NOT_YET for c in noun.children):
            continue
        k = noun.i + 1
        if k >= len(doc) or doc[k].lower_ != "in":
            continue
        k += 1
        while k < len(doc) and doc[k].lower_ in _PLACE_ADJECTIVES:
            k += 1
        place = ctx.tok2m[k] if k < len(doc) else -1
        if (
            place < 0
            or ctx.mentions[place].tok_start != k
            or ctx.mentions[place].cls not in ecues.PLACE_CLASSES
        ):
            continue
        if ctx.stance(noun, nominal=True) is None:
            continue
        ctx.add("basedIn", owners[0], place, noun, "head-office", 0.75)
        end = ctx.mentions[place].tok_end
        region = ctx.tok2m[end + 1] if end + 1 < len(doc) and doc[end].text == "," else -1
        if region < 0 or ctx.mentions[region].tok_start != end + 1:
            continue
        first, second = ctx.mentions[place], ctx.mentions[region]
        listed = _LIST_NEXT.match(ctx.text[second.end : second.end + 20]) is not None
        if second.cls in ("City", "Location") and (not listed or _city_in_state(first, second)):
            ctx.add("basedIn", owners[0], region, noun, "head-office", 0.75)  # "Rockville, Md."
