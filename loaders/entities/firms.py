"""Firm names that NER cuts into pieces at commas, "and" and "of", made whole again.

A company's legal form ("Inc", "Corp", "Ltd", "Co") ends its name, and the name runs back from it over what
NER reads as a list or a place: partners' surnames ("Merrill Lynch, Pierce, Fenner and Smith Inc", "Kidder,
Peabody and Co"), two words joined by "and" ("Hongkong and Shanghai Banking Corp", "Cable and Wireless
Plc") and the place a subsidiary serves ("Gold Fields of South Africa Ltd", "General Motors of Canada Ltd").
A list of firms is told apart by its pieces: one of them ends in its own legal form ("Texaco Inc and
Pennzoil Co"), or the piece after "and" is a name of several proper words ("Lockheed and Martin Marietta
Corp"), or the piece before it is a person named in full.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from loaders.entities import cues
from loaders.entities.gazetteer import Gazetteer
from loaders.entities.names import (
    any_case_words,
    capitalised_words,
    country_abbreviation,
    is_title_word,
    words_matching,
)
from loaders.entities.records import NORP, MentionRow
from loaders.entities.variants import kind_word

#: Words of a firm's name that say its business, after the one proper word: "Shanghai Banking Corp".
_KIND_WORDS = cues.GENERIC_HEADS | cues.FIRM_NAME_WORDS
_MAX_PIECE = 3  # capitalised words of one piece
#: The legal forms in any case, found by one scan of the text (loaders.entities.names.words_matching).
_LEGAL_FORM_WORDS = any_case_words(cues.LEGAL_FORMS)
_JOINTS = frozenset({"and", "&"})
#: The partnership ends ("and Associates"), found by the same kind of scan.
_PARTNERSHIP_WORDS = capitalised_words(cues.PARTNERSHIP_ENDS)


def whole_firms(doc: Doc, rows: list[MentionRow], gaz: Gazetteer, common: frozenset[str]) -> list[MentionRow]:
    """The rows, with every firm name found cut into pieces replaced by one Organization row of the whole;
    ``common`` holds the language's common words (loaders.entities.lexicon)."""
    legal_forms = list(words_matching(doc, _LEGAL_FORM_WORDS))  # one scan of the text for its three readers
    spans = _firm_spans(doc, rows, gaz, common, legal_forms) + _institution_spans(doc, rows, gaz, common)
    spans += _country_firm_spans(doc, gaz, legal_forms) + _body_domain_spans(doc, rows, gaz)
    spans += _american_firm_spans(doc, rows, legal_forms)  # "Hospital Corp of America"
    spans += _demonym_firm_spans(doc, rows)  # "American Cyanamid Co said", which NER cuts after "American"
    spans += _bracketed_firm_spans(doc, legal_forms)  # "Nikko Securities Co (Europe) Ltd"
    for start, end in spans:
        first = _after_blank_line(doc, start, end)  # "... SELL DEBENTURES" (a title) + "WTD Industries Inc"
        if first > start:  # the title's words the reach took for a name's are none when common ("DEBT")
            rows = [r for r in rows if not (start <= r.tok_start < first and _common(doc, r, common))]
        inside = [r for r in rows if first <= r.tok_start and r.tok_end <= end]
        if any(r.tok_start == first and r.tok_end == end for r in inside):
            continue
        if any(r.tok_start < end and first < r.tok_end and r not in inside for r in rows):
            continue  # a name that runs out of the span: leave NER's reading
        span = doc[first:end]
        rows = [r for r in rows if r not in inside]
        key = " ".join(span.text.split())  # one name whatever line breaks it spans
        rows.append(MentionRow(span.start_char, span.end_char, first, end, "Organization", key, span.text))
    return rows


def _after_blank_line(doc: Doc, first: int, end: int) -> int:
    """Where a firm's name starts that a reading took back over a blank line: a Reuters title in capitals
    ends in words a name's leftward reach joins to the body's first firm ("... WITHOUT REAGAN" + "House Ways
    and Means Committee", one organisation "Reagan House Ways and Means Committee" in dev21; "... TO SELL
    DEBENTURES" + "WTD Industries Inc"). No name runs over a paragraph's end (r22d)."""
    breaks = [t.i for t in doc[first:end] if t.is_space and t.text.count("\n") > 1]
    return breaks[-1] + 1 if breaks else first


def _common(doc: Doc, row: MentionRow, common: frozenset[str]) -> bool:
    """A mention whose every word is a common word of the language, or its plural (a title's "DEBENTURES")."""
    return all(
        t.lower_ in common or t.lower_.removesuffix("s") in common for t in doc[row.tok_start : row.tok_end]
    )


def _firm_spans(
    doc: Doc, rows: list[MentionRow], gaz: Gazetteer, common: frozenset[str], legal_forms: list[Token]
) -> list[tuple[int, int]]:
    """``legal_forms``: the words of _LEGAL_FORM_WORDS in the text, in order (words_matching)."""
    spans = []
    done = 0  # the end of the last firm read: its legal forms are read
    # (visits the legal forms the one scan of the text finds, not every token: the same words in order)
    ends = [*legal_forms, *words_matching(doc, _PARTNERSHIP_WORDS)]
    for token in sorted(ends, key=lambda t: t.i):
        k = token.i
        if k < done or not (_legal_form(token) or _partnership_end(token)) or token.is_sent_start:
            continue
        end = k + 1
        while end < len(doc) and _legal_form(doc[end]):
            end += 1  # "Co Inc", "Co Ltd"
        first = _start_of_firm(doc, k, rows, gaz, common)
        if first is None and not any(r.tok_start <= k < r.tok_end for r in rows):
            first = _lone_firm(doc, k)  # "of Nikko Securities Co": NER saw no name at all
        elif first is None:
            first = _cut_firm_start(doc, k, rows)  # "of RentCo Trailer Corp": NER saw "Trailer Corp"
        if first is not None:
            spans.append((first, end))
        done = end
    return spans


_INSTITUTION_HEAD = capitalised_words(cues.INSTITUTION_HEADS)


def _institution_spans(
    doc: Doc, rows: list[MentionRow], gaz: Gazetteer, common: frozenset[str]
) -> list[tuple[int, int]]:
    """Names of institutions and firms without a legal form that NER cut at "and": "the Savings and Loan
    Association", "the Public and Commercial Services Union", "Capital and Counties Economics". The name
    ends in an institution's noun (cues.INSTITUTION_HEADS) after one proper word at most, and runs back
    over "and" to a common word of the language capitalised as a name's ("Trades", "Public"): a name of its
    own there is another firm or a person ("Soros and Quantum Fund", "Fuji Bank and Mitsubishi Bank")."""
    spans = []
    for token in words_matching(doc, _INSTITUTION_HEAD):
        k = token.i
        if not (token.is_title and token.lower_ in cues.INSTITUTION_HEADS) or _ends_in_legal_form(doc, k + 1):
            continue  # a legal form after it ends the name: _firm_spans
        right = _piece_start(doc, k)
        if right < 2 or right == k or doc[right - 1].lower_ not in _JOINTS:
            continue
        if not _one_proper_word(doc, right, k) or _shouting(doc, k):
            continue
        if _joins_as_common_word(doc[right - 2], gaz, common):
            left = _piece_start(doc, right - 1)
            while left < right - 2 and (
                doc[left].pos_ == "DET" or country_abbreviation(doc[left], gaz) is not None
            ):
                left += 1  # "The Trade and Industry Department"; the country of "the U.S. X and Y Commission"
            if _person_row(rows, left, right - 1):
                continue
            if _common_words_joined(doc, right, k, gaz, common) or not _firm_of_its_own(doc, left, right - 1):
                spans.append((left, _end_of_institution(rows, right, k)))
    return spans


#: Heads of a body named by its domain, whose name may run on over "and" ("Department of Trade and Industry");
#: not a bank's, a university's or a college's, named by a place and often listed ("the Bank of Japan and
#: European central banks").
_DOMAIN_BODY_HEADS = cues.BODY_HEADS - {"bank", "university", "college"}
_BODY_HEAD = capitalised_words(_DOMAIN_BODY_HEADS, r"\s+(?:of|for)\b")


def _body_domain_spans(doc: Doc, rows: list[MentionRow], gaz: Gazetteer) -> list[tuple[int, int]]:
    """A body's name NER cut at the "and" of its domain: "Department of Trade and Industry", "Department
    for Work and Pensions", NER's "Department of Trade". The name runs on over "and" to one capitalised
    word of no other name that ends it (before no capitalised word, "of" or hyphen): "the State Department
    of Health and State University of New York" is two names (outside articles had 7 such cuts in 26)."""
    spans = []
    for head in words_matching(doc, _BODY_HEAD):
        k = head.i
        row = next((r for r in rows if r.cls == "Organization" and r.tok_start <= k < r.tok_end - 2), None)
        # the pattern has the head and "of"/"for" in the text; that "of" is the next token it does not say:
        # a line break or a second space between is a token of its own, "of'X" one token
        if row is None or doc[k + 1].lower_ not in ("of", "for"):
            continue
        joint = row.tok_end
        if (
            joint + 1 < len(doc)
            and doc[joint].lower_ in _JOINTS
            and _last_domain_word(doc, joint + 1, rows, gaz)
        ):
            spans.append((row.tok_start, joint + 2))
    return spans


def _last_domain_word(doc: Doc, k: int, rows: list[MentionRow], gaz: Gazetteer) -> bool:
    """Whether doc[k] is a capitalised word of a body's domain that ends its name ("Industry" of "Department
    of Trade and Industry"): in no name of its own ("the Department of Agriculture and Congress"), no
    title, and followed by no word that would carry the name on."""
    token, after = doc[k], next((t for t in doc[k + 1 :] if not t.is_space), None)
    return (
        token.is_title
        and token.is_alpha
        and not token.is_sent_start
        and not is_title_word(token)
        and token.lower_ not in cues.CALENDAR_WORDS
        and gaz.lookup(token.text) is None
        and not any(r.tok_start <= k < r.tok_end for r in rows)
        and (after is None or not (after.text[:1].isupper() or after.text in ("-", "–", "of", "for")))
    )


def _end_of_institution(rows: list[MentionRow], right: int, head: int) -> int:
    """Where the institution whose noun is doc[head] ends: after the noun, or at the end of NER's name of
    the piece after "and" where it runs on past the noun to the place the body serves ("United Federal
    Savings and Loan Association of Durant, Okla", NER's "Loan Association of Durant, Okla"; judges' seed
    933 had it cut to that piece)."""
    for row in rows:
        if row.cls == "Organization" and right <= row.tok_start <= head < row.tok_end - 1:
            return row.tok_end
    return head + 1


def _country_firm_spans(doc: Doc, gaz: Gazetteer, legal_forms: list[Token]) -> list[tuple[int, int]]:
    """Firms whose name is a country's abbreviation and one or two words of a business before their legal
    form ("US Air Corp", "U.S. Air Group Inc"), which NER cuts into a country and a firm named by a kind of
    business alone ("Air Corp"); and the same two words elsewhere in the text without the legal form
    ("suitor US Air"). ``legal_forms``: the words of _LEGAL_FORM_WORDS in the text, in order."""
    spans = []
    for token in legal_forms:
        k = token.i
        if not _legal_form(token):
            continue
        start = k
        while start > 0 and k - start < 2 and _business_word(doc[start - 1]):
            start -= 1  # "Air", "Air Group"
        if start == k or start == 0 or country_abbreviation(doc[start - 1], gaz) is None:
            continue
        end = k + 1
        while end < len(doc) and _legal_form(doc[end]):
            end += 1
        spans.append((start - 1, end))
    for first, _ in list(spans):
        pair = (doc[first].text, doc[first + 1].text)
        spans += [(t.i, t.i + 2) for t in doc[:-1] if (t.text, doc[t.i + 1].text) == pair and t.i != first]
    return spans


#: The continent after a legal form and "of", in the American legal names the wires write in full
#: ("Hospital Corp of America", "Aluminum Co of America", "Crum and Forster Corp of North America").
_AMERICAS = ("America", "North America")


_MAX_BRACKETED = 3  # words in the brackets of a firm's name ("(Far East)", "(U.K.)", "(Hong Kong)")


def _bracketed_firm_spans(doc: Doc, legal_forms: list[Token]) -> list[tuple[int, int]]:
    """A subsidiary's name that holds its market or line in brackets before its legal form: "Nikko
    Securities Co (Europe) Ltd", "Kanto Sachs (Japan) Corp", "Cheung Kong (Holdings) Ltd" (the wires write
    some 200 such names), which NER cuts at the brackets into a firm, a country and a bare legal form. The
    name runs back from the form over the bracketed proper words to the capitalised words before them; a
    name that runs on back over "and" ("Cable and Wireless (Hong Kong) Ltd") and an acronym of
    those words in the brackets, the firm's short name ("Nippon Telegraph and Telephone (NTT) Corp"), are
    left to NER. ``legal_forms``: the words of _LEGAL_FORM_WORDS, in order."""
    spans = []
    for token in legal_forms:
        k = token.i
        if not _legal_form(token) or k < 4 or doc[k - 1].text != ")" or _shouting(doc, k):
            continue
        opening = next(
            (j for j in range(k - 2, max(k - 3 - _MAX_BRACKETED, 0), -1) if doc[j].text == "("), None
        )
        if opening is None or opening == k - 2 or not all(_proper_word(t) for t in doc[opening + 1 : k - 1]):
            continue
        start = _piece_start(doc, opening, _MAX_PIECE + 1)
        if (
            start == opening
            or _joined_after_name(doc, start)
            or "\n" in doc[start:opening].text
            or _acronym_of(doc[opening + 1 : k - 1].text, doc[start:opening].text)
        ):
            continue
        end = k + 1
        while end < len(doc) and _legal_form(doc[end]):
            end += 1  # "(Japan) Co Ltd"
        spans.append((start, end))
    return spans


def _joined_after_name(doc: Doc, start: int) -> bool:
    """ "and" or "&" after a proper word that is no legal form before doc[start]: the name may run on back
    ("Cable and Wireless"); after a legal form it is a list ("X (Asia) Ltd and Y (Japan) Ltd")."""
    return (
        start >= 2
        and doc[start - 1].lower_ in _JOINTS
        and _proper_word(doc[start - 2])
        and not _legal_form(doc[start - 2])
    )


def _acronym_of(short: str, name: str) -> bool:
    """ "NTT" of "Nippon Telegraph and Telephone": capitals whose first is the name's first initial."""
    return short.isupper() and "." not in short and short[0] == name[:1]


def _american_firm_spans(doc: Doc, rows: list[MentionRow], legal_forms: list[Token]) -> list[tuple[int, int]]:
    """Firms whose legal form "of America" ends, which NER cuts at "of" into a firm and a country
    ("Prudential Insurance Co" and "America"). A firm's home comes after "of" as "the United States" or
    "the U.S." ("Union Carbide of the United States"); "America" right after the legal form is the name's.
    ``legal_forms``: the words of _LEGAL_FORM_WORDS in the text, in order."""
    spans = []
    for token in legal_forms:
        k = token.i
        if not _legal_form(token) or k + 2 >= len(doc) or doc[k + 1].lower_ != "of":
            continue
        place = next((p for p in _AMERICAS if doc[k + 2 : k + 2 + len(p.split())].text == p), None)
        if place is None:
            continue
        firm = next((r for r in rows if r.tok_start <= k < r.tok_end), None)
        first = firm.tok_start if firm is not None and firm.tok_end == k + 1 else _piece_start(doc, k)
        first = max([first, *(t.i + 1 for t in doc[first:k] if "\n\n" in t.text)])  # not from the headline
        if first < k:
            spans.append((first, k + 2 + len(place.split())))
    return spans


def _demonym_firm_spans(doc: Doc, rows: list[MentionRow]) -> list[tuple[int, int]]:
    """Firms whose name opens with a demonym ("American Cyanamid Co", "Swedish Export Credit Corp",
    "American Pre-Paid Legal Services Inc"), which NER cuts into a nationality and a firm ("Cyanamid Co";
    on the Reuters body's first words above all): the demonym is the name's where it opens its sentence
    right before the firm's name, which ends in its legal form (a description of the firm needs an article
    or a noun: "the Dutch group Akzo NV"), or where the text writes it with the name's first word elsewhere
    (the headline's "AMERICAN PRE-PAID", "British Aerospace said"). ``rows``: the mentions so far."""
    pairs = []  # a demonym and the name right after it, with that name's class
    for demonym in (r for r in rows if r.cls == NORP):
        after = next((r for r in rows if r.tok_start == demonym.tok_end), None)
        if after is not None:
            pairs.append((demonym.tok_start, after.tok_end, after.cls))
    spans = [
        (start, end)
        for start, end, cls in pairs
        if cls == "Organization"
        and _ends_in_legal_form(doc, end - 1)
        and (_opens_sentence(doc, start) or _written_together(doc, start))
    ]
    # the same words without the legal form, as the headline or a later sentence writes them ("AMERICAN
    # BARRICK <ABX> SELLS", "the disposition by American Barrick", where NER reads a person or a town), are
    # the start of that name
    whole = [doc[start:end].text.lower().split() for start, end in spans]
    short = [
        (start, end)
        for start, end, _ in pairs
        if (start, end) not in spans
        and any(w[: len(doc[start:end].text.split())] == doc[start:end].text.lower().split() for w in whole)
    ]
    return spans + short


def _opens_sentence(doc: Doc, k: int) -> bool:
    """The word opens its sentence, or the body after a headline NER's sentences run into."""
    return doc[k].is_sent_start or (k > 0 and "\n\n" in doc[k - 1].text_with_ws)


def _written_together(doc: Doc, start: int) -> bool:
    """Whether the text writes the demonym doc[start] with the firm's first word after it again, in any
    case ("AMERICAN PRE-PAID" in a Reuters headline, "American Cyanamid said")."""
    pair = f"{doc[start].text} {doc[start + 1].text}".lower()
    return " ".join(doc.text.lower().split()).count(pair) > 1


def _business_word(token: Token) -> bool:
    return _proper_word(token) and kind_word(token.lower_)


def _joins_as_common_word(word: Token, gaz: Gazetteer, common: frozenset[str]) -> bool:
    """Whether the word before "and" is a common word written as a name's ("Trades and Labour Council"),
    not an institution's own noun or legal form ("Bank"), nor a name the gazetteer knows ("Netherlands")
    or the text names on its own ("the Bundesbank and Finance Ministry ... the Bundesbank said": the
    lemmatizer's lists hold some proper names too)."""
    lower = word.lower_
    if not _proper_word(word) or lower in cues.INSTITUTION_HEADS or _legal_form(word):
        return False
    if not _common_word(lower, common):
        return False
    return gaz.lookup(word.text) is None and not _named_alone(word)


def _common_word(lower: str, common: frozenset[str]) -> bool:
    """A word of the language's lists, or the plural of one ("Trades", "Technologies": the lists hold
    lemmas)."""
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else lower
    return lower in common or singular in common


def _common_words_joined(doc: Doc, right: int, end: int, gaz: Gazetteer, common: frozenset[str]) -> bool:
    """Whether "and" before doc[right] joins a common word written as a name's to a line of business, with
    words of business at most between it and the legal form or institution's noun doc[end] ("Plastic
    Specialities and Technologies Inc", "Crestmont Federal Savings and Loan Association", "the Federal
    Savings and Loan Insurance Corp"): one name, though NER reads the words before
    "and" as a firm of its own (judges' seed 928 had "Technologies Inc" a firm). A name after "and" is
    another firm's ("General Motors and Chrysler Corp", "Merrill Lynch and Montgomery Securities")."""
    return (
        right >= 2
        and doc[right].is_title
        and doc[right].lower_ in cues.BUSINESS_AFTER_AND
        and all(t.lower_ in _KIND_WORDS for t in doc[right + 1 : end])  # "Savings and Loan Insurance Corp"
        and _joins_as_common_word(doc[right - 2], gaz, common)
    )


def _named_alone(word: Token) -> bool:
    """Whether the text names the word elsewhere as a whole name, NER's of one word, not before "and" (a
    scan of the text, run only for the rare word that would join a name)."""
    doc = word.doc
    return any(
        e.text == word.text and e.start != word.i and (e.end >= len(doc) or doc[e.end].lower_ not in _JOINTS)
        for e in doc.ents
    )


def _start_of_firm(
    doc: Doc, form: int, rows: list[MentionRow], gaz: Gazetteer, common: frozenset[str]
) -> int | None:
    """Where the firm whose legal form is doc[form] starts, when it runs back over "and", "&" or "of";
    None when it does not (or when the words before read as a list of firms)."""
    right = _piece_start(doc, form)
    if right < 1 or _shouting(doc, form):
        return None
    joint = doc[right - 1]
    left = _piece_start(doc, right - 1)
    if left == right - 1 or _ends_in_legal_form(doc, right - 2):
        return None
    if joint.lower_ == "of":
        place = doc[right:form].text
        entry = gaz.lookup(place)
        # a place has no legal form: "South Africa Ltd" is the end of the firm's name
        return left if entry is not None and entry.cls in cues.PLACE_CLASSES else None
    if joint.lower_ not in ("and", "&") or not _one_proper_word(doc, right, form):
        return None
    business = all(t.lower_ in _KIND_WORDS for t in doc[right:form])  # "and Co", "and Power Co"
    if not business and _person_row(rows, left, right - 1):
        return None
    one_name = business or _common_words_joined(doc, right, form, gaz, common)
    if not one_name and _firm_of_its_own(doc, left, right - 1):
        return None
    return _partners_before(doc, left) if right - 1 - left == 1 else _partner_pair_before(doc, left)


def _cut_firm_start(doc: Doc, form: int, rows: list[MentionRow]) -> int | None:
    """Start of the capitalised words before a legal form when NER's firm over the form starts inside them
    ("the stock of RentCo Trailer Corp", where NER reads "Trailer Corp"): a name's first word, left out, is
    no word of the sentence around it; None when NER's firm takes them all, when another name (a place, a
    person) or a title is among them ("Texas Trailer Corp", "President Smith"), or a line break."""
    firm = next((r for r in rows if r.tok_start <= form < r.tok_end), None)
    if firm is None or firm.cls != "Organization" or _shouting(doc, form):
        return None
    start = _piece_start(doc, form)
    while start < firm.tok_start and doc[start].pos_ == "DET":
        start += 1  # "The Commodity Credit Corp" after a headline: the article opens no name
    if start >= firm.tok_start:
        return None
    if any(r.tok_start < firm.tok_start and start < r.tok_end for r in rows):
        return None
    if any(is_title_word(t) for t in doc[start : firm.tok_start]):
        return None
    if "\n" in doc[start : firm.tok_start + 1].text:
        return None  # a Reuters headline's last words ("RIGHTS PLAN"), the body's first line after them
    return start


def _lone_firm(doc: Doc, form: int) -> int | None:
    """Start of the capitalised words before a legal form that no name covers, None when there are none."""
    start = _piece_start(doc, form)
    if start == form or _shouting(doc, form):
        return None
    longer = _longer_lone_firm(doc, start, form)
    if longer is not None:
        return longer
    joined = start > 0 and doc[start - 1].lower_ in ("and", "&", "of", ",")
    if joined and not _ends_in_legal_form(doc, start - 2):
        return None  # a part of a longer name is left alone; "Corvane Inc and Delmont Co" are two firms
    return start


_MAX_LONE_FIRM = 6  # capitalised words before a legal form, where NER saw no name


def _longer_lone_firm(doc: Doc, start: int, form: int) -> int | None:
    """Start of a firm's name of more proper words than one piece holds, where NER saw no name ("affiliates
    of Bankers Trust New York Corp", "paper of Societe Generale North America Inc"; judges' seed 933 had
    "Trust New York Corp"): the run goes back over proper words on the line, and stands when a common word,
    or a firm's legal form, comes before its joint; None when the piece is whole, or when a name before
    the joint may hold the run ("Robert Brusca of Nikko Securities Co International Inc") or the piece
    crosses a line."""
    if "\n" in doc[start:form].text:
        return None  # the piece runs over a line break already: a headline's words before the body's
    first = start
    while (
        first > 0
        and start - first < _MAX_LONE_FIRM - _MAX_PIECE
        and _proper_word(doc[first - 1])
        and doc[first - 1].text not in cues.TABLE_WORDS  # "Shr Royal Dutch Petroleum Co <RD> 2.30 dlrs"
        and "\n" not in doc[first - 1].text_with_ws
    ):
        first -= 1
        if first > 1 and _inner_hyphen(doc, first - 1) and _proper_word(doc[first - 2]):
            first -= 2  # "McGraw-Hill Book Co South Africa Pty Ltd"
    if first == start or (first > 0 and _proper_word(doc[first - 1])):
        return None  # the piece is whole, or the run is longer still
    if first > 1 and doc[first - 1].lower_ in (*_JOINTS, "of", ","):
        before = doc[first - 2]
        if _proper_word(before) and not _legal_form(before):
            return None
    return first


def _inner_hyphen(doc: Doc, k: int) -> bool:
    return doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_


def _partners_before(doc: Doc, left: int) -> int:
    """Start of a run of partners' surnames before a firm's last partner ("Merrill Lynch, Pierce, Fenner and
    Smith"): comma, one or two capitalised words, back to the first."""
    while left >= 2 and doc[left - 1].text == ",":
        start = _piece_start(doc, left - 1, limit=2)
        if start == left - 1 or _ends_in_legal_form(doc, left - 2):
            break
        left = start
    return left


def _partner_pair_before(doc: Doc, left: int) -> int:
    """Start of a firm named by two partners' names of two words each, a comma between ("Smith Barney,
    Harris Upham and Co"; judges' seed 930 had it cut to "Harris Upham and"): the first pair, when nothing
    proper runs on before it and it has no legal form of its own ("Drexel Burnham Lambert Inc, Kidder
    Peabody and Co" are two firms). One step back only: a longer run of names is a list of firms."""
    if left < 3 or doc[left - 1].text != "," or _ends_in_legal_form(doc, left - 2):
        return left
    start = _piece_start(doc, left - 1, limit=2)
    if left - 1 - start != 2 or (start > 0 and _proper_word(doc[start - 1])):
        return left
    return start


def _piece_start(doc: Doc, end: int, limit: int = _MAX_PIECE) -> int:
    """Start of the run of capitalised words (at most ``limit``) that ends before doc[end]."""
    start, words = end, 0
    while start > 0 and words < limit:
        if doc[start - 1].is_space and start > 1 and _proper_word(doc[start - 2]):
            start -= 1  # a line break inside the name, as Reuters' bodies have
        if not _proper_word(doc[start - 1]):
            break
        start, words = start - 1, words + 1
    return start


def _proper_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    lower = token.lower_
    if lower in cues.CALENDAR_WORDS:
        return False
    return not token.is_sent_start or token.pos_ == "PROPN" or bool(token.ent_type_)  # not "Shares of ..."


def _one_proper_word(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is empty ("and Co"), or one proper word and words of business ("Shanghai
    Banking"): not a firm of its own named after "and" ("Martin Marietta")."""
    proper = [t for t in doc[start:end] if t.lower_ not in _KIND_WORDS]
    return len(proper) <= 1


def _legal_form(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_.rstrip(".") in cues.LEGAL_FORMS


def _partnership_end(token: Token) -> bool:
    """ "Associates" or "Partners" right after "and" or "&": the end of a partnership's name, which
    then runs back over the partners' names as it does before "and Co" ("Wagner and Associates")."""
    return token.i > 0 and token.nbor(-1).lower_ in _JOINTS and token.lower_ in cues.PARTNERSHIP_ENDS


def _ends_in_legal_form(doc: Doc, k: int) -> bool:
    return 0 <= k < len(doc) and _legal_form(doc[k])  # (an institution's noun may end the text)


def _person_row(rows: list[MentionRow], start: int, end: int) -> bool:
    """A person named in full over the piece ("John Smith and Acme Corp")."""
    return any(
        r.cls == "Person" and " " in r.surface and r.tok_start < end and start < r.tok_end for r in rows
    )


def _firm_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """NER's organisation that is the piece itself and more than one word ("General Motors and Chrysler
    Corp"): a list of firms."""
    return any(e.label_ == "ORG" and e.start == start and e.end == end and end - start > 1 for e in doc.ents)


def _shouting(doc: Doc, k: int) -> bool:
    """A headline in capitals, where every word looks proper."""
    sent = doc[k].sent
    words = [t for t in sent if t.is_alpha]
    return len(words) > 3 and sum(t.is_upper for t in words) > len(words) // 2
