"""Fixtures for the extraction tests: the kg pipeline, loaded once per session (spaCy loads are slow)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.settings import Settings
from loaders.nlp import build_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The same pipeline `kg extract` and `kg ingest` use (model from KG_SPACY_MODEL)."""
    return build_nlp(Settings())
