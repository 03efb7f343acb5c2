"""Where-inputs (the nested-operator shape of the Neo4j GraphQL Library) to Cypher conditions.

An input arrives as GraphQL coerced it: a dict by the input type's field names, ``None`` for a field
not given. Every value becomes a query parameter; only labels and relationship types from the
ontology's tables are spliced into the text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from kg.graphstore.compiler import facts
from kg.graphstore.compiler.compiler import Compiler
from kg.graphstore.compiler.time import day, parse_day

Where = Mapping[str, Any] | None
TRUE = "true"


def _and(parts: list[str]) -> str:
    parts = [p for p in parts if p != TRUE]
    if not parts:
        return TRUE
    return parts[0] if len(parts) == 1 else " AND ".join(f"({p})" for p in parts)


def _ops(c: Compiler, expr: str, flt: Where, ops: Mapping[str, str]) -> str:
    """``expr <op> $value`` for each operator of ``flt`` that is given (``ops``: input field -> Cypher)."""
    if flt is None:
        return TRUE
    return _and(
        [f"{expr} {op} {c.param(flt[name])}" for name, op in ops.items() if flt.get(name) is not None]
    )


def _days(flt: Where, argument: str) -> Where:
    """A date filter with its values read as days (``time.parse_day``: ISO text, refused by name if not)."""
    if flt is None:
        return None
    return {k: None if v is None else parse_day(v, f"{argument}.{k}") for k, v in flt.items()}


_STRING = {
    "eq": "=",
    "in": "IN",
    "contains": "CONTAINS",
    "startsWith": "STARTS WITH",
    "endsWith": "ENDS WITH",
}
_ID = {"eq": "=", "in": "IN"}
_INT = {"eq": "=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}
_DATE = {"eq": "=", "gte": ">=", "lte": "<="}


def predicate_names(flt: Where) -> list[str] | None:
    """The predicate names a PredicateFilter allows (None: all; empty: none)."""
    if flt is None:
        return None
    names: set[str] | None = None
    if flt.get("eq") is not None:
        names = {flt["eq"]}
    if flt.get("in") is not None:
        chosen = set(flt["in"])
        names = chosen if names is None else names & chosen
    return sorted(names) if names is not None else None


def entity_condition(c: Compiler, var: str, where: Where) -> str:
    """The condition of an EntityWhere on the entity node ``var``."""
    if where is None:
        return TRUE
    parts = [
        _ops(c, f"{var}.uri", where.get("id"), _ID),
        _ops(c, f"{var}.name", where.get("name"), _STRING),
        _ops(c, f"{var}.wikidata", where.get("wikidata"), _STRING),
        _ops(c, f"COUNT {{ ({var})<-[:MENTIONS]-() }}", where.get("mentionCount"), _INT),
    ]
    types, related = where.get("types"), where.get("facts")
    for key in ("aliases", "tickers"):
        listed = where.get(key)
        if listed is not None and listed.get("includes") is not None:
            parts.append(f"{c.param(listed['includes'])} IN coalesce({var}.{key}, [])")
    if types is not None and types.get("in"):
        labels = " OR ".join(f"{var}:{label}" for label in _labels(types["in"]))
        parts.append(f"({labels})" if len(types["in"]) > 1 else labels)
    if related is not None:
        if related.get("some") is not None:
            parts.append(f"EXISTS {{ {_fact_edge(c, var, related['some'])} }}")
        if related.get("none") is not None:
            parts.append(f"NOT EXISTS {{ {_fact_edge(c, var, related['none'])} }}")
    parts += _boolean(where, lambda w: entity_condition(c, var, w))
    return _and(parts)


def _labels(names: list[str]) -> list[str]:
    # Enum values arrive checked by GraphQL; the table check keeps anything else out of the text.
    return [name for name in names if name in facts.CLASS_LABELS]


def _boolean(where: Mapping[str, Any], condition: Callable[[Where], str]) -> list[str]:
    parts = []
    if where.get("AND"):
        parts.append(_and([condition(w) for w in where["AND"]]))
    if where.get("OR"):
        parts.append(" OR ".join(f"({condition(w)})" for w in where["OR"]))
    if where.get("NOT") is not None:
        parts.append(f"NOT ({condition(where['NOT'])})")
    return parts


def _fact_edge(c: Compiler, var: str, edge: Mapping[str, Any]) -> str:
    other = c.var("m")
    names = predicate_names(edge.get("predicate"))
    left, right = facts.arrows(edge.get("direction") or "BOTH")
    condition = entity_condition(c, other, edge.get("node"))
    if facts.none_allowed(names):
        condition = "false"
    return f"MATCH ({var}){left}[:{facts.rel_types(names)}]{right}({other}) WHERE {condition}"


def article_condition(c: Compiler, var: str, where: Where) -> str:
    """The condition of an ArticleWhere on the article node ``var``."""
    if where is None:
        return TRUE
    parts = [
        _ops(c, f"{var}.uri", where.get("id"), _ID),
        _ops(c, f"{var}.title", where.get("title"), _STRING),
        _ops(c, f"{var}.url", where.get("url"), _STRING),
        _ops(c, f"{var}.source", where.get("source"), _STRING),
        # Dates compare by their calendar day, so a date-time published value matches its date.
        _ops(c, f"date({var}.published)", _days(where.get("published"), "published"), _DATE),
    ]
    if where.get("mentions") is not None:
        entity = c.var("m")
        condition = entity_condition(c, entity, where["mentions"])
        parts.append(f"EXISTS {{ MATCH ({var})-[:MENTIONS]->({entity}) WHERE {condition} }}")
    parts += _boolean(where, lambda w: article_condition(c, var, w))
    return _and(parts)


def fact_condition(c: Compiler, s: str, r: str, o: str, where: Where) -> tuple[str, str]:
    """The relationship-type alternation and the condition of a FactWhere on ``(s)-[r]->(o)``."""
    if where is None:
        return facts.rel_types(None), TRUE
    names = predicate_names(where.get("predicate"))
    parts = [entity_condition(c, s, where.get("subject")), entity_condition(c, o, where.get("object"))]
    if facts.none_allowed(names):
        parts.append("false")
    if where.get("publishedFrom") is not None:
        parts.append(f"date({r}.lastPublished) >= {day(c, where['publishedFrom'], 'publishedFrom')}")
    if where.get("publishedTo") is not None:
        parts.append(f"date({r}.firstPublished) <= {day(c, where['publishedTo'], 'publishedTo')}")
    if where.get("article") is not None:
        ev, article = c.var("fe"), c.var("fa")
        condition = _ops(c, f"{article}.uri", where["article"], _ID)
        parts.append(
            f"EXISTS {{ MATCH ({s})<-[:SUBJECT]-({ev}:Evidence)-[:OBJECT]->({o}), "
            f"({ev})-[:IN_ARTICLE]->({article}:Article) "
            f"WHERE {facts.evidence_states(c.names, ev, r)} AND {condition} }}"
        )
    return facts.rel_types(names), _and(parts)
