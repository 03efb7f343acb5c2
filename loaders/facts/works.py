"""Who made a work or a product, and what it or its maker won, from the words around its name.

The parse often fails these noun phrases (a title's capitals look like names, "show" like a verb), so the
rules read the mentions in order, not the tree:

- a firm's possessive right before the name: "ITV1's This Morning", "Apple's iTunes" -> the firm created
  the work / makes the product (a person's film is left alone: "Foxx's Ray" is the actor's as often as the
  director's), and a person's right before a title of two or more words NER left unnamed (worklists.
  persons_title: "Alice Sebold's The Lovely Bones", "Martin Scorsese's The Aviator", "Kate Bush's Hounds of
  Love") -> the person created it (the author, the director, the singer: as the news writes a work's
  possessor with its full title);
- "its" right before a product's name: the firm "its" stands for makes it ("Apple expanded its iPod
  family"; a person's or a band's possessive is "his" or "their", never "its");
- a possessive pronoun before an authored kind of work and its title: "their third album Final Straw" ->
  the band created it;
- a work's name before a role noun before a person: "Little Britain star Matt Lucas" -> starsIn,
  "Playschool presenter X" -> presents, "Sideways director X" -> directed, "Friends creator X" -> created;
- a firm's name right before a model's, before a product noun: "an IBM ThinkVantage computer" -> makes;
- a firm's name before the work noun that introduces the title: "the Channel 4 show Faking It", "ITV1
  talent show The X-Factor" -> the firm created the work (a broadcaster or studio makes what it shows);
- a list of titles after a plural work noun: "Lee has made more than 25 films, including X and Y", "their
  singles include X" -> created;
- the names right after "starring" after a title: "The Woodsman, starring Kevin Bacon and Kyra Sedgwick" ->
  each starsIn the work (the parse hangs "starring" on the wrong word as often as not);
- a prize and the person "for" whom it was won: "four accolades including best director for Tom Vale" (not
  when a person won it: in "Foxx won best actor for Ray" the "for" names the film);
- a prize hyphenated to "winning" or "nominated" before a named person or work: "Oscar-winning actor Kevin
  Spacey", "the Bafta-nominated drama Bleak House" -> won / nominatedFor the prize.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from loaders.entities import cues as ecues
from loaders.entities.kinds import accolade_names, title_end
from loaders.entities.worklists import apposed_titles, persons_title, starring_titles, work_lists
from loaders.facts import cues
from loaders.facts.context import FactContext

_MAKERS = frozenset({"Organization"})
#: What a firm's name before a mention of this class may say it made (NER's classes are guesses).
_MADE = {
    "Work": ("created",),
    "Product": ("makes",),
    **dict.fromkeys(("Person", "Organization", "Location", "City"), ("created", "makes")),
}
_WINNERS = frozenset({"Person", "Organization", "Work", "Team"})
_ROLE_PREDICATES = {
    **dict.fromkeys(("star", "actor", "actress"), "starsIn"),
    **dict.fromkeys(("presenter", "host"), "presents"),
    **dict.fromkeys(("director", "film-maker", "filmmaker"), "directed"),
    **dict.fromkeys(("creator", "writer", "author", "composer"), "created"),
    # (lane r16d) a work's producer made it, as the guideline's created says ("Final Wars producer X"); a
    # firm's producer ("BBC producer X") is no work's, and assembly drops the fact by the firm's class
    "producer": "created",
}
#: Classes NER gives a work's title that the article may settle as a work ("Little Britain": a place).
_WORK_GUESSES = frozenset({"Work", "Person", "Organization", "Location", "City"})
_AUTHOR_PRONOUNS = frozenset({"his", "her", "their"})
_MAX_MODIFIERS = 3  # lower-case words between a maker's possessive and its product's name
_MAX_NOUNS = 3  # lower-case words between the prize's adjective and the name ("Oscar-winning film director")
_MAX_VERBS = 3  # clauses climbed for the named subject that owns "her novel X"
_PREDICATES = {"winning": "won", "winner": "won", "winners": "won", "nominated": "nominatedFor"}
_PREDICATES["shortlisted"] = "nominatedFor"
#: Verbs whose subject made the works its object lists ("Lee has made more than 25 films, including X").
_MAKING_VERBS = frozenset(
    {"make", "write", "record", "release", "direct", "produce", "compose", "pen", "publish"}
)
#: Words above a prize that say it was won or was a nomination.
_PRIZE_WORDS = {
    **dict.fromkeys(("win", "scoop", "collect", "pick", "take", "land", "bag", "claim", "receive"), "won"),
    "earn": "won",
    **dict.fromkeys(("nominate", "shortlist", "nomination", "nod"), "nominatedFor"),
}
_MAX_CLIMB = 6  # "picked up accolades including best director for A and supporting actor for B"
_MAX_BACK = 6  # words between the making verb and the plural work noun ("has made more than 25 films")


def maker_of_name(ctx: FactContext, index: int) -> None:
    """created / makes facts for the work or product mention ``index`` from the firm named before it. A
    name NER took for a person, firm or place may be a work that another part of the article names as one
    (a headline's "MTV's The Osbournes"): both predicates are tried, and assembly keeps the one whose
    range fits the class the article settles on."""
    row = ctx.mentions[index]
    predicates = _MADE.get(row.cls)
    if predicates is None or row.surface.lower() in ecues.CALENDAR_WORDS:
        return  # "its late February car sales": a month names when, no product (judged seed 935)
    doc = ctx.doc
    k = row.tok_start - 1
    while k >= 0 and (doc[k].text in ecues.QUOTE_MARKS or (doc[k].text == "The" and k == row.tok_start - 1)):
        k -= 1
    skipped = _product_modifiers(doc, k) if row.cls == "Product" else 0
    k -= skipped
    if k >= 1 and doc[k].tag_ == "POS":
        _add_maker(ctx, predicates, k - 1, index, "maker-possessive")
        if row.cls == "Work" and persons_title(doc, doc[k], title_end) == (row.tok_start, row.tok_end):
            _add_person_maker(ctx, k - 1, index)
        return
    if k >= 0 and doc[k].lower_ == "its" and row.cls == "Product" and k == row.tok_start - 1 - skipped:
        ctx.add("makes", ctx.arg(doc[k]), index, doc[k], "maker-its", 0.6)  # "Apple ... its iPod family"
        return
    if row.cls == "Product" and k == row.tok_start - 1 and _product_noun_after(ctx, index):
        _add_maker(ctx, predicates, k, index, "maker-model")  # "an IBM ThinkVantage computer"
        return
    if row.cls == "Work" and k == row.tok_start - 1 and _author_by_pronoun(ctx, k, index):
        return
    if "created" not in predicates or k < 1 or doc[k].lower_ not in ecues.WORK_NOUNS:
        return
    k -= 1  # "ITV1 talent show X": the firm before the work noun and its lower-case compounds
    while k >= 0 and doc[k].pos_ == "NOUN" and doc[k].is_lower:
        k -= 1
    if k >= 0 and doc[k].text != "'s":
        _add_maker(ctx, ("created",), k, index, "maker-noun")


#: Words before a product that make its possessor no maker ("Sony's rival console Xbox").
_RIVAL_WORDS = frozenset({"rival", "competing", "competitor", "former"})


def _product_modifiers(doc: Doc, k: int) -> int:
    """How many lower-case words end at doc[k] between a maker's possessive and its product's name: a
    product noun right before the name and an adjective or two before it ("Nokia's new Visual Radio
    technology", "Honda's humanoid robot Asimo": the maker's all the same)."""
    n = 0
    if k >= 1 and doc[k].pos_ == "NOUN" and doc[k].is_lower and doc[k].lemma_.lower() in ecues.PRODUCT_NOUNS:
        n = 1
    while k - n >= 1 and n < _MAX_MODIFIERS and doc[k - n].pos_ == "ADJ" and doc[k - n].is_lower:
        n += 1
    if any(t.lower_ in _RIVAL_WORDS for t in doc[k - n + 1 : k + 1]):
        return 0
    return n


def role_in_work(ctx: FactContext, index: int) -> None:
    """ "Little Britain star Matt Lucas", "Playschool presenter X": a name, a role noun and the person ->
    the person stars in / presents it. NER's class for the name is a guess ("Little Britain": a place);
    assembly keeps the fact only where the article settles the name as a work ("Hollywood star X",
    "Chelsea star X" name a place and a club)."""
    row = ctx.mentions[index]
    doc = ctx.doc
    k = row.tok_start - 1
    predicate = _ROLE_PREDICATES.get(doc[k].lower_) if row.cls == "Person" and k >= 1 else None
    if predicate is None:
        return
    j = k - 1
    while j >= 0 and doc[j].text in ecues.QUOTE_MARKS:
        j -= 1
    work = ctx.tok2m[j] if j >= 0 else -1
    if work >= 0 and _cut_title(ctx, work):
        return
    if 0 <= work != index and ctx.mentions[work].tok_end == j + 1 and ctx.mentions[work].cls in _WORK_GUESSES:
        ctx.add(predicate, index, work, doc[k], "work-role", 0.65)


def _cut_title(ctx: FactContext, work: int) -> bool:
    """ "American Idol presenter X": a nationality word glued to the title is the title's own first word, so
    the name found ("Idol") is only part of it."""
    start = ctx.mentions[work].tok_start
    before = ctx.tok2m[start - 1] if start >= 1 else -1
    return before >= 0 and ctx.mentions[before].cls == "NORP" and ctx.mentions[before].tok_end == start


def _author_by_pronoun(ctx: FactContext, k: int, index: int) -> bool:
    """ "Levy said her novel X ...", "they made a breakthrough with their third album Final Straw": an
    authored kind of work right before the title, after a possessive pronoun and a few modifiers, was
    made by the named subject of its clause (a film is left alone: "his new film" may be an actor's)."""
    doc = ctx.doc
    if doc[k].lower_ not in cues.AUTHORED_WORK_NOUNS:
        return False
    j = k - 1
    while j >= 0 and k - j <= _MAX_NOUNS and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN", "NUM"):
        j -= 1  # "third", "new", "debut", "studio"
    if j < 0 or doc[j].lower_ not in _AUTHOR_PRONOUNS:
        return False
    # the pronoun's owner is the clause's named subject ("Levy said her novel X ..."); where the subject
    # is no name, or not of the pronoun's kind, the pronoun may stand for anyone in the article
    classes = ("Person", "Organization") if doc[j].lower_ == "their" else ("Person",)
    for verb in [a for a in doc[k].ancestors if a.pos_ in ("VERB", "AUX")][:_MAX_VERBS]:
        subject = ctx.subject(verb)
        author = ctx.tok2m[subject.i] if subject is not None else -1
        if author == index or subject is None or doc[k] in subject.subtree:
            continue  # "Levy has seen her book X win": the work is the lower verb's own subject
        if author >= 0 and ctx.mentions[author].cls in classes:
            ctx.add("created", author, index, doc[k], "author-pronoun", 0.6)
        break
    return True


def _product_noun_after(ctx: FactContext, index: int) -> bool:
    end = ctx.mentions[index].tok_end
    return end < len(ctx.doc) and ctx.doc[end].lemma_.lower() in ecues.PRODUCT_NOUNS


def _add_maker(ctx: FactContext, predicates: tuple[str, ...], k: int, index: int, rule: str) -> None:
    owner = ctx.tok2m[k]
    if owner < 0 or owner == index:
        return
    if ctx.mentions[owner].tok_end == k + 1 and ctx.mentions[owner].cls in _MAKERS:
        for predicate in predicates:
            ctx.add(predicate, owner, index, ctx.doc[k], rule, 0.65)


def _add_person_maker(ctx: FactContext, k: int, index: int) -> None:
    """ "Alice Sebold's The Lovely Bones": the person whose possessive frames the title created it."""
    owner = ctx.tok2m[k]
    if 0 <= owner != index and ctx.mentions[owner].tok_end == k + 1 and ctx.mentions[owner].cls == "Person":
        ctx.add("created", owner, index, ctx.doc[k], "person-possessive", 0.7)


def accolades(ctx: FactContext) -> None:
    """won / nominatedFor facts of "Oscar-winning actor Kevin Spacey" and "the Bafta-nominated X"."""
    doc = ctx.doc
    for start, end in accolade_names(doc):
        prize = ctx.tok2m[start]
        adjective = doc[end + 1]
        predicate = _PREDICATES.get(adjective.lower_)
        if prize < 0 or predicate is None:
            continue
        k = end + 2
        while (
            k < len(doc) and k - end - 2 < _MAX_NOUNS and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")
        ):
            k += 1
        while k < len(doc) and doc[k].text in ecues.QUOTE_MARKS:
            k += 1
        holder = ctx.tok2m[k] if k < len(doc) else -1
        if holder < 0 or ctx.mentions[holder].tok_start != k or ctx.mentions[holder].cls not in _WINNERS:
            continue
        after = ctx.mentions[holder].tok_end
        if k == end + 2 and after < len(doc) and doc[after].pos_ == "NOUN" and doc[after].is_lower:
            continue  # "the Oscar-winning Pulp Fiction director": the prize is the director's
        ctx.add(predicate, holder, prize, adjective, "accolade", 0.7)


def listed_makers(ctx: FactContext) -> None:
    """created facts for the titles a list gives: the subject of a verb of making before the list's noun
    ("Lee has made more than 25 films, including X, Y"), or the owner of an authored kind of work ("Their
    singles include X"; "his films include X" may be an actor's, so films are left alone); and for a title
    set off by commas after a work noun its named owner has ("Costa's third album, X,")."""
    for noun, items in work_lists(ctx.doc, title_end):
        maker = _list_maker(ctx, noun)
        if maker is None:
            continue
        for start, _ in items:
            work = ctx.tok2m[start]
            if work >= 0 and ctx.mentions[work].tok_start == start:
                ctx.add("created", maker, work, noun, "listed-works", 0.65)
    for noun, (start, _) in apposed_titles(ctx.doc, title_end):
        # "Aguilera's debut single, X,": only a named owner; "his song, X," may be anyone's in the article
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        work = ctx.tok2m[start]
        if owner is None or owner.pos_ != "PROPN" or work < 0 or ctx.mentions[work].tok_start != start:
            continue
        if (maker := _list_maker(ctx, noun)) is not None:
            ctx.add("created", maker, work, noun, "listed-works", 0.65)


def starring_casts(ctx: FactContext) -> None:
    """starsIn facts of the people "starring" lists right after a title: "In Good Company - starring Dennis
    Quaid and Scarlett Johansson -", "Shall We Dance?, starring Jennifer Lopez and Richard Gere," (names
    joined by commas and "and"; the list ends at any other word, and with the name after its "and")."""
    doc = ctx.doc
    for starring, (start, _) in starring_titles(doc):
        work = ctx.tok2m[start]
        if work < 0 or ctx.mentions[work].tok_start != start or ctx.mentions[work].cls != "Work":
            continue
        work = _apposed_to(ctx, start, work)
        k, last = starring.i + 1, False
        while k < len(doc) and (star := ctx.tok2m[k]) >= 0 and ctx.mentions[star].tok_start == k:
            if ctx.mentions[star].cls != "Person":
                break
            ctx.add("starsIn", star, work, starring, "starring", 0.75)
            k = ctx.mentions[star].tok_end
            k += 1 if k < len(doc) and doc[k].text == "," else 0
            if last or k >= len(doc):
                break  # the name after "and" closes the cast ("..., Finding Neverland, with ...": a film)
            last = doc[k].lower_ == "and"
            k += 1 if last else 0


def _apposed_to(ctx: FactContext, start: int, work: int) -> int:
    """The work a "starring" after an apposition speaks of: "The Legend of Zorro, a sequel to The Mask of
    Zorro, starring X" (the aside names another work; the cast resumes the first: r24a,
    bbc-entertainment-347); else ``work``."""
    prep = ctx.doc[start - 1] if start > 0 else None
    if prep is None or prep.lower_ not in ("to", "of") or prep.head.dep_ != "appos":
        return work
    first = ctx.tok2m[prep.head.head.i]
    return first if first >= 0 and first != work and ctx.mentions[first].cls == "Work" else work


def _list_maker(ctx: FactContext, noun: Token) -> int | None:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return ctx.arg(owner) if noun.lemma_.lower() in cues.AUTHORED_WORK_NOUNS else None
    doc = ctx.doc
    for k in range(noun.i - 1, max(noun.i - _MAX_BACK, 0) - 1, -1):
        if doc[k].is_punct or doc[k].is_sent_start:
            return None
        if doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in _MAKING_VERBS:
            return ctx.arg(ctx.subject(doc[k]))
    return None


def prize_for(ctx: FactContext, index: int) -> None:
    """won / nominatedFor facts of the award mention ``index`` and the person its "for" names."""
    row = ctx.mentions[index]
    doc = ctx.doc
    k = row.tok_end
    if row.cls != "Award" or k + 1 >= len(doc) or doc[k].lower_ != "for":
        return
    person = ctx.tok2m[k + 1]
    if person < 0 or ctx.mentions[person].tok_start != k + 1 or ctx.mentions[person].cls != "Person":
        return
    token = doc[row.tok_end - 1]
    for _ in range(_MAX_CLIMB):
        if token.head.i == token.i:
            return
        token = token.head
        predicate = _PRIZE_WORDS.get(token.lemma_.lower())
        if predicate is not None:
            winner = ctx.arg(ctx.subject(token)) if token.pos_ == "VERB" else None
            stance = ctx.stance(token, nominal=token.pos_ == "NOUN")
            if stance is not None and (winner is None or ctx.mentions[winner].cls != "Person"):
                ctx.add(predicate, person, index, token, "prize-for", 0.7, stance)
            return
