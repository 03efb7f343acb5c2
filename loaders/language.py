"""Which language an article is written in, offline: py3langid's bundled model (97 languages, no downloads).

Detection reads only the start of the text (enough for a stable answer, and fast: under a millisecond),
and abstains on text too short or too mixed to judge rather than guess.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

_SAMPLE_CHARS = 2000
# Below this many letters an identifier guesses (a headline such as "Hello" comes out as Breton).
_MIN_LETTERS = 40
_MIN_CONFIDENCE = 0.5
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Detection:
    """A detected language: its ISO 639-1 code (e.g. "en") and the model's probability for it."""

    language: str
    confidence: float


@functools.cache
def _identifier() -> Any:
    # Loaded once per process (about a second); normalised probabilities make the confidence usable.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> Detection | None:
    """The language of ``text``, or None when there is too little text or the model is unsure."""
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return None
    language, confidence = _identifier().classify(sample)
    if confidence < _MIN_CONFIDENCE:
        return None
    return Detection(str(language), float(confidence))
