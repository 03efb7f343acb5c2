"""Output types: entities, facts, evidence and articles, built from the rows of the Cypher builders.

Nested fields resolve through the request's DataLoaders (one query per level, never per parent),
unless the parent's query already fetched them (lookahead): then the rows travel with the parent
(``primed``) and the field resolves synchronously, with no DataLoader future, coroutine or task per
parent, which is most of the Python cost of a list of facts with their evidence.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from typing import Annotated, Any, ClassVar, TypeVar, cast

import strawberry

from api.graphql.context import Context
from api.graphql.inputs import Direction
from api.graphql.lookahead import current_field, fact_parts, page_at
from api.graphql.pagination import Connection, Page, connection, page_args
from api.graphql.plans import NOT_PRIMED, PRIMED
from api.graphql.projections import Parts
from api.graphql.vocabulary import (
    CLASS_BY_NAME,
    PREDICATE_BY_NAME,
    PREDICATE_OF_REL,
    EntityClass,
    Predicate,
    predicate_iri,
)
from kg.errors import InvalidInputError

Info = strawberry.Info[Context, None]
First = Annotated[int, strawberry.argument(description="Page size (at most the server's maximum).")]
After = Annotated[str | None, strawberry.argument(description="The endCursor of the previous page.")]


def iso(value: Any) -> str | None:
    """ISO 8601 text of a Neo4j date/datetime (or None)."""
    if value is None:
        return None
    to_native = getattr(value, "to_native", None)
    return str(to_native().isoformat()) if to_native else str(value)


class _NotFetched:
    """Stands for a value a query left out because the selection does not read it (lookahead's
    ``fact_parts``). Should one be read all the same, serializing it fails loudly (an error in the
    response) instead of answering an empty value that would look true."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<not fetched>"


NOT_FETCHED: Any = _NotFetched()


Rows = list[dict[str, Any]]
#: Rows a parent's query fetched for a nested field, by that field's arguments (see the keys below).
Primed = dict[Hashable, Rows]


def facts_key(
    direction: Direction,
    predicates: tuple[str, ...] | None,
    page: Page,
    evidence: Page | None,
    parts: Parts,
) -> Hashable:
    """The ``primed`` key of ``Entity.facts`` with these arguments (and evidence page under it) and
    the parts of the rows its selection reads."""
    return ("facts", direction, predicates, page, evidence, parts)


def neighbors_key(depth: int, predicates: tuple[str, ...] | None, first: int) -> Hashable:
    return ("neighbors", depth, predicates, first)


ResolverT = TypeVar("ResolverT", bound=Callable[..., Any])


def field_of(graphql_type: object, primed: Callable[..., Any]) -> Callable[[ResolverT], ResolverT]:
    """``strawberry.field`` with its GraphQL type given, for resolvers that return either the value
    (primed) or an awaitable of it, whose Python annotation Strawberry cannot read as one type;
    ``primed`` is the resolver's primed hook (api.graphql.plans.PRIMED), which the resolver calls
    first and plans call instead of it."""
    field = strawberry.field(graphql_type=graphql_type, metadata={PRIMED: primed})
    return cast("Callable[[ResolverT], ResolverT]", field)


def _predicate_names(predicates: list[Predicate] | None) -> tuple[str, ...] | None:
    return tuple(sorted(p.value for p in predicates)) if predicates else None


@strawberry.type(description="A real-world thing named in the news (or a Position or Quote resource).")
class Entity:
    id: strawberry.ID
    name: str
    aliases: list[str]
    types: list[EntityClass]
    wikidata: str | None
    mention_count: int
    primed: strawberry.Private[Primed | None]

    @classmethod
    def from_row(cls, row: dict[str, Any], primed: Primed | None = None) -> Entity:
        # A row fetched without some details (projections.entity_map) leaves them NOT_FETCHED.
        return cls(
            id=strawberry.ID(row["uri"]),
            name=row["name"] or "",
            aliases=sorted(row["aliases"]) if "aliases" in row else NOT_FETCHED,
            types=[CLASS_BY_NAME[label] for label in row["types"] if label in CLASS_BY_NAME]
            if "types" in row
            else NOT_FETCHED,
            wikidata=row.get("wikidata", NOT_FETCHED),
            mention_count=row.get("mentionCount", NOT_FETCHED),
            primed=primed,
        )

    def _primed_facts(
        self,
        info: Info,
        direction: Direction = Direction.BOTH,
        predicates: list[Predicate] | None = None,
        first: First = 20,
        after: After = None,
    ) -> Connection[Fact]:
        """The facts page when the entity's query fetched it (``primed``), else NOT_PRIMED."""
        if not self.primed:
            return NOT_PRIMED  # type: ignore[no-any-return]
        max_size = info.context.settings.api_max_page_size
        page = page_args(first, after, max_size)
        preds = _predicate_names(predicates)
        selected = current_field(info)
        evidence = page_at(selected, ("edges", "node", "evidence"), max_size)
        rows = self.primed.get(facts_key(direction, preds, page, evidence, fact_parts(selected)))
        if rows is None:
            return NOT_PRIMED  # type: ignore[no-any-return]
        return self._facts(info, rows, direction, preds, page, evidence)

    @field_of(Connection["Fact"], primed=_primed_facts)
    def facts(
        self,
        info: Info,
        direction: Direction = Direction.BOTH,
        predicates: list[Predicate] | None = None,
        first: First = 20,
        after: After = None,
    ) -> Connection[Fact] | Awaitable[Connection[Fact]]:
        primed = self._primed_facts(info, direction, predicates, first, after)
        if primed is not NOT_PRIMED:
            return primed
        max_size = info.context.settings.api_max_page_size
        # When the evidence of these facts is selected too, fetch it in the same query.
        evidence = page_at(current_field(info), ("edges", "node", "evidence"), max_size)
        page = page_args(first, after, max_size)
        return self._load_facts(info, direction, _predicate_names(predicates), page, evidence)

    async def _load_facts(
        self,
        info: Info,
        direction: Direction,
        preds: tuple[str, ...] | None,
        page: Page,
        evidence: Page | None,
    ) -> Connection[Fact]:
        rows = await info.context.loaders.entity_facts(direction, preds, page, evidence).load(str(self.id))
        return self._facts(info, rows, direction, preds, page, evidence)

    def _facts(
        self,
        info: Info,
        rows: Rows,
        direction: Direction,
        preds: tuple[str, ...] | None,
        page: Page,
        evidence: Page | None,
    ) -> Connection[Fact]:
        loaders = info.context.loaders

        async def count() -> int:
            return int(await loaders.entity_facts_count(direction, preds).load(str(self.id)))

        return connection(rows, page, count, lambda r: Fact.from_row(r, evidence))

    def _primed_neighbors(
        self, info: Info, depth: int = 1, predicates: list[Predicate] | None = None, first: First = 20
    ) -> list[Entity]:
        """The neighbours when the entity's query fetched them (``primed``), else NOT_PRIMED."""
        if not self.primed:
            return NOT_PRIMED  # type: ignore[no-any-return]
        page = _neighbors_page(info, depth, first)
        rows = self.primed.get(neighbors_key(depth, _predicate_names(predicates), page.first))
        return NOT_PRIMED if rows is None else [Entity.from_row(r) for r in rows]

    @field_of(list["Entity"], primed=_primed_neighbors)
    def neighbors(
        self,
        info: Info,
        depth: Annotated[int, strawberry.argument(description="Fact hops, 1 to 3.")] = 1,
        predicates: list[Predicate] | None = None,
        first: First = 20,
    ) -> list[Entity] | Awaitable[list[Entity]]:
        primed = self._primed_neighbors(info, depth, predicates, first)
        if primed is not NOT_PRIMED:
            return primed
        page = _neighbors_page(info, depth, first)
        return self._load_neighbors(info, depth, _predicate_names(predicates), page.first)

    async def _load_neighbors(
        self, info: Info, depth: int, preds: tuple[str, ...] | None, first: int
    ) -> list[Entity]:
        rows = await info.context.loaders.neighbors(depth, preds, first).load(str(self.id))
        return [Entity.from_row(r) for r in rows]

    @strawberry.field
    async def articles(self, info: Info, first: First = 20, after: After = None) -> Connection[Article]:
        page = page_args(first, after, info.context.settings.api_max_page_size)
        loaders = info.context.loaders
        rows = await loaders.entity_articles(page).load(str(self.id))

        async def count() -> int:
            return int(await loaders.entity_articles_count().load(str(self.id)))

        return connection(rows, page, count, Article.from_row)


def _neighbors_page(info: Info, depth: int, first: int) -> Page:
    if not 1 <= depth <= 3:
        raise InvalidInputError(f"depth: must be between 1 and 3, got {depth}")
    return page_args(first, None, info.context.settings.api_max_page_size)


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
    object: Entity
    support: Support
    # The evidence page fetched with the fact (lookahead), and which page it is.
    evidence_rows: strawberry.Private[Rows | None]
    evidence_page: strawberry.Private[Page | None]

    @classmethod
    def from_row(cls, row: dict[str, Any], evidence: Page | None = None) -> Fact:
        """A fact; with ``evidence``, the row carries that page of its evidence (``row["evidence"]``)."""
        name = PREDICATE_OF_REL[row["relType"]]
        subject, obj = Entity.from_row(row["subject"]), Entity.from_row(row["object"])
        return cls(
            id=strawberry.ID(f"{subject.id} {name} {obj.id}"),
            subject=subject,
            predicate=PREDICATE_BY_NAME[name],
            predicate_iri=predicate_iri(name),
            object=obj,
            support=Support(
                article_count=row["articleCount"] or 0,
                first_published=iso(row["firstPublished"]),
                last_published=iso(row["lastPublished"]),
            ),
            evidence_rows=row["evidence"] if evidence is not None else None,
            evidence_page=evidence,
        )

    def _primed_evidence(self, info: Info, first: First = 20, after: After = None) -> Connection[Evidence]:
        """The evidence page when the fact's query fetched it, else NOT_PRIMED."""
        if self.evidence_rows is None:
            return NOT_PRIMED  # type: ignore[no-any-return]
        page = page_args(first, after, info.context.settings.api_max_page_size)
        if self.evidence_page != page:
            return NOT_PRIMED  # type: ignore[no-any-return]
        return self._evidence(info, self.evidence_rows, page)

    @field_of(Connection["Evidence"], primed=_primed_evidence)
    def evidence(
        self, info: Info, first: First = 20, after: After = None
    ) -> Connection[Evidence] | Awaitable[Connection[Evidence]]:
        primed = self._primed_evidence(info, first, after)
        if primed is not NOT_PRIMED:
            return primed
        return self._load_evidence(info, page_args(first, after, info.context.settings.api_max_page_size))

    def _key(self) -> tuple[str, str, str]:
        return (str(self.subject.id), self.predicate.value, str(self.object.id))

    async def _load_evidence(self, info: Info, page: Page) -> Connection[Evidence]:
        rows = await info.context.loaders.fact_evidence(page).load(self._key())
        return self._evidence(info, rows, page)

    def _evidence(self, info: Info, rows: Rows, page: Page) -> Connection[Evidence]:
        loaders, key = info.context.loaders, self._key()

        async def count() -> int:
            return int(await loaders.fact_evidence_count().load(key))

        return connection(rows, page, count, Evidence.from_row)


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
    article: Article
    reported_by: Entity | None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Evidence:
        return cls(
            id=strawberry.ID(row["uri"]),
            predicate=PREDICATE_BY_NAME[row["predicate"]],
            sentence=row["sentence"],
            article=Article.from_row(row["article"]),
            reported_by=cls._reporter(row),
            **(cls._details(row) if "extractor" in row else cls._NOT_FETCHED_DETAILS),
        )

    # Without its details (projections.Parts), an evidence row has no offsets, extractor or confidence.
    _NOT_FETCHED_DETAILS: ClassVar[dict[str, Any]] = dict.fromkeys(
        ("sentence_start", "subject_span", "cue_span", "object_span", "extractor", "confidence"), NOT_FETCHED
    )

    @staticmethod
    def _reporter(row: dict[str, Any]) -> Entity | None:
        if "reportedBy" not in row:
            return NOT_FETCHED  # type: ignore[no-any-return]
        return Entity.from_row(row["reportedBy"]) if row["reportedBy"] else None

    @staticmethod
    def _details(row: dict[str, Any]) -> dict[str, Any]:
        return {
            "sentence_start": row["sentenceStart"],
            "subject_span": Span(start=row["subjectStart"], end=row["subjectEnd"]),
            "cue_span": Span(start=row["cueStart"], end=row["cueEnd"]),
            "object_span": Span(start=row["objectStart"], end=row["objectEnd"]),
            "extractor": row["extractor"],
            "confidence": row["confidence"],
        }


@strawberry.type(description="A news article.")
class Article:
    id: strawberry.ID
    title: str | None
    url: str | None
    published: str | None = strawberry.field(description="ISO 8601 date or date-time.")
    source: str | None
    language: str | None
    # The body, when the row carried it (lists leave it out: projections.article_map).
    body: strawberry.Private[str | None]
    has_body: strawberry.Private[bool]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Article:
        return cls(
            id=strawberry.ID(row["uri"]),
            title=row["title"],
            url=row.get("url", NOT_FETCHED),
            published=iso(row["published"]) if "published" in row else NOT_FETCHED,
            source=row.get("source", NOT_FETCHED),
            language=row.get("language", NOT_FETCHED),
            body=row.get("text"),
            has_body="text" in row,
        )

    @strawberry.field
    async def text(self, info: Info) -> str | None:
        if self.has_body:
            return self.body
        return await info.context.loaders.article_text().load(str(self.id))

    @strawberry.field
    async def entities(self, info: Info, first: First = 20, after: After = None) -> Connection[Entity]:
        page = page_args(first, after, info.context.settings.api_max_page_size)
        loaders = info.context.loaders
        rows = await loaders.article_entities(page).load(str(self.id))

        async def count() -> int:
            return int(await loaders.article_entities_count().load(str(self.id)))

        return connection(rows, page, count, Entity.from_row)

    @strawberry.field
    async def facts(self, info: Info, first: First = 20, after: After = None) -> Connection[Fact]:
        page = page_args(first, after, info.context.settings.api_max_page_size)
        loaders = info.context.loaders
        rows = await loaders.article_facts(page).load(str(self.id))

        async def count() -> int:
            return int(await loaders.article_facts_count().load(str(self.id)))

        return connection(rows, page, count, Fact.from_row)


@strawberry.type(description="A full-text search hit.")
class SearchResult:
    entity: Entity
    score: float


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
