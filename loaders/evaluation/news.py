"""`kg eval news`: the pipeline of `kg extract` scored against the news dev set (docs/annotation.md).

Scores, each counted once per article: vocabulary facts per family and overall, open relations (by their
ends and verb), the headline fact, alias precision (the share of the names the pipeline gives an entity that
are names of the gold entity it matches: its names in the annotation, and the gazetteer's names of that
identity), and per-fact records (extractor, confidence, right or wrong) from
which the confidence calibration is made. ``agreement`` scores one annotator against another the same way.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.model import ArticleExtraction
from kg.vocab import KG, OPEN, PREDICATE_SPECS, SYMMETRIC_PREDICATES, local_name
from loaders.entities.gazetteer import GAZETTEER_EXTRACTOR, load_gazetteer
from loaders.evaluation.news_gold import (
    OPEN_PREFIX,
    POSITION,
    Annotation,
    Fact,
    align_entities,
    fact_matches,
    normalise,
)
from loaders.evaluation.scoring import Counts

SYMMETRIC = frozenset(local_name(p) for p in SYMMETRIC_PREDICATES)
# Quotes are scored elsewhere; the gazetteer's facts ("Moscow locatedIn Russia" for a capital the text names)
# are background knowledge, not read from a sentence, so annotators do not list them.
_NOT_SCORED = frozenset({"says"})
_OPEN_FAMILY = "open relations"


@dataclass(frozen=True, slots=True)
class FactRecord:
    """One predicted fact of one article and whether the gold has it (for calibration and reading)."""

    article: str
    subject: str
    predicate: str
    object: str
    extractor: str
    confidence: float
    correct: bool


@dataclass(slots=True)
class NewsResult:
    """Everything `kg eval news` reports."""

    articles: int = 0
    families: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    vocabulary: Counts = field(default_factory=Counts)
    open: Counts = field(default_factory=Counts)
    open_lenient_tp: int = 0  # open facts whose ends match a gold vocabulary fact instead
    headlines: int = 0
    headlines_found: int = 0
    alias_names: int = 0
    alias_right: int = 0
    entities: Counts = field(default_factory=Counts)
    records: list[FactRecord] = field(default_factory=list)
    per_article: list[dict[str, Any]] = field(default_factory=list)

    @property
    def alias_precision(self) -> float:
        return self.alias_right / self.alias_names if self.alias_names else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "vocabulary": self.vocabulary.as_dict(),
            "families": {name: c.as_dict() for name, c in sorted(self.families.items())},
            "open": {**self.open.as_dict(), "lenient_tp": self.open_lenient_tp},
            "headline": {"articles_with_one": self.headlines, "found": self.headlines_found},
            "aliases": {"names": self.alias_names, "right": self.alias_right},
            "alias_precision": round(self.alias_precision, 4),
            "entities": self.entities.as_dict(),
            "per_article": self.per_article,
            "facts": [_record(record) for record in self.records],
        }


def _record(record: FactRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in FactRecord.__slots__}


def family_of(predicates: frozenset[str]) -> str:
    name = min(predicates)
    return _OPEN_FAMILY if name.startswith(OPEN_PREFIX) else PREDICATE_SPECS[name].family


# --- the pipeline's side -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Predicted:
    """The pipeline's annotation of one article, and each fact's extractor and confidence."""

    annotation: Annotation
    provenance: dict[Fact, tuple[str, float]]


def from_extraction(article_id: str, extraction: ArticleExtraction) -> Predicted:
    """The pipeline's entities and facts in the annotation's shape (quotes and positions are no entities)."""
    annotation = Annotation(article_id, annotator="kg")
    labels = {}
    for entity in extraction.entities:
        labels[str(entity.iri)] = entity.label
        if entity.cls not in (KG.Quote, KG.Position):
            names = {normalise(entity.label), *(normalise(a) for a in entity.aliases)} - {""}
            annotation.entities[str(entity.iri)] = names
            annotation.classes[str(entity.iri)] = local_name(entity.cls)
    provenance: dict[Fact, tuple[str, float]] = {}
    for fact in extraction.facts:
        predicate = _predicate_key(str(fact.predicate))
        if predicate in _NOT_SCORED or fact.evidence.extractor.startswith(GAZETTEER_EXTRACTOR):
            continue
        obj = normalise(labels[str(fact.object)]) if predicate == POSITION else str(fact.object)
        found = Fact(str(fact.subject), frozenset({predicate}), obj, predicate in SYMMETRIC)
        best = provenance.get(found)
        if best is None or fact.evidence.confidence > best[1]:
            provenance[found] = (fact.evidence.extractor, fact.evidence.confidence)
    annotation.facts = list(provenance)
    return Predicted(annotation, provenance)


def _predicate_key(iri: str) -> str:
    if iri.startswith(str(OPEN)):
        return OPEN_PREFIX + iri.removeprefix(str(OPEN)).split("-")[0]
    return local_name(KG[iri.rsplit("#", 1)[-1]]) if iri.startswith(str(KG)) else iri


# --- scoring -------------------------------------------------------------------------------------------


def score(gold: Sequence[Annotation], predicted: dict[str, Predicted]) -> NewsResult:
    """Score the pipeline's annotations (by article id) against the gold ones."""
    result = NewsResult()
    for annotation in gold:
        found = predicted[annotation.article_id]
        _score_article(result, annotation, found.annotation, found.provenance)
    return result


def agreement(first: Sequence[Annotation], second: Iterable[Annotation]) -> NewsResult:
    """One annotator scored against another (the first as gold), on the articles both annotated."""
    others = {a.article_id: a for a in second}
    pairs = [a for a in first if a.article_id in others]
    result = NewsResult()
    for annotation in pairs:
        _score_article(result, annotation, others[annotation.article_id], {})
    return result


def _score_article(
    result: NewsResult, gold: Annotation, found: Annotation, provenance: dict[Fact, tuple[str, float]]
) -> None:
    result.articles += 1
    aligned = align_entities(gold, found)
    _score_aliases(result, gold, found, aligned)
    matched: set[int] = set()
    wrong = []
    for fact in found.facts:
        hits = [i for i, g in enumerate(gold.facts) if fact_matches(g, fact, aligned)]
        matched.update(hits)
        _count(result, fact, hit=bool(hits), missed=False)
        if not hits:
            wrong.append(_describe(fact, found))
            result.open_lenient_tp += fact.is_open and _lenient_open(fact, gold, aligned)
        extractor, confidence = provenance.get(fact, ("", 1.0))
        ends = (fact.subject, min(fact.predicates), fact.object)
        result.records.append(FactRecord(gold.article_id, *ends, extractor, confidence, bool(hits)))
    missed = [g for i, g in enumerate(gold.facts) if i not in matched]
    for fact in missed:
        _count(result, fact, hit=False, missed=True)
    headline = None  # whether the article's headline fact was found (None: the gold names none)
    if gold.headline is not None:
        headline = any(fact_matches(gold.headline, f, aligned) for f in found.facts)
        result.headlines += 1
        result.headlines_found += headline
    result.per_article.append(  # the lists say what to read in the article
        {
            "id": gold.article_id,
            "gold": len(gold.facts),
            "found": len(found.facts),
            "right": len(found.facts) - len(wrong),
            "missed": [_describe(g, gold) for g in missed],
            "wrong": wrong,
            "headline": headline,
            "headline_fact": _describe(gold.headline, gold) if gold.headline is not None else None,
        }
    )


def _count(result: NewsResult, fact: Fact, *, hit: bool, missed: bool) -> None:
    """Add one fact to its overall and family counts: tp, fp (found, not in gold) or fn (missed)."""
    family = result.families[family_of(fact.predicates)] if not fact.is_open else result.open
    tables = [result.open] if fact.is_open else [result.vocabulary, family]
    for counts in tables:
        if missed:
            counts.fn += 1
        elif hit:
            counts.tp += 1
        else:
            counts.fp += 1


def _lenient_open(fact: Fact, gold: Annotation, aligned: dict[str, str]) -> bool:
    subject, obj = aligned.get(fact.subject), aligned.get(fact.object)
    return any((g.subject, g.object) == (subject, obj) and not g.is_open for g in gold.facts)


def _score_aliases(result: NewsResult, gold: Annotation, found: Annotation, aligned: dict[str, str]) -> None:
    hit_gold: set[str] = set()
    for key, names in found.entities.items():
        target = aligned.get(key)
        if target is None:
            result.entities.fp += 1
            continue
        result.entities.tp += target not in hit_gold  # a second node for one gold entity is a split
        hit_gold.add(target)
        result.alias_names += len(names)
        result.alias_right += len(names & curated_names(gold.entities[target]))
    result.entities.fn += sum(1 for key, names in gold.entities.items() if names and key not in hit_gold)


def curated_names(names: set[str]) -> set[str]:
    """A gold entity's names and, when one of them is a name the gazetteer knows, every name the gazetteer
    gives that identity: an annotator lists the names the article uses ("UK"), the pipeline names a node
    by its curated name ("United Kingdom"), and both are names of the entity."""
    index = _curated_index()
    found = set(names)
    for name in names:
        found |= index.get(name, frozenset())
    return found


@functools.cache
def _curated_index() -> dict[str, frozenset[str]]:
    """Normalised name or alias -> the normalised names of its gazetteer entry."""
    gaz = load_gazetteer()
    index = {}
    for entry in gaz.entries.values():
        forms = frozenset(normalise(n) for n in [entry.name, *(gaz.aliases_of(entry.name) or [])]) - {""}
        index.update({form: forms for form in forms})
    return index


def _describe(fact: Fact, side: Annotation) -> str:
    def name(key: str) -> str:
        names = side.entities.get(key)
        return min(names, key=lambda n: (len(n), n)) if names else key  # ties by name: the same on every run

    obj = fact.object if fact.predicates == {POSITION} else name(fact.object)
    return f"{name(fact.subject)} {'|'.join(sorted(fact.predicates))} {obj}"


# --- running the pipeline and reporting --------------------------------------------------------------


def run(gold: Sequence[Annotation], extract: Any) -> NewsResult:
    """Extract each gold article with ``extract`` (articles -> ArticleExtractions, in order) and score it."""
    from loaders.evaluation.news_articles import load_articles

    ids = [a.article_id for a in gold]
    articles = load_articles(ids)
    extractions = extract([articles[i] for i in ids])
    predicted = {i: from_extraction(i, e) for i, e in zip(ids, extractions, strict=True)}
    return score(gold, predicted)


def format_table(result: NewsResult, source: str, verbose: bool = False) -> str:
    """The scores as aligned text; with ``verbose``, each article's missed headline fact and its missed and
    wrong facts too."""
    header = f"{'':30}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}{'tp':>6}{'fp':>6}{'fn':>6}"

    def row(name: str, c: Counts) -> str:
        rates = f"{c.precision:8.4f}{c.recall:8.4f}{c.f1:8.4f}"
        return f"{name:30}{rates}{c.tp + c.fn:9d}{c.tp:6d}{c.fp:6d}{c.fn:6d}"

    lines = [f"News evaluation of {source}: {result.articles} articles", "", header]
    lines += [row("  " + name, counts) for name, counts in sorted(result.families.items())]
    lines += [row("vocabulary facts", result.vocabulary), row("open relations", result.open)]
    lines.append(f"  open facts whose ends match a gold vocabulary fact instead: {result.open_lenient_tp}")
    lines += [row("entities (nodes per gold entity)", result.entities), ""]
    lines.append(
        f"alias precision {result.alias_precision:.4f} ({result.alias_right}/{result.alias_names} names); "
        f"headline fact found in {result.headlines_found}/{result.headlines} articles that have one"
    )
    lines += ["", "per article: gold / found / right"]
    for art in result.per_article:
        lines.append(f"  {art['id']:28}{art['gold']:5d}{art['found']:6d}{art['right']:6d}")
        if verbose:
            if art["headline"] is False:  # the headline lane reads these first
                lines.append(f"      headline missed: {art['headline_fact']}")
            lines += [f"      missed: {m}" for m in art["missed"]]
            lines += [f"      wrong:  {w}" for w in art["wrong"]]
    return "\n".join(lines)
