"""Value objects for what extraction finds: articles, entities, facts and their evidence.

They are plain, immutable data; kg.rdf turns them into RDF and nothing here does I/O.
All character offsets are into ``Article.text`` (Python str indices, end exclusive).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rdflib import URIRef

from kg.vocab_table import ENUMERATIONS

#: A statement's polarity and modality (docs/claims.md); the values are the ontology's.
POLARITIES: tuple[str, ...] = ENUMERATIONS["polarity"]
MODALITIES: tuple[str, ...] = ENUMERATIONS["modality"]
ASSERTED, NEGATED = POLARITIES
STATED, REPORTED, HEDGED, CONDITIONAL, FUTURE = MODALITIES
#: Modalities whose asserted statements make the fact itself: what the sentence (or its reported
#: source) commits to. Hedged, conditional and future statements stay claims.
FACT_MODALITIES: frozenset[str] = frozenset({STATED, REPORTED})


def states_fact(polarity: str, modality: str) -> bool:
    """Whether a statement with this polarity and modality makes its fact (not only a claim)."""
    return polarity == ASSERTED and modality in FACT_MODALITIES


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read by a loader."""

    iri: URIRef
    text: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    published: date | datetime | None = None
    source: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """A place in GeoNames: its id, its country (ISO 3166-1 alpha-2) and, for a city, its point."""

    geonames_id: int
    country: str
    latitude: float | None = None
    longitude: float | None = None

    @property
    def iri(self) -> URIRef:
        return URIRef(f"{GEONAMES}{self.geonames_id}/")


#: GeoNames' own IRIs for its features: https://sws.geonames.org/2643743/
GEONAMES = "https://sws.geonames.org/"


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world thing named in an article (or a Position / Quote resource).

    ``label`` is the canonical name; ``aliases`` every other surface name seen in the article;
    ``tickers`` a company's stock symbols as the article writes them ("ERIC ST"), which are no names.
    For a Quote, ``label`` holds the quoted words.
    """

    iri: URIRef
    cls: URIRef
    label: str
    aliases: frozenset[str] = frozenset()
    wikidata: str | None = None  # a QID such as "Q148", from the gazetteer
    geo: GeoPlace | None = None  # a country's or city's GeoNames entry (loaders.entities.places)
    tickers: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where and how a fact was stated: one mention of it."""

    sentence: str
    sentence_start: int
    subject: Span
    cue: Span
    object: Span
    extractor: str  # versioned component name, e.g. "kg.rules.speech.v1"
    confidence: float
    reported_by: URIRef | None = None  # entity IRI of the reporting source ("according to Breitbart")
    polarity: str = ASSERTED  # one of POLARITIES
    modality: str = STATED  # one of MODALITIES
    event_date: date | None = None  # the day the sentence dates the statement ("on Wednesday")

    @property
    def states_fact(self) -> bool:
        return states_fact(self.polarity, self.modality)


@dataclass(frozen=True, slots=True)
class Fact:
    subject: URIRef
    predicate: URIRef
    object: URIRef
    evidence: Evidence


@dataclass(slots=True)
class ArticleExtraction:
    """Everything extraction found in one article; kg.rdf.article_graph turns it into RDF.

    ``facts`` are the statements that make facts (asserted, stated or reported); ``claims`` the others
    (negated, hedged, conditional, future), kept as evidence only.
    """

    article: Article
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    claims: list[Fact] = field(default_factory=list)
