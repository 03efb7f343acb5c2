"""Statistical components trained on CoNLL04, shipped with their weights (no downloads at run time).

:func:`add_trained_components` is the one hook ``loaders.nlp.build_nlp`` calls; see
:mod:`loaders.trained.components` for what each component does and ``python -m loaders.trained.train_conll04``
to retrain them.
"""

from __future__ import annotations

from spacy.language import Language

from kg.settings import Settings


def add_trained_components(nlp: Language, settings: Settings, *, before: str | None = None) -> None:
    """Put the CoNLL04 NER in the place of the base ``ner`` and add the relation classifier (last), as set.

    The relation classifier reads the mentions and facts of ``kg_entities_v1`` / ``kg_facts_v2``, so call
    this after adding those. ``settings.trained_ner`` / ``settings.trained_relations`` switch them (by
    default the relation classifier asserts only what its labels' gates let through:
    loaders.trained.relation_gates).

    Args:
        nlp: the pipeline.
        settings: the switches.
        before: where the NER goes when the model has no ``ner`` of its own (the first kg component).
    """
    from loaders.trained.components import NER_COMPONENT, RELATION_COMPONENT  # registers the factories

    if settings.trained_ner:
        # One NER, not two: the base ner would cost as much again and its entities are overwritten anyway.
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(NER_COMPONENT, before="ner")
            nlp.remove_pipe("ner")
        else:
            nlp.add_pipe(NER_COMPONENT, before=before)
    if settings.trained_relations != "off":
        nlp.add_pipe(RELATION_COMPONENT, last=True, config={"gated": settings.trained_relations == "gated"})
