"""Cypher for nested fields, batched: one query answers a field for every parent in the response.

Each builder takes the parents' keys (from a DataLoader batch) and pages every parent's list
separately inside a ``CALL`` subquery, so a nested query costs one round trip per level.
Rows come back as ``key, rows`` (or ``key, count``).
"""

from __future__ import annotations

from typing import Any

from api.graphql.inputs import Direction
from api.graphql.pagination import Page
from api.graphql.projections import (
    ALL_PARTS,
    Parts,
    article_map,
    entity_map,
    evidence_map,
    fact_map,
    mention_count,
)
from api.graphql.queries import Query
from api.graphql.vocabulary import PREDICATE_OF_REL, REL_TYPES, label_pattern, rel_pattern

_EVIDENCE_ORDER = "ORDER BY a.published DESC, ev.sentenceStart, ev.uri"
_ARROWS = {Direction.OUT: ("-", "->"), Direction.IN: ("<-", "-"), Direction.BOTH: ("-", "-")}


def _fact_pattern(direction: Direction, predicates: list[str] | None) -> str:
    left, right = _ARROWS[direction]
    return f"(n){left}[r:{rel_pattern(predicates)}]{right}(m)"


def _evidence_of(s: str, o: str, predicate: str, uses: str) -> str:
    """``CALL {...}`` giving ``ev``: the Evidence of the fact ``s -predicate-> o`` (nodes already bound;
    ``predicate`` is an expression over the variable ``uses``).

    Evidence is found from its two ends and predicate (the fact relationship has no id of its own).
    It is walked from the end with fewer evidence links, read from the stored degrees: left to
    itself the planner may start at a hub ("United Kingdom": thousands of expansions per fact).
    """
    fewer = f"COUNT {{ ({s})<-[:SUBJECT]-() }} <= COUNT {{ ({o})<-[:OBJECT]-() }}"
    return (
        f"CALL ({s}, {o}, {uses}) {{ WITH {s}, {o}, {uses} WHERE {fewer} "
        f"MATCH ({s})<-[:SUBJECT]-(ev:Evidence) WHERE ev.predicate = {predicate} AND (ev)-[:OBJECT]->({o}) "
        f"RETURN ev UNION ALL WITH {s}, {o}, {uses} WHERE NOT {fewer} "
        f"MATCH ({o})<-[:OBJECT]-(ev:Evidence) WHERE ev.predicate = {predicate} AND (ev)-[:SUBJECT]->({s}) "
        "RETURN ev } "
    )


def facts_subquery(
    direction: Direction,
    predicates: list[str] | None,
    skip: int,
    limit: int,
    evidence: Page | None = None,
    parts: Parts = ALL_PARTS,
) -> Query:
    """``CALL (n) {...}`` giving ``rows``: a page of ``n``'s facts, subject and object as stored.

    With ``evidence``, each fact row also carries that page of its evidence (under ``evidence``),
    so a query asking for facts with their evidence costs one round trip instead of two. ``parts``:
    which optional parts of the rows to fetch.
    """
    params: dict[str, Any] = {"skip": skip, "limit": limit}
    row = fact_map("r", "s", "o", ends=parts.ends)
    nested = ""
    if evidence is not None:
        params |= {"evSkip": evidence.skip, "evLimit": evidence.fetch, "predOf": PREDICATE_OF_REL}
        reporter = "OPTIONAL MATCH (ev)-[:REPORTED_BY]->(rb) " if parts.reporter else ""
        nested = (
            f"CALL (r, s, o) {{ {_evidence_of('s', 'o', '$predOf[type(r)]', 'r')}"
            f"MATCH (ev)-[:IN_ARTICLE]->(a:Article) {reporter}"
            f"WITH ev, a{', rb' if parts.reporter else ''} {_EVIDENCE_ORDER} SKIP $evSkip LIMIT $evLimit "
            f"RETURN collect({evidence_map('ev', 'a', 'rb', parts)}) AS evidence }} "
        )
        row = fact_map("r", "s", "o", extra="evidence: evidence", ends=parts.ends)
    return (
        f"CALL (n) {{ MATCH {_fact_pattern(direction, predicates)} "
        "WITH r, startNode(r) AS s, endNode(r) AS o "
        "ORDER BY r.articleCount DESC, type(r), o.name, s.name, elementId(r) SKIP $skip LIMIT $limit "
        f"{nested}RETURN collect({row}) AS rows }} ",
        params,
    )


def entity_facts_query(
    uris: list[str],
    direction: Direction,
    predicates: list[str] | None,
    skip: int,
    limit: int,
    evidence: Page | None = None,
) -> Query:
    """A page of facts for each entity (see ``facts_subquery``)."""
    text, params = facts_subquery(direction, predicates, skip, limit, evidence)
    return (
        f"UNWIND $keys AS key MATCH (n:Resource {{uri: key}}) {text}RETURN key, rows",
        {"keys": uris, **params},
    )


def entity_facts_count_query(uris: list[str], direction: Direction, predicates: list[str] | None) -> Query:
    return (
        "UNWIND $keys AS key MATCH (n:Resource {uri: key}) "
        f"RETURN key, COUNT {{ MATCH {_fact_pattern(direction, predicates)} }} AS count",
        {"keys": uris},
    )


def _evidence_match() -> str:
    ends = "MATCH (s:Resource {uri: key.s}), (o:Resource {uri: key.o}) "
    return ends + _evidence_of("s", "o", "key.p", "key")


def fact_evidence_query(keys: list[dict[str, str]], skip: int, limit: int) -> Query:
    """A page of evidence (with article and reporting source) for each fact key ``{s, p, o}``."""
    return (
        f"UNWIND $keys AS key CALL (key) {{ {_evidence_match()}"
        "MATCH (ev)-[:IN_ARTICLE]->(a:Article) OPTIONAL MATCH (ev)-[:REPORTED_BY]->(rb) "
        f"WITH ev, a, rb {_EVIDENCE_ORDER} SKIP $skip LIMIT $limit "
        f"RETURN collect({evidence_map('ev', 'a', 'rb')}) AS rows }} RETURN key, rows",
        {"keys": keys, "skip": skip, "limit": limit},
    )


def fact_evidence_count_query(keys: list[dict[str, str]]) -> Query:
    return (
        f"UNWIND $keys AS key CALL (key) {{ {_evidence_match()}RETURN count(ev) AS count }} "
        "RETURN key, count",
        {"keys": keys},
    )


def entity_articles_query(uris: list[str], skip: int, limit: int) -> Query:
    return (
        "UNWIND $keys AS key MATCH (n:Resource {uri: key}) "
        "CALL (n) { MATCH (n)<-[:MENTIONS]-(a:Article) WITH a ORDER BY a.published DESC, a.uri "
        f"SKIP $skip LIMIT $limit RETURN collect({article_map('a')}) AS rows }} RETURN key, rows",
        {"keys": uris, "skip": skip, "limit": limit},
    )


def entity_articles_count_query(uris: list[str]) -> Query:
    return (
        f"UNWIND $keys AS key MATCH (n:Resource {{uri: key}}) RETURN key, {mention_count('n')} AS count",
        {"keys": uris},
    )


def article_entities_query(uris: list[str], skip: int, limit: int) -> Query:
    return (
        "UNWIND $keys AS key MATCH (a:Article {uri: key}) "
        "CALL (a) { MATCH (a)-[:MENTIONS]->(n) WITH n ORDER BY n.name, n.uri "
        f"SKIP $skip LIMIT $limit RETURN collect({entity_map('n')}) AS rows }} RETURN key, rows",
        {"keys": uris, "skip": skip, "limit": limit},
    )


def article_entities_count_query(uris: list[str]) -> Query:
    return (
        "UNWIND $keys AS key MATCH (a:Article {uri: key}) RETURN key, COUNT { (a)-[:MENTIONS]->() } AS count",
        {"keys": uris},
    )


def _article_facts_match() -> str:
    # The facts an article states are those with evidence in it; the relationship is matched
    # undirected because a symmetric fact may be stored either way round.
    return (
        "MATCH (a)<-[:IN_ARTICLE]-(ev:Evidence)-[:SUBJECT]->(es), (ev)-[:OBJECT]->(eo) "
        f"MATCH (es)-[r:{rel_pattern(None)}]-(eo) WHERE $relTypes[ev.predicate] = type(r) "
        "WITH DISTINCT r "
    )


def article_facts_query(uris: list[str], skip: int, limit: int) -> Query:
    return (
        "UNWIND $keys AS key MATCH (a:Article {uri: key}) "
        f"CALL (a) {{ {_article_facts_match()}WITH r, startNode(r) AS s, endNode(r) AS o "
        "ORDER BY s.name, type(r), o.name, elementId(r) SKIP $skip LIMIT $limit "
        f"RETURN collect({fact_map('r', 's', 'o')}) AS rows }} RETURN key, rows",
        {"keys": uris, "skip": skip, "limit": limit, "relTypes": REL_TYPES},
    )


def article_facts_count_query(uris: list[str]) -> Query:
    return (
        "UNWIND $keys AS key MATCH (a:Article {uri: key}) "
        f"CALL (a) {{ {_article_facts_match()}RETURN count(r) AS count }} RETURN key, count",
        {"keys": uris, "relTypes": REL_TYPES},
    )


def neighbors_subquery(depth: int, predicates: list[str] | None, limit: int) -> Query:
    """``CALL (n) {...}`` giving ``rows``: up to ``limit`` entities within ``depth`` fact hops of ``n``
    (the nearest, breadth-first), busiest first."""
    if not 1 <= depth <= 3:
        raise ValueError(f"depth must be between 1 and 3, got {depth}")
    # DISTINCT end nodes let the planner prune the var-length expansion breadth-first, and the LIMIT
    # stops it early: a hub's whole 2-hop neighbourhood is never materialised or sorted. Only the kept
    # page is ordered. The bound is a checked int, never user text.
    return (
        f"CALL (n) {{ MATCH (n)-[:{rel_pattern(predicates)}*1..{depth}]-(m:{label_pattern()}) WHERE m <> n "
        "WITH DISTINCT m LIMIT $limit "
        f"WITH m ORDER BY {mention_count('m')} DESC, m.uri "
        f"RETURN collect({entity_map('m')}) AS rows }} ",
        {"limit": limit},
    )


def neighbors_query(uris: list[str], depth: int, predicates: list[str] | None, limit: int) -> Query:
    """The neighbours of each entity (see ``neighbors_subquery``)."""
    text, params = neighbors_subquery(depth, predicates, limit)
    return (
        f"UNWIND $keys AS key MATCH (n:Resource {{uri: key}}) {text}RETURN key, rows",
        {"keys": uris, **params},
    )
