"""``kg eval conll04``: run the product's own pipeline over CoNLL04 sentences and score it.

Each sentence is given to :func:`loaders.extract.analyse_texts` as its tokens joined by single spaces, with
the very pipeline ``kg extract`` and ``kg ingest`` use (:func:`loaders.nlp.build_nlp`); its mentions and
facts are mapped to CoNLL04 types and labels (:mod:`loaders.evaluation.mapping`) and scored strictly.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language

from loaders.evaluation.predict import PredictedFact, PredictedMention, to_spert
from loaders.evaluation.scoring import EvaluationResult, evaluate
from loaders.evaluation.spert import SpertSentence, read_spert
from loaders.extract import TextAnalysis, analyse_texts


def predict(
    sentences: Sequence[SpertSentence],
    nlp: Language,
    *,
    processes: int = 1,
    batch_size: int = 64,
    min_confidence: float = 0.0,
) -> list[SpertSentence]:
    """The product's predictions for each sentence, in SpERT form over the sentence's own tokens; facts
    below ``min_confidence`` (calibrated) are left out, as `kg extract` leaves them out."""
    texts = [s.text for s in sentences]
    analyses = analyse_texts(
        texts, nlp, processes=processes, batch_size=batch_size, min_confidence=min_confidence
    )
    return [_as_spert(s, a) for s, a in zip(sentences, analyses, strict=True)]


def _as_spert(sentence: SpertSentence, analysis: TextAnalysis) -> SpertSentence:
    mentions = [PredictedMention(m.start, m.end, m.label, m.lead) for m in analysis.mentions]
    facts = [PredictedFact(f.predicate, f.subject_span, f.object_span) for f in analysis.facts]
    return to_spert(sentence, mentions, facts)


def evaluate_file(
    path: Path, nlp: Language, *, processes: int = 1, batch_size: int = 64
) -> tuple[EvaluationResult, list[SpertSentence]]:
    """Read a SpERT JSON file, run the pipeline over it and score the predictions.

    Returns:
        The scores and the predictions (parallel to the file's sentences).

    Raises:
        InvalidInputError: the file is missing or malformed.
    """
    gold = read_spert(path)
    predicted = predict(gold, nlp, processes=processes, batch_size=batch_size)
    return evaluate(gold, predicted), predicted
