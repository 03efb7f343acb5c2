"""The ``kg_entities_v1`` component: entity and literal mentions, cleaned, typed and keyed.

It reads spaCy's NER spans and adds what the gazetteer knows; for each name it strips determiners,
honorifics, titles (of persons), possessive 's and headline verbs, splits titles off organisation spans
("National Security Council Coordinator ..."), types the name (gazetteer first, then the NER label) and marks
reporting sources ("according to X") and capitals used as agents ("Beijing said"). It leaves plain
:class:`~loaders.entities.records.MentionRow` tuples on ``doc._.kg_mentions``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from loaders.entities import cues
from loaders.entities.gazetteer import GazEntry, Gazetteer
from loaders.entities.records import (
    GAZETTEER,
    METONYM,
    MODIFIER,
    NORP,
    SOURCE,
    MentionRow,
    register_extensions,
)

_EDGE_JUNK_POS = frozenset({"DET", "VERB", "AUX", "ADP", "PUNCT", "PART", "CCONJ", "PRON", "SCONJ"})
_LONG_FORM_DEPS = frozenset({"compound", "amod", "nmod", "det", "poss"})
_MAX_NAME_TOKENS = 8
_NAME_CLASSES = frozenset(cues.CLASS_OF_LABEL.values()) | {"Country", "City"}
_HEAD_TYPED = frozenset({"Person", "Organization", "Location"})


class EntityMentions:
    """Callable pipeline component; one instance per pipeline (it holds a PhraseMatcher)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        register_extensions()
        self.gaz = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("GAZ", [nlp.make_doc(form) for form in gazetteer.surface_forms()])

    def __call__(self, doc: Doc) -> Doc:
        rows: list[MentionRow] = []
        taken = bytearray(len(doc))
        for ent in doc.ents:
            row = self._from_ent(doc, ent)
            if row is not None:
                rows.append(row)
                rows += self._stripped_demonyms(doc, ent.start, row.tok_start)
                taken[row.tok_start : row.tok_end] = b"\x01" * (row.tok_end - row.tok_start)
        rows.extend(self._gazetteer_matches(doc, taken))
        rows.sort(key=lambda r: r.start)
        doc._.kg_mentions = _with_acronyms(doc, rows)
        return doc

    def _from_ent(self, doc: Doc, ent: Span) -> MentionRow | None:
        label = ent.label_
        if label in cues.LITERAL_LABELS or label in cues.OTHER_LABELS:
            return MentionRow(ent.start_char, ent.end_char, ent.start, ent.end, label, ent.text, ent.text)
        if label == "NORP":
            return self._norp(ent)
        if label not in cues.CLASS_OF_LABEL:
            return None
        bounds = _clean_bounds(doc, ent, self.gaz)
        if bounds is None:
            return None
        row = self._name_row(doc, ent, bounds[1], bounds[2])
        lead = bounds[1] - bounds[0]
        if row is None or not lead or row.cls == NORP:
            return row
        return row._replace(lead=row.start - doc[bounds[0]].idx)

    def _stripped_demonyms(self, doc: Doc, start: int, end: int) -> list[MentionRow]:
        """Demonyms NER put inside a name ("Russian Dmitriy Bogdanov") as mentions of their own."""
        rows = []
        for token in doc[start:end]:
            country = self.gaz.demonym(token.text)
            if country is not None:
                rows.append(
                    MentionRow(
                        token.idx,
                        token.idx + len(token),
                        token.i,
                        token.i + 1,
                        NORP,
                        country.name,
                        token.text,
                    )
                )
        return rows

    def _norp(self, ent: Span) -> MentionRow:
        country = self.gaz.demonym(ent.text)
        if country is not None:
            return MentionRow(ent.start_char, ent.end_char, ent.start, ent.end, NORP, country.name, ent.text)
        entry = self.gaz.lookup(ent.text)
        if entry is not None and entry.cls == "Organization":  # "Democrats", "Taliban"
            return _row(ent, entry.cls, entry.name, GAZETTEER, "")
        return MentionRow(ent.start_char, ent.end_char, ent.start, ent.end, NORP, "", ent.text)

    def _name_row(self, doc: Doc, ent: Span, start: int, end: int) -> MentionRow | None:
        span = doc[start:end]
        country = self.gaz.demonym(span.text)
        if country is not None:  # "Ukrainian territory" tagged as a place
            return MentionRow(span.start_char, span.end_char, start, end, NORP, country.name, span.text)
        entry = self.gaz.lookup(span.text)
        cls, key, flags = _type_of(ent.label_, span.text, entry)
        root = span.root
        if entry is not None and entry.capital_of and _agentive(root):
            flags |= METONYM
        if _is_reporting_source(root):
            flags |= SOURCE
        if root.dep_ in ("compound", "amod", "nmod") and not start <= root.head.i < end:
            flags |= MODIFIER
        return _row(span, cls, key, flags, _long_form(doc, span, ent.start))

    def _gazetteer_matches(self, doc: Doc, taken: bytearray) -> list[MentionRow]:
        """Gazetteer names NER missed, longest first, not inside a longer proper name."""
        rows = []
        for _, start, end in sorted(self.matcher(doc), key=lambda m: m[1] - m[2]):
            if any(taken[start:end]) or _inside_longer_name(doc, start, end):
                continue
            entry = self.gaz.lookup(doc[start:end].text)
            if entry is None:
                continue
            span = doc[start:end]
            flags = GAZETTEER | (METONYM if entry.capital_of and _agentive(span.root) else 0)
            flags |= SOURCE if _is_reporting_source(span.root) else 0
            rows.append(_row(span, entry.cls, entry.name, flags, _long_form(doc, span, start)))
            taken[start:end] = b"\x01" * (end - start)
        return rows


def _row(span: Span, cls: str, key: str, flags: int, long_form: str) -> MentionRow:
    return MentionRow(
        span.start_char, span.end_char, span.start, span.end, cls, key, span.text, flags, long_form
    )


def _type_of(label: str, surface: str, entry: GazEntry | None) -> tuple[str, str, int]:
    if entry is not None:
        return entry.cls, entry.name, GAZETTEER
    cls = cues.CLASS_OF_LABEL[label]
    if cls in _HEAD_TYPED:  # the name's last word says what it is ("Custer National Forest")
        last = surface.rsplit(" ", 1)[-1].lower()
        if last in cues.PLACE_HEAD_NOUNS:
            cls = "Location"
        elif last in cues.ORG_HEAD_NOUNS:
            cls = "Organization"
    return cls, surface, 0


def _clean_bounds(doc: Doc, ent: Span, gaz: Gazetteer) -> tuple[int, int, int] | None:
    """Token bounds of the name inside an NER span, or None when nothing name-like is left.

    Returns:
        (extent start, name start, end): the extent is what the mention covers in the text, with the
        person's titles ("President Lincoln"); the name starts after them ("Lincoln").
    """
    start, end = ent.start, ent.end
    strip_titles = ent.label_ == "PERSON"
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].pos_ in _EDGE_JUNK_POS):
        end -= 1
    while start < end and (doc[start].pos_ in _EDGE_JUNK_POS or doc[start].tag_ == "POS"):
        start += 1
    if strip_titles:
        start = _attached_start(doc, start, end)
    first = start
    while start < end and (
        _leading_junk(doc[start], strip_titles) or (strip_titles and gaz.demonym(doc[start].text))
    ):
        start += 1
    extent = start  # back over the title words right before the name ("Gov." of "Illinois Gov. Jim Edgar")
    while extent > first and _is_title_word(doc[extent - 1]):
        extent -= 1
    if ent.label_ != "PERSON":
        end = _cut_at_title(doc, start, end)
    if start >= end or end - start > _MAX_NAME_TOKENS:
        return None
    span = doc[start:end]
    if not any(c.isalpha() for c in span.text) or not any(_capitalised(t) for t in span):
        return None
    if end - start == 1 and span.text.lower() in cues.GENERIC_NAME_WORDS and gaz.lookup(span.text) is None:
        return None
    return extent, start, end


def _attached_start(doc: Doc, start: int, end: int) -> int:
    """First token of a person's span after words that complete a title before it.

    NER may run the end of a title into the name ("Secretary of State Antony Blinken" tagged "State
    Antony Blinken"): "State" is the object of "of", outside the span, not part of the name. Only such
    prepositional objects are cut; a first name the parser hung elsewhere ("Eric Cantona and Ole Gunnar
    Solskjaer", "Ole" as a conjunct) stays.
    """
    if end - start < 2:
        return start
    root = doc[start:end].root
    while start < end - 1 and (exit_ := _exit(doc[start], start, end)).i != root.i and exit_.dep_ == "pobj":
        start += 1
    return start


def _exit(token: Token, start: int, end: int) -> Token:
    """The token through which ``token``'s chain of heads leaves [start, end) (or reaches the root)."""
    while start <= token.head.i < end and token.head.i != token.i:
        token = token.head
    return token


def _capitalised(token: Token) -> bool:
    """ "Kyiv", "NATO", and names with inner capitals ("McAllen", "ExxonMobil"), not "HK$6.31bn"."""
    return token.is_title or token.is_upper or (token.is_alpha and token.text[0].isupper())


def _is_title_word(token: Token) -> bool:
    return token.lower_ in cues.HONORIFICS or token.lower_ in cues.TITLE_NOUNS


def _leading_junk(token: Token, strip_titles: bool) -> bool:
    lower = token.lower_
    if token.pos_ in _EDGE_JUNK_POS or token.tag_ == "POS" or lower in cues.HONORIFICS:
        return True
    return strip_titles and lower in cues.TITLE_NOUNS


def _cut_at_title(doc: Doc, start: int, end: int) -> int:
    """End of an organisation name that NER ran on into a person's title ('Council Coordinator ...')."""
    for k in range(start + 1, end):
        token = doc[k]
        if token.lower_ in cues.TITLE_NOUNS and token.head.i >= end:
            return k
    return end


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(
        t is not None and t.pos_ == "PROPN" and t.is_title and not t.is_sent_start for t in (before, after)
    )


def _agentive(root: Token) -> bool:
    """True when a (capital-city) name acts as an agent: subject of an action, possessor of a stance."""
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        if head.lemma_ == "be":
            return any(c.dep_ == "attr" and c.lemma_.lower() in cues.AGENTIVE_NOUNS for c in head.children)
        return head.lemma_.lower() not in cues.NON_AGENTIVE_VERBS
    if root.dep_ == "poss":
        return head.lemma_.lower() in cues.AGENTIVE_NOUNS
    return root.dep_ == "pobj" and head.dep_ == "agent"


def _is_reporting_source(root: Token) -> bool:
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _long_form(doc: Doc, span: Span, ent_start: int) -> str:
    """The name with the premodifiers that introduced it ('Ukrainian President Volodymyr Zelenskyy')."""
    first = min(ent_start, span.start)
    for child in span.root.lefts:
        if child.i < span.start and child.dep_ in _LONG_FORM_DEPS:
            first = min(first, child.left_edge.i)
    if first >= span.start:
        return ""
    lead = doc[first : span.start]
    if any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.tag_ not in ("HYPH", "POS")) for t in lead):
        return ""
    return doc[first : span.end].text


def _with_acronyms(doc: Doc, rows: list[MentionRow]) -> list[MentionRow]:
    """'Belt and Road Initiative (BRI)': the bracketed acronym becomes a mention of the same thing."""
    by_start = {row.tok_start: i for i, row in enumerate(rows)}
    extra = []
    for row in rows:
        k = row.tok_end
        if row.cls not in _NAME_CLASSES or k + 2 >= len(doc):
            continue
        if doc[k].text != "(" or doc[k + 2].text != ")" or not _is_acronym(doc[k + 1].text, row.surface):
            continue
        token = doc[k + 1]
        alias = MentionRow(token.idx, token.idx + len(token), k + 1, k + 2, row.cls, row.key, token.text)
        if k + 1 in by_start:
            rows[by_start[k + 1]] = alias._replace(flags=rows[by_start[k + 1]].flags)
        else:
            extra.append(alias)
    return sorted(rows + extra, key=lambda r: r.start) if extra else rows


def _is_acronym(text: str, name: str) -> bool:
    """'BRI' for 'Belt and Road Initiative'; not 'AP' for 'WASHINGTON' (a dateline's agency)."""
    if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return False
    capitals = iter(c for c in name if c.isupper())
    return name[:1] == text[0] and all(c in capitals for c in text)  # in order, from the first letter
