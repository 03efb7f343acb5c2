"""Common English words, from the word lists the model's rule lemmatizer already ships (WordNet's nouns,
verbs, adjectives and adverbs), to tell a word capitalised only because it opens a sentence or a headline
("Standoff on ...", "Verdict delay for ...", "Broadly, ...", "Gross fees are ...") from a name."""

from __future__ import annotations

from spacy.language import Language
from spacy.lookups import Table
from spacy.tokens import Span, Token

from loaders.entities.names import opens_sentence, written_inside_a_sentence

#: The lemmatizer's word classes whose lists are read.
_WORD_CLASSES = ("noun", "verb", "adj", "adv")
#: Dependencies of a sentence's first word that make it a possessor or the subject of a finite verb: a lone
#: name there ("Oswald was ...", "Hudson's chairman ...") is kept even when the word is also a common noun.
_POSSESSOR_ROLES = frozenset({"poss", "appos"})
_SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass"})
#: Verb tags that agree with a singular subject: a headline's noun parsed as the subject of a bare verb
#: ("Gritty return for ...": "return", not "returns") is no subject, the parse is a guess.
_SINGULAR_VERB_TAGS = frozenset({"VBD", "VBZ", "VBN", "MD"})


def common_words(nlp: Language) -> frozenset[str]:
    """The lower-case words of the lemmatizer's lists; empty when the model has no rule lemmatizer."""
    index = _lemma_index(nlp)
    if index is None:
        return frozenset()
    words: set[str] = set()
    for word_class in _WORD_CLASSES:
        words.update(w for w in index.get(word_class, ()) if w.isalpha())
    return frozenset(words)


def noun_only_words(nlp: Language) -> frozenset[str]:
    """The words of the lemmatizer's noun list that no other list holds: WordNet's proper nouns are among
    them ("aberdeen", "cannes"), lower-cased, where a place named after a common word is mostly a word of
    other classes too ("orange", "nice", "mobile", "bath")."""
    index = _lemma_index(nlp)
    if index is None:
        return frozenset()
    others = {w for word_class in _WORD_CLASSES[1:] for w in index.get(word_class, ())}
    return frozenset(w for w in index.get("noun", ()) if w.isalpha() and w not in others)


def _lemma_index(nlp: Language) -> Table | None:
    """The rule lemmatizer's table of word lists by word class, or None where the model has none."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    table: Table = lookups.get_table("lemma_index")
    return table


def opening_common_name(span: Span, words: frozenset[str]) -> bool:
    """Whether a one-word name is a common word capitalised only by its place: written in title case (a
    dateline's "MOBILE, Ala." is not), it opens its sentence (after an opening quote at most), is a word of
    the lists (or the plural of one), is no possessor and no subject of a finite verb, and the text never
    capitalises it inside a sentence ("Smith ... said John Smith")."""
    if len(span) != 1 or not words:
        return False
    token = span[0]
    if not token.is_title or not opens_sentence(token) or _in_name_role(token):
        return False
    lower = token.lower_
    if lower not in words and not (lower.endswith("s") and lower[:-1] in words):
        return False
    return not written_inside_a_sentence(token)


def _in_name_role(token: Token) -> bool:
    if token.dep_ in _POSSESSOR_ROLES:
        return True
    if token.dep_ not in _SUBJECT_ROLES:
        return False
    head = token.head
    return head.tag_ in _SINGULAR_VERB_TAGS or any(c.dep_ in ("aux", "auxpass") for c in head.children)
