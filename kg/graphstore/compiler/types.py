"""The API's output types as the compiler reads them: a plain field is one line of ``PLAIN``, a nested
field (a list, a connection, a related object) is a rule in ``NESTED``.

A plain field's expression is written over the variables of its object's ``Env`` (``{n}`` is the
entity node, ``{r}``/``{s}``/``{o}`` a fact and its ends, ``{ev}``/``{a}`` an evidence and its
article). A rule gets the compiler, the scope to add clauses to, the env and the field, and returns
the field's expression. docs/graphql.md says how to add either.
"""

from __future__ import annotations

from typing import Final

from kg.errors import InvalidInputError
from kg.graphstore.compiler import facts
from kg.graphstore.compiler.compiler import Compiler, Env, Rule, related
from kg.graphstore.compiler.cypher import Scope, iso_text, nullable, string
from kg.graphstore.compiler.pages import connection, page_args
from kg.graphstore.compiler.selection import Field
from kg.graphstore.compiler.time import by_publication, known_as_of, published_within

#: How many articles mention an entity. Only articles have MENTIONS (docs/data-model.md), so the far
#: end needs no label: without one, Neo4j reads the node's stored degree instead of expanding
#: every mention of a hub.
MENTION_COUNT = "COUNT {{ ({n})<-[:MENTIONS]-() }}"
_CLASSES = "[" + ", ".join(string(label) for label in facts.CLASS_LABELS) + "]"

PLAIN: Final[dict[str, dict[str, str]]] = {
    "Entity": {
        "id": "{n}.uri",
        "name": "coalesce({n}.name, {n}.text, '')",  # a Quote's words stand in for its name
        "aliases": "coalesce({n}.aliases, [])",  # stored sorted (kg.graphstore.queries.ENTITY_NAMES)
        "tickers": "coalesce({n}.tickers, [])",  # stored sorted, absent when none (queries.TICKERS)
        "types": f"[label IN labels({{n}}) WHERE label IN {_CLASSES}]",
        "wikidata": "{n}.wikidata",
        "mentionCount": MENTION_COUNT,
    },
    "Fact": {
        "id": "{s}.uri + ' ' + {stated} + ' ' + {o}.uri",
        "predicate": "{predicate}",
        "predicateIri": "{predicate_iri}",
        "label": "{label}",
        "open": "{r}.predicate IS NOT NULL",  # only open facts carry their own predicate
    },
    "Support": {
        "articleCount": "coalesce({r}.articleCount, 0)",
        "firstPublished": iso_text("{r}.firstPublished"),
        "lastPublished": iso_text("{r}.lastPublished"),
    },
    "Evidence": {
        "id": "{ev}.uri",
        "predicate": f"CASE WHEN {{ev}}.open THEN '{facts.OPEN_NAME}' ELSE {{ev}}.predicate END",
        "sentence": "{ev}.sentence",
        "sentenceStart": "{ev}.sentenceStart",
        "extractor": "{ev}.extractor",
        "confidence": "{ev}.confidence",
        "eventDate": iso_text("{ev}.eventDate"),
    },
    "Span": {"start": "{ev}.{start}", "end": "{ev}.{end}"},
    "Article": {
        "id": "{a}.uri",
        "title": "{a}.title",
        "url": "{a}.url",
        "published": iso_text("{a}.published"),
        "source": "{a}.source",
        "language": "{a}.language",
        "text": "{a}.text",
    },
    "GeoPlace": {
        "geonamesId": "toString({n}.geonames)",
        "country": "{n}.country",
        "latitude": "{n}.latitude",
        "longitude": "{n}.longitude",
    },
    "SearchResult": {"score": "{score}"},
    "MentionCount": {"articles": "{articles}"},
    "Path": {"length": "size(relationships({p}))"},
    "LabelCount": {"label": "{label}", "count": "{count}"},
    "PredicateCount": {"predicate": "{label}", "count": "{count}"},
}


def entity_env(n: str) -> dict[str, str]:
    return {"n": n}


def fact_env(c: Compiler, r: str, s: str, o: str) -> dict[str, str]:
    predicate = facts.predicate_of(c.names, r)
    return {
        "r": r,
        "s": s,
        "o": o,
        "predicate": predicate,
        "stated": facts.stated_predicate(r, predicate),
        "predicate_iri": facts.predicate_iri(r, predicate),
        "label": facts.label_of(c.names, r),
    }


def _span(which: str) -> Rule:
    def rule(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
        inner = {"ev": env["ev"], "start": f"{which}Start", "end": f"{which}End"}
        return c.object_map(scope, "Span", inner, field.fields)

    return rule


def entity_facts(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Entity.facts(direction, predicates, first, after)``: busiest first."""
    n = env["n"]
    names = facts.allowed(field.args.get("predicates"))
    left, right = facts.arrows(field.arg("direction", "BOTH"))
    rels = facts.rel_types(names)
    r = c.var("r")
    conditions = ["false"] if facts.none_allowed(names) else known_as_of(c, r, field)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""

    def match(body: Scope, skip: str, limit: str) -> Env:
        s, o = c.var("s"), c.var("o")
        order = facts.ENTITY_FACT_ORDER.format(r=r, s=s, o=o)
        body.add(
            f"MATCH ({n}){left}[{r}:{rels}]{right}(){where} "
            f"WITH {r}, startNode({r}) AS {s}, endNode({r}) AS {o} ORDER BY {order} SKIP {skip} LIMIT {limit}"
        )
        return fact_env(c, r, s, o)

    def count(_: Scope) -> str:
        return f"COUNT {{ MATCH ({n}){left}[{r}:{rels}]{right}(){where} }}"

    return connection(c, scope, field, "Fact", [n], match, count)


def entity_neighbors(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Entity.neighbors(depth, predicates, first)``: the nearest entities, busiest first."""
    n, depth, first = env["n"], field.arg("depth", 1), field.arg("first", 20)
    if not 1 <= depth <= 3:
        raise InvalidInputError(f"depth: must be between 1 and 3, got {depth}")
    page_args(first, None, c.limits.max_page_size)
    names = facts.allowed(field.args.get("predicates"))
    where = "false" if facts.none_allowed(names) else f"{n} <> m"
    body, m = scope.child(), c.var("m")
    # DISTINCT end nodes let the planner prune the var-length expansion breadth-first, and the LIMIT
    # stops it early: a hub's whole 2-hop neighbourhood is never materialised or sorted. Only the kept
    # page is ordered. The bound is a checked int, never user text.
    labels, busiest = "|".join(facts.CLASS_LABELS), MENTION_COUNT.format(n=m)
    body.add(
        f"MATCH ({n})-[:{facts.rel_types(names)}*1..{depth}]-(m:{labels}) WHERE {where} "
        f"WITH DISTINCT m LIMIT {c.param(first)} WITH m AS {m} ORDER BY {busiest} DESC, {m}.uri"
    )
    with c.rows(first * depth, "neighbors"):
        row = c.object_map(body, "Entity", entity_env(m), field.fields)
    return scope.call([n], body, f"collect({row})")


def entity_articles(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Entity.articles(first, after)``: the articles that mention it, newest first."""
    n = env["n"]

    def match(body: Scope, skip: str, limit: str) -> Env:
        a = c.var("a")
        body.add(
            f"MATCH ({n})<-[:MENTIONS]-({a}:Article) WITH {a} ORDER BY {by_publication(a, 'DESC')}, {a}.uri "
            f"SKIP {skip} LIMIT {limit}"
        )
        return {"a": a}

    return connection(c, scope, field, "Article", [n], match, lambda _: MENTION_COUNT.format(n=n))


def fact_evidence(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Fact.evidence(first, after)``: the sentences that state the fact, newest article first."""
    r, s, o, predicate = env["r"], env["s"], env["o"], env["stated"]
    a = c.var("a")
    within = published_within(c, a, field)
    where = f" WHERE {' AND '.join(within)}" if within else ""

    def match(body: Scope, skip: str, limit: str) -> Env:
        ev = c.var("ev")
        body.add(facts.evidence_of(s, o, r, ev, predicate))
        order = facts.EVIDENCE_ORDER.format(ev=ev, a=a)
        body.add(f"MATCH ({ev})-[:IN_ARTICLE]->({a}:Article){where} WITH {ev}, {a} ")
        body.add(f"ORDER BY {order} SKIP {skip} LIMIT {limit}")
        return {"ev": ev, "a": a}

    def count(outer: Scope) -> str:
        body, ev = outer.child(), c.var("ev")
        body.add(facts.evidence_of(s, o, r, ev, predicate))
        if within:
            body.add(f"MATCH ({ev})-[:IN_ARTICLE]->({a}:Article){where}")
        return outer.call([s, o, r], body, f"count({ev})")

    return connection(c, scope, field, "Evidence", [r, s, o], match, count)


def evidence_reporter(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Evidence.reportedBy``: the source the sentence attributes the statement to, if any."""
    rb = c.var("rb")
    scope.add(f"OPTIONAL MATCH ({env['ev']})-[:REPORTED_BY]->({rb})")
    return nullable(rb, c.object_map(scope, "Entity", entity_env(rb), field.fields))


def entity_geo(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Entity.geo``: its GeoNames properties (docs/data-model.md), or null for an unresolved entity."""
    n = env["n"]
    value = c.object_map(scope, "GeoPlace", {"n": n}, field.fields)
    return f"CASE WHEN {n}.geonames IS NULL THEN null ELSE {value} END"


def article_entities(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Article.entities(first, after)``: the entities it mentions, by name."""
    a = env["a"]

    def match(body: Scope, skip: str, limit: str) -> Env:
        m = c.var("m")
        body.add(
            f"MATCH ({a})-[:MENTIONS]->({m}) WITH {m} ORDER BY {m}.name, {m}.uri SKIP {skip} LIMIT {limit}"
        )
        return entity_env(m)

    return connection(c, scope, field, "Entity", [a], match, lambda _: f"COUNT {{ ({a})-[:MENTIONS]->() }}")


def article_facts(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Article.facts(first, after)``: the facts it states (has evidence for)."""
    a = env["a"]

    def match(body: Scope, skip: str, limit: str) -> Env:
        r, s, o = c.var("r"), c.var("s"), c.var("o")
        body.add(
            f"{facts.stated_in(c.names, a, r)} WITH {r}, startNode({r}) AS {s}, endNode({r}) AS {o} "
            f"ORDER BY {s}.name, type({r}), {o}.name, elementId({r}) SKIP {skip} LIMIT {limit}"
        )
        return fact_env(c, r, s, o)

    def count(outer: Scope) -> str:
        body, r = outer.child(), c.var("r")
        body.add(facts.stated_in(c.names, a, r))
        return outer.call([a], body, f"count({r})")

    return connection(c, scope, field, "Fact", [a], match, count)


NESTED: Final[dict[str, dict[str, Rule]]] = {
    "Entity": {
        "facts": entity_facts,
        "neighbors": entity_neighbors,
        "articles": entity_articles,
        "geo": entity_geo,
    },
    "Fact": {
        "subject": related("Entity", {"n": "s"}),
        "object": related("Entity", {"n": "o"}),
        "support": related("Support", {"r": "r"}),
        "evidence": fact_evidence,
    },
    "Evidence": {
        "subjectSpan": _span("subject"),
        "cueSpan": _span("cue"),
        "objectSpan": _span("object"),
        "article": related("Article", {"a": "a"}),
        "reportedBy": evidence_reporter,
    },
    "Article": {"entities": article_entities, "facts": article_facts},
    "SearchResult": {"entity": related("Entity", {"n": "n"})},
}
