"""Which language an article is written in, offline: py3langid's bundled model (no downloads).

Detection reads only the start of the text (enough for a stable answer, and fast) and abstains on text
too short or too unsure to judge rather than guess.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

_SAMPLE_CHARS = 600  # the identifier walks its sample byte by byte in Python: cost grows with it
# Below this many letters an identifier guesses (a headline such as "Hello" comes out as Breton).
_MIN_LETTERS = 40
_MIN_CONFIDENCE = 0.5
# A wanted language this probable is taken over a close rival: tables of figures in English newswire
# ("Shr 33 cts vs 28 cts") score highest as Nigerian Pidgin, an English-based creole, with English second.
_PLAUSIBLE = 0.2
# Languages the model cannot tell apart from a wanted one on newswire: Nigerian Pidgin wins on some
# English earnings tables outright. An article detected as the key counts as the value when it is wanted.
_READ_AS = {"pcm": "en"}
# "zxx": no linguistic content (numbers, codes). Not a language to reject an article for.
_NOT_LANGUAGES = frozenset({"zxx", "und"})
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Detection:
    """A detected language: its ISO 639 code (e.g. "en") and the model's probability for it."""

    language: str
    confidence: float


@functools.cache
def _identifier() -> Any:
    # Loaded once per process (about a second); normalised probabilities make the confidence usable.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, wanted: Collection[str] = ()) -> Detection | None:
    """The language of ``text``, or None when there is too little text or the model is unsure.

    Args:
        text: the article text (only its start is read).
        wanted: languages the caller accepts; one of them is returned when it is a plausible reading
            (probability at least 0.2) even if another language scores higher.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return None
    language, confidence = _identifier().classify(sample)
    if language in wanted:
        return Detection(str(language), float(confidence))
    # Only when the best guess is unwanted is the full ranking (slower) worth computing.
    for runner_up, probability in _identifier().rank(sample)[1:3]:
        if runner_up in wanted and probability >= _PLAUSIBLE:
            return Detection(str(runner_up), float(probability))
    if _READ_AS.get(language) in wanted:
        return Detection(_READ_AS[language], float(confidence))
    if confidence < _MIN_CONFIDENCE or language in _NOT_LANGUAGES:
        return None
    return Detection(str(language), float(confidence))
