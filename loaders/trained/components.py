"""spaCy components trained on CoNLL04, registered under versioned names.

- ``kg_ner_conll_v1``: the base NER fine-tuned on CoNLL04 (weights in ``conll04_ner/``, with a tok2vec of
  its own). It takes the place of the base model's ``ner``, so the pipeline runs one NER, not two. Labels
  stay in the base model's set (PERSON, ORG, GPE, DATE, ...) plus ``MISC`` (a named thing of no other type:
  products, works, nationalities used as names). The gazetteer overrides it on curated names, and
  nationalities it leaves unlabelled are labelled NORP from the gazetteer's demonyms.
- ``kg_relations_conll_v1``: a linear classifier over pairs of entity mentions of one sentence
  (``conll04_relations.json``). It runs after the fact rules and adds facts with the vocabulary's
  predicates (worksFor, livesIn, locatedIn, basedIn, killed) only between mentions the rules left
  unlinked, with a confidence kept below the rules' (see ``CONFIDENCE_SCALE``). Off unless
  KG_TRAINED_RELATIONS is set: on the news few of its facts are right (README.md in this folder).

Both load their weights from this package: nothing is downloaded. Retrain with
``python -m loaders.trained.train_conll04``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, permutations
from pathlib import Path
from typing import Any, Final

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import load_config, registry
from thinc.api import Model, chain
from thinc.types import Floats2d

from kg.errors import ConfigError
from loaders.entities.gazetteer import Gazetteer, load_gazetteer
from loaders.entities.records import SOURCE, FactRow, MentionRow, doc_facts, doc_mentions, register_extensions
from loaders.evaluation.mapping import LABEL_TO_PREDICATE, LOC, ORG, PEOP, entity_type
from loaders.trained.conll_data import conll_type, non_overlapping
from loaders.trained.relation_features import dependency_path, pair_features
from loaders.trained.relation_gates import passes, predicate_of
from loaders.trained.relation_model import SIGNATURES, Candidate, RelationModel

TRAINED_DIR: Final = Path(__file__).resolve().parent
NER_DIR: Final = TRAINED_DIR / "conll04_ner"
RELATIONS_PATH: Final = TRAINED_DIR / "conll04_relations.json"
NER_COMPONENT: Final = "kg_ner_conll_v1"
RELATION_COMPONENT: Final = "kg_relations_conll_v1"
#: The extractor name its facts carry in provenance ("component:rule", as the fact rules name theirs).
RELATION_EXTRACTOR: Final = RELATION_COMPONENT + ":linear"
#: The extractor name of the facts that passed their label's gate (loaders.trained.relation_gates).
GATED_EXTRACTOR: Final = RELATION_COMPONENT + ":gated"
#: Trained relations are asserted with confidence = probability x this, so rule facts (0.7+) rank above them.
CONFIDENCE_SCALE: Final = 0.6
#: The prior of a gated fact, as a rule's (calibration.json replaces it with its precision on the news).
GATED_CONFIDENCE: Final = 0.6
NAMED_TYPES: Final = frozenset({PEOP, ORG, LOC})
NORP_LABEL: Final = "NORP"


def shared_tok2vec_context(
    width: int, upstream: str, depth: int, window_size: int, maxout_pieces: int
) -> Model[list[Doc], list[Floats2d]]:
    """A listener of the host's shared tok2vec with a few trainable context layers of its own on top: the
    shared vectors were trained for tagging and parsing, and the layers fit them to names."""
    listener = registry.architectures.get("spacy.Tok2VecListener.v1")(width=width, upstream=upstream)
    encode = registry.architectures.get("spacy.MaxoutWindowEncoder.v2")(
        width=width, window_size=window_size, maxout_pieces=maxout_pieces, depth=depth
    )
    model: Model[list[Doc], list[Floats2d]] = chain(listener, encode)
    model.set_dim("nO", width)
    return model


registry.architectures.register("kg.SharedTok2VecContext.v1", func=shared_tok2vec_context)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def reconcile_entities(
    trained: Iterable[Span], curated: Iterable[Span] = (), demonyms: Iterable[Span] = ()
) -> list[Span]:
    """The entities the pipeline's NER reports (see :class:`ConllEntityRecognizer`).

    Args:
        trained: the CoNLL04-trained NER's entities.
        curated: gazetteer names found in the text, labelled with their CoNLL04 type.
        demonyms: gazetteer demonyms found in the text ("Ukrainian", "Americans").
    """
    curated = list(curated)
    kept: list[Span] = []
    for t in trained:
        if not any(_overlaps(t, c) and c.label_ != conll_type(t.label_) for c in curated):
            kept += _split_place(t, curated)
    kept += [
        Span(d.doc, d.start, d.end, label=NORP_LABEL)
        for d in demonyms
        if not any(_overlaps(d, k) for k in kept)
    ]
    return non_overlapping(kept)


def _split_place(place: Span, curated: list[Span]) -> list[Span]:
    """ "Porto, Portugal" as two places when the last is a curated one, so a fact can link them.

    CoNLL04 writes "Salisbury , N.C." as one place, and so does the NER; a curated country or city after
    the comma is a node of its own.
    """
    doc = place.doc
    for c in curated:
        if (
            c.label_ == LOC
            and c.end == place.end
            and c.start - 1 > place.start
            and doc[c.start - 1].text == ","
        ):
            return [
                Span(doc, place.start, c.start - 1, place.label_),
                Span(doc, c.start, c.end, place.label_),
            ]
    return [place]


class ConllEntityRecognizer:
    """The pipeline's NER: the CoNLL04-trained model, reconciled with the gazetteer.

    On CoNLL04 it is far more exact than the base model (dev entity F1 0.81 against 0.60) and follows
    CoNLL04's span conventions (no leading "the", titles kept). It replaces the base ``ner`` rather than
    running beside it (a second NER cost as much as the first). What the gazetteer decides instead:
    - curated names: a trained entity that overlaps one of another type is dropped, so the curated name and
      type win ("Belt and Road Initiative" is an organisation, not a person; the mention layer's gazetteer
      pass picks the name up);
    - nationalities (NORP: "Ukrainian", "Americans"), which the fact rules need (citizenOf, demonym ->
      country) and which fine-tuning on CoNLL04 taught the NER to leave out: the gazetteer's demonyms that
      no trained entity covers are labelled NORP;
    - a place that ends in a curated place after a comma is two places ("Porto, Portugal").
    """

    def __init__(
        self, ner: EntityRecognizer, gazetteer: PhraseMatcher, types: dict[str, str], demonyms: PhraseMatcher
    ) -> None:
        self.ner = ner
        self.gazetteer = gazetteer
        self.types = types  # gazetteer surface form -> CoNLL04 type
        self.demonyms = demonyms
        self.batch_size = 64

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in batches(docs, batch_size or self.batch_size):
            for doc in batch:
                doc.ents = []  # an NER keeps preset entities fixed; this one must see the text afresh
            for doc in self.ner.pipe(batch):
                found = [doc[start:end] for _, start, end in self.demonyms(doc)]
                doc.ents = reconcile_entities(doc.ents, self.curated(doc), found)
                yield doc

    def curated(self, doc: Doc) -> list[Span]:
        """Gazetteer names in the doc, labelled with their CoNLL04 type."""
        out = []
        for _, start, end in self.gazetteer(doc):
            kind = self.types.get(doc[start:end].text)
            if kind is not None:
                out.append(Span(doc, start, end, label=kind))
        return out


def batches(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


@Language.factory(NER_COMPONENT)
def make_conll_ner(nlp: Language, name: str) -> ConllEntityRecognizer:
    """Build the component from the weights shipped in NER_DIR."""
    try:
        full = load_config(NER_DIR / "config.cfg")
        config, lang = dict(full["components"]["ner"]), full["nlp"]["lang"]
    except (OSError, KeyError) as exc:
        raise ConfigError(f"{NER_DIR}: the trained CoNLL04 NER is missing or broken ({exc})") from exc
    if nlp.lang != lang:  # it has its own tok2vec, so any model of its language can host it
        raise ConfigError(
            f"{NER_COMPONENT} was trained on {lang!r} text but the spaCy model (KG_SPACY_MODEL) is for "
            f"{nlp.lang!r}; set KG_TRAINED_NER=false for this model"
        )
    config.pop("factory")
    check_upstream(nlp, config)
    ner = nlp.create_pipe("ner", name=name, config=config)
    if not isinstance(ner, EntityRecognizer):
        raise ConfigError(f"{NER_DIR}: expected an NER, got {type(ner).__name__}")
    ner.from_disk(NER_DIR / "ner", exclude=["vocab"])  # the pipeline has its own vocab
    gaz = load_gazetteer()
    types = _gazetteer_types(gaz)
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    matcher.add("GAZ", [nlp.make_doc(form) for form in types])
    demonyms = PhraseMatcher(nlp.vocab, attr="ORTH")
    demonyms.add("NORP", [nlp.make_doc(form) for form in _demonym_forms(gaz)])
    return ConllEntityRecognizer(ner, matcher, types, demonyms)


def check_upstream(nlp: Language, config: dict[str, Any]) -> None:
    """A NER whose tok2vec is a listener reads the vectors the host's shared ``tok2vec`` leaves in
    ``doc.tensor``: the host must run that component, before the NER, with vectors of the same width.

    Raises:
        ConfigError: the host has no such ``tok2vec``.
    """
    tok2vec = config.get("model", {}).get("tok2vec", {})
    if "upstream" not in tok2vec:
        return  # a tok2vec of its own
    upstream = tok2vec.get("upstream", "tok2vec")
    host = nlp.config["components"].get(upstream, {}).get("model", {}).get("encode", {})
    if upstream not in nlp.pipe_names or host.get("width") != tok2vec.get("width"):
        raise ConfigError(
            f"{NER_COMPONENT} reads the vectors of the spaCy model's {upstream!r} component (width "
            f"{tok2vec.get('width')}), which the model (KG_SPACY_MODEL) lacks; set KG_TRAINED_NER=false"
        )


def _demonym_forms(gaz: Gazetteer) -> list[str]:
    """The gazetteer's demonyms and their plurals ("Ukrainian", "Ukrainians"; "Chinese" has none)."""
    forms = gaz.demonyms()
    return forms + [f + "s" for f in forms if f[-1] in "nit"]


def _gazetteer_types(gaz: Gazetteer) -> dict[str, str]:
    """Every gazetteer name and alias with the CoNLL04 type of its entry."""
    types = {}
    for form in gaz.surface_forms():
        entry = gaz.lookup(form)
        kind = entity_type(entry.cls) if entry is not None else None
        if kind is not None:
            types[form] = kind
    return types


def typed_pairs(ents: Sequence[tuple[Span, str]]) -> Iterator[tuple[int, int, str]]:
    """Ordered index pairs of entities of one sentence whose CoNLL04 types allow a relation, with its label.

    Args:
        ents: entity spans with their CoNLL04 types.
    """
    sentence = [span[0].sent.start for span, _ in ents]  # Span.sent walks the doc: once per entity, not pair
    for (i, (_, head_type)), (j, (_, tail_type)) in permutations(enumerate(ents), 2):
        label = SIGNATURES.get((head_type, tail_type))
        if label is not None and sentence[i] == sentence[j]:
            yield i, j, label


class ConllRelationClassifier:
    """Asserts CoNLL04 relations between the entity mentions of a doc, where the fact rules found none.

    It reads ``doc._.kg_mentions`` and appends rows to ``doc._.kg_facts`` (loaders.entities.records), so it
    runs after ``kg_facts_v2``; its facts carry the extractor name ``kg_relations_conll_v1``.
    """

    def __init__(self, model: RelationModel, gated: bool = False) -> None:
        self.model = model
        self.gated = gated  # only pairs their label's gate lets through (relation_gates)

    def score(self, ents: Sequence[tuple[Span, str]]) -> list[tuple[int, int, str, float]]:
        """Every candidate pair of ``ents`` (spans with CoNLL04 types) with P(relation)."""
        out = []
        doc_ents = ents[0][0].doc.ents if ents else ()  # read once for every pair
        for i, j, label in typed_pairs(ents):
            features = pair_features(ents[i][0], ents[j][0], (ents[i][1], ents[j][1]), doc_ents)
            out.append((i, j, label, self.model.probability(Candidate(label, features))))
        return out

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc_mentions(doc)
        facts = doc_facts(doc)
        linked = {(f.subject, f.object) for f in facts} | {(f.object, f.subject) for f in facts}
        named = list(named_mentions(doc, mentions))
        new = []
        for a, b, label, p in self.score([(span, kind) for _, span, kind in named]):
            (i, head, _), (j, tail, _) = named[a], named[b]
            if p < self.model.threshold or (i, j) in linked:
                continue
            # "all" asserts the gated pairs as the default does, and the rest besides, so that one
            # calibration run measures both kinds (loaders.evaluation.calibrate runs with "all")
            if passes(label, head, tail, p, mentions[i].cls):
                new.append(self._row(doc, head, tail, i, j, label, GATED_EXTRACTOR, GATED_CONFIDENCE))
            elif not self.gated:
                new.append(self._row(doc, head, tail, i, j, label, RELATION_EXTRACTOR, p * CONFIDENCE_SCALE))
        doc._.kg_facts = [tuple(f) for f in facts] + [tuple(f) for f in new]
        return doc

    def _row(
        self, doc: Doc, head: Span, tail: Span, i: int, j: int, label: str, extractor: str, confidence: float
    ) -> FactRow:
        cue, sent = _cue(head, tail), head.sent
        return FactRow(
            predicate_of(label, tail) if extractor == GATED_EXTRACTOR else LABEL_TO_PREDICATE[label],
            i,
            j,
            cue.start_char,
            cue.end_char,
            sent.start_char,
            sent.end_char,
            extractor,
            round(confidence, 4),
        )


def named_mentions(doc: Doc, mentions: Sequence[MentionRow]) -> Iterator[tuple[int, Span, str]]:
    """Mentions of persons, organisations and places (not reporting sources), with CoNLL04 types."""
    for i, m in enumerate(mentions):
        kind = entity_type(m.cls)
        if kind in NAMED_TYPES and not m.flags & SOURCE:
            yield i, doc[m.tok_start : m.tok_end], kind


def _cue(head: Span, tail: Span) -> Span:
    """The word that links the two (their common ancestor), else the words between them; never empty."""
    _, _, ancestor = dependency_path(head.root, tail.root)
    inside = ancestor is not None and any(s.start <= ancestor.i < s.end for s in (head, tail))
    if ancestor is not None and not inside:
        return head.doc[ancestor.i : ancestor.i + 1]
    first, second = sorted((head, tail), key=lambda s: s.start)
    between = head.doc[first.end : second.start]
    return between if len(between) else head


@Language.factory(RELATION_COMPONENT, default_config={"threshold": None, "gated": False})
def make_conll_relations(nlp: Language, name: str, threshold: Any, gated: bool) -> ConllRelationClassifier:
    """Build the classifier from RELATIONS_PATH; ``threshold`` overrides the one tuned on the dev split,
    ``gated`` keeps only what the labels' gates let through."""
    register_extensions()
    model = RelationModel.load(RELATIONS_PATH)
    if threshold is not None:
        model.threshold = float(threshold)
    return ConllRelationClassifier(model, gated=bool(gated))
