"""Fixtures for the extraction tests: the kg pipeline, loaded once per session (spaCy loads are slow), and
the readings most tests take of a sentence run through it: its facts, its names' classes, a person's posts
(extraction_helpers.py holds the plain helpers they are made of)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.settings import Settings
from loaders.nlp import build_nlp
from tests.loaders.extraction_helpers import ClassesOf, FactsOf, PostsOf, analyse, facts


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The same pipeline `kg extract` and `kg ingest` use (model from KG_SPACY_MODEL)."""
    return build_nlp(Settings())


@pytest.fixture(scope="session")
def facts_of(nlp: Language) -> FactsOf:
    """The (subject name, predicate, object name) of every fact the pipeline reads in a text."""
    return lambda text: facts(analyse(nlp, text))


@pytest.fixture(scope="session")
def classes_of(nlp: Language) -> ClassesOf:
    """Each referent's canonical name in a text -> the class the pipeline settles on for it."""
    return lambda text: {r.name: r.cls for r in analyse(nlp, text).referents.values()}


@pytest.fixture(scope="session")
def posts_of(facts_of: FactsOf) -> PostsOf:
    """The posts (holdsPosition objects) a text gives a person, sorted."""
    return lambda text, person: sorted(
        o for s, p, o in facts_of(text) if s == person and p == "holdsPosition"
    )
