"""Helpers for the extraction tests: run the real pipeline on a text and read facts by name."""

from __future__ import annotations

from spacy.language import Language

from loaders.extract import TextAnalysis, analyse_texts


def analyse(nlp: Language, text: str) -> TextAnalysis:
    return next(analyse_texts([text], nlp))


def facts(analysis: TextAnalysis) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of every fact; positions and quotes by their words."""
    return {(f.subject.split("/", 1)[1], f.predicate, f.object.split("/", 1)[1]) for f in analysis.facts}


def referent_names(analysis: TextAnalysis) -> dict[str, set[str]]:
    """Canonical name -> every name the text gave it."""
    return {r.name: r.aliases | {r.name} for r in analysis.referents.values()}
