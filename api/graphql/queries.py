"""Cypher for the root fields: pure builders returning ``(query, params)``, or for the root reads that
concurrent requests share (``*_read``), an ``executor.SharedRead``.

Pages are fetched with one extra row so ``hasNextPage`` needs no count; counts are separate queries,
run only when ``totalCount`` is selected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

from api.graphql.executor import SharedRead
from api.graphql.filters import Params, article_condition, entity_condition, fact_condition
from api.graphql.inputs import ArticleSort, ArticleWhere, EntitySort, EntityWhere, FactWhere, SortDirection
from api.graphql.projections import article_map, entity_map, fact_map, mention_count
from api.graphql.vocabulary import CLASS_NAMES, PREDICATE_NAMES, REL_TYPES, label_pattern, rel_pattern

Query = tuple[str, dict[str, Any]]

FULLTEXT_INDEX = "entityNames"
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')
_ENTITY_LABELS = label_pattern()


def lucene_escape(text: str) -> str:
    """Escape Lucene query syntax so a user's phrase is searched as words, never parsed as operators."""
    return _LUCENE_SPECIAL.sub(r"\\\1", text)


def lucene_phrase_query(phrase: str) -> str:
    """The exact phrase ranks first; all words (the last one as a prefix, for type-ahead) also match."""
    words = [lucene_escape(w) for w in phrase.lower().split()]
    if not words:
        raise ValueError("the search phrase is empty")
    all_words = " AND ".join([*words[:-1], words[-1] + "*"])
    return f'"{" ".join(words)}"^4 OR ({all_words})'


def entities_by_uri_query(uris: list[str]) -> Query:
    return (
        f"UNWIND $uris AS uri MATCH (n:Resource {{uri: uri}}) WHERE n:{_ENTITY_LABELS} "
        f"RETURN uri AS key, {entity_map('n')} AS row",
        {"uris": uris},
    )


def _shared(per_item: str, columns: str, params: dict[str, Any], item: dict[str, Any]) -> SharedRead:
    """A read that requests may share (executor.Reads.shared): ``per_item`` answers one ``item`` (its
    ``RETURN`` gives ``columns``), run for every item of ``$items``."""
    return SharedRead(
        f"UNWIND $items AS item CALL (item) {{ {per_item}}} RETURN item.i AS i, {columns}", params, item
    )


def entity_by_name_read(name: str, then: Query | None = None) -> SharedRead:
    """The entity whose name (or failing that an alias) is ``name``, case-insensitively; busiest first.

    ``then`` is a ``CALL (n) {...}`` subquery (e.g. its facts) answered in the same round trip.
    """
    sub, sub_params = then or ("", {})
    columns = f"row{', rows' if then else ''}"
    return _shared(
        f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', item.q, {{limit: 50}}) YIELD node AS n "
        "WITH item, n, toLower(coalesce(n.name, '')) = toLower(item.name) AS exact "
        "WHERE exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower(item.name)) "
        f"WITH n, exact ORDER BY exact DESC, {mention_count('n')} DESC, n.uri LIMIT 1 "
        f"{sub}RETURN {entity_map('n')} AS {columns} ",
        columns,
        sub_params,
        {"q": f'"{lucene_escape(name.lower())}"', "name": name},
    )


def entity_by_uri_read(uri: str, then: Query | None = None) -> SharedRead:
    """One entity by IRI, with an optional ``CALL (n) {...}`` subquery in the same round trip."""
    sub, sub_params = then or ("", {})
    columns = f"row{', rows' if then else ''}"
    return _shared(
        f"MATCH (n:Resource {{uri: item.uri}}) WHERE n:{_ENTITY_LABELS} "
        f"{sub}RETURN {entity_map('n')} AS {columns} ",
        columns,
        sub_params,
        {"uri": uri},
    )


def _sort_clause(
    var: str, sort: list[Any] | None, keys: dict[str, Callable[[str], str]], tiebreak: str
) -> str:
    terms = []
    for item in sort or []:
        for field, expr in keys.items():
            direction: SortDirection | None = getattr(item, field)
            if direction is not None:
                terms.append(f"{expr(var)} {direction.value}")
    return ", ".join([*terms, tiebreak])


_ENTITY_SORT_KEYS: dict[str, Callable[[str], str]] = {
    "name": lambda v: f"{v}.name",
    "mention_count": mention_count,
}


def entities_query(where: EntityWhere | None, sort: list[EntitySort] | None, skip: int, limit: int) -> Query:
    params = Params({"skip": skip, "limit": limit})
    cond = entity_condition("n", where, params)
    order = _sort_clause("n", sort, _ENTITY_SORT_KEYS, "n.uri")
    return (
        f"MATCH (n:{_ENTITY_LABELS}) WHERE {cond} "
        f"WITH n ORDER BY {order} SKIP $skip LIMIT $limit RETURN {entity_map('n')} AS row",
        params.values,
    )


def entities_count_query(where: EntityWhere | None) -> Query:
    params = Params()
    cond = entity_condition("n", where, params)
    return f"MATCH (n:{_ENTITY_LABELS}) WHERE {cond} RETURN count(n) AS count", params.values


def search_read(phrase: str, limit: int, details: bool | Collection[str] = True) -> SharedRead:
    """Full-text hits ranked by Lucene's score weighted by how often the entity is mentioned.

    Lucene alone favours short names ("Vote Blair" over "Tony Blair"); a front end's search box wants
    the entity people mean, so the index's top candidates are re-ranked by ``score * (1 + log10(1 +
    mentions))``. ``score`` in the result stays Lucene's. The hits come back as one row (``hits``, in
    rank order): the driver's Python cost grows with every record it reads, and a search is
    otherwise cheap. ``details``: which entity details the hits carry (``projections.entity_map``).
    """
    return _shared(
        f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', item.q, {{limit: $candidates}}) "
        "YIELD node AS n, score "
        f"WITH n, score, score * (1 + log10(1 + {mention_count('n')})) AS rank "
        "WITH n, score ORDER BY rank DESC, n.uri LIMIT $limit "
        f"RETURN collect({{row: {entity_map('n', details)}, score: score}}) AS hits ",
        "hits",
        {"limit": limit, "candidates": max(50, 5 * limit)},
        {"q": lucene_phrase_query(phrase)},
    )


def facts_query(where: FactWhere | None, skip: int, limit: int) -> Query:
    params = Params({"skip": skip, "limit": limit})
    rels, cond = fact_condition(where, params)
    return (
        f"MATCH (s)-[r:{rels}]->(o) WHERE {cond} "
        "WITH s, r, o ORDER BY r.articleCount DESC, s.name, type(r), o.name, elementId(r) "
        f"SKIP $skip LIMIT $limit RETURN {fact_map('r', 's', 'o')} AS row",
        params.values,
    )


def facts_count_query(where: FactWhere | None) -> Query:
    params = Params()
    rels, cond = fact_condition(where, params)
    return f"MATCH (s)-[r:{rels}]->(o) WHERE {cond} RETURN count(r) AS count", params.values


_ARTICLE_SORT_KEYS: dict[str, Callable[[str], str]] = {
    "published": lambda v: f"{v}.published",
    "title": lambda v: f"{v}.title",
}


def articles_query(
    where: ArticleWhere | None, sort: list[ArticleSort] | None, skip: int, limit: int
) -> Query:
    params = Params({"skip": skip, "limit": limit})
    cond = article_condition("a", where, params)
    order = _sort_clause(
        "a", sort or [ArticleSort(published=SortDirection.DESC)], _ARTICLE_SORT_KEYS, "a.uri"
    )
    return (
        f"MATCH (a:Article) WHERE {cond} WITH a ORDER BY {order} SKIP $skip LIMIT $limit "
        f"RETURN {article_map('a')} AS row",
        params.values,
    )


def articles_count_query(where: ArticleWhere | None) -> Query:
    params = Params()
    cond = article_condition("a", where, params)
    return f"MATCH (a:Article) WHERE {cond} RETURN count(a) AS count", params.values


def articles_by_uri_query(uris: list[str]) -> Query:
    return (
        "UNWIND $uris AS uri MATCH (a:Article {uri: uri}) "
        f"RETURN uri AS key, {article_map('a', text=True)} AS row",
        {"uris": uris},
    )


def article_texts_query(uris: list[str]) -> Query:
    """The body text of each article (for ``Article.text`` under a list that left it out)."""
    return (
        "UNWIND $uris AS uri MATCH (a:Article {uri: uri}) RETURN uri AS key, a.text AS text",
        {"uris": uris},
    )


def path_query(from_uri: str, to_uri: str, max_hops: int) -> Query:
    """The shortest chain of facts between two entities, in either direction along each fact."""
    if not 1 <= max_hops <= 4:
        raise ValueError(f"maxHops must be between 1 and 4, got {max_hops}")
    # A var-length bound cannot be a parameter; it is a checked int, never user text.
    return (
        "MATCH (a:Resource {uri: $from}), (b:Resource {uri: $to}) "
        f"MATCH p = shortestPath((a)-[:{rel_pattern(None)}*..{max_hops}]-(b)) "
        "CALL (p) { UNWIND relationships(p) AS r WITH r, startNode(r) AS s, endNode(r) AS o "
        f"RETURN collect({fact_map('r', 's', 'o')}) AS facts }} "
        f"CALL (p) {{ UNWIND nodes(p) AS n RETURN collect({entity_map('n')}) AS nodes }} "
        "RETURN facts, nodes",
        {"from": from_uri, "to": to_uri},
    )


STATS_NODES = ("Article", "Evidence")


def stats_query() -> Query:
    """One row of counts, per class (``class_<Class>``), of articles and evidence (``node_<Label>``)
    and per predicate (``predicate_<name>``), each read from Neo4j's count store in O(1).

    Each count is a ``CALL`` subquery returning the aggregate alone: with any other column beside
    ``count(n)`` (even a constant) the planner scans the label instead, ~48,000 db hits per call on
    the BBC graph, which made ``stats`` slow under load. No cache is needed on top.
    """
    counts = [(f"class_{c}", f"(n:{c})") for c in CLASS_NAMES]
    counts += [(f"node_{label}", f"(n:{label})") for label in STATS_NODES]
    counts += [(f"predicate_{p}", f"()-[n:{REL_TYPES[p]}]->()") for p in PREDICATE_NAMES]
    calls = " ".join(
        f"CALL () {{ MATCH {pattern} RETURN count(n) AS {column} }}" for column, pattern in counts
    )
    return f"{calls} RETURN {', '.join(column for column, _ in counts)}", {}


def readiness_query() -> Query:
    """What /readyz needs to see: the full-text index online and the IRI uniqueness constraint."""
    return (
        "SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, owningConstraint "
        "WHERE name = $index OR (owningConstraint IS NOT NULL AND 'Resource' IN labelsOrTypes "
        "AND properties = ['uri']) RETURN name, type, state, owningConstraint",
        {"index": FULLTEXT_INDEX},
    )
