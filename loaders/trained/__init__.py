"""Statistical components trained on CoNLL04, shipped with their weights (no downloads at run time).

:func:`add_trained_components` is the one hook ``loaders.nlp.build_nlp`` calls; see
:mod:`loaders.trained.components` for what each component does and ``python -m loaders.trained.train_conll04``
to retrain them.
"""

from __future__ import annotations

from spacy.language import Language

from kg.settings import Settings


def add_trained_components(nlp: Language, settings: Settings) -> None:
    """Add the CoNLL04 NER (right after the base ``ner``) and the relation classifier (last), as set.

    The relation classifier reads the mentions and facts of ``kg_entities_v1`` / ``kg_facts_v1``, so call
    this after adding those. ``settings.trained_ner`` / ``settings.trained_relations`` switch them off.
    """
    from loaders.trained.components import NER_COMPONENT, RELATION_COMPONENT  # registers the factories

    if settings.trained_ner:
        nlp.add_pipe(NER_COMPONENT, after="ner")
    if settings.trained_relations:
        nlp.add_pipe(RELATION_COMPONENT, last=True)
