"""Minting of IRIs: stable across runs and articles, so the same thing gets the same IRI."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.vocab import BASE, local_name

_NON_WORD = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 120


def slugify(name: str) -> str:
    """Lower-case ASCII words joined by '-'; accents folded, punctuation dropped."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", folded.lower()).strip("-")
    if len(slug) > _MAX_SLUG:
        # IRIs are unique-indexed, and Neo4j refuses index keys over ~8 KB: a very long name keeps a
        # readable head and a hash of the whole name, still stable and distinct.
        return slug[: _MAX_SLUG - 13].rstrip("-") + "-" + _digest(name, 12)
    # Names in other scripts fold to nothing; a hash keeps them distinct and stable.
    return slug or "h-" + _digest(name, 12)


def _digest(text: str, length: int) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def content_hash(text: str) -> str:
    """sha256 of the text, the article's identity for 'unchanged' checks."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mint_entity_iri(cls: URIRef, normalised_name: str, scope: str = "") -> URIRef:
    """IRI of an entity from its class and normalised name, e.g. .../id/Person/xi-jinping; a ``scope``
    narrows a name too common to be one thing alone: a team sheet's bare surname "Hiley" is Exeter City's
    Hiley, .../id/Person/hiley--exeter-city (the same player in every report of the side; never every
    Hiley)."""
    slug = slugify(normalised_name) + (f"--{slugify(scope)}" if scope else "")
    return URIRef(f"{BASE}id/{local_name(cls)}/{slug}")


def mint_article_iri(
    url: str | None, text: str, article_id: str | None = None, source: str | None = None
) -> URIRef:
    """IRI of an article, stable across edits of its text: from its URL when it has one, else from the id its
    source gave it (scoped by the source's name), else from its text."""
    if url:
        key = url.strip()
    elif article_id:
        key = f"id:{source or ''}:{article_id}"
    else:
        key = "text:" + text
    return URIRef(f"{BASE}article/{_digest(key, 20)}")


def mint_open_predicate(phrase: str) -> URIRef:
    """The IRI of an open relation from its phrase: 'award contract to' -> .../relation/award-contract-to.

    The phrase is lower-case ASCII words (loaders make it so), so the IRI gives the phrase back
    (:func:`open_phrase`): the label needs no storage of its own.
    """
    return URIRef(f"{BASE}relation/{slugify(phrase)}")


def open_phrase(predicate: str) -> str | None:
    """The phrase of an open-relation IRI ('award contract to'), or None for any other IRI."""
    prefix = f"{BASE}relation/"
    return predicate.removeprefix(prefix).replace("-", " ") if predicate.startswith(prefix) else None


def mint_quote_iri(speaker: URIRef, words: str) -> URIRef:
    return URIRef(f"{BASE}quote/{_digest(str(speaker) + '|' + words, 20)}")


def mint_evidence_iri(article: URIRef, *parts: object) -> URIRef:
    """Evidence lives under its article's IRI, so an article's evidence is easy to find and retract."""
    return URIRef(f"{article}/evidence/{_digest('|'.join(map(str, parts)), 16)}")
