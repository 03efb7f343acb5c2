"""Input types: where-filters in the nested-operator shape of the Neo4j GraphQL Library, and sorts."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

import strawberry

from api.graphql.vocabulary import EntityClass, Predicate


@strawberry.enum(description="Sort order.")
class SortDirection(Enum):
    ASC = "ASC"
    DESC = "DESC"


@strawberry.enum(description="Which relationships of an entity to follow.")
class Direction(Enum):
    OUT = "OUT"  # the entity is the subject
    IN = "IN"  # the entity is the object
    BOTH = "BOTH"


@strawberry.enum(description="The length of a timeline's periods.")
class Interval(Enum):
    week = "week"  # periods start on Mondays
    month = "month"


@strawberry.input(description="Conditions on a string; all given operators must hold (case-sensitive).")
class StringFilter:
    eq: str | None = None
    in_: list[str] | None = strawberry.field(default=None, name="in")
    contains: str | None = None
    starts_with: str | None = None
    ends_with: str | None = None


@strawberry.input(description="Conditions on an ID (an IRI).")
class IDFilter:
    eq: strawberry.ID | None = None
    in_: list[strawberry.ID] | None = strawberry.field(default=None, name="in")


@strawberry.input(description="Conditions on an integer.")
class IntFilter:
    eq: int | None = None
    gt: int | None = None
    gte: int | None = None
    lt: int | None = None
    lte: int | None = None


@strawberry.input(description="Conditions on a list of strings.")
class StringListFilter:
    includes: str | None = None


@strawberry.input(description="Conditions on an entity's classes.")
class ClassFilter:
    in_: list[EntityClass] | None = strawberry.field(default=None, name="in")


@strawberry.input(description="Conditions on a fact's predicate.")
class PredicateFilter:
    eq: Predicate | None = None
    in_: list[Predicate] | None = strawberry.field(default=None, name="in")


@strawberry.input(description="Conditions on one fact of an entity and the entity at its other end.")
class FactEdgeWhere:
    predicate: PredicateFilter | None = None
    direction: Direction = Direction.BOTH
    node: Annotated[EntityWhere, strawberry.lazy("api.graphql.inputs")] | None = None


@strawberry.input(description="Relationship filter: some fact matches, or none does.")
class FactRelationFilter:
    some: FactEdgeWhere | None = None
    none: FactEdgeWhere | None = None


@strawberry.input(description="Conditions on an entity; all given fields must hold.")
class EntityWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    aliases: StringListFilter | None = None
    tickers: StringListFilter | None = None
    types: ClassFilter | None = None
    wikidata: StringFilter | None = None
    mention_count: IntFilter | None = None
    facts: FactRelationFilter | None = None
    AND: list[EntityWhere] | None = None
    OR: list[EntityWhere] | None = None
    NOT: EntityWhere | None = None


@strawberry.input(description="Sort key for entities; give one field per list item.")
class EntitySort:
    name: SortDirection | None = None
    mention_count: SortDirection | None = None


@strawberry.input(description="Conditions on a published date or time (ISO 8601 date).")
class DateFilter:
    eq: dt.date | None = None
    gte: dt.date | None = None
    lte: dt.date | None = None


@strawberry.input(description="Conditions on an article; all given fields must hold.")
class ArticleWhere:
    id: IDFilter | None = None
    title: StringFilter | None = None
    url: StringFilter | None = None
    source: StringFilter | None = None
    published: DateFilter | None = None
    mentions: EntityWhere | None = None
    AND: list[ArticleWhere] | None = None
    OR: list[ArticleWhere] | None = None
    NOT: ArticleWhere | None = None


@strawberry.input(description="Sort key for articles; give one field per list item.")
class ArticleSort:
    published: SortDirection | None = None
    title: SortDirection | None = None


@strawberry.input(description="Conditions on a fact: its ends, predicate, stating article, support dates.")
class FactWhere:
    subject: EntityWhere | None = None
    predicate: PredicateFilter | None = None
    object: EntityWhere | None = None
    article: IDFilter | None = None
    published_from: dt.date | None = None
    published_to: dt.date | None = None


@strawberry.input(one_of=True, description="An entity named by its IRI or by its name (or an alias).")
class EntityRef:
    id: strawberry.ID | None = strawberry.UNSET
    name: str | None = strawberry.UNSET
