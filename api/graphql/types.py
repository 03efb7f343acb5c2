"""Output types: the schema's shape, declared with Strawberry. Their values come from the compiler.

A query's data is the rows of the Cypher that kg.graphstore.compiler writes for it: maps keyed by
response names, all the way down (api.graphql.execute). So these classes hold no resolvers: a plain
field is one annotated line (and one line of its projection in kg.graphstore.compiler.types); a
field with arguments is declared by a method whose signature gives the arguments and whose body is
never run (``compiled()``), its value being the compiler rule's. docs/graphql.md says how to add one.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, NoReturn

import strawberry

from api.graphql.inputs import Direction, Interval
from api.graphql.pagination import Connection
from api.graphql.vocabulary import EntityClass, Modality, Polarity, Predicate

First = Annotated[int, strawberry.argument(description="Page size (at most the server's maximum).")]
Since = Annotated[
    dt.date | None, strawberry.argument(description="Only articles published on or after this day.")
]
Until = Annotated[
    dt.date | None, strawberry.argument(description="Only articles published on or before this day.")
]
AsOf = Annotated[
    dt.date | None, strawberry.argument(description="Only facts first published on or before this day.")
]
After = Annotated[str | None, strawberry.argument(description="The endCursor of the previous page.")]


def compiled() -> NoReturn:
    """The body of a field declared for its arguments: the compiled query answers it, and a compiled
    object's fields are read by response key (api.graphql.execute.CompiledData), never resolved."""
    raise AssertionError("this field is answered by the compiled query (api.graphql.execute)")


@strawberry.type(description="A real-world thing named in the news (or a Position or Quote resource).")
class Entity:
    id: strawberry.ID
    name: str
    aliases: list[str]
    tickers: list[str] = strawberry.field(
        description="A company's stock symbols as the news writes them (Reuters' <ERIC ST> gives ERIC ST)."
    )
    types: list[EntityClass]
    wikidata: str | None
    mention_count: int
    geo: GeoPlace | None = strawberry.field(
        description="Its GeoNames entry when it is a place resolved against the gazetteer, else null."
    )

    @strawberry.field
    def facts(
        self,
        direction: Direction = Direction.BOTH,
        predicates: list[Predicate] | None = None,
        as_of: AsOf = None,
        first: First = 20,
        after: After = None,
    ) -> Connection[Fact]:
        compiled()

    @strawberry.field
    def neighbors(
        self,
        depth: Annotated[int, strawberry.argument(description="Fact hops, 1 to 3.")] = 1,
        predicates: list[Predicate] | None = None,
        first: First = 20,
    ) -> list[Entity]:
        compiled()

    @strawberry.field
    def articles(self, first: First = 20, after: After = None) -> Connection[Article]:
        compiled()

    @strawberry.field
    def claims(
        self,
        polarity: Polarity | None = None,
        modalities: list[Modality] | None = None,
        since: Since = None,
        until: Until = None,
        first: First = 20,
        after: After = None,
    ) -> Connection[Evidence]:
        # Every statement about it (as subject or object), facts and claims alike, newest article first.
        compiled()

    @strawberry.field
    def timeline(
        self, interval: Interval = Interval.month, since: Since = None, until: Until = None
    ) -> list[TimelinePoint]:
        # Per week or month, oldest first: the articles that mention it and the statements of facts
        # about it (periods with neither are left out).
        compiled()

    @strawberry.field
    def sources(self, first: First = 20) -> list[SourceCount]:
        # Its statements counted by the publisher of their article, busiest first.
        compiled()

    @strawberry.field
    def reporters(self, first: First = 20) -> list[ReporterCount]:
        # Its statements counted by their reporting source ("according to X", "X said"), busiest first.
        compiled()

    @strawberry.field
    def contradictions(self, first: First = 20) -> list[Contradiction]:
        # Facts about it that a statement asserts and another negates (each stated or reported).
        compiled()


@strawberry.type(description="A place's GeoNames entry: its id, country and, for a city, its point.")
class GeoPlace:
    geonames_id: str = strawberry.field(description="The GeoNames id (https://sws.geonames.org/<id>/).")
    country: str | None = strawberry.field(description="ISO 3166-1 alpha-2 code of its country.")
    latitude: float | None = strawberry.field(description="A city's latitude (WGS 84); null for a country.")
    longitude: float | None = strawberry.field(description="A city's longitude (WGS 84); null for a country.")


@strawberry.type(description="One period of an entity's timeline.")
class TimelinePoint:
    period: str = strawberry.field(description="The period's first day (ISO 8601; a Monday for weeks).")
    mentions: int = strawberry.field(description="Articles published in the period that mention the entity.")
    facts: int = strawberry.field(description="Statements of facts about the entity in those articles.")


@strawberry.type(description="How well a fact is supported: by how many articles, and when.")
class Support:
    article_count: int
    first_published: str | None
    last_published: str | None


@strawberry.type(description="A statement subject -predicate-> object, with its support and evidence.")
class Fact:
    id: strawberry.ID
    subject: Entity
    predicate: Predicate
    predicate_iri: str
    label: str = strawberry.field(
        description="The predicate's label ('member of'); an open fact's verb phrase ('award contract to')."
    )
    open: bool = strawberry.field(
        description="An open relation: a verb phrase no vocabulary predicate covers yet (predicate relatedTo,"
        " predicateIri its minted IRI). Read only where a predicate filter names relatedTo."
    )
    object: Entity
    support: Support

    @strawberry.field
    def evidence(
        self, since: Since = None, until: Until = None, first: First = 20, after: After = None
    ) -> Connection[Evidence]:
        compiled()


@strawberry.type(description="Character offsets into the article text (end exclusive).")
class Span:
    start: int
    end: int


@strawberry.type(description="One mention of a fact: the sentence that states it, where, and by which rule.")
class Evidence:
    id: strawberry.ID
    predicate: Predicate
    sentence: str
    sentence_start: int
    subject_span: Span
    cue_span: Span
    object_span: Span
    extractor: str
    confidence: float
    polarity: Polarity
    modality: Modality
    event_date: str | None = strawberry.field(
        description="The day the sentence dates the statement (ISO 8601 date; kg:eventDate): "
        "'on Wednesday', 'yesterday', 'March 3' resolved against the article's publication date."
    )
    subject: Entity
    object: Entity
    article: Article
    reported_by: Entity | None


@strawberry.type(description="Statements about an entity in the articles of one publisher.")
class SourceCount:
    source: str = strawberry.field(description="The publisher (Article.source).")
    statements: int
    negated: int


@strawberry.type(description="Statements about an entity that one reporting source is said to have made.")
class ReporterCount:
    reporter: Entity
    statements: int
    negated: int


@strawberry.type(description="A fact asserted by some statements and negated by others.")
class Contradiction:
    subject: Entity
    predicate: Predicate
    object: Entity
    asserted: list[Evidence] = strawberry.field(
        description="The asserting statements (up to 20), oldest first."
    )
    negated: list[Evidence] = strawberry.field(
        description="The negating statements (up to 20), oldest first."
    )


@strawberry.type(description="A news article.")
class Article:
    id: strawberry.ID
    title: str | None
    url: str | None
    published: str | None = strawberry.field(description="ISO 8601 date or date-time.")
    source: str | None
    language: str | None
    text: str | None

    @strawberry.field
    def entities(self, first: First = 20, after: After = None) -> Connection[Entity]:
        compiled()

    @strawberry.field
    def facts(self, first: First = 20, after: After = None) -> Connection[Fact]:
        compiled()


@strawberry.type(description="A full-text search hit.")
class SearchResult:
    entity: Entity
    score: float


@strawberry.type(description="An entity and how many articles of a period mention it.")
class MentionCount:
    entity: Entity
    articles: int


@strawberry.type(description="A chain of facts linking two entities.")
class Path:
    length: int
    entities: list[Entity]
    facts: list[Fact]


@strawberry.type(description="A count under a name (a class or node label).")
class LabelCount:
    label: str
    count: int


@strawberry.type(description="How many facts use a predicate.")
class PredicateCount:
    predicate: Predicate
    count: int


@strawberry.type(description="Counts across the graph.")
class Stats:
    articles: int
    evidence: int
    classes: list[LabelCount]
    predicates: list[PredicateCount]
