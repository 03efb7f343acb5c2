"""Where-inputs to Cypher predicates: pure functions; every value becomes a query parameter.

Only labels and relationship types (from the ontology enums) are spliced into the text.
"""

from __future__ import annotations

from typing import Any

from api.graphql.inputs import (
    ArticleWhere,
    DateFilter,
    Direction,
    EntityWhere,
    FactEdgeWhere,
    FactWhere,
    IDFilter,
    IntFilter,
    PredicateFilter,
    StringFilter,
)
from api.graphql.projections import mention_count
from api.graphql.vocabulary import REL_TYPES, rel_pattern

TRUE = "true"


class Params:
    """Collects query parameters under fresh names, so nested filters never collide."""

    def __init__(self, initial: dict[str, Any] | None = None) -> None:
        self.values: dict[str, Any] = dict(initial or {})
        self._counter = 0

    def add(self, value: Any) -> str:
        self._counter += 1
        name = f"w{self._counter}"
        self.values[name] = value
        return "$" + name

    def fresh_var(self, stem: str) -> str:
        self._counter += 1
        return f"{stem}{self._counter}"


def _and(parts: list[str]) -> str:
    parts = [p for p in parts if p != TRUE]
    if not parts:
        return TRUE
    if len(parts) == 1:
        return parts[0]
    return " AND ".join(f"({p})" for p in parts)


def string_condition(expr: str, flt: StringFilter | None, params: Params) -> str:
    """Cypher for a StringFilter applied to the expression ``expr``."""
    if flt is None:
        return TRUE
    parts = []
    if flt.eq is not None:
        parts.append(f"{expr} = {params.add(flt.eq)}")
    if flt.in_ is not None:
        parts.append(f"{expr} IN {params.add(flt.in_)}")
    if flt.contains is not None:
        parts.append(f"{expr} CONTAINS {params.add(flt.contains)}")
    if flt.starts_with is not None:
        parts.append(f"{expr} STARTS WITH {params.add(flt.starts_with)}")
    if flt.ends_with is not None:
        parts.append(f"{expr} ENDS WITH {params.add(flt.ends_with)}")
    return _and(parts)


def id_condition(expr: str, flt: IDFilter | None, params: Params) -> str:
    if flt is None:
        return TRUE
    parts = []
    if flt.eq is not None:
        parts.append(f"{expr} = {params.add(str(flt.eq))}")
    if flt.in_ is not None:
        parts.append(f"{expr} IN {params.add([str(v) for v in flt.in_])}")
    return _and(parts)


def int_condition(expr: str, flt: IntFilter | None, params: Params) -> str:
    if flt is None:
        return TRUE
    ops = {"eq": "=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}
    parts = [
        f"{expr} {op} {params.add(getattr(flt, field))}"
        for field, op in ops.items()
        if getattr(flt, field) is not None
    ]
    return _and(parts)


def date_condition(expr: str, flt: DateFilter | None, params: Params) -> str:
    """Dates compare by their calendar day, so a datetime published value matches its date."""
    if flt is None:
        return TRUE
    day = f"date({expr})"
    ops = {"eq": "=", "gte": ">=", "lte": "<="}
    parts = [
        f"{day} {op} {params.add(getattr(flt, field))}"
        for field, op in ops.items()
        if getattr(flt, field) is not None
    ]
    return _and(parts)


def predicate_names(flt: PredicateFilter | None) -> list[str] | None:
    """The predicate local names a filter allows, or None for all."""
    if flt is None:
        return None
    names: set[str] | None = None
    if flt.eq is not None:
        names = {flt.eq.value}
    if flt.in_ is not None:
        allowed = {p.value for p in flt.in_}
        names = allowed if names is None else names & allowed
    return sorted(names) if names is not None else None


def entity_condition(var: str, where: EntityWhere | None, params: Params) -> str:
    """Cypher for an EntityWhere applied to the node variable ``var``."""
    if where is None:
        return TRUE
    parts = [
        id_condition(f"{var}.uri", where.id, params),
        string_condition(f"{var}.name", where.name, params),
        string_condition(f"{var}.wikidata", where.wikidata, params),
        int_condition(mention_count(var), where.mention_count, params),
    ]
    if where.aliases is not None and where.aliases.includes is not None:
        parts.append(f"{params.add(where.aliases.includes)} IN coalesce({var}.aliases, [])")
    if where.types is not None and where.types.in_:
        labels = " OR ".join(f"{var}:{cls.value}" for cls in where.types.in_)
        parts.append(f"({labels})" if len(where.types.in_) > 1 else labels)
    if where.facts is not None:
        if where.facts.some is not None:
            parts.append(f"EXISTS {{ {_fact_edge_pattern(var, where.facts.some, params)} }}")
        if where.facts.none is not None:
            parts.append(f"NOT EXISTS {{ {_fact_edge_pattern(var, where.facts.none, params)} }}")
    parts.extend(_boolean_parts(var, where, params))
    return _and(parts)


def _boolean_parts(var: str, where: EntityWhere, params: Params) -> list[str]:
    parts = []
    if where.AND:
        parts.append(_and([entity_condition(var, w, params) for w in where.AND]))
    if where.OR:
        parts.append(" OR ".join(f"({entity_condition(var, w, params)})" for w in where.OR))
    if where.NOT is not None:
        parts.append(f"NOT ({entity_condition(var, where.NOT, params)})")
    return parts


def _fact_edge_pattern(var: str, edge: FactEdgeWhere, params: Params) -> str:
    other = params.fresh_var("m")
    rels = rel_pattern(predicate_names(edge.predicate))
    arrow = {Direction.OUT: ("-", "->"), Direction.IN: ("<-", "-"), Direction.BOTH: ("-", "-")}
    left, right = arrow[edge.direction]
    condition = entity_condition(other, edge.node, params)
    return f"MATCH ({var}){left}[:{rels}]{right}({other}) WHERE {condition}"


def article_condition(var: str, where: ArticleWhere | None, params: Params) -> str:
    """Cypher for an ArticleWhere applied to the node variable ``var``."""
    if where is None:
        return TRUE
    parts = [
        id_condition(f"{var}.uri", where.id, params),
        string_condition(f"{var}.title", where.title, params),
        string_condition(f"{var}.url", where.url, params),
        string_condition(f"{var}.source", where.source, params),
        date_condition(f"{var}.published", where.published, params),
    ]
    if where.mentions is not None:
        ent = params.fresh_var("m")
        cond = entity_condition(ent, where.mentions, params)
        parts.append(f"EXISTS {{ MATCH ({var})-[:MENTIONS]->({ent}) WHERE {cond} }}")
    if where.AND:
        parts.append(_and([article_condition(var, w, params) for w in where.AND]))
    if where.OR:
        parts.append(" OR ".join(f"({article_condition(var, w, params)})" for w in where.OR))
    if where.NOT is not None:
        parts.append(f"NOT ({article_condition(var, where.NOT, params)})")
    return _and(parts)


def fact_condition(where: FactWhere | None, params: Params) -> tuple[str, str]:
    """The relationship-type alternation and the WHERE text for facts ``(s)-[r]->(o)``."""
    if where is None:
        return rel_pattern(None), TRUE
    rels = rel_pattern(predicate_names(where.predicate))
    parts = [entity_condition("s", where.subject, params), entity_condition("o", where.object, params)]
    if where.published_from is not None:
        parts.append(f"date(r.lastPublished) >= {params.add(where.published_from)}")
    if where.published_to is not None:
        parts.append(f"date(r.firstPublished) <= {params.add(where.published_to)}")
    if where.article is not None:
        rel_of = params.add(REL_TYPES)
        cond = id_condition("fa.uri", where.article, params)
        parts.append(
            "EXISTS { MATCH (s)<-[:SUBJECT]-(fe:Evidence)-[:OBJECT]->(o), (fe)-[:IN_ARTICLE]->(fa:Article) "
            f"WHERE {rel_of}[fe.predicate] = type(r) AND {cond} }}"
        )
    return rels, _and(parts)
