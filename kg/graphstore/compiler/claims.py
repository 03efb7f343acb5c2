"""How the compiler reads claims (docs/claims.md): every statement about an entity with its polarity and
modality, the ends of a statement, and contradictions.

A statement is an Evidence node; facts are made only by asserted statements that are stated or
reported (kg.graphstore.queries.fact_evidence), claims are all of them. Evidence stored before claims
existed has neither property, and reads as asserted and stated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from kg.graphstore.compiler import facts
from kg.graphstore.compiler.compiler import Compiler, Env, Rule, related
from kg.graphstore.compiler.cypher import Scope
from kg.graphstore.compiler.pages import connection, page_args
from kg.graphstore.compiler.selection import Field
from kg.graphstore.compiler.time import by_publication, published_within
from kg.graphstore.queries import committed, fact_evidence
from kg.model import ASSERTED, NEGATED, STATED
from kg.vocab import SYMMETRIC_PREDICATES, local_name

POLARITY: Final = f"coalesce({{ev}}.polarity, '{ASSERTED}')"
MODALITY: Final = f"coalesce({{ev}}.modality, '{STATED}')"
#: Statements listed per side of a contradiction.
STATEMENTS_PER_SIDE: Final = 20
_SYMMETRIC: Final = sorted(local_name(p) for p in SYMMETRIC_PREDICATES)

PLAIN: Final[dict[str, dict[str, str]]] = {
    "Evidence": {"polarity": POLARITY, "modality": MODALITY},
    "Contradiction": {"predicate": "{p}"},
    "SourceCount": {"source": "{by}", "statements": "{total}", "negated": "{negated}"},
    "ReporterCount": {"statements": "{total}", "negated": "{negated}"},
}


def entity_claims(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Entity.claims(polarity, modalities, since, until, first, after)``: its statements, newest
    article first."""
    n, e = env["n"], c.var("e")
    conditions = []
    if field.args.get("polarity") is not None:
        conditions.append(f"{POLARITY.format(ev=e)} = {c.param(field.args['polarity'])}")
    if field.args.get("modalities") is not None:
        conditions.append(f"{MODALITY.format(ev=e)} IN {c.param(list(field.args['modalities']))}")
    a = c.var("a")
    conditions += published_within(c, a, field)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    statements = f"({n})<-[:SUBJECT|OBJECT]-({e}:Evidence)-[:IN_ARTICLE]->({a}:Article){where}"

    def match(body: Scope, skip: str, limit: str) -> Env:
        ev = c.var("ev")
        order = facts.EVIDENCE_ORDER.format(ev=ev, a=a)
        body.add(f"MATCH {statements} WITH {e} AS {ev}, {a} ORDER BY {order} SKIP {skip} LIMIT {limit}")
        return {"ev": ev, "a": a}

    return connection(c, scope, field, "Evidence", [n], match, lambda _: f"COUNT {{ MATCH {statements} }}")


def entity_contradictions(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Entity.contradictions(first)``: facts about it that a statement negates and another asserts.

    Walked from the entity's own negated statements (few), each checked for an asserting one between
    the same ends; only vocabulary predicates (an open phrase has no Predicate value).
    """
    n, first = env["n"], field.arg("first", 20)
    page_args(first, None, c.limits.max_page_size)
    neg, s, o, p = c.var("neg"), c.var("s"), c.var("o"), c.var("p")
    symmetric = c.param(_SYMMETRIC)

    def asserted(x: str, y: str) -> str:
        pos = c.var("pos")
        return (
            f"EXISTS {{ MATCH ({x})<-[:SUBJECT]-({pos}:Evidence)-[:OBJECT]->({y}) "
            f"WHERE {pos}.predicate = {neg}.predicate AND {fact_evidence(pos)} }}"
        )

    body = scope.child()
    body.add(
        f"MATCH ({n})<-[:SUBJECT|OBJECT]-({neg}:Evidence {{polarity: '{NEGATED}'}}) "
        f"WHERE {neg}.open IS NULL AND {committed(neg)} "
        f"MATCH ({neg})-[:SUBJECT]->({s}), ({neg})-[:OBJECT]->({o}) "
        f"WHERE {asserted(s, o)} OR ({neg}.predicate IN {symmetric} AND {asserted(o, s)}) "
        f"WITH DISTINCT {s}, {neg}.predicate AS {p}, {o} "
        f"ORDER BY {s}.name, {p}, {o}.name, {s}.uri, {o}.uri LIMIT {c.param(first)}"
    )
    with c.rows(first, "contradictions"):
        row = c.object_map(body, "Contradiction", {"s": s, "o": o, "p": p}, field.fields)
    return scope.call([n], body, f"collect({row})")


def _counted_by(type_name: str, step: str, key: str, order: str) -> Rule:
    """``Entity.sources`` / ``.reporters``: its statements grouped by ``key``, busiest first. ``step``
    goes from the evidence ``{e}`` to ``{x}``; ``key`` and ``order`` are expressions of ``{x}``."""

    def rule(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
        n, first = env["n"], field.arg("first", 20)
        page_args(first, None, c.limits.max_page_size)
        e, x, by, total, negated = c.var("e"), c.var("x"), c.var("by"), c.var("total"), c.var("neg")
        body = scope.child()
        body.add(
            f"MATCH ({n})<-[:SUBJECT|OBJECT]-({e}:Evidence){step.format(e=e, x=x)} "
            f"WITH {key.format(x=x)} AS {by}, count({e}) AS {total}, "
            f"count(CASE WHEN {e}.polarity = '{NEGATED}' THEN 1 END) AS {negated} "
            f"ORDER BY {total} DESC, {order.format(x=by)} LIMIT {c.param(first)}"
        )
        with c.rows(first, field.name):
            row = c.object_map(body, type_name, {"by": by, "total": total, "negated": negated}, field.fields)
        return scope.call([n], body, f"collect({row})")

    return rule


def _statements(polarity: str) -> Rule:
    """``Contradiction.asserted`` / ``.negated``: its statements of that polarity, oldest first."""

    def rule(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
        s, o, p = env["s"], env["o"], env["p"]
        e, a, body = c.var("e"), c.var("a"), scope.child()
        kind = fact_evidence(e) if polarity == ASSERTED else f"{e}.polarity = '{NEGATED}' AND {committed(e)}"
        oriented = f"(({e})-[:SUBJECT]->({s}) OR {p} IN {c.param(_SYMMETRIC)})"
        body.add(
            f"MATCH ({s})<-[:SUBJECT|OBJECT]-({e}:Evidence)-[:SUBJECT|OBJECT]->({o}) "
            f"WHERE {e}.predicate = {p} AND {kind} AND {oriented} "
            f"MATCH ({e})-[:IN_ARTICLE]->({a}:Article) "
            f"WITH {e}, {a} ORDER BY {by_publication(a)}, {a}.uri, {e}.uri LIMIT {STATEMENTS_PER_SIDE}"
        )
        with c.rows(STATEMENTS_PER_SIDE, f"contradictions.{field.name}"):
            row = c.object_map(body, "Evidence", {"ev": e, "a": a}, field.fields)
        return scope.call([s, o, p], body, f"collect({row})")

    return rule


def _end(relationship: str) -> Rule:
    """``Evidence.subject`` / ``.object``: the entity at that end of the statement."""

    def rule(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
        x = c.var("x")
        scope.add(f"OPTIONAL MATCH ({env['ev']})-[:{relationship}]->({x})")
        return c.object_map(scope, "Entity", {"n": x}, field.fields)

    return rule


NESTED: Final[dict[str, dict[str, Callable[[Compiler, Scope, Env, Field], str]]]] = {
    "Entity": {
        "claims": entity_claims,
        "contradictions": entity_contradictions,
        "sources": _counted_by(  # by the article's publisher
            "SourceCount", "-[:IN_ARTICLE]->({x}:Article) WHERE {x}.source IS NOT NULL", "{x}.source", "{x}"
        ),
        "reporters": _counted_by("ReporterCount", "-[:REPORTED_BY]->({x})", "{x}", "{x}.uri"),
    },
    "Evidence": {"subject": _end("SUBJECT"), "object": _end("OBJECT")},
    "ReporterCount": {"reporter": related("Entity", {"n": "by"})},
    "Contradiction": {
        "subject": related("Entity", {"n": "s"}),
        "object": related("Entity", {"n": "o"}),
        "asserted": _statements(ASSERTED),
        "negated": _statements(NEGATED),
    },
}
