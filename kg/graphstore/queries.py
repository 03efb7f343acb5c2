"""Pure Cypher builders: each returns ``(query, params)`` and does no I/O.

Labels and relationship types are spliced into query text only after being checked against the
ontology's tables in kg.graphstore.mapping; every value travels as a parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from kg.graphstore.mapping import OPEN_TYPE, PREDICATE_OF_TYPE
from kg.model import ASSERTED, FACT_MODALITIES, STATED

Query = tuple[str, dict[str, Any]]


def committed(var: str) -> str:
    """Cypher condition: Evidence ``var`` is stated or reported (not hedged, conditional, future)."""
    return f"coalesce({var}.modality, '{STATED}') IN {sorted(FACT_MODALITIES)!r}"


def fact_evidence(var: str) -> str:
    """Cypher condition: Evidence ``var`` makes its fact (a claim's evidence does not count as support).
    Evidence stored before claims existed has neither property and is asserted and stated."""
    return f"coalesce({var}.polarity, '{ASSERTED}') = '{ASSERTED}' AND {committed(var)}"


FACT_EVIDENCE: Final = fact_evidence("e")
#: A fact's support from its articles ``a`` (rows, repeats allowed): how many, and the first and last
#: publication in time. By calendar day first: Neo4j orders a date and a datetime by their types, so min()
#: and max() would mix them up; the writer orders a batch's dates the same way (write_queries).
ARTICLE_SUPPORT: Final = """WITH DISTINCT a ORDER BY date(a.published), a.published
  WITH count(a) AS n, collect(a.published) AS dates
  RETURN n, dates[0] AS first, dates[-1] AS last"""


def _rel_type(rel_type: str) -> str:
    if rel_type not in PREDICATE_OF_TYPE and rel_type != OPEN_TYPE:
        raise ValueError(f"{rel_type!r} is not a relationship type of the ontology")
    return rel_type


def uniqueness_constraint_query() -> Query:
    """The one constraint storage relies on (schema/constraints.cypher holds the full schema)."""
    return ("CREATE CONSTRAINT resource_uri IF NOT EXISTS FOR (n:Resource) REQUIRE n.uri IS UNIQUE", {})


def content_hashes_query(uris: Sequence[str]) -> Query:
    """The stored content hash of each of these articles that is in the graph."""
    return (
        "UNWIND $uris AS uri MATCH (a:Resource:Article {uri: uri}) "
        "RETURN a.uri AS uri, a.contentHash AS hash",
        {"uris": list(uris)},
    )


# Retraction of an article `a` unless `unchanged`: what its MENTIONS and Evidence pointed at is collected
# (``mentioned`` IRIs, ``evidence`` maps {predicate, s, o, r}) for clean-up, then it and its Evidence
# are deleted. One fragment for deleting an article and for replacing a changed one.
_RETRACT_CHANGED: Final = """CALL (a, unchanged) {
  WITH a WHERE NOT unchanged
  OPTIONAL MATCH (a)-[:MENTIONS]->(n)
  RETURN collect(n.uri) AS mentioned
}
CALL (a, unchanged) {
  WITH a WHERE NOT unchanged
  OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(e:Evidence)
  OPTIONAL MATCH (e)-[:SUBJECT]->(s)
  OPTIONAL MATCH (e)-[:OBJECT]->(o)
  OPTIONAL MATCH (e)-[:REPORTED_BY]->(r)
  WITH e, s, o, r WHERE e IS NOT NULL
  RETURN collect({predicate: e.predicate, open: coalesce(e.open, false), s: s.uri, o: o.uri, r: r.uri})
    AS evidence
}
CALL (a, unchanged) {
  WITH a WHERE NOT unchanged
  OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(e:Evidence)
  DETACH DELETE e
}
CALL (a, unchanged) {
  WITH a WHERE NOT unchanged
  DETACH DELETE a
}"""


def retract_article_query(uri: str) -> Query:
    """Remove an article with its evidence and mentions; return what they touched, for clean-up.

    Returns one row (none when the article is absent): ``mentioned`` entity IRIs and ``evidence``
    maps {predicate, s, o, r} of the facts and reporting sources its evidence pointed at.
    """
    query = f"""
MATCH (a:Resource:Article {{uri: $uri}}) USING INDEX SEEK a:Resource(uri)
WITH a, false AS unchanged
{_RETRACT_CHANGED}
RETURN mentioned, evidence
"""
    return query, {"uri": uri}


def refresh_support_query(rel_type: str, predicate: str, rows: Sequence[dict[str, str]]) -> Query:
    """Recompute support from evidence; a fact left with no supporting article is removed.

    ``predicate`` is the Evidence predicate value (the local name, or an open relation's slug).
    Returns ``removed``: how many of these facts were deleted.
    """
    query = f"""
UNWIND $rows AS row
MATCH (s:Resource {{uri: row.s}}) USING INDEX SEEK s:Resource(uri)
MATCH (o:Resource {{uri: row.o}}) USING INDEX SEEK o:Resource(uri)
MATCH (s)-[r:{_rel_type(rel_type)}]->(o)
WHERE r.predicate IS NULL OR r.predicate = $predicate
CALL (s, o) {{
  OPTIONAL MATCH (s)<-[:SUBJECT]-(e {{predicate: $predicate}})-[:OBJECT]->(o),
                 (e)-[:IN_ARTICLE]->(a:Article)
  WHERE {FACT_EVIDENCE}
  {ARTICLE_SUPPORT}
}}
SET r.articleCount = n, r.firstPublished = first, r.lastPublished = last
WITH r, n WHERE n = 0
DELETE r
RETURN count(r) AS removed
"""
    return query, {"rows": list(rows), "predicate": predicate}


def refresh_entities_query(uris: Sequence[str]) -> Query:
    """Recompute each entity's name, aliases and wikidata from the MENTIONS that remain.

    The name is the one most articles give (ties: the smallest string), aliases the union of every
    other name and alias, so the result does not depend on the order articles were ingested in.
    """
    return "UNWIND $uris AS uri\n" + ENTITY_NAMES, {"uris": list(uris)}


def delete_orphans_query(uris: Sequence[str]) -> Query:
    """Delete the given non-article nodes that nothing refers to any more; returns ``removed``."""
    query = """
UNWIND $uris AS uri
MATCH (n:Resource {uri: uri}) USING INDEX SEEK n:Resource(uri)
WHERE NOT n:Article AND NOT EXISTS { (n)--() }
DELETE n
RETURN count(n) AS removed
"""
    return query, {"uris": list(uris)}


# An article's MENTIONS and Evidence, for rebuilding its named graph from `a`.
_ARTICLE_CONTENTS: Final = """CALL (a) {
  MATCH (a)-[m:MENTIONS]->(n)
  RETURN collect({uri: n.uri, labels: labels(n), m: properties(m)}) AS mentions
}
CALL (a) {
  MATCH (a)<-[:IN_ARTICLE]-(e:Evidence)-[:SUBJECT]->(s), (e)-[:OBJECT]->(o)
  OPTIONAL MATCH (e)-[:REPORTED_BY]->(r)
  RETURN collect({uri: e.uri, s: s.uri, o: o.uri, reportedBy: r.uri, props: properties(e)}) AS evidence
}
RETURN properties(a) AS article, mentions, evidence"""


def article_contents_query(uris: Sequence[str]) -> Query:
    """Everything needed to rebuild these articles' named graphs, one row per article.

    Row: ``article`` (node properties), ``mentions`` [{uri, labels, m: MENTIONS properties}],
    ``evidence`` [{uri, s, o, reportedBy, props}].
    """
    query = f"""
UNWIND $uris AS uri
MATCH (a:Resource:Article {{uri: uri}}) USING INDEX SEEK a:Resource(uri)
{_ARTICLE_CONTENTS}
"""
    return query, {"uris": list(uris)}


def article_contents_page_query(after: str, limit: int) -> Query:
    """The next ``limit`` articles after IRI ``after``, in IRI order, as ``article_contents_query``
    gives them: one round trip per page (keyset paging: constant cost per page)."""
    query = f"""
MATCH (a:Resource:Article) WHERE a.uri > $after
WITH a ORDER BY a.uri LIMIT $limit
{_ARTICLE_CONTENTS}
ORDER BY article.uri
"""
    return query, {"after": after, "limit": limit}


def check_and_retract_query(articles: Sequence[dict[str, str]], replace: bool = False) -> Query:
    """Step 1 of writing articles ({uri, hash} each): compare stored hashes; retract changed articles.

    Returns a row per article already stored: ``uri``, ``unchanged`` (equal hash: nothing touched),
    and for a changed one what its old version pointed at (as ``retract_article_query``). With
    ``replace`` every stored one counts as changed (re-extraction: same text, new facts).
    """
    query = f"""
UNWIND $articles AS art
MATCH (a:Resource:Article {{uri: art.uri}}) USING INDEX SEEK a:Resource(uri)
WITH a, a.uri AS uri, a.contentHash = art.hash AND NOT $replace AS unchanged
{_RETRACT_CHANGED}
RETURN uri, unchanged, mentioned, evidence
"""
    return query, {"articles": list(articles), "replace": replace}


#: A node's stock symbols, from the sorted list ``tickers``: none at all rather than an empty list, which
#: every entity but a listed company would carry.
TICKERS: Final = "CASE WHEN tickers = [] THEN null ELSE tickers END"

# An entity's name, aliases, tickers and wikidata recomputed from the MENTIONS that remain, for each `uri` in
# scope. The name is the one most articles give (ties: the smallest string), aliases the union of every other
# name and alias, so the result does not depend on the order articles were ingested in.
ENTITY_NAMES: Final = (
    """MATCH (n:Resource {uri: uri}) USING INDEX SEEK n:Resource(uri) WHERE NOT n:Quote
CALL (n) {
  // One pass over the MENTIONS (only articles have them); the rest works on the collected list.
  OPTIONAL MATCH ()-[m:MENTIONS]->(n)
  RETURN collect(m {.name, .aliases, .tickers, .wikidata, .geonames, .country, .latitude, .longitude}) AS ms
}
CALL (ms) {
  UNWIND ms AS m
  WITH m.name AS name, count(*) AS c WHERE name IS NOT NULL
  ORDER BY c DESC, name ASC
  RETURN head(collect(name)) AS name
}
CALL (ms) {
  UNWIND ms AS m
  UNWIND coalesce(m.aliases, []) + CASE WHEN m.name IS NULL THEN [] ELSE [m.name] END AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS names
}
CALL (ms) {
  UNWIND ms AS m
  UNWIND coalesce(m.tickers, []) AS ticker
  WITH DISTINCT ticker ORDER BY ticker
  RETURN collect(ticker) AS tickers
}
CALL (ms) {
  UNWIND ms AS m
  RETURN min(m.wikidata) AS wikidata
}
CALL (ms) {
  // A place's GeoNames entry: the smallest id its articles give (one place in all but odd cases)
  UNWIND ms AS m
  WITH m WHERE m.geonames IS NOT NULL
  WITH m ORDER BY m.geonames
  RETURN head(collect(m)) AS geo
}
SET n.name = name, n.aliases = [a IN names WHERE name IS NULL OR a <> name], n.wikidata = wikidata,
    n.geonames = geo.geonames, n.country = geo.country, n.latitude = geo.latitude,
    n.longitude = geo.longitude, n.tickers = """
    + TICKERS
    + "\n"
)


def stored_articles_query(after: str, limit: int) -> Query:
    """The next page of articles' own properties (text, hash, title, ...) in IRI order (keyset paging)."""
    query = """
MATCH (a:Resource:Article) WHERE a.uri > $after
RETURN properties(a) AS article ORDER BY a.uri LIMIT $limit
"""
    return query, {"after": after, "limit": limit}
