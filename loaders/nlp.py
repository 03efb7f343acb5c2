"""The NLP pipeline: the ONLY module that calls ``spacy.load``.

``build_nlp`` loads the model named by ``settings.spacy_model`` and appends the project's components,
registered under versioned factory names so that provenance can say which behaviour ran:

- ``kg_paragraphs_v1`` (before the parser): a blank line starts a sentence, so a headline or a paragraph
  without final punctuation is never parsed as one sentence with the next, and the lower-case words right
  after a paragraph's first word start none ("Media | giant X has ..." is one sentence);
- ``kg_headline_v1`` (after the parser; loaders.headlines): a headline "Name verbs ..." that the parser
  read as a noun phrase ("Woodward eyes Brennan") is parsed again with a pronoun for the name;
- ``kg_attributes_v1`` (in the place of the model's ``attribute_ruler``; loaders.attributes): the ruler's
  patterns as table look-ups, the same attributes at a quarter of the ruler's time;
- ``kg_lemmas_v1`` (after the lemmatizer): the verb forms whose lemma the model's rule lemmatizer gets
  wrong (LEMMA_FIXES) get their right one;
- ``kg_ner_conll_v1`` (loaders.trained, unless KG_TRAINED_NER=false): the CoNLL04-trained NER, in the
  place of the model's own ``ner`` (one NER runs, not two);
- ``kg_entities_v1`` (loaders.entities.mentions): entity and literal mentions, cleaned, typed, keyed;
- ``kg_facts_v2`` (loaders.facts.component): the frame table, structural rules and open relations that
  turn cues into facts.

`kg extract`, `kg ingest` and `kg eval` all build their pipeline here.
"""

from __future__ import annotations

import re
from typing import Final

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from kg.errors import ConfigError
from kg.settings import Settings
from loaders.attributes import AttributeLookup
from loaders.entities.cues import ABBREVIATED_FIRST_NAMES
from loaders.entities.gazetteer import load_gazetteer
from loaders.entities.mentions import EntityMentions
from loaders.entities.records import doc_text
from loaders.facts.component import FactRules
from loaders.headlines import HeadlineParse
from loaders.trained import add_trained_components

PARAGRAPHS_COMPONENT = "kg_paragraphs_v1"
HEADLINE_COMPONENT = "kg_headline_v1"
LEMMAS_COMPONENT = "kg_lemmas_v1"
ATTRIBUTES_COMPONENT = "kg_attributes_v1"
ENTITIES_COMPONENT = "kg_entities_v1"
FACTS_COMPONENT = "kg_facts_v2"
#: Components of the base model that extraction does not use; disabling them saves time.
_UNUSED = ("senter",)


#: Verb forms whose lemma the base model's rule lemmatizer gets wrong ("fined" -> "fin", "hoped" -> "hop"), so
#: that a frame keyed on the lemma never fired ("fined") and a wish read as a fact ("had hoped to play X").
#: Found by inflecting every cue verb of the frame table and loaders/facts/cues.py.
LEMMA_FIXES: Final = {
    "chair": ("chairing",),
    "fine": ("fined", "fines", "fining"),
    "hope": ("hoped", "hopes", "hoping"),
    "install": ("installed", "installing"),
    "scrape": ("scraped", "scrapes", "scraping"),
}
#: The Penn tags of inflected verbs (the tagger's tag: the attribute ruler derives POS from it).
_VERB_TAGS: Final = frozenset({"VBD", "VBG", "VBN", "VBZ"})
#: Each mended form, lower-cased, with its lemma.
_MENDED_LEMMAS: Final = {form: lemma for lemma, forms in LEMMA_FIXES.items() for form in forms}


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
#: A hyphen after an abbreviation's full stop joins two words, as spaCy's own rule splits "Paris-based":
#: the wires' "Calif.-based", "N.Y.-based", "U.S.-made" are three tokens, not one unknown word.
_ABBREVIATION_HYPHEN = r"(?<=[A-Za-z]\.)(?:-|–|—)(?=[A-Za-z])"


#: Words after a paragraph's first word that the parser may cut off as a sentence ("Media | giant Kestrel has
#: sold ...", "UK | house | prices rose"): a lower-case word straight after a word continues its sentence.
_LEAD_WORDS = 3


@Language.component(PARAGRAPHS_COMPONENT)
def mark_paragraphs(doc: Doc) -> Doc:
    """Mark the first token after each blank line as a sentence start (the parser keeps preset starts),
    and the lower-case words right after it as no start: the small parser often reads a paragraph's first
    name alone as a sentence ("Chelsea | boss Tom Vale said ..."), losing the lead's subject."""
    starts = [0]
    for match in _BLANK_LINE.finditer(doc_text(doc)):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0:
            span[0].is_sent_start = True
            starts.append(span[0].i)
    for start in starts:
        for token in doc[start + 1 : start + 1 + _LEAD_WORDS]:
            if not (token.text[:1].islower() and doc[token.i - 1].text[:1].isalnum()):
                break
            token.is_sent_start = False
    return doc


@Language.component(LEMMAS_COMPONENT)
def mend_lemmas(doc: Doc) -> Doc:
    """Give the inflected verb forms of LEMMA_FIXES their right lemma, over the lemmatizer's guess. (Five
    more attribute-ruler patterns did the same at a seventh of the ruler's time, as its matcher tries every
    pattern at every token: this walk asks one set look-up per token.)"""
    for token in doc:
        lemma = _MENDED_LEMMAS.get(token.lower_)
        if lemma is not None and token.tag_ in _VERB_TAGS:
            token.lemma_ = lemma
    return doc


@Language.factory(HEADLINE_COMPONENT)
def make_headline(nlp: Language, name: str) -> HeadlineParse:
    parse_with = [nlp.get_pipe(pipe) for pipe in ("tok2vec", "tagger", "parser") if pipe in nlp.pipe_names]

    def parse(text: str) -> Doc:
        doc = nlp.make_doc(text)
        for pipe in parse_with:
            doc = pipe(doc)
        return doc

    return HeadlineParse(parse, known_verbs(nlp))


@Language.factory(ATTRIBUTES_COMPONENT)
def make_attributes(nlp: Language, name: str) -> AttributeLookup:
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise ConfigError(
            f"the spaCy model's attribute_ruler is a {type(ruler).__name__}, not an AttributeRuler"
        )
    return AttributeLookup(ruler)


@Language.factory(ENTITIES_COMPONENT)
def make_entities(nlp: Language, name: str) -> EntityMentions:
    return EntityMentions(nlp, load_gazetteer())


@Language.factory(FACTS_COMPONENT)
def make_facts(nlp: Language, name: str) -> FactRules:
    return FactRules(known_verbs(nlp))


def known_verbs(nlp: Language) -> frozenset[str]:
    """The verb lemmas the model's rule lemmatizer knows (its index and its irregular forms' lemmas): a lemma
    outside them is the lemmatizer's guess at an unknown word. Empty when the model has no such tables."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    known = set(lookups.get_table("lemma_index").get("verb", ()))
    if lookups.has_table("lemma_exc"):
        irregular = lookups.get_table("lemma_exc").get("verb", {})
        known.update(lemma for lemmas in irregular.values() for lemma in lemmas)
    return frozenset(known) | LEMMA_FIXES.keys()


def build_nlp(settings: Settings) -> Language:
    """Load the configured spaCy model and add the kg components after its NER.

    Raises:
        ConfigError: the model named by ``settings.spacy_model`` is not installed.
    """
    try:
        nlp = spacy.load(settings.spacy_model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {settings.spacy_model!r} (KG_SPACY_MODEL) cannot be loaded: {exc}"
        ) from exc
    _split_abbreviation_hyphens(nlp)
    _keep_abbreviated_first_names(nlp)
    _look_up_attributes(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS_COMPONENT, before="parser")
        nlp.add_pipe(HEADLINE_COMPONENT, after="parser")
    _mend_lemmas(nlp)
    nlp.add_pipe(ENTITIES_COMPONENT, last=True)
    nlp.add_pipe(FACTS_COMPONENT, last=True)
    # The CoNLL04-trained NER in the place of the base ner, the relation classifier last.
    add_trained_components(nlp, settings, before=ENTITIES_COMPONENT)
    return nlp


def _look_up_attributes(nlp: Language) -> None:
    """Put the look-up version of the model's attribute ruler in its place (loaders.attributes)."""
    if "attribute_ruler" in nlp.pipe_names and isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler):
        nlp.add_pipe(ATTRIBUTES_COMPONENT, after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")


def _mend_lemmas(nlp: Language) -> None:
    """Set LEMMA_FIXES right after the lemmatizer (a model without one has no lemmas to mend)."""
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(LEMMAS_COMPONENT, after="lemmatizer")


def _split_abbreviation_hyphens(nlp: Language) -> None:
    """Add the abbreviation hyphen to the model's infix rules (spaCy's documented way to extend them)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    infixes = [*(nlp.Defaults.infixes or ()), _ABBREVIATION_HYPHEN]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _keep_abbreviated_first_names(nlp: Language) -> None:
    """Tokenize "Chas." and "Wm." as one word each, as spaCy does "Mr." (its documented special cases)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for name in ABBREVIATED_FIRST_NAMES:
        tokenizer.add_special_case(name, [{ORTH: name}])


def load_base(settings: Settings) -> Language:
    """The configured model without the kg components (the baseline the benchmark compares against)."""
    try:
        return spacy.load(settings.spacy_model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {settings.spacy_model!r} (KG_SPACY_MODEL) cannot be loaded: {exc}"
        ) from exc
