"""Extraction: articles (or bare texts) through the spaCy pipeline to entities and facts with provenance.

Texts are cut into paragraphs (long ones further, at sentence ends) so that memory stays bounded and
``nlp.pipe`` can batch them (``settings.nlp_batch_size``); offsets are mapped back to the whole text. With
``settings.nlp_processes`` > 1 the inputs are split into shards that forked workers extract whole
(:mod:`loaders.parallel`): only the small results travel back, not spaCy Docs. A headline in title case or
in capitals, the capitals that head lines of a body (table headings, subheads), and a text in capitals only
are true-cased before parsing (:mod:`loaders.truecase`, length preserved) so that "Pushes" is read as a verb
and "VOLCKER" as Volcker.

Public API:
- :func:`analyse_texts`: per text, mentions (entities and literals) and facts with character spans; the
  evaluation uses it;
- :func:`extract_articles` / :func:`extract_article`: per :class:`kg.model.Article`, an
  :class:`kg.model.ArticleExtraction` ready for :func:`kg.rdf.add_article`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import groupby
from typing import TypeVar

from rdflib import URIRef
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractionError
from kg.iri import mint_entity_iri, mint_open_predicate, mint_quote_iri
from kg.model import FUTURE, Article, ArticleExtraction, Entity, Evidence, Fact, Span
from kg.settings import Settings
from kg.vocab import KG
from loaders.entities.gazetteer import load_gazetteer
from loaders.entities.places import PLACE_CLASSES, city_locations, resolve_places
from loaders.entities.records import doc_facts, doc_mentions, doc_sentence_starts
from loaders.facts.assemble import Chunk, FactMention, Mention, TextAnalysis, analyse_chunks
from loaders.facts.event_dates import event_date
from loaders.facts.open_relations import OPEN_PREFIX
from loaders.parallel import run_sharded
from loaders.truecase import in_capitals, truecase_capitals, truecase_headings, truecase_headline

__all__ = [
    "FactMention",
    "Mention",
    "TextAnalysis",
    "analyse_texts",
    "chunk_text",
    "extract_article",
    "extract_articles",
    "referent_entities",
    "to_extraction",
]

MAX_CHUNK_CHARS = 20_000
T = TypeVar("T")
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def chunk_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pairs: whole paragraphs packed into pieces of at most ``max_chars`` characters.

    A paragraph longer than that is cut at sentence ends. Most articles are one piece (few, larger Docs
    are cheaper to move between processes); a 20 MB text becomes many, so memory stays bounded.
    """
    pieces: list[tuple[int, str]] = []
    start = end = -1
    for offset, piece in paragraphs(text, max_chars):
        if start >= 0 and offset + len(piece) - start > max_chars:
            pieces.append((start, text[start:end]))
            start = -1
        if start < 0:
            start = offset
        end = offset + len(piece)
    if start >= 0:
        pieces.append((start, text[start:end]))
    return pieces


def paragraphs(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, paragraph) pairs without surrounding blank space; long paragraphs cut at sentence ends."""
    pieces = []
    position = 0
    for match in [*_PARAGRAPH.finditer(text), None]:
        end = match.start() if match else len(text)
        pieces += _split_long(text, position, end, max_chars)
        position = match.end() if match else len(text)
    return pieces


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, str]]:
    out = []
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        stop = end
        if stop - start > max_chars:
            window = text[start : start + max_chars]
            cuts = [m.end() for m in _SENTENCE_END.finditer(window)]
            stop = start + (cuts[-1] if cuts else (window.rfind(" ") + 1 or max_chars))
        piece = text[start:stop].rstrip()
        if piece:
            out.append((start, piece))
        start = stop
    return out


def _article_chunks(index: int, text: str, title: str | None) -> Iterator[tuple[str, tuple[int, int]]]:
    """The text's chunks, re-cased where case would mislead the parser (loaders.truecase): a headline in
    title case or capitals, against the body; capitals heading the body's lines (tables, subheads,
    datelines), against the rest of it; a text in capitals only, against the gazetteer."""
    gaz = load_gazetteer()
    capitals = in_capitals(text, min_letters=40)
    head = len(title.strip()) if title and text.lstrip().startswith(title.strip()) else 0
    cased = text if capitals else truecase_headings(text, gaz, len(text) - len(text.lstrip()) + head)
    for position, (offset, piece) in enumerate(chunk_text(cased)):
        if capitals:
            piece = truecase_capitals(piece, "", gaz)
        elif position == 0 and head:
            piece = truecase_headline(piece[:head], text[offset + head :], gaz) + piece[head:]
        yield piece, (index, offset)


def _pipe(
    items: Iterable[tuple[str, tuple[int, int]]], nlp: Language, batch_size: int
) -> Iterator[tuple[int, list[Chunk]]]:
    """Run the pipeline over chunks in order, in this process; group the results back by text index."""
    for index, group in groupby(_docs(items, nlp, batch_size), key=lambda found: found[0]):
        yield index, [_chunk(offset, doc) for _, offset, doc in group]


def _docs(
    items: Iterable[tuple[str, tuple[int, int]]], nlp: Language, batch_size: int
) -> Iterator[tuple[int, int, Doc]]:
    for doc, (index, offset) in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
        yield index, offset, doc


def _article_items(articles: Sequence[Article]) -> Iterator[tuple[str, tuple[int, int]]]:
    for index, article in enumerate(articles):
        yield from _article_chunks(index, article.text, article.title)


def article_docs(
    articles: Sequence[Article], nlp: Language, batch_size: int
) -> Iterator[tuple[int, int, Doc]]:
    """The parsed chunks of each article as ``kg extract`` makes them (headline re-cased, long texts cut at
    paragraphs): (index into ``articles``, offset of the chunk in the article's text, Doc), in order."""
    return _docs(_article_items(articles), nlp, batch_size)


def article_chunks(
    articles: Sequence[Article], nlp: Language, batch_size: int
) -> Iterator[tuple[int, list[Chunk]]]:
    """The pipeline's rows for each article's chunks (offset, mentions, facts, sentence starts), by index
    into ``articles``; articles without text yield nothing (see :func:`_in_order`)."""
    return _pipe(_article_items(articles), nlp, batch_size)


def _chunk(offset: int, doc: Doc) -> Chunk:
    return (offset, doc_mentions(doc), doc_facts(doc), doc_sentence_starts(doc))


def analyse_texts(
    texts: Iterable[str],
    nlp: Language,
    *,
    processes: int = 1,
    batch_size: int = 64,
    min_confidence: float = 0.0,
    calibration: Mapping[str, float] | None = None,
) -> Iterator[TextAnalysis]:
    """Run the kg pipeline (from :func:`loaders.nlp.build_nlp`) over texts, one analysis per text.

    Each :class:`TextAnalysis` has ``mentions`` (``Mention(start, end, text, label, entity)``: label is an
    ontology class for entity mentions, or the literal kind such as DATE, CARDINAL, NORP; entity is the
    referent key like "Person/Xi Jinping", shared by all mentions of one thing) and ``facts``
    (``FactMention``: predicate local name, subject/object referent keys, and character spans of subject,
    cue, object and sentence, plus extractor name, confidence and reporting source). Offsets are into the
    given text. Texts are yielded in input order; an empty text gives an empty analysis. Facts carry
    calibrated confidences (``calibration`` overrides the shipped table); those below ``min_confidence``
    are left out.
    """
    materialised = list(texts) if not isinstance(texts, Sequence) else texts
    if processes > 1 and len(materialised) > 1:

        def shard(start: int, stop: int) -> Iterator[TextAnalysis]:
            return analyse_texts(
                materialised[start:stop],
                nlp,
                batch_size=batch_size,
                min_confidence=min_confidence,
                calibration=calibration,
            )

        yield from run_sharded(len(materialised), shard, processes, batch_size)
        return
    gaz = load_gazetteer()
    items = (
        (piece, ctx) for i, text in enumerate(materialised) for piece, ctx in _article_chunks(i, text, None)
    )
    produced = _pipe(items, nlp, batch_size)
    yield from _in_order(
        len(materialised),
        produced,
        lambda i, chunks: analyse_chunks(
            materialised[i], chunks, gaz, min_confidence=min_confidence, calibration=calibration
        ),
    )


def _in_order(
    count: int, produced: Iterator[tuple[int, list[Chunk]]], make: Callable[[int, list[Chunk]], T]
) -> Iterator[T]:
    """Yield one result per input, filling in empty ones for inputs without chunks (blank texts)."""
    expected = 0
    for index, chunks in produced:
        for blank in range(expected, index):
            yield make(blank, [])
        yield make(index, chunks)
        expected = index + 1
    for blank in range(expected, count):
        yield make(blank, [])


def extract_articles(
    articles: Iterable[Article],
    nlp: Language,
    settings: Settings | None = None,
    *,
    processes: int | None = None,
    batch_size: int | None = None,
    calibration: Mapping[str, float] | None = None,
) -> Iterator[ArticleExtraction]:
    """Extract every article through ``nlp.pipe``; one ArticleExtraction per article, in input order.

    Args:
        articles: the articles (read by loaders.sources).
        nlp: the pipeline from :func:`loaders.nlp.build_nlp`.
        settings: gives ``nlp_processes`` and ``nlp_batch_size`` (1 and 64 without it).
        processes: overrides ``settings.nlp_processes``.
        batch_size: overrides ``settings.nlp_batch_size``.
        calibration: overrides the shipped confidence calibration (``{}``: the rules' priors); facts below
            ``settings.min_confidence`` (0 without settings) are left out.

    Raises:
        ExtractionError: an article could not be analysed (the message names it).
    """
    processes = processes or (settings.nlp_processes if settings else 1)
    batch_size = batch_size or (settings.nlp_batch_size if settings else 64)
    listed = list(articles)
    min_confidence = settings.min_confidence if settings else 0.0
    if processes > 1 and len(listed) > 1:
        yield from _extract_sharded(listed, nlp, processes, batch_size, min_confidence, calibration)
        return
    yield from _extract(listed, nlp, batch_size, min_confidence, calibration)


def _extract(
    listed: list[Article],
    nlp: Language,
    batch_size: int,
    min_confidence: float,
    calibration: Mapping[str, float] | None,
) -> Iterator[ArticleExtraction]:
    """Extract articles in this process, in order."""
    gaz = load_gazetteer()
    produced = article_chunks(listed, nlp, batch_size)

    def make(index: int, chunks: list[Chunk]) -> ArticleExtraction:
        article = listed[index]
        try:
            analysis = analyse_chunks(
                article.text, chunks, gaz, min_confidence=min_confidence, calibration=calibration
            )
            return to_extraction(article, analysis, referent_entities(analysis))
        except (ValueError, KeyError, IndexError) as exc:  # a bug on odd input must name the article
            raise ExtractionError(f"article {article.url or article.iri}: extraction failed ({exc})") from exc

    yield from _in_order(len(listed), produced, make)


def _extract_sharded(
    listed: list[Article],
    nlp: Language,
    processes: int,
    batch_size: int,
    min_confidence: float,
    calibration: Mapping[str, float] | None,
) -> Iterator[ArticleExtraction]:
    """Workers extract shards; only entities and facts come back (the parent has the articles)."""

    def shard(start: int, stop: int) -> Iterator[tuple[list[Entity], list[Fact], list[Fact]]]:
        for extraction in _extract(listed[start:stop], nlp, batch_size, min_confidence, calibration):
            yield extraction.entities, extraction.facts, extraction.claims

    sharded = run_sharded(len(listed), shard, processes, batch_size)
    for index, (entities, facts, claims) in enumerate(sharded):
        yield ArticleExtraction(listed[index], entities, facts, claims)


def extract_article(article: Article, nlp: Language) -> ArticleExtraction:
    """Extract one article in this process."""
    return next(extract_articles([article], nlp))


def referent_entities(analysis: TextAnalysis) -> dict[str, Entity]:
    """Each referent's entity, by its key: its IRI minted from its class, or from City for a place GeoNames
    knows as a town (whatever its class in the analysis), and its GeoNames place. One place for the
    decision, so that what reads the referents' nodes (recall_gaps) names the ones the extraction mints."""
    place_names = {
        key: (r.cls, [r.name, *sorted(r.aliases)])
        for key, r in analysis.referents.items()
        if r.cls in PLACE_CLASSES
    }
    geo = resolve_places(place_names)
    # a report with a side in it is on sport, where a city's name is often its club's
    sport = any(r.cls == "Team" for r in analysis.referents.values())
    located = [(f.subject, f.object) for f in analysis.facts if f.predicate == "locatedIn"]
    towns = city_locations(place_names, geo, located, sport=sport)
    entities = {}
    for key, referent in analysis.referents.items():
        cls = "City" if key in towns else referent.cls
        iri = mint_entity_iri(KG[cls], referent.name, referent.scope)
        entities[key] = Entity(
            iri, KG[cls], referent.name, frozenset(referent.aliases), referent.qid, geo.get(key),
            frozenset(referent.tickers),
        )  # fmt: skip
    return entities


def to_extraction(
    article: Article, analysis: TextAnalysis, referents: dict[str, Entity]
) -> ArticleExtraction:
    """The article's entities and facts from an analysis and its `referent_entities`; positions and quotes
    are minted here."""
    iris = {key: entity.iri for key, entity in referents.items()}
    entities = {entity.iri: entity for entity in referents.values()}  # referents of one IRI: one entity
    facts, claims = (
        [_fact(analysis.text, found, iris, entities, article) for found in found_list]
        for found_list in (analysis.facts, analysis.claims)
    )
    return ArticleExtraction(article, list(entities.values()), facts, claims)


def _fact(
    text: str, found: FactMention, iris: dict[str, URIRef], entities: dict[URIRef, Entity], article: Article
) -> Fact:
    subject = iris[found.subject]
    obj = _resource(found, subject, iris, entities)
    day = event_date(text, found.date_span, article.published, future=found.modality == FUTURE)
    return Fact(subject, predicate_iri(found.predicate), obj, _evidence(text, found, iris, day))


def predicate_iri(predicate: str) -> URIRef:
    """kg:<name> for a vocabulary predicate; a minted open-relation IRI for ``open:<phrase>``."""
    if predicate.startswith(OPEN_PREFIX):
        return mint_open_predicate(predicate.removeprefix(OPEN_PREFIX))
    return KG[predicate]


def _resource(
    found: FactMention, subject: URIRef, iris: dict[str, URIRef], entities: dict[URIRef, Entity]
) -> URIRef:
    """The object's IRI; positions and quotes become resources here (a quote is its speaker's)."""
    if found.object in iris:
        return iris[found.object]
    kind, _, label = found.object.partition("/")
    if kind == "Quote":
        iri = mint_quote_iri(subject, label)
        entities.setdefault(iri, Entity(iri, KG.Quote, label))
    else:
        iri = mint_entity_iri(KG.Position, label)
        entities.setdefault(iri, Entity(iri, KG.Position, label))
    return iri


def _evidence(text: str, found: FactMention, iris: dict[str, URIRef], day: date | None) -> Evidence:
    start, end = found.sentence_span
    return Evidence(
        sentence=text[start:end],
        sentence_start=start,
        subject=Span(*found.subject_span),
        cue=Span(*found.cue_span),
        object=Span(*found.object_span),
        extractor=found.extractor,
        confidence=found.confidence,
        reported_by=iris.get(found.reported_by) if found.reported_by else None,
        polarity=found.polarity,
        modality=found.modality,
        event_date=day,
    )
