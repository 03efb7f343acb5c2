"""Plain records that the pipeline components leave on each Doc.

They are tuples of str/int/float only, so they survive spaCy's multiprocess transfer (Doc.to_bytes keeps
``Doc._`` extension values through msgpack) and cost nothing to build. Offsets are into the Doc's text.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from spacy.tokens import Doc

MENTIONS_ATTR: Final = "kg_mentions"
FACTS_ATTR: Final = "kg_facts"
SENTS_ATTR: Final = "kg_sents"  # start offsets of the Doc's sentences

# Mention flags (bits).
SOURCE: Final = 1  # the reporting source of its sentence ("according to X"): never an actor
METONYM: Final = 2  # a capital city used as an agent ("Beijing said"): stands for its country
GAZETTEER: Final = 4  # typed and named by the gazetteer
MODIFIER: Final = 8  # premodifies another noun ("Lib Dem election preparations"): no pronoun antecedent
MALE: Final = 16  # a man's title stands before the name ("Mr Blair")
FEMALE: Final = 32  # a woman's title stands before the name ("Mrs Blair")
CUED: Final = 64  # the text says what kind of thing the name is ("the film Ray"): its class outvotes NER's
SIDE_SCOPED: Final = 128  # a team sheet's bare surname ("Hiley"): a player known only by his side (lineups)
TICKER: Final = 256  # a stock symbol in Reuters' angle brackets ("<TGT>"): its firm's ticker, not a name

# Mention kinds besides ontology classes and literal labels.
PRONOUN: Final = "PRON"
CONTEXT: Final = "CTX"  # an argument left implicit, to be found in the article around the cue
POSITION: Final = "Position"
QUOTE: Final = "Quote"
NORP: Final = "NORP"


class MentionRow(NamedTuple):
    """One mention: of an entity (cls = ontology class), a literal (cls = spaCy label), a pronoun,
    a position title, a quote, or an implicit argument."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    cls: str
    key: str  # canonical name (gazetteer) or cleaned name; a pronoun's word; a country for demonyms
    surface: str  # the cleaned name as written
    flags: int = 0
    lead: int = 0  # characters before ``start`` that the mention covers too: a person's title ("President ")


class FactRow(NamedTuple):
    """One fact found in a Doc; subject and object are indices into the Doc's mention rows."""

    predicate: str  # local name in the kg: namespace
    subject: int
    object: int
    cue_start: int
    cue_end: int
    sent_start: int
    sent_end: int
    rule: str  # versioned extractor name, e.g. "kg_facts_v2:speech"
    confidence: float
    source: int = -1  # mention index of the reporting source, or -1
    polarity: str = "asserted"  # kg.model.POLARITIES
    modality: str = "stated"  # kg.model.MODALITIES
    date_start: int = -1  # the DATE mention that dates the statement (loaders.facts.event_dates), or -1
    date_end: int = -1


def register_extensions() -> None:
    """Declare the Doc extensions once (idempotent)."""
    for name in (MENTIONS_ATTR, FACTS_ATTR, SENTS_ATTR):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_mentions(doc: Doc) -> list[MentionRow]:
    """The mention rows of a processed Doc (rebuilt as named tuples after a process hop)."""
    return [MentionRow(*row) for row in getattr(doc._, MENTIONS_ATTR) or ()]


def doc_facts(doc: Doc) -> list[FactRow]:
    """The fact rows of a processed Doc."""
    return [FactRow(*row) for row in getattr(doc._, FACTS_ATTR) or ()]


def doc_sentence_starts(doc: Doc) -> list[int]:
    """Start offsets of the Doc's sentences, as the facts component recorded them."""
    return list(getattr(doc._, SENTS_ATTR) or ())


class DocWords(NamedTuple):
    """Each token's lower-case form, lower-case lemma, Penn tag, coarse part of speech and verbatim text,
    by token index."""

    lowers: list[str]
    lemmas: list[str]
    tags: list[str]
    poses: list[str]
    texts: list[str]


def doc_words(doc: Doc) -> DocWords:
    """The Doc's words as the cue tables are keyed (cached; read after the lemmas are final). Spacy makes a
    Token and a string anew at every read, so the rules that look for their cue word over the whole Doc walk
    these lists, one walk shared, and make a Token only where a word matches."""
    cached = doc.user_data.get(_WORDS_KEY)
    if not isinstance(cached, DocWords):  # (after Doc.from_bytes, user_data holds plain lists)
        tokens = list(doc)
        cached = DocWords(
            [t.lower_ for t in tokens],
            [t.lemma_.lower() for t in tokens],
            [t.tag_ for t in tokens],
            [t.pos_ for t in tokens],
            [t.text for t in tokens],
        )
        doc.user_data[_WORDS_KEY] = cached
    return cached


_WORDS_KEY: Final = "kg_words"


def doc_text(doc: Doc) -> str:
    """The Doc's text (cached): spaCy joins ``Doc.text`` from every token at each read, and the components
    read it in turn (paragraph marks, the headline, title scans, the facts' context)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached


_TEXT_KEY: Final = "kg_text"
